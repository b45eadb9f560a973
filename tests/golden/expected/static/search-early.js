// The search page's first step (docs/search.md, "On a slow connection"): with words in the URL,
// Pagefind's script, entry file and WebAssembly start downloading at once, before search.js has
// arrived (search.html's #sh-pagefind links). search.js gives Pagefind the entry file's ?ts= tag.
const MIN_WORD = 2; // as search.js: one letter is no search
if ((new URLSearchParams(location.search).get("q") || "").trim().length >= MIN_WORD) {
  const tag = String(Date.now());
  for (const link of [...document.getElementById("sh-pagefind").content.cloneNode(true).children]) {
    if (link.hasAttribute("data-ts")) link.href += "?ts=" + tag;
    document.head.append(link);
  }
}
