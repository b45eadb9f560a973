// The search page (docs/search.md). Filters, counts and sorts run on search/facets.json; only
// words load Pagefind. The state lives in the URL (the ZIP code in the fragment, never sent).
// Cards and excerpts are built with DOM calls. What a URL, a box or a fetched file holds is never
// looked up unchecked on a plain object.
const form = document.getElementById("sh-search");
const base = form.dataset.base;
const text = JSON.parse(form.dataset.text);
const plural = new Intl.PluralRules(form.dataset.lang);
const $ = (id) => document.getElementById(id);
const PAGE = 20;
const MIN_WORD = 2; // one letter is no search: it would match nearly every page
// The filter boxes are read here, not tied to the form (form="..."): the form keeps only its own
// few controls, however many boxes there are, and each box is found through a Map.
const boxes = [...document.querySelectorAll("#sh-filters input")];
const OPTIONS = new Map(); // group -> the values of its boxes
for (const i of boxes) OPTIONS.set(i.name, (OPTIONS.get(i.name) ?? new Set()).add(i.value));
const boxOf = new Map(boxes.map((i) => [i.name + "=" + i.value, i]));
const GROUPS = [...OPTIONS.keys()];
const ZIP = /^\d{5}$/;
const worded = (state) => state.q.trim().length >= MIN_WORD;
const sheet = $("sh-filters");
// What a URL may give each parameter but q: its own controls' values (else the default).
const values = (el) => new Set(el ? [...el.options].map((o) => o.value) : []);
const KNOWN = new Map([["sort", values($("sh-sort"))], ["within", values($("sh-within"))], ...OPTIONS]);
const KEYS = ["q", ...KNOWN.keys()];

const cache = {};
const load = (name) => (cache[name] ??= fetch(form.dataset.data + name)
  .then((r) => { if (!r.ok) throw new Error(name + ": " + r.status); return r.json(); }));

// Rows with the words (best first), row -> Pagefind result. Words on nearly every page (read
// as Pagefind reads them): in list order, from common.json, without Pagefind.
const PUNCT = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/u;
const termsOf = (q) => [...q.normalize("NFC")].filter((c) => !PUNCT.test(c)).join("")
  .toLocaleLowerCase().replace(/\s{2,}/g, " ").trim().split(" ");
let forms;
async function words(q) {
  const found = await load("common.json");
  forms ??= new Map(found.keys);
  const terms = termsOf(q);
  if (asked(q).includes('"') || !terms.every((t) => forms.has(t))) return matched(asked(q));
  const lack = new Set();
  for (const gaps of await Promise.all(terms.map((t) => load(`common/${forms.get(t)}.json`)))) {
    let row = 0;
    for (const gap of gaps) lack.add((row += gap));
  }
  return { rows: [...Array(found.rows).keys()].filter((r) => !lack.has(r)) };
}

// What Pagefind is asked. Vietnamese writes a word as syllables ("người máy") told apart by
// tone marks ("hàn" weld, "hạn" limit): there, syllables are one phrase (quoted: Pagefind's
// exact search) unless the family quoted, and marks must match as typed.
const byTone = new Set(["vi"]).has(form.dataset.lang);
const asked = (q) => (byTone && !q.includes('"') && /\S\s+\S/.test(q.trim()) ? `"${q.trim()}"` : q);

let pagefind = null, idRows = null;
// Pagefind asks for its entry file as pagefind-entry.json?ts=<tag> (never from a cache): the tag
// the page's first step gave it (search.html) or the time. Its metadata and index chunks wait
// until common.json says the words need Pagefind.
const early = document.querySelector("head link[data-ts]");
const TAG = (early && new URL(early.href).searchParams.get("ts")) || String(Date.now());

// Pagefind's matches. ids.json: each row's shortest start of its Pagefind id that starts no
// other id (the longest start found).
function matched(q) {
  pagefind ??= import(base + "pagefind/pagefind.js").then(async (pf) => {
    await pf.options({ basePath: base + "pagefind/", baseUrl: base, noWorker: true, excerptLength: 20,
      exactDiacritics: byTone, metaCacheTag: TAG });
    return pf;
  });
  // the search starts once Pagefind is ready, ids.json arrives beside it: neither waits
  idRows ??= load("ids.json").then((ids) => new Map(ids.map((id, i) => [id, i])));
  return Promise.all([pagefind.then((pf) => pf.search(q)), idRows]).then(([found, row]) => {
    const hits = new Map();
    for (const r of found.results) {
      const hash = r.id.replace(/^[^_]*_/, "");
      let n = hash.length;
      while (n > 0 && !row.has(hash.slice(0, n))) n--;
      if (n && !hits.has(row.get(hash.slice(0, n)))) hits.set(row.get(hash.slice(0, n)), r);
    }
    return { rows: [...hits.keys()], hits };
  });
}

