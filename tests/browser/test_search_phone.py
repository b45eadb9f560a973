"""The search page on a phone (390x844; issue 18, "Families on phones"): quick filters, the filter
sheet and its "Show N programs" button, best match first with words, why a result matched
(Pagefind's excerpt, built as text, added when it comes), a slow answer to an old query never
shown, distance notes
and order, targets of 44 px, and a parent's whole task from the home page, taps and scrolling
counted.

Expected results come from the built browse lists and the sample's content files, never from the
search data the page itself reads."""
from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
import yaml

from tests.browser.conftest import Built
from tests.browser.sitekit import PHONE, ROOT, TODAY, Server, build
from tests.browser.test_search import (
    class_trips, count, listed, open_search, results, settle, state,
)

WANT = "transportation"


def front(slug: str) -> dict:
    text = (ROOT / "content" / "programs" / f"{slug}.md").read_text("utf-8")
    return yaml.safe_load(text.split("\n---", 1)[0].removeprefix("---"))


def closed(site) -> set[str]:
    """The listed programs not open for applications: the deadline has passed, or it is full."""
    return {s for s in listed(site, "programs/")
            if (front(s).get("deadline") and front(s)["deadline"] < date.fromisoformat(TODAY))
            or front(s).get("availability") == "full"}


def supported(site, support: str) -> set[str]:
    return {s for s in listed(site, "programs/") if support in (front(s).get("supports") or [])}


def on_screen(page, locator) -> bool:
    box = locator.bounding_box()
    return bool(box) and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


def tapper(page, taps: list[str]):
    """tap(locator, name): a finger's tap at the middle of a control already on screen (the tap
    scrolls nothing), its name added to taps."""
    def tap(locator, name):
        assert on_screen(page, locator), f"{name} is not on screen: {locator.bounding_box()}"
        box = locator.bounding_box()
        page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        taps.append(name)
    return tap


def open_sheet(page):
    page.locator("#sh-open-filters").click()
    page.locator("#sh-filters[role=dialog]").wait_for()


def test_show_comes_second_in_the_sheets_tab_order_and_stays_at_its_foot(site, new_page):
    """A keyboard reaches "Show N programs" right after Close, not after every filter; on the
    screen it stays at the bottom of the sheet, below every filter."""
    page = open_search(new_page, site, "", PHONE)
    open_sheet(page)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "sh-close"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "sh-show"
    show, body = page.locator("#sh-show").bounding_box(), page.locator(".sh-sheet-body").bounding_box()
    assert show["y"] >= body["y"] + body["height"] and on_screen(page, page.locator("#sh-show"))


def test_the_filter_sheet_closes_on_show_and_brings_the_results(site, new_page):
    page = open_search(new_page, site, "?grade=7", PHONE)
    assert not page.get_by_role("checkbox", name=re.compile(r"^Free \(")).is_visible()
    open_sheet(page)
    sheet = page.get_by_role("dialog", name="Filters")
    assert sheet.get_attribute("aria-modal") == "true"
    assert page.evaluate("document.activeElement.id") == "sh-filters-title"
    assert page.evaluate("document.getElementById('sh-found').inert")  # the page behind
    page.keyboard.press("Escape")  # Escape closes and goes back to the button
    assert not sheet.count() and page.evaluate("document.activeElement.id") == "sh-open-filters"
    open_sheet(page)
    page.get_by_role("checkbox", name=re.compile(r"^Free \(")).check()
    settle(page)
    want = listed(site, "browse/grade/7/") & listed(site, "browse/free/")
    show = page.locator("#sh-show")
    assert show.inner_text() == f"Show {len(want)} programs" and on_screen(page, show)
    show.click()
    assert not page.locator("#sh-filters").is_visible()
    assert not page.evaluate("document.getElementById('sh-found').inert")
    assert page.evaluate("document.activeElement.id") == "sh-count"
    first = page.locator("#sh-results article").first
    assert on_screen(page, page.locator("#sh-count")) and on_screen(page, first.locator("h3"))
    assert first.locator("h3 a").evaluate("a => a.pathname").split("/")[-2] in want
    assert set(results(page)) == want and count(page) == len(want)
    assert state(page) == {"grade": ["7"], "cost": ["free"]}
    assert page.locator("#sh-open-filters").inner_text() == "Filters (2 on)"


