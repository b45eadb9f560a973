"""Words on nearly every page (docs/search.md, "Common words"), on a generated site of 1,100
programs (1,210 search rows: more than common.LEAST). Every form search/common.json lists
matches exactly the rows Pagefind itself matches for it, asked in Chromium, so the stemmer,
the page numbers and the ids agree with Pagefind's; the search page answers such a query
without loading Pagefind, and any other query through it."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import cbor2
import pytest

from stemhub.outputs import common
from tests.browser.conftest import Built
from tests.browser.sitekit import ROOT, VIEWPORTS, Server, build
from tests.browser.test_search import count, open_search, settle
from tests.conftest import FEATURES_OFF

PROGRAMS = 1100

# The rows Pagefind matches for each query once it has every chunk of its index (it loads one
# chunk a typed word and matches a word's start among the chunks it has: the first words of
# all the chunks load them all), looked up in ids.json as search.js does.
PAGEFIND_ROWS = """async ([queries, chunks]) => {
  const pf = await import("/pagefind/pagefind.js");
  await pf.options({ basePath: "/pagefind/", noWorker: true });
  for (const first of chunks) await pf.preload(first);
  const ids = await (await fetch("/search/ids.json")).json();
  const row = new Map(ids.map((id, i) => [id, i]));
  const out = {};
  for (const q of queries) {
    const rows = [];
    for (const r of (await pf.search(q)).results) {
      const hash = r.id.slice(r.id.indexOf("_") + 1);
      let n = hash.length;
      while (n > 0 && !row.has(hash.slice(0, n))) n--;
      if (n) rows.push(row.get(hash.slice(0, n)));
    }
    out[q] = rows.sort((a, b) => a - b);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def large(browser_tmp):
    """The generated site with every feature off: the search index is the core's."""
    source = browser_tmp / "large-source"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(PROGRAMS), str(source)],
                   check=True, capture_output=True)
    with open(source / "site.yaml", "a", encoding="utf-8") as site_yaml:
        site_yaml.write(FEATURES_OFF)
    out = build(browser_tmp / "large", source=source)
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


def ours(site, forms: dict[str, int], query: str, rows: int) -> list[int]:
    """The rows the common files give a query of common forms (as search.js reads them)."""
    lacking = set()
    for form in query.split(" "):
        gaps = json.loads((site.out / f"search/common/{forms[form]}.json").read_text())
        row = 0
        for gap in gaps:
            row += gap
            lacking.add(row)
    return [r for r in range(rows) if r not in lacking]


def test_every_common_form_matches_what_pagefind_matches(large, new_page):
    found = json.loads((large.out / "search/common.json").read_text())
    forms = dict(found["keys"])
    assert found["rows"] == PROGRAMS * 11 // 10 >= common.LEAST
    # the generator's most common words and the starts typed on the way to them
    for word in ("students", "learn", "week"):
        assert all(word[:n] in forms for n in range(1, len(word) + 1)), word
    assert "robotics" not in forms  # on about a tenth of the programs
    queries = sorted(forms) + ["students learn", "learn week", "the students"]
    page = new_page(viewport=VIEWPORTS["desktop"])
    assert page.goto(large.page("search/")).ok
    entry = json.loads((large.out / "pagefind/pagefind-entry.json").read_text())
    hash_ = entry["languages"]["en"]["hash"]
    meta = cbor2.loads(common._payload(large.out / f"pagefind/pagefind.{hash_}.pf_meta"))
    theirs = page.evaluate(PAGEFIND_ROWS, [queries, [chunk[0] for chunk in meta[2]]])
    wrong = [q for q in queries if ours(large, forms, q, found["rows"]) != theirs[q]]
    assert not wrong, f"{len(wrong)} of {len(queries)} differ from Pagefind: {wrong[:10]}"


EARLY = re.compile(r"/pagefind/(pagefind\.js|pagefind-entry\.json\?ts=\d+|wasm\.[a-z-]+\.pagefind)$")


def test_a_common_query_is_answered_without_pagefind(large, new_page):
    forms = dict(json.loads((large.out / "search/common.json").read_text())["keys"])
    rows = json.loads((large.out / "search/common.json").read_text())["rows"]
    asked: list[str] = []
    page = new_page(viewport=VIEWPORTS["phone"])
    page.on("request", lambda r: asked.append(r.url))
    page = open_search(lambda **_: page, large, "?q=Students")
    assert count(page) == len(ours(large, forms, "students", rows))
    assert page.locator("#sh-results article").count() == 20
    # the words in the URL fetched Pagefind's script, entry file and WebAssembly at once
    # (test_search_slow.py); the metadata and the index, never
    assert not [u for u in asked if "/pagefind/" in u and not EARLY.search(u)], "Pagefind searched"
    page.fill("#sh-q", "robotics")
    page.wait_for_url(re.compile(r"\?q=robotics$"))
    settle(page)
    assert [u for u in asked if u.endswith("/pagefind/pagefind.js")], "Pagefind was not asked"
    assert page.locator("#sh-results .sh-excerpt").count() > 0
    assert not page.errors