// --- the state: URL <-> form
function readUrl() {
  const params = new URLSearchParams(location.search);
  const zip = new URLSearchParams(location.hash.slice(1)).get("zip") || "";
  const state = { zip: ZIP.test(zip) ? zip : "", q: params.get("q") || "" };
  for (const [key, known] of KNOWN) {
    const given = params.getAll(key).filter((v) => known.has(v));
    state[key] = OPTIONS.has(key) ? given : given[0] || "";
  }
  return state;
}

// The usual order: nearest first with a ZIP code, else best match with words, else soonest
// deadline.
const usual = (state) => (ZIP.test(state.zip) ? "distance" : worded(state) ? "relevance" : "deadline");
let picked = ""; // the order the family picked ("" for the usual one)

function readForm() {
  const data = new FormData(form);
  const state = { zip: (data.get("zip") || "").trim() };
  for (const key of KEYS) state[key] = OPTIONS.has(key) ? [] : (data.get(key) || "").trim();
  for (const i of boxes) if (i.checked) state[i.name].push(i.value);
  state.sort = picked;
  return state;
}

function fill(state) {
  for (const el of form.elements) if (Object.hasOwn(state, el.name)) el.value = state[el.name];
  const on = new Map(GROUPS.map((g) => [g, new Set(state[g])]));
  for (const i of boxes) i.checked = on.get(i.name).has(i.value);
  picked = state.sort;
  $("sh-sort").value = state.sort || usual(state);
}

function urlOf(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) for (const v of [].concat(state[key])) if (v) params.append(key, v);
  const query = params.toString();
  return location.pathname + (query ? "?" + query : "") + (ZIP.test(state.zip) ? "#zip=" + state.zip : "");
}

function write(state, push) {
  const url = urlOf(state);
  if (url !== location.pathname + location.search + location.hash) {
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  }
  carry();
}

// The language switch keeps this view: its words, filters and sort (the same names in each language)
function carry() {
  for (const a of document.querySelectorAll(".sh-languages a")) [a.search, a.hash] = [location.search, location.hash];
}

// --- matching, counting, sorting
// A group's masks come as [its distinct rows of words, a letter a row naming its own: code point
// 48 + its place, past the surrogates], made once the flat words of every row; each group's
// options get a Map to their places.
let facetsOnce;
const letterPlace = (c) => c.codePointAt(0) - (c.codePointAt(0) > 0xdfff ? 2096 : 48);
function flat(facets) {
  for (const [g, [rows, letters]] of Object.entries(facets.masks)) {
    facets.masks[g] = [...letters].flatMap((c) => rows[letterPlace(c)]);
  }
  facets.place = new Map(Object.entries(facets.groups).map(([g, o]) => [g, new Map(o.map((v, i) => [v, i]))]));
  return facets;
}
const placeOf = (facets, group, value) => facets.place.get(group)?.get(value) ?? -1;

function has(facets, group, row, option) {
  const words = facets.words[group];
  const word = facets.masks[group][row * words + Math.floor(option / facets.wordBits)];
  return (word >> (option % facets.wordBits)) & 1;
}

// The chosen groups, each as [group, the bits of its chosen options word by word].
function chosen(facets, state) {
  const out = [];
  for (const group of GROUPS) {
    const wanted = new Array(facets.words[group]).fill(0);
    for (const value of state[group]) {
      const i = placeOf(facets, group, value);
      if (i >= 0) wanted[Math.floor(i / facets.wordBits)] |= 1 << (i % facets.wordBits);
    }
    if (wanted.some((w) => w)) out.push([group, wanted]);
  }
  return out;
}

