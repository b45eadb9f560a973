"""Search benchmark: bytes a visitor downloads, typing latency and index build cost, on generated
sites in /dev/shm served on 127.0.0.1 to headless Chromium (tests/browser/sitekit.py).

    python bench/search.py [N ...] [--index N ...]   (defaults: 1000 10000; --index 4000 10000)

For each N (the browser measures):
  a. a text query in a fresh browser context (/search/?q=robotics, a word a few percent of the
     generated programs have, until cards show): every response, each counted as a static host
     with gzip serves it (gzip level 6 when that is smaller; Pagefind's .pf_* files are gzipped
     already); the total and the search data (all but the HTML page, CSS and favicon), by file;
  b. the same for the worst case, a word on every program page (/search/?q=students, the most
     common word of generate.py), and for a filter-only view (/search/?grade=7&cost=free), which
     must not touch Pagefind;
  c. keystroke latency: on /search/, once settled, queries typed a key at a time (TYPED: words
     families type, which a few percent of the generated programs have; then, as the worst case,
     the most common words, on nearly every page); in the page, from keydown to the animation
     frame after #sh-count shows that key's result (its cards are appended just before). The
     page runs no word search for a query under 2 letters, so a word's first key is reported
     apart, and so is the first key that searches (it loads Pagefind).
For each --index N:
  d. the full build (Pagefind included) and Pagefind alone (stemhub/outputs/pagefind.py's binary and
     arguments), medians of 3 runs: wall seconds and peak RSS from os.wait4 (see measure.py).
"""
from __future__ import annotations

import math
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from generate import topic_words
from vocabulary import COMMON, KINDS, TAGS, TOPICS
from measure import ROOT, build, medians, pagefind_alone, revision
from transfer import LoggedServer, transfer

sys.path.insert(0, str(ROOT))
from tests.browser.sitekit import Server, chromium  # noqa: E402

RUNS = 3
QUERY = "robotics"  # a word a few percent of the generated programs have
WORST = COMMON[0]  # "students": generate.py's most common word, on every program page
FILTERS = "grade=7&cost=free"
# Typed a key at a time: words of topics and keywords, each on a few percent of the programs; then
# the worst case, the most common words, on nearly every page.
REALISTIC = "realistic"
TYPED = {REALISTIC: ["robotics", "nursing camp", "welding", "marine biology", "cybersecurity"],
         "worst case, most common words": [COMMON[0], f"{COMMON[1]} {COMMON[2]}"]}
MIN_WORD = 2  # static/search.js runs no word search for a shorter query
GOAL_BYTES = 300_000  # 300 KB (1 KB = 1,000 bytes)
GOAL_MS = 100.0
PAUSE_MS = 50  # between keystrokes, after the previous one's results show

_TITLE_WORDS = ({w.lower() for t, _ in TOPICS for w in topic_words(t)} |
                {w.lower() for kinds in KINDS.values() for k in kinds for w in k.split()})
assert QUERY in TAGS and all(w in _TITLE_WORDS for t in TYPED[REALISTIC] for w in t.split())


# --- typing latency ----------------------------------------------------------------------------
WATCH = """() => {
  const count = document.getElementById("sh-count");
  const results = document.getElementById("sh-results");
  const loading = JSON.parse(document.getElementById("sh-search").dataset.text).loading;
  const keys = (window.__keys = []);
  document.getElementById("sh-q").addEventListener("keydown", (e) => {
    keys.push({ key: e.key, t0: performance.now(), busy: false, framed: false, ms: null,
                done: [] });
  }, true);
  const seen = () => {
    const k = keys[keys.length - 1];
    if (!k || k.framed) return;
    if (count.textContent === loading) { k.busy = true; return; }  // this key's run started
    if (!k.busy || !count.textContent) return;
    k.framed = true;  // its result is in: count it at the next frame
    requestAnimationFrame(() => {
      k.ms = performance.now() - k.t0;
      k.done.forEach((f) => f(k.ms));
    });
  };
  const watcher = new MutationObserver(seen);
  watcher.observe(count, { childList: true, characterData: true, subtree: true });
  watcher.observe(results, { childList: true });
  window.__wait = (i) => new Promise((resolve, reject) => {
    const k = keys[i];
    if (!k) return reject(new Error("no keydown " + i));
    if (k.ms !== null) return resolve(k.ms);
    k.done.push(resolve);
    setTimeout(() => reject(new Error("no result for key " + i)), 60000);
  });
  window.__settled = () => new Promise((resolve) => {
    const check = () => (count.textContent && count.textContent !== loading
      ? resolve() : requestAnimationFrame(check));
    check();
  });
}"""


