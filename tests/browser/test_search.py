"""The search page in Chromium against the built sample site (docs/search.md): text queries through
Pagefind, filters with counts and chips, the state in the URL, distance from a ZIP code, the
keyboard, axe-core with results shown, no JavaScript, and hosting under a sub-path.

Expected results come from the built browse lists (the catalog's facets, rendered without any
JavaScript), never from the search data the page itself reads."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.sitekit import AXE_JS, PHONE, VIEWPORTS
from tests.browser.test_axe import RUN_AXE, TAGS, describe

SEARCH = "search/"
CARD_LINK = re.compile(r'<article class="sh-card">\s*<h3><a href="[^"]*?/programs/([a-z0-9-]+)/">')


def listed(site, path: str) -> set[str]:
    """Slugs of the programs on a browse list, over all its pages, read from the built files."""
    slugs: set[str] = set()
    page = site.out / path
    while True:
        html = (page / "index.html").read_text("utf-8")
        slugs |= set(CARD_LINK.findall(html))
        nxt = re.search(r'<a rel="next" href="/([^"]+)"', html)
        if not nxt:
            return slugs
        page = site.out / nxt.group(1)


def class_trips(site) -> set[str]:
    """The listed programs only a teacher signs up for, for a whole class: those whose page asks
    parents to share it with the teacher (docs/templates.md, "Class trips")."""
    return {slug for slug in listed(site, "programs/")
            if 'class="sh-class-trip"' in site.file(f"programs/{slug}/").read_text("utf-8")}


def settle(page) -> None:
    page.wait_for_selector("#sh-found[aria-busy=false]", state="attached")


def open_search(new_page, site, query: str = "", viewport=None, folder: str = "", **options):
    page = new_page(viewport=viewport or VIEWPORTS["desktop"], **options)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors
    assert page.goto(site.page(folder + SEARCH + query)).ok
    settle(page)
    return page


def results(page) -> list[str]:
    """Every result's slug (programs) or site path (partners, guides), showing all of them."""
    cards = page.locator("#sh-results article")
    while page.locator("#sh-more").is_visible():
        shown = cards.count()
        page.locator("#sh-more").click()
        cards.nth(shown).wait_for(state="attached")
        settle(page)  # busy until the new cards and their excerpts are in
    return first_results(page)


def first_results(page) -> list[str]:
    """The results shown (without asking for more), as results() names them."""
    hrefs = page.locator("#sh-results article h3 a").evaluate_all("as => as.map(a => a.pathname)")
    return [h.split("/")[-2] if "/programs/" in h else h for h in hrefs]


def count(page) -> int:
    text = page.locator("#sh-count").inner_text()
    m = re.match(r"(\d+) results?", text)
    return int(m.group(1)) if m else 0


def state(page) -> dict:
    return parse_qs(urlsplit(page.url).query)


def test_a_query_finds_the_program_that_has_the_word(site, new_page):
    page = open_search(new_page, site, "?q=solar")
    assert page.title().startswith("solar · Search")
    found = results(page)
    assert "build-a-solar-charger" in found
    assert found and count(page) == len(found)
    for slug in [f for f in found if not f.startswith("/")]:
        text = (site.out / "programs" / slug / "index.html").read_text("utf-8").lower()
        assert "solar" in text, f"{slug} came up for 'solar' without the word"
    assert not page.errors


def test_grade_7_and_free_is_exactly_the_programs_that_are_both(site, new_page):
    want = listed(site, "browse/grade/7/") & listed(site, "browse/free/")
    assert len(want) >= 3, "the sample should have several free programs for grade 7"
    page = open_search(new_page, site)
    page.get_by_role("checkbox", name=re.compile(r"^7 \(")).check()
    settle(page)
    page.get_by_role("checkbox", name=re.compile(r"^Free \(")).check()
    settle(page)
    assert set(results(page)) == want and count(page) == len(want)
    assert state(page) == {"grade": ["7"], "cost": ["free"]}
    assert page.locator("#sh-open-filters").text_content() == "Filters (2 on)"
    free8 = listed(site, "browse/grade/8/") & listed(site, "browse/free/")
    eight = page.get_by_role("checkbox", name=re.compile(r"^8 \("))
    assert eight.evaluate("b => b.labels[0].textContent.trim()") == f"8 ({len(free8)})"
    assert not page.errors