def test_quick_filters_tick_the_same_boxes_as_the_full_list(site, new_page):
    page = open_search(new_page, site, "", PHONE)
    free = page.get_by_role("button", name="Free", exact=True)
    free.click()
    settle(page)
    assert free.get_attribute("aria-pressed") == "true"
    assert page.locator("#sh-filters input[name=cost][value=free]").is_checked()  # in the sheet
    assert set(results(page)) == listed(site, "browse/free/")
    page.locator("#sh-grade").select_option("7")
    settle(page)
    assert state(page) == {"grade": ["7"], "cost": ["free"]}
    assert set(results(page)) == listed(site, "browse/grade/7/") & listed(site, "browse/free/")
    page.get_by_role("button", name="Open now").click()
    settle(page)
    assert state(page) == {"grade": ["7"], "cost": ["free"], "status": ["open"]}
    assert set(results(page)) == (listed(site, "browse/grade/7/") & listed(site, "browse/free/")) - closed(site)
    free.click()
    settle(page)
    assert free.get_attribute("aria-pressed") == "false" and state(page) == {"grade": ["7"], "status": ["open"]}
    page.go_back()  # each quick filter is a step in the history
    settle(page)
    assert free.get_attribute("aria-pressed") == "true"
    page.goto(site.page("search/?grade=7&grade=8"))
    settle(page)
    assert page.locator("#sh-grade option:checked").inner_text() == "2 grades"
    page.locator("#sh-grade").select_option("")
    settle(page)
    assert state(page) == {} and count(page) == len(listed(site, "programs/"))


def test_words_are_in_best_match_order_and_the_deadline_order_is_one_tap_away(site, new_page):
    page = open_search(new_page, site, "?q=robot", PHONE)
    assert page.locator("#sh-sort").input_value() == "relevance" and state(page) == {"q": ["robot"]}
    best = page.get_by_role("button", name="Best match")
    deadline = page.get_by_role("button", name="Soonest deadline")
    assert best.get_attribute("aria-pressed") == "true" and deadline.get_attribute("aria-pressed") == "false"
    by_match = results(page)
    deadline.click()
    settle(page)
    assert state(page) == {"q": ["robot"], "sort": ["deadline"]}
    assert deadline.get_attribute("aria-pressed") == "true"
    by_deadline = results(page)
    programs = [s for s in by_deadline if not s.startswith("/")]
    every = [s for s in _list_order(site) if s in set(programs)]
    assert programs == every and by_deadline[:len(programs)] == programs
    assert sorted(by_match) == sorted(by_deadline) and by_match != by_deadline
    best.click()
    settle(page)
    assert state(page) == {"q": ["robot"]} and results(page) == by_match
    page.goto(site.page("search/?cost=free"))
    settle(page)
    assert page.locator("#sh-sort").input_value() == "deadline"
    assert not page.locator("#sh-order").is_visible()  # no words: no best match


def _list_order(site) -> list[str]:
    """The slugs of /programs/ in its order over all its pages."""
    order, page = [], site.out / "programs"
    while True:
        html = (page / "index.html").read_text("utf-8")
        order += re.findall(r'<article class="sh-card">\s*<h3><a href="[^"]*?/programs/([a-z0-9-]+)/">', html)
        nxt = re.search(r'<a rel="next" href="/([^"]+)"', html)
        if not nxt:
            return order
        page = site.out / nxt.group(1)


HOSTILE = """---
title: Fern Lab
partner: alder-bay-robotics
summary: A club for fern fans.
type: club
sectors: [computer-science-it]
grades: "7-8"
cost: free
location: online
verified: 2026-11-18
---
We meet on Tuesdays in the library, for students who like plants and want to learn much more
about them. Our quillwort notes <img src=x onerror=alert(1)> and <script>alert(2)</script> from AT&amp;T.
"""


@pytest.fixture(scope="module")
def hostile(browser_tmp):
    """The sample plus a program whose body holds HTML, which shows as text."""
    source = browser_tmp / "source-hostile"
    shutil.copytree(ROOT / "content", source / "content")
    shutil.copy(ROOT / "site.yaml", source / "site.yaml")
    (source / "content" / "programs" / "fern-lab.md").write_text(HOSTILE, encoding="utf-8")
    out = build(browser_tmp / "site-hostile", source=source)
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