def latency(browser, server: Server, queries: list[str]) -> dict:
    """Milliseconds from keydown to results shown, for each key of queries typed into a fresh
    search page (the field cleared between them, which is not timed), and each query's count of
    results. Keys whose query is under MIN_WORD letters run no word search: they are reported
    apart, and so is the first key that does (it loads Pagefind); the median, 90th percentile and
    slowest are of the other keys, each a word search."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server.url + "search/")
    page.wait_for_selector("#sh-results > *", state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle")
    page.evaluate(WATCH)
    page.focus("#sh-q")
    short, searching, counts = [], [], []
    for n, query in enumerate(queries):
        if n:
            page.fill("#sh-q", "")  # a Delete key: not timed
            page.evaluate("() => window.__settled()")
            page.wait_for_load_state("networkidle")
        for at, char in enumerate(query):
            i = page.evaluate("() => window.__keys.length")
            page.keyboard.type(char)
            ms = page.evaluate("(i) => window.__wait(i)", i)
            (searching if len(query[:at + 1].strip()) >= MIN_WORD else short).append(ms)
            page.wait_for_timeout(PAUSE_MS)
        counts.append(page.text_content("#sh-count"))
    context.close()
    rest = sorted(searching[1:])
    return {"keys": len(short) + len(searching), "short": statistics.median(short),
            "first": searching[0], "searches": len(rest), "median": statistics.median(rest),
            "p90": rest[math.ceil(0.9 * len(rest)) - 1], "max": rest[-1], "counts": counts}


# --- the runs ----------------------------------------------------------------------------------
def generate(n: int, scratch: Path) -> Path:
    site = scratch / f"s{n}"
    if not site.exists():
        subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(n), str(site)],
                       check=True)
    return site


def index_cost(n: int, site: Path, out: Path) -> str:
    """Full builds and Pagefind alone, medians of RUNS; leaves a built site in out."""
    first = build(site, out)
    pagefind = [pagefind_alone(out) for _ in range(RUNS)]
    ours = medians([first] + [build(site, out) for _ in range(RUNS - 1)])
    pages = sum(1 for _ in out.rglob("*.html"))
    pf_files = sum(1 for _ in (out / "pagefind").rglob("*") if _.is_file())
    pf_seconds = statistics.median(s for s, _ in pagefind)
    pf_peak = statistics.median(m for _, m in pagefind)
    return (f"| {n:,} | {pages:,} | {ours['seconds']:.1f} s | {ours['tree_peak']:.0f} MB | "
            f"{max(ours['self_peak'], ours['workers_peak']):.0f} MB | "
            f"{ours['index_seconds']:.1f} s | {pf_seconds:.1f} s | {pf_peak:.0f} MB | "
            f"{pf_files:,} |")


def kb(n: int) -> str:
    return f"{n / 1000:,.1f} KB"


def main(argv: list[str]) -> None:
    sizes, index_sizes = [1000, 10000], [4000, 10000]
    if "--index" in argv:
        at = argv.index("--index")
        index_sizes = [int(a) for a in argv[at + 1:]]
        argv = argv[:at]
    sizes = [int(a) for a in argv] or sizes
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-search-", dir="/dev/shm"))
    measured = revision()
    index_rows, views, typing = [], [], []
    try:
        for n in sorted(set(sizes) | set(index_sizes)):
            site, out = generate(n, scratch), scratch / f"out{n}"
            if n in index_sizes:
                index_rows.append(index_cost(n, site, out))
                print(index_rows[-1], file=sys.stderr, flush=True)
            if n not in sizes:
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(site, ignore_errors=True)
                continue
            if n not in index_sizes:
                build(site, out)
            with LoggedServer(out) as server, chromium() as browser:
                text = transfer(browser, server, f"search/?q={QUERY}", "text")
                worst = transfer(browser, server, f"search/?q={WORST}", "worst case")
                filters = transfer(browser, server, f"search/?{FILTERS}", "filters")
                if filters["pagefind"]:
                    raise SystemExit(f"the filter-only view requested Pagefind files ({n})")
                views += [(n, text), (n, worst), (n, filters)]
                for words, queries in TYPED.items():
                    typing.append((n, words, latency(browser, server, queries)))
            print(f"{n}: done", file=sys.stderr, flush=True)
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(site, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report(views, typing, index_rows)
    ended = revision()
    print(f"\nstemhub at {measured}" + (f", then {ended} by the end" if ended != measured else ""))


def report(views, typing, index_rows) -> None:
    print("### Bytes for one search view (fresh browser, as served with gzip)\n")
    print("| programs | view | results | total | search data | goal: total <= 300 KB | "
          "Pagefind files |")
    print("|---|---|---|---|---|---|---|")
    for n, v in views:
        worst = " (worst case: on every program page)" if v["label"] == "worst case" else ""
        print(f"| {n:,} | `/{v['path']}`{worst} | {v['count']} | {kb(v['total'])} | "
              f"{kb(v['data'])} | {'met' if v['total'] <= GOAL_BYTES else '**missed**'} | "
              f"{'loaded' if v['pagefind'] else 'none'} |")
    print("\nBy file (requests, bytes):\n")
    names = sorted({k for _, v in views for k in v["parts"]},
                   key=lambda k: -max(v["parts"].get(k, [0, 0])[1] for _, v in views))
    print("| file | " + " | ".join(f"{n:,}, {v['label']}" for n, v in views) + " |")
    print("|---|" + "---|" * len(views))
    for name in names:
        cells = [(f"{v['parts'][name][0]} × {kb(v['parts'][name][1])}"
                  if name in v["parts"] else "") for _, v in views]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("\n### Keystroke to rendered results (ms)\n")
    print(f"A key at a time, {PAUSE_MS} ms after the previous key's results show; the field "
          "cleared between queries (not timed). A query under 2 letters runs no word search "
          "(one-letter keys); the first key that searches loads Pagefind. Median, 90th "
          "percentile and slowest are of the searching keys after that one. Each query's results "
          "are in parentheses.\n")
    print("| programs | typed (results) | keys | one-letter keys, median | first search (loads "
          "Pagefind) | searching keys | median | 90th percentile | slowest | "
          "goal: median < 100 ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n, words, t in typing:
        typed = ", ".join(f"“{q}” ({c.split()[0] if c[:1].isdigit() else c})"
                          for q, c in zip(TYPED[words], t["counts"]))
        print(f"| {n:,} | {words}: {typed} | {t['keys']} | {t['short']:.0f} | {t['first']:.0f} | "
              f"{t['searches']} | {t['median']:.0f} | {t['p90']:.0f} | {t['max']:.0f} | "
              f"{'met' if t['median'] < GOAL_MS else '**missed**'} |")
    if index_rows:
        print("\n### Index build (medians of 3)\n")
        print("| programs | pages | full build | its peak (whole tree) | stemhub peak (own) | "
              "index stage in the build | Pagefind alone | Pagefind peak | Pagefind files |")
        print("|---|---|---|---|---|---|---|---|---|")
        for row in index_rows:
            print(row)


if __name__ == "__main__":
    main(sys.argv[1:])