// Rows that pass every chosen group; counts[group][option] as if that group's choice were
// changed to the option alone (the usual way: within a group any option, across groups all).
function tally(facets, rows, picks) {
  const counts = {};
  const columns = GROUPS.map((g) => [g, facets.masks[g], facets.words[g],
    (counts[g] = new Array(facets.groups[g].length).fill(0))]);
  const tests = picks.map(([g, wanted]) => [g, facets.masks[g], wanted]);
  const passed = [];
  for (const row of rows) {
    let failed = null, fails = 0;
    for (const [group, masks, wanted] of tests) {
      let hit = 0;
      for (let w = 0; w < wanted.length && !hit; w++) hit = masks[row * wanted.length + w] & wanted[w];
      if (!hit) { failed = group; if (++fails > 1) break; }
    }
    if (fails > 1) continue;
    if (!fails) passed.push(row);
    for (const [group, masks, words, c] of columns) {
      if (fails && group !== failed) continue;
      for (let w = 0; w < words; w++) {
        for (let m = masks[row * words + w]; m; m &= m - 1) c[w * facets.wordBits + 31 - Math.clz32(m & -m)]++;
      }
    }
  }
  return { passed, counts };
}

const R = 3958.8; // miles
function miles([a, b], [c, d]) {
  const rad = Math.PI / 180, x = Math.sin((c - a) * rad / 2), y = Math.sin((d - b) * rad / 2);
  return 2 * R * Math.asin(Math.sqrt(x * x + Math.cos(a * rad) * Math.cos(c * rad) * y * y));
}

function online(facets, row) {
  return row < facets.programs && has(facets, "where", row, placeOf(facets, "where", "online"));
}

// Open for applications (open or closing soon); partners and guides are not.
function isOpen(facets, row) {
  return row < facets.programs && has(facets, "status", row, placeOf(facets, "status", "open"));
}

// A class trip: a teacher books it for a whole class and no one else signs up ("class" alone
// in "Who signs up").
function isTrip(facets, row) {
  const trip = placeOf(facets, "audience", "class");
  return trip >= 0 && row < facets.programs
    && facets.groups.audience.every((v, i) => has(facets, "audience", row, i) === +(i === trip));
}

// A family's results: class trips never first, but after all the rest, each part in its order.
function familyFirst(facets, rows) {
  const trips = new Set(rows.filter((r) => isTrip(facets, r)));
  return [...rows.filter((r) => !trips.has(r)), ...trips];
}

// Nearest first: open programs (by distance, then online, then those with no known place),
// then closed ones the same way, then partners and guides.
function order(facets, rows, sort, distance, titles) {
  const key = new Map([
    ["title", (r) => (r < facets.programs ? titles[r] : facets.programs + r)],
    ["distance", (r) => (isOpen(facets, r) ? 0 : 1e7)
      + (distance?.has(r) ? distance.get(r) : online(facets, r) ? 1e6 : 2e6 + r)],
  ]).get(sort);
  if (!key) return sort === "relevance" ? rows : [...rows].sort((a, b) => a - b);
  return [...rows].sort((a, b) => key(a) - key(b) || a - b);
}

// --- cards
const TAGS = new Set(["article", "h3", "a", "p", "span", "strong", "em", "dl", "div", "dt", "dd", "time", "br", "ul", "li", "abbr"]);
const SAFE_URL = /^(\/|https?:|mailto:|tel:|#)/i;

function element(node) {
  if (typeof node === "string") return document.createTextNode(node);
  const [tag, attrs, ...kids] = node;
  const el = TAGS.has(tag) ? document.createElement(tag) : document.createDocumentFragment();
  if (TAGS.has(tag)) {
    for (const [name, value] of Object.entries(attrs)) {
      if (/^on/i.test(name) || (name === "href" && !SAFE_URL.test(value))) continue;
      el.setAttribute(name, value);
    }
  }
  for (const kid of kids) el.append(element(kid));
  return el;
}

// An element with text (set as text, never parsed).
function make(tag, words, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.textContent = words;
  return el;
}

// Pagefind's excerpt: escaped text, the matches in <mark>...</mark>. Split on the marks, the
// rest decoded, and all placed as text, never parsed as HTML.
const ENTITIES = new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"']]);
const decode = (s) => s.replace(/&(amp|lt|gt|quot|#\d+|#x[\da-f]+);/gi, (all, ref) => {
  const code = Number("0" + ref.slice(1)); // #39 -> 039, #x27 -> 0x27
  return ENTITIES.get(ref) ?? (code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code) : all);
});