def test_each_result_shows_why_it_matched_as_text(hostile, new_page):
    page = open_search(new_page, hostile, "?q=quillwort", PHONE)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    excerpt = page.locator("#sh-results article .sh-excerpt")
    assert excerpt.count() == 1
    nodes = excerpt.evaluate("""p => [...p.childNodes].map(n => n.nodeType === 3 ? "#text"
        : n.tagName + (n.childNodes.length === 1 && n.firstChild.nodeType === 3 ? "" : "!"))""")
    assert set(nodes) <= {"#text", "SPAN", "MARK"} and "MARK" in nodes and "#text" in nodes
    marked = excerpt.locator("mark").all_inner_texts()
    assert marked and all(re.fullmatch(r"quillwort\W*", m, re.I) for m in marked)
    words = excerpt.inner_text()
    assert "<img src=x onerror=alert(1)>" in words and "AT&T" in words
    assert not page.locator("#sh-results img, #sh-results script").count()
    page.wait_for_timeout(300)
    assert not dialogs and not page.errors


def hold(page, pattern: str):
    """Requests matching pattern held while hold[0] is true (their routes in held), the rest
    sent at once: (held, hold)."""
    held, holding = [], [True]
    page.route(re.compile(pattern), lambda r: held.append(r) if holding[0] else r.continue_())
    return held, holding


def wait_for(page, found) -> None:
    for _ in range(100):
        if found():
            return
        page.wait_for_timeout(50)


NOWHERE = "?q=zzqx"  # a word in no record: Pagefind loaded, no card file yet


def test_a_slow_answer_to_an_old_query_never_shows(site, new_page):
    page = open_search(new_page, site, NOWHERE, PHONE)
    held, holding = hold(page, r"/search/cards/|/pagefind/fragment/")
    page.locator("#sh-q").fill("solar")
    wait_for(page, lambda: any("/cards/" in r.request.url for r in held))
    assert any("/cards/" in r.request.url for r in held), "the results of 'solar' asked for no card"
    assert page.locator("#sh-found").get_attribute("aria-busy") == "true"
    assert page.locator("#sh-count").inner_text() == "Searching…"
    dimmed = lambda: page.evaluate("+getComputedStyle(document.getElementById('sh-results')).opacity") < 0.6  # noqa: E731
    wait_for(page, dimmed)  # after a moment (wait_for_function would need 'unsafe-eval')
    assert dimmed()
    holding[0] = False
    page.locator("#sh-q").fill("welding")
    settle(page)
    welding = results(page)
    assert welding and "build-a-solar-charger" not in welding
    for route in held:
        route.continue_()
    page.wait_for_timeout(500)
    assert results(page) == welding and count(page) == len(welding)
    assert page.locator("#sh-results .sh-excerpt mark").first.inner_text().lower().startswith("weld")
    assert state(page) == {"q": ["welding"]} and not page.errors


def test_a_card_shows_before_its_excerpt_arrives(site, new_page):
    """On a slow line the cards do not wait for Pagefind's excerpts: each goes into its card when
    it comes; the results stay aria-busy until then, no longer dimmed."""
    page = open_search(new_page, site, NOWHERE, PHONE)
    held, holding = hold(page, r"/pagefind/fragment/")
    page.locator("#sh-q").fill("welding")
    wait_for(page, lambda: held and results(page))
    assert held, "the results of 'welding' asked for no excerpt"
    shown = results(page)
    assert shown and count(page) == len(shown) and "Searching" not in page.locator("#sh-count").inner_text()
    assert page.locator("#sh-results .sh-excerpt").count() == 0
    assert page.locator("#sh-found").get_attribute("aria-busy") == "true"
    assert page.evaluate("+getComputedStyle(document.getElementById('sh-results')).opacity") == 1
    holding[0] = False
    for route in held:
        route.continue_()
    settle(page)
    assert page.locator("#sh-results .sh-excerpt mark").first.inner_text().lower().startswith("weld")
    assert results(page) == shown and not page.errors


