// The search page (docs/search.md). Filters, counts and sorts run on search/facets.json; only a
// text query loads Pagefind. The state lives in the URL: the query string, and the ZIP code in
// the fragment (#zip=...), which browsers never send to a server. Cards are built with DOM calls.
// What a URL, a box or a fetched file holds is never looked up unchecked on a plain object.
const form = document.getElementById("sh-search");
const base = form.dataset.base;
const text = JSON.parse(form.dataset.text);
const plural = new Intl.PluralRules(form.dataset.lang);
const $ = (id) => document.getElementById(id);
const PAGE = 20;
const MIN_WORD = 2; // one letter is no search: it would match nearly every page
const boxes = [...document.querySelectorAll("#sh-filters input")];
const GROUPS = [...new Set(boxes.map((i) => i.name))];
const ZIP = /^\d{5}$/;
// The values a URL may give each parameter but q: those of the page's own controls. Anything
// else is dropped, so the default applies.
const values = (el) => new Set(el ? [...el.options].map((o) => o.value) : []);
const KNOWN = new Map([["sort", values($("sh-sort"))], ["within", values($("sh-within"))],
  ...GROUPS.map((g) => [g, new Set(boxes.filter((i) => i.name === g).map((i) => i.value))])]);
const KEYS = ["q", ...KNOWN.keys()];

const cache = {};
const load = (name) => (cache[name] ??= fetch(base + "search/" + name)
  .then((r) => { if (!r.ok) throw new Error(name + ": " + r.status); return r.json(); }));

let pagefind = null;
// Rows of the records that have the words, best match first. ids.json holds for each row the
// shortest start of its Pagefind id that starts no other id: the longest start found is it.
function words(q) {
  pagefind ??= Promise.all([import(base + "pagefind/pagefind.js"), load("ids.json")])
    .then(async ([pf, ids]) => {
      await pf.options({ basePath: base + "pagefind/", baseUrl: base, noWorker: true });
      return { pf, row: new Map(ids.map((id, i) => [id, i])) };
    });
  return pagefind.then(async ({ pf, row }) => {
    const search = await pf.search(q);
    return search.results.map((r) => {
      const hash = r.id.slice(r.id.indexOf("_") + 1);
      for (let n = hash.length; n > 0; n--) if (row.has(hash.slice(0, n))) return row.get(hash.slice(0, n));
      return undefined;
    }).filter((i) => i !== undefined);
  });
}

// --- the state: URL <-> form ------------------------------------------------------------------
function readUrl() {
  const params = new URLSearchParams(location.search);
  const zip = new URLSearchParams(location.hash.slice(1)).get("zip") || "";
  const state = { zip: ZIP.test(zip) ? zip : "", q: params.get("q") || "" };
  for (const [key, known] of KNOWN) {
    const given = params.getAll(key).filter((v) => known.has(v));
    state[key] = GROUPS.includes(key) ? given : given[0] || "";
  }
  return state;
}

// The order unless the family picks one: nearest first once a ZIP code is given.
const usual = (state) => (ZIP.test(state.zip) ? "distance" : "deadline");
let picked = ""; // the order the family picked ("" for the usual one)

function readForm() {
  const data = new FormData(form);
  const state = { zip: (data.get("zip") || "").trim() };
  for (const key of KEYS) state[key] = GROUPS.includes(key) ? data.getAll(key) : (data.get(key) || "").trim();
  state.sort = picked;
  return state;
}

function fill(state) {
  for (const el of form.elements) {
    if (el.type === "checkbox") el.checked = (state[el.name] || []).includes(el.value);
    else if (Object.hasOwn(state, el.name)) el.value = state[el.name];
  }
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
  if (url === location.pathname + location.search + location.hash) return;
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
}

// --- matching, counting, sorting -------------------------------------------------------------
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
      const i = facets.groups[group].indexOf(value);
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
  return row < facets.programs && has(facets, "where", row, facets.groups.where.indexOf("online"));
}

function order(facets, rows, sort, distance, titles) {
  const key = new Map([
    ["title", (r) => (r < facets.programs ? titles[r] : facets.programs + r)],
    ["distance", (r) => (distance?.has(r) ? distance.get(r) : online(facets, r) ? 1e6 : 2e6 + r)],
  ]).get(sort);
  if (!key) return sort === "relevance" ? rows : [...rows].sort((a, b) => a - b);
  return [...rows].sort((a, b) => key(a) - key(b) || a - b);
}

// --- cards -----------------------------------------------------------------------------------
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

async function cards(facets, rows, distance) {
  const chunks = await Promise.all(rows.map((r) => load(`cards/${Math.floor(r / facets.chunk)}.json`)));
  return rows.map((row, i) => {
    const card = element(chunks[i][row % facets.chunk]);
    if (distance) {
      const note = document.createElement("p");
      note.className = "sh-distance";
      note.textContent = distance.has(row) ? say("miles", distance.get(row).toFixed(1))
        : online(facets, row) ? text.online : text.unknown;
      card.append(note);
    }
    return card;
  });
}