// lang: the language of a record without a translation into the page's (its card's data-lang),
// which its excerpt is in.
function excerpt(html, lang) {
  const p = make("p", "", "sh-excerpt");
  p.append(make("span", text.excerpt, "sh-excerpt-label"), " …");
  const words = lang ? make("span", "") : p;
  if (lang) { words.lang = lang; p.append(words); }
  html.split("<mark>").forEach((part, i) => {
    const end = i ? part.indexOf("</mark>") : -1;
    if (end >= 0) words.append(make("mark", decode(part.slice(0, end))));
    words.append(decode(part.slice(end < 0 ? 0 : end + 7)));
  });
  p.append("…");
  return p;
}

function where(facets, row, distance) {
  if (!distance.has(row)) return online(facets, row) ? text.online : text.unknown;
  const d = distance.get(row).toFixed(1);
  return d === "0.0" ? text.here : say("miles", d);
}

// A promise of each row's card, made once its card file is in; only then is its excerpt asked
// for (not to slow the cards on a slow line), added as it comes: `excerpts` settles when all are.
function cards({ facets, distance, hits }, rows) {
  const made = rows.map(async (row) => {
    const card = element((await load(`cards/${Math.floor(row / facets.chunk)}.json`))[row % facets.chunk]);
    if (distance) card.append(make("p", where(facets, row, distance), "sh-distance"));
    return card;
  });
  const excerpts = Promise.all(made.map((card, i) => card.then((c) => hits?.get(rows[i])?.data().then((found) => {
    if (typeof found?.excerpt === "string") c.append(excerpt(found.excerpt, c.dataset?.lang));
  })).catch(() => {})));
  return { made, excerpts };
}

// --- the page
const say = (key, value) => text[key].replace("%(num)s", () => value).replace("%(label)s", () => value);
// The same with what the family typed in a <bdi>, as nodes: its direction never reorders the
// sentence around it (right to left, or "C++" in Arabic).
const sayTyped = (key, value) => {
  const [before, ...after] = text[key].split("%(label)s");
  return after.length ? [before, make("bdi", value), after.join(value)] : [say(key, value)];
};
let shown = [], view = null, runs = 0;
const title = document.title;

// Busy until the excerpts are in; dimmed, "Searching…", until the first new card shows.
function busy(on) {
  $("sh-found").setAttribute("aria-busy", String(on));
  $("sh-found").classList.toggle("sh-waiting", on);
  if (on) { $("sh-count").textContent = text.loading; $("sh-more").hidden = true; }
}

async function run(state) {
  const mine = ++runs;
  busy(true);
  try {
    const sort = state.sort || usual(state);
    const found = worded(state) ? words(state.q) : null; // beside facets.json, not after it
    found?.catch(() => {}); // its failure is caught where it is awaited
    const [facets, places, titles] = await Promise.all([facetsOnce ??= load("facets.json").then(flat),
      state.zip ? load("places.json") : null, sort === "title" ? load("titles.json") : null]);
    const near = places && place(places, state.zip);
    if (mine !== runs) return;
    const picks = chosen(facets, state);
    let rows = [...Array(facets.programs).keys()], hits = null;
    if (worded(state)) {
      ({ rows, hits } = await found);
      if (picks.length) rows = rows.filter((r) => r < facets.programs);
    }
    if (mine !== runs) return;
    const distance = near ? distances(places, near) : null;
    if (distance && state.within) {
      rows = rows.filter((r) => (distance.get(r) ?? Infinity) <= Number(state.within) || online(facets, r));
    }
    const programs = rows.filter((r) => r < facets.programs);
    const { passed, counts } = tally(facets, programs, picks);
    const kept = new Set(passed);
    $("sh-sort").value = sort;
    shown = familyFirst(facets, order(facets, rows.filter((r) => r >= facets.programs || kept.has(r)), sort, distance, titles));
    view = { facets, distance, hits, trips: shown.findIndex((r) => isTrip(facets, r)),
      lacking: worded(state) && !shown.some((r) => isOpen(facets, r)) && state.q };
    showCounts(counts);
    showChips(state, sort);
    await more(mine, true);
    await none(mine, state, picks);
  } catch (err) {
    if (mine !== runs) return;
    $("sh-count").textContent = text.failed;
    busy(false);
    console.error(err);
  }
}

