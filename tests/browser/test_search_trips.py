"""Class trips in search results (issue 35; docs/search.md): a family's results never start with
a program only a teacher books for a whole class; those come last, under "Class trips: ask your
child's teacher", whatever the order and however many "Show more results" it takes; "Who signs
up" offers "A teacher books it", and a hostile value beside it is dropped; axe-core finds nothing
in the grouped results.

Which programs are class trips is read from the built pages (a class trip's page tells parents to
share it with the teacher) and the sample's content files, never from the search data the page
itself reads."""
from __future__ import annotations

import re

from tests.browser.sitekit import AXE_JS, PHONE
from tests.browser.test_axe import RUN_AXE, TAGS, describe
from tests.browser.test_search import class_trips, listed, open_search, results, settle, state
from tests.browser.test_search_phone import open_sheet, supported

HEADING = "Class trips: ask your child's teacher"
# Each child of the results, in order: a program's slug, a partner's or guide's path, or HEADING
CHILDREN = """list => [...list.children].map((el) => el.matches("article")
  ? el.querySelector("h3 a").pathname.replace(/^\\/programs\\/([^/]+)\\/$/, "$1")
  : el.querySelector("h2").textContent)"""


def grouped(shown: list[str], trips: set[str]) -> None:
    """The heading once, right before the first class trip, and every class trip after it."""
    assert shown.count(HEADING) == 1, shown
    at = shown.index(HEADING)
    assert not trips & set(shown[:at]) and set(shown[at + 1:]) <= trips, shown


def test_a_familys_free_transportation_search_shows_family_programs_first(site, new_page):
    trips = class_trips(site)
    assert trips, "the sample should have class trips"
    want = listed(site, "browse/free/") & supported(site, "transportation")
    assert want & trips and want - trips, "the sample should have both kinds free with transport"
    page = open_search(new_page, site, "?cost=free&support=transportation", PHONE, bypass_csp=True)
    first = page.locator("#sh-results article h3 a").first
    assert first.evaluate("a => a.pathname").split("/")[-2] not in trips
    shown = page.locator("#sh-results").evaluate(CHILDREN)
    assert set(shown) - {HEADING} == want
    grouped(shown, trips)
    heading = page.get_by_role("heading", name=HEADING, level=2)
    assert heading.is_visible() and heading.bounding_box()["width"] <= PHONE["width"]
    page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate(RUN_AXE, TAGS)
    assert not violations, describe(page.url, violations)

    # "Who signs up": "A teacher books it" leaves the class trips, under their heading
    open_sheet(page)
    page.locator("#sh-filters label").filter(has_text=re.compile(r"^\s*A teacher books it")).click()
    settle(page)
    assert state(page) == {"cost": ["free"], "support": ["transportation"], "audience": ["class"]}
    shown = page.locator("#sh-results").evaluate(CHILDREN)
    assert shown[0] == HEADING and set(shown[1:]) == want & trips
    assert page.locator("#sh-show").inner_text() == f"Show {len(want & trips)} programs"
    assert "Who signs up: A teacher books it ×" in page.locator("#sh-chips").inner_text()

    # a hostile value beside it is dropped; every program, class trips after "Show more results"
    page.goto(site.page("search/?audience=class&audience=__proto__&audience=constructor"))
    settle(page)
    assert state(page) == {"audience": ["class"]}
    assert set(results(page)) == trips
    page.goto(site.page("search/"))
    settle(page)
    everything = results(page)
    assert len(everything) == len(listed(site, "programs/")) > 20 and everything[-1] in trips
    grouped(page.locator("#sh-results").evaluate(CHILDREN), trips)
    assert not page.errors