def test_distance_says_in_your_zip_code_area_and_closed_programs_come_last(site, new_page):
    page = open_search(new_page, site, "#zip=98274", PHONE)
    assert page.locator("#sh-sort").input_value() == "distance"
    found = results(page)
    notes = page.locator("#sh-results .sh-distance").all_inner_texts()
    assert "In your ZIP code area" in notes and not any(n.startswith("0.0") for n in notes)
    trips = class_trips(site)  # after the rest, each part in its order (docs/search.md)
    family = [s for s in found if s not in trips]
    assert found == family + [s for s in found if s in trips]
    shut = closed(site) - trips
    assert shut and set(family[-len(shut):]) == shut, "closed programs are not after the open ones"
    opened = [n for s, n in zip(found, notes) if s not in shut | trips]
    miles = [0.0 if n == "In your ZIP code area" else float(n.split()[0])
             for n in opened if n == "In your ZIP code area" or n.endswith("miles away")]
    assert miles == sorted(miles) and miles[0] == 0.0


def test_controls_are_at_least_44_px(site, new_page):
    page = open_search(new_page, site, "?q=program#zip=98273", PHONE)
    assert page.locator("#sh-more").is_visible() and page.locator("#sh-order").is_visible()
    small = page.evaluate(SMALL)
    open_sheet(page)
    small += page.evaluate(SMALL)
    assert not small, f"targets under 44x44 px: {small}"


# Every visible control of the search page (a checkbox by its label, the target a finger hits).
SMALL = """() => [...document.querySelectorAll(
    "#sh-search :is(button, input, select), #sh-app :is(button, select, input:not([type=checkbox])), "
    + "#sh-app label:has(> input[type=checkbox])")]
  .filter(el => el.getClientRects().length && !el.closest("[inert]"))
  .map(el => [el.id || el.textContent.trim().slice(0, 30), el.getBoundingClientRect()])
  .filter(([, r]) => r.width < 43.5 || r.height < 43.5)
  .map(([name, r]) => `${name} ${Math.round(r.width)}x${Math.round(r.height)}`)"""


def test_a_parent_finds_a_free_grade_7_program_with_transportation(site, new_page):
    """Issue 18's parent: from the home page, grade 7, then free and transportation, then the
    results. Every tap is on a control already on screen (a tap at its middle, no scrolling by
    the tap); on the search page at most 4 taps and no scrolling at all, not even in the sheet,
    until "Show N programs" brings the results."""
    page = new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    taps: list[str] = []
    tap = tapper(page, taps)

    scroll_y = lambda: page.evaluate("scrollY")  # noqa: E731
    assert page.goto(site.page("")).ok
    seven = page.get_by_role("link", name="Grade 7", exact=True)
    seven.scroll_into_view_if_needed()  # the home page may need a scroll to its grades
    with page.expect_navigation():
        tap(seven, "7")
    with page.expect_navigation():
        tap(page.get_by_role("link", name=re.compile("filter these programs", re.I)), "search and filter")
    settle(page)
    arrived, on_search = scroll_y(), len(taps)
    tap(page.get_by_role("button", name="Free", exact=True), "Free")
    settle(page)
    tap(page.locator("#sh-open-filters"), "Filters")
    page.locator("#sh-filters[role=dialog]").wait_for()
    transport = page.locator("#sh-filters label").filter(has_text=re.compile(r"^\s*Transportation"))
    foot = page.locator(".sh-sheet-foot").bounding_box()
    assert transport.bounding_box()["y"] + transport.bounding_box()["height"] <= foot["y"], \
        "Transportation is under the sheet's button"
    tap(transport, "Transportation")
    settle(page)
    want = listed(site, "browse/grade/7/") & listed(site, "browse/free/") & supported(site, WANT)
    assert want, "the sample should have a free grade 7 program with transportation"
    show = page.locator("#sh-show")
    assert show.inner_text() == f"Show {len(want)} programs"
    assert page.locator(".sh-sheet-body").evaluate("b => b.scrollTop") == 0
    assert scroll_y() == arrived, "the page scrolled before the results were asked for"
    tap(show, "Show N programs")
    searched = taps[on_search:]
    assert len(searched) <= 4, searched
    assert not page.locator("#sh-filters").is_visible()
    assert page.evaluate("document.activeElement.id") == "sh-count"
    assert on_screen(page, page.locator("#sh-count"))
    first = page.locator("#sh-results article").first
    assert on_screen(page, first.locator("h3"))
    assert first.locator("h3 a").evaluate("a => a.pathname").split("/")[-2] in want
    assert count(page) == len(want) and set(results(page)) == want
    print(f"taps: {taps}; search page: {len(searched)} taps, scrolled {scroll_y() - arrived} px "
          "by 'Show N programs', 0 px by hand")