def test_removing_a_chip_widens_the_results(site, new_page):
    page = open_search(new_page, site, "?grade=7&cost=free")
    narrow = set(results(page))
    page.get_by_role("button", name="Remove filter: Cost: Free").click()
    settle(page)
    wide = set(results(page))
    assert narrow < wide and wide == listed(site, "browse/grade/7/")
    assert state(page) == {"grade": ["7"]}
    page.go_back()
    settle(page)
    assert set(results(page)) == narrow  # the back button restores the state before
    assert page.get_by_role("checkbox", name=re.compile(r"^Free \(")).is_checked()


def test_reloading_the_url_restores_query_filters_and_sort(site, new_page):
    page = open_search(new_page, site)
    page.locator("#sh-q").fill("robot")
    settle(page)
    page.get_by_role("checkbox", name=re.compile(r"^In person \(")).check()
    settle(page)
    page.locator("#sh-sort").select_option("title")
    settle(page)
    before = results(page)
    assert before and state(page) == {"q": ["robot"], "where": ["in-person"], "sort": ["title"]}
    page.reload()
    settle(page)
    assert page.locator("#sh-q").input_value() == "robot"
    assert page.get_by_role("checkbox", name=re.compile(r"^In person \(")).is_checked()
    assert page.locator("#sh-sort").input_value() == "title"
    assert results(page) == before
    titles = page.locator("#sh-results h3").all_inner_texts()
    assert titles == sorted(titles, key=str.casefold)


def test_the_usual_order_is_soonest_deadline_first(site, new_page):
    page = open_search(new_page, site, "?grade=7")
    dates = page.locator("#sh-results article").evaluate_all(
        "cs => cs.map(c => c.querySelector('time')?.getAttribute('datetime') || '')")
    open_ones = [d for d in dates if d]
    assert open_ones[:3] == sorted(open_ones)[:3]
    assert page.locator("#sh-sort").input_value() == "deadline"


def test_a_zip_code_sorts_by_distance_and_keeps_online_programs(site, new_page):
    page = open_search(new_page, site, "?status=open")  # closed programs come after the open ones
    page.locator("#sh-zip").fill("98237")  # Concrete: the far east of the sample's programs
    settle(page)
    assert page.locator("#sh-sort").input_value() == "distance"
    assert "#zip=98237" in page.url and "98237" not in urlsplit(page.url).query
    notes = results_notes(page)
    family = notes[:len(notes) - len(page.locator(TRIPS_NOTES).all_inner_texts())]
    for group in (family, notes[len(family):]):  # class trips after the rest (docs/search.md)
        miles = [0.0 if n == "In your ZIP code area" else float(n.split()[0])
                 for n in group if n.endswith("miles away") or n == "In your ZIP code area"]
        assert miles == sorted(miles)
        assert "Online" not in group or group.index("Online") > len(miles) - 1
    assert family[0] == "In your ZIP code area" and "Online" in family
    page.locator("#sh-within").select_option("10")
    settle(page)
    near = results_notes(page)
    assert all(float(n.split()[0]) <= 10 for n in near if n.endswith("miles away"))
    assert "Online" in near and len(near) < len(notes)
    page.reload()
    settle(page)
    assert page.locator("#sh-zip").input_value() == "98237" and results_notes(page) == near


TRIPS_NOTES = "#sh-results > .sh-trips ~ article .sh-distance"  # the class trips' notes


def results_notes(page) -> list[str]:
    results(page)
    return page.locator("#sh-results .sh-distance").all_inner_texts()