// The next page of results (the first, in place of the old, when fresh), each card once it and
// those before it are in. A run that a newer one replaced shows nothing more.
async function more(mine, fresh = false) {
  const list = $("sh-results");
  const from = fresh ? 0 : list.querySelectorAll(":scope > article").length;
  const { made, excerpts } = cards(view, shown.slice(from, from + PAGE));
  $("sh-found").setAttribute("aria-busy", "true"); // "More" too
  excerpts.then(() => { if (mine === runs) busy(false); });
  if (!made.length) { if (fresh) list.replaceChildren(); counted(from); }
  const placed = [];
  for (const [i, next] of made.entries()) {
    const card = await next;
    if (mine !== runs) return placed;
    const nodes = from + i === view.trips ? [tripsHead(), card] : [card];
    if (fresh && !i) list.replaceChildren(...nodes); else list.append(...nodes);
    if (!i) counted(from + made.length);
    placed.push(card);
  }
  return placed;
}

// The count, the sheet's button and "More" for a list showing its first `end` results.
function counted(end) {
  const n = shown.length, one = plural.select(n) === "one";
  $("sh-count").replaceChildren(...(n ? [say(one ? "one" : "other", n)] : view.lacking ? sayTyped("noneOpen", view.lacking) : [text.none]));
  $("sh-show").textContent = shown.some((r) => r >= view.facets.programs) ? text.showAll
    : say(one ? "showOne" : "showOther", n);
  $("sh-more").hidden = end >= n;
  $("sh-found").classList.remove("sh-waiting");
}

// No open program has the words (docs/search.md, "No dead ends"): the ended ones that have
// them (past.json), and open ones similar to those and to the closed ones shown.
async function none(mine, state, picks) {
  const box = $("sh-none");
  if (!view.lacking) return box.replaceChildren();
  const past = await load("past.json"), terms = termsOf(state.q), like = new Map(past.similar);
  const ended = past.past.filter(([w]) => terms.every((t) => w.includes(" " + t))).slice(0, 5);
  const near = new Set([...ended.flatMap((e) => e[1]), ...shown.flatMap((r) => like.get(r) ?? [])]);
  const made = await Promise.all(cards(view, tally(view.facets, [...near].sort((a, b) => a - b), picks).passed.slice(0, 3)).made);
  if (mine !== runs) return;
  const lead = make("p", "");
  box.replaceChildren(lead);
  for (const [title, items] of [[text.ended, ended.map((e) => element(e[2]))], [text.similar, made]]) {
    const list = make("div", "", "sh-cards");
    list.append(...items);
    if (items.length) box.append(make("h3", title), list);
  }
  if (shown.length) lead.append(...sayTyped("noneOpen", state.q)); // else the count says it
  else if (!lead.nextSibling) lead.textContent = text.none;
}

// The heading of the class trips, before the first of them: a family asks the teacher.
function tripsHead() {
  const head = make("div", "", "sh-trips");
  head.append(make("h2", text.trips), make("p", text.tripsNote));
  return head;
}

function place(places, zip) {
  const found = ZIP.test(zip) && Object.hasOwn(places.zips, zip) && places.zips[zip];
  $("sh-zip-note").replaceChildren(...(found ? [] : sayTyped("badZip", zip)));
  return found || null;
}

function distances(places, near) {
  const out = new Map();
  places.rows.forEach((spot, row) => { if (spot >= 0) out.set(row, miles(near, places.spots[spot])); });
  return out;
}

function showCounts(counts) {
  for (const input of boxes) {
    const i = placeOf(view.facets, input.name, input.value);
    input.parentElement.querySelector(".sh-n").textContent = `(${counts[input.name][i] ?? 0})`;
  }
}

function chip(label, remove, words = [label]) {
  const li = document.createElement("li");
  const button = make("button", "");
  button.append(...words, " ×");
  button.type = "button";
  button.setAttribute("aria-label", say("remove", label));
  button.addEventListener("click", () => { remove(); changed(true); $("sh-q").focus(); });
  li.append(button);
  return li;
}

