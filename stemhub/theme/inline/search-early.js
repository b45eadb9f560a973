if ((new URLSearchParams(location.search).get("q") || "").trim().length > 1) {
  const tag = String(Date.now());
  for (const link of [...document.getElementById("sh-pagefind").content.cloneNode(true).children]) {
    if (link.hasAttribute("data-ts")) link.href += "?ts=" + tag;
    document.head.append(link);
  }
}