def test_an_unknown_zip_code_says_so(site, new_page):
    page = open_search(new_page, site)
    page.locator("#sh-zip").fill("10001")
    settle(page)
    assert "10001" in page.locator("#sh-zip-note").inner_text()
    assert count(page) == len(listed(site, "programs/"))


def test_partners_and_guides_are_found_by_words_only(site, new_page):
    page = open_search(new_page, site, "?q=robotics")
    found = results(page)
    assert any(f.startswith("/partners/") for f in found)
    page.get_by_role("checkbox", name=re.compile(r"^Free \(")).check()
    settle(page)
    assert not any(f.startswith("/") for f in results(page))


def test_keyboard_only(site, new_page):
    page = open_search(new_page, site)
    page.locator("#sh-q").focus()
    page.keyboard.type("nursing")
    settle(page)
    assert "nurse-job-shadow-day" in results(page)
    with_words = count(page)
    box = page.get_by_role("checkbox", name=re.compile(r"^Free \("))
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "cost":
            break
    page.keyboard.press("Space")
    settle(page)
    assert box.is_checked() and count(page) <= with_words
    chip = page.get_by_role("button", name="Remove filter: Cost: Free")
    chip.focus()
    page.keyboard.press("Enter")
    settle(page)
    assert not box.is_checked() and count(page) == with_words
    assert page.evaluate("document.activeElement.id") == "sh-q"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_no_axe_violations_with_results_shown(site, new_page, viewport):
    page = open_search(new_page, site, "?q=robot&grade=7", VIEWPORTS[viewport], bypass_csp=True)
    page.locator("#sh-zip").fill("98273")
    settle(page)
    if viewport == "phone":  # the filters as a sheet over the results
        page.locator("#sh-open-filters").click()
        page.locator("#sh-filters[role=dialog]").wait_for()
    assert count(page) > 0 and page.locator("#sh-results .sh-excerpt mark").count()
    page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate(RUN_AXE, TAGS)
    assert not violations, describe(page.url, violations)


def test_without_javascript_the_page_explains_and_offers_the_lists(site, new_page):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    assert page.goto(site.page(SEARCH + "?q=robot")).ok
    assert page.get_by_text("need JavaScript").is_visible()
    assert page.get_by_role("link", name=re.compile("Browse by grade")).is_visible()
    assert page.get_by_role("link", name="Free programs").is_visible()
    assert not page.locator("#sh-app").is_visible()
    assert not page.locator("#sh-q").is_visible(), "a search box that cannot search"


def test_the_home_search_box_and_browse_lists_lead_into_search(site, new_page):
    page = new_page(viewport=PHONE)
    assert page.goto(site.page("")).ok
    page.locator("main input[name=q]").fill("welding")
    page.locator("main input[name=q]").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=welding$"))
    settle(page)
    assert count(page) > 0
    assert page.goto(site.page("browse/grade/7/")).ok
    page.get_by_role("link", name=re.compile("filter these programs", re.I)).click()
    page.wait_for_url(re.compile(r"/search/\?grade=7$"))
    settle(page)
    assert set(results(page)) == listed(site, "browse/grade/7/")


def test_under_a_sub_path(subsite, new_page):
    page = open_search(new_page, subsite, "?q=solar&grade=6")
    links = page.locator("#sh-results article h3 a").evaluate_all("as => as.map(a => a.pathname)")
    assert links and all(link.startswith("/stem/programs/") for link in links)
    page.locator("#sh-zip").fill("98273")
    settle(page)
    assert page.locator("#sh-results .sh-distance").count() > 0
    assert not page.errors


def test_one_letter_is_no_search_yet(site, new_page):
    page = open_search(new_page, site, "?q=r")
    assert count(page) == len(listed(site, "programs/"))
    assert not any("/pagefind/" in r for r in page.evaluate(
        "performance.getEntriesByType('resource').map(e => e.name)"))
