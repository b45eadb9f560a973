"""Search on a slow connection (docs/search.md, "On a slow connection"): with words in the URL,
the page's requests do not wait on one another needlessly. Pagefind's script, entry file and
WebAssembly are asked for before the page's own data has arrived, common.json beside
facets.json, and a page's card icons come as one file. Order of requests, not durations (the
timing is bench/slow.py's)."""
from __future__ import annotations

from urllib.parse import urlsplit

from tests.browser.sitekit import VIEWPORTS
from tests.browser.test_search import settle


def events(site, new_page, path: str) -> list[tuple[str, str]]:
    """("ask" or "got", site path with its query) of every request of a load, in order."""
    page = new_page(viewport=VIEWPORTS["phone"])
    seen: list[tuple[str, str]] = []
    where = lambda r: urlsplit(r.url).path.removeprefix("/") + (  # noqa: E731
        "?" + urlsplit(r.url).query if urlsplit(r.url).query else "")
    page.on("request", lambda r: seen.append(("ask", where(r))))
    page.on("requestfinished", lambda r: seen.append(("got", where(r))))
    assert page.goto(site.page(path)).ok
    settle(page)
    page.wait_for_load_state("networkidle")
    assert page.locator("#sh-results article").count() > 0
    return seen


def first(seen, kind: str, start: str) -> int:
    return next(i for i, (k, p) in enumerate(seen) if k == kind and p.startswith(start))


def test_words_in_the_url_fetch_pagefind_beside_the_pages_own_data(site, new_page):
    seen = events(site, new_page, "search/?q=robotics")
    got_common = first(seen, "got", "search/common.json")
    for early in ("pagefind/pagefind.js", "pagefind/pagefind-entry.json?ts=",
                  "pagefind/wasm.en.pagefind"):
        assert first(seen, "ask", early) < got_common, (early, seen)
    assert first(seen, "ask", "search/common.json") < first(seen, "got", "search/facets.json")
    asked = [p for k, p in seen if k == "ask"]
    assert len([p for p in asked if p.startswith("pagefind/pagefind-entry.json")]) == 1, asked
    assert len([p for p in asked if p.startswith("pagefind/wasm.")]) == 1, asked
    icons = [p for p in asked if "icons" in p]
    assert icons == ["static/icons.svg"], icons


def test_a_view_without_words_fetches_nothing_of_pagefind(site, new_page):
    seen = events(site, new_page, "search/?grade=7")
    assert not [p for _, p in seen if p.startswith("pagefind/")], seen


def test_pagefind_is_asked_for_while_the_style_sheet_is_on_its_way(site, new_page):
    """The page's first step is inline before the style sheet: with the style sheet held,
    search.js (deferred: it waits for it) does not run, the first step does."""
    page = new_page(viewport=VIEWPORTS["phone"])
    held, asked = [], []
    page.route("**/static/style.css", lambda r: held.append(r))
    page.on("request", lambda r: asked.append(urlsplit(r.url).path.removeprefix("/")))
    early = ("pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.en.pagefind")
    try:
        page.goto(site.page("search/?q=robotics"), wait_until="commit")
        for _ in range(100):
            if held and set(early) <= set(asked):
                break
            page.wait_for_timeout(50)
        assert held and set(early) <= set(asked), asked
        assert "search/facets.json" not in asked, "search.js ran before the style sheet came"
    finally:
        for route in held:
            route.continue_()