// The active filters' chips; the quick filters and buttons as the state has them.
function showChips(state, sort) {
  const list = [];
  if (state.q) list.push(chip(say("query", state.q), () => { $("sh-q").value = ""; }, sayTyped("query", state.q)));
  if (state.zip && $("sh-zip")) list.push(chip(say("near", state.zip), () => { $("sh-zip").value = ""; }, sayTyped("near", state.zip)));
  if ($("sh-zip")) $("sh-near-within").hidden = !ZIP.test(state.zip); // needs a ZIP code
  const ticked = boxes.filter((i) => i.checked);
  for (const input of ticked) list.push(chip(input.dataset.label, () => { input.checked = false; }));
  $("sh-chips").replaceChildren(...list);
  $("sh-open-filters").textContent = ticked.length ? say("filtersOn", ticked.length) : text.filters;
  for (const b of quick) b.setAttribute("aria-pressed", String(!!box(b.dataset.name, b.dataset.value)?.checked));
  const grades = ticked.filter((i) => i.name === "grade"), grade = $("sh-grade");
  if (grade) { // its last option, "*", says how many when several are ticked
    grade.lastElementChild.textContent = say("grades", grades.length);
    grade.value = grades[1] ? "*" : grades[0]?.value || "";
  }
  $("sh-order").hidden = !worded(state);
  for (const b of $("sh-order").children) b.setAttribute("aria-pressed", String(b.dataset.sort === sort));
  document.title = (state.q ? state.q + " · " : "") + title;
}

let typing = false;
function changed(push) {
  const state = readForm();
  write(state, push);
  run(state);
}
const step = () => { typing = false; changed(true); }; // a new history entry

// --- quick filters and the filter sheet
const box = (name, value) => boxOf.get(name + "=" + value);
const quick = [...document.querySelectorAll("#sh-controls [data-name]")];
document.addEventListener("click", (e) => { // a quick filter or an order button
  const b = e.target.closest("#sh-controls [data-name], #sh-order [data-sort]");
  const input = b?.dataset.name && box(b.dataset.name, b.dataset.value);
  if (input) input.checked = !input.checked;
  else if (b?.dataset.sort) picked = b.dataset.sort === usual(readForm()) ? "" : b.dataset.sort;
  else return;
  step();
});
$("sh-grade")?.addEventListener("change", (e) => {
  for (const input of boxes) if (input.name === "grade") input.checked = input.value === e.target.value;
  step();
});

// On a phone the filters are a sheet over the page: a modal dialog, the rest of the page inert.
let outside = []; // what the open sheet made inert
function showSheet(open, focus = $("sh-filters-title")) {
  if (open === !!outside.length) return;
  sheet.classList.toggle("sh-open", open);
  for (const [name, value] of [["role", "dialog"], ["aria-modal", "true"]]) {
    if (open) sheet.setAttribute(name, value); else sheet.removeAttribute(name);
  }
  for (let el = sheet; open && el !== document.body; el = el.parentElement) {
    outside.push(...[...el.parentElement.children].filter((o) => o !== el && !o.inert));
  }
  for (const el of open ? outside : outside.splice(0)) el.inert = open;
  $("sh-open-filters").setAttribute("aria-expanded", String(open));
  focus?.focus({ preventScroll: true });
}

$("sh-open-filters").addEventListener("click", () => showSheet(true));
$("sh-close").addEventListener("click", () => showSheet(false, $("sh-open-filters")));
sheet.addEventListener("keydown", (e) => { if (e.key === "Escape") showSheet(false, $("sh-open-filters")); });
$("sh-show").addEventListener("click", () => { // and the results come into view
  showSheet(false, $("sh-count"));
  $("sh-count").scrollIntoView({ block: "start" });
});
matchMedia("(min-width: 60rem)").addEventListener("change", () => showSheet(false, null)); // a sidebar

form.addEventListener("submit", (e) => { e.preventDefault(); step(); });
document.addEventListener("input", (e) => {
  if (e.target.id === "sh-q") { changed(!typing); typing = true; }
  else if (e.target.id === "sh-zip") { if (/^\d{5}$|^$/.test(e.target.value)) changed(true); }
});
document.addEventListener("change", (e) => {
  if ((e.target.form !== form && !sheet.contains(e.target)) || e.target.id === "sh-q" || e.target.id === "sh-zip") return;
  if (e.target.id === "sh-sort") picked = e.target.value === usual(readForm()) ? "" : e.target.value;
  step();
});
$("sh-more").addEventListener("click", async () => {
  const made = await more(runs);
  made?.[0]?.querySelector("a")?.focus();
});
window.addEventListener("popstate", () => { typing = false; const s = readUrl(); fill(s); run(s); carry(); });

$("sh-nojs").remove();
form.hidden = $("sh-app").hidden = false;
const start = readUrl();
fill(start);
write(start, false); // the URL as read: unknown names and values dropped
showChips(start, start.sort || usual(start)); // before the first paint: nothing moves later
run(start);