// --- the page --------------------------------------------------------------------------------
const say = (key, value) => text[key].replace("%(num)s", () => value).replace("%(label)s", () => value);
let shown = [], view = null, runs = 0;
const title = document.title;

async function run(state) {
  const mine = ++runs;
  $("sh-found").setAttribute("aria-busy", "true");
  $("sh-count").textContent = text.loading;
  try {
    const sort = state.sort || usual(state);
    const [facets, places, titles] = await Promise.all([load("facets.json"),
      state.zip ? load("places.json") : null, sort === "title" ? load("titles.json") : null]);
    const near = places && place(places, state.zip);
    if (mine !== runs) return;
    const picks = chosen(facets, state);
    let rows = [...Array(facets.programs).keys()];
    if (state.q.length >= MIN_WORD) {
      rows = await words(state.q);
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
    shown = order(facets, rows.filter((r) => r >= facets.programs || kept.has(r)), sort, distance, titles);
    view = { facets, distance };
    showCounts(counts);
    showChips(state);
    await more(mine, true);
  } catch (err) {
    if (mine !== runs) return;
    $("sh-count").textContent = text.failed;
    $("sh-found").setAttribute("aria-busy", "false");
    console.error(err);
  }
}

// The next page of results, or the first one in place of the old results when fresh.
async function more(mine, fresh = false) {
  const list = $("sh-results");
  const from = fresh ? 0 : list.children.length;
  const made = await cards(view.facets, shown.slice(from, from + PAGE), view.distance);
  if (mine !== runs) return;
  if (fresh) list.replaceChildren(...made); else list.append(...made);
  const n = shown.length;
  $("sh-count").textContent = n ? say(plural.select(n) === "one" ? "one" : "other", n) : text.none;
  $("sh-more").hidden = list.children.length >= n;
  $("sh-found").setAttribute("aria-busy", "false");
  return made;
}

function place(places, zip) {
  const found = ZIP.test(zip) && Object.hasOwn(places.zips, zip) && places.zips[zip];
  $("sh-zip-note").textContent = found ? "" : say("badZip", zip);
  return found || null;
}

function distances(places, near) {
  const out = new Map();
  places.rows.forEach((spot, row) => { if (spot >= 0) out.set(row, miles(near, places.spots[spot])); });
  return out;
}

function showCounts(counts) {
  for (const input of boxes) {
    const i = view.facets.groups[input.name].indexOf(input.value);
    input.parentElement.querySelector(".sh-n").textContent = `(${counts[input.name][i] ?? 0})`;
  }
}

function chip(label, remove) {
  const li = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label + " ×";
  button.setAttribute("aria-label", say("remove", label));
  button.addEventListener("click", () => { remove(); changed(true); $("sh-q").focus(); });
  li.append(button);
  return li;
}

function showChips(state) {
  const list = [];
  if (state.q) list.push(chip(say("query", state.q), () => { $("sh-q").value = ""; }));
  if (state.zip && $("sh-zip")) list.push(chip(say("near", state.zip), () => { $("sh-zip").value = ""; }));
  const ticked = boxes.filter((i) => i.checked);
  for (const input of ticked) list.push(chip(input.dataset.label, () => { input.checked = false; }));
  $("sh-chips").replaceChildren(...list);
  $("sh-filters").firstElementChild.textContent = ticked.length ? say("filtersOn", ticked.length) : text.filters;
  document.title = (state.q ? state.q + " · " : "") + title;
}

let typing = false;
function changed(push) {
  const state = readForm();
  write(state, push);
  run(state);
}

form.addEventListener("submit", (e) => { e.preventDefault(); typing = false; changed(true); });
document.addEventListener("input", (e) => {
  if (e.target.id === "sh-q") { changed(!typing); typing = true; }
  else if (e.target.id === "sh-zip") { if (/^\d{5}$|^$/.test(e.target.value)) changed(true); }
});
document.addEventListener("change", (e) => {
  if (e.target.form !== form || e.target.id === "sh-q" || e.target.id === "sh-zip") return;
  if (e.target.id === "sh-sort") picked = e.target.value === usual(readForm()) ? "" : e.target.value;
  typing = false;
  changed(true);
});
$("sh-more").addEventListener("click", async () => {
  const made = await more(runs);
  made?.[0]?.querySelector("a")?.focus();
});
window.addEventListener("popstate", () => { typing = false; const s = readUrl(); fill(s); run(s); });

$("sh-nojs").remove();
$("sh-app").hidden = $("sh-controls").hidden = false;
$("sh-filters").open = matchMedia("(min-width: 60rem)").matches;
const start = readUrl();
fill(start);
write(start, false); // the URL as read: unknown names and values dropped
run(start);
