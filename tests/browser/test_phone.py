"""Families on phones (issues 18 and 35), in Chromium at 390x844: the first screen of a program
page holds what a family decides on (when, where, who, the help, status, deadline, cost, how to
apply); a parent goes from the home page to a program's date in a calendar in 5 taps; the menu
opens with and without JavaScript; a program that cannot be joined points to similar ones open
now; the share button falls back without Web Share; a
pathway's grade filter works without JavaScript. (Tap targets: test_targets.py.)"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from stemhub.render.i18n import gettext

from tests.browser.sitekit import DESKTOP, PAGES, PHONE, PROGRAM, ROOT
from tests.browser.test_search import listed, results, settle
from tests.browser.test_search_phone import WANT, supported, tapper

PARENTS_PROGRAM = "college-campus-day-for-middle-schoolers"  # grade 7, free, transportation

FIRST_SCREEN = {  # what must be seen without scrolling: a selector in <main>...
    "title": "h1",
    "status": ".sh-key .sh-badge",
    "deadline": ".sh-key .sh-deadline time",
    "cost": ".sh-key .sh-cost",
    # how to join: a class trip's note to parents (share it with the teacher) comes first, and
    # its "How to apply" is for teachers (issue 35); else how to apply
    "apply": ".sh-key :is(.sh-class-trip, .sh-apply)",
}
# ...and the facts of these names (a <dt> anywhere in <main>, in the page's language; issue 35)
KEY_FACTS = {"when": "When", "where": "Where", "who": "Who signs up", "help": "Help included"}
# Where each fact's box ends, in px from the top of the page (null: not on the page)
BOTTOMS = """([selectors, names]) => {
  const main = document.querySelector("main");
  const rows = [...main.querySelectorAll("dl > div")];
  const named = (name) => rows
    .find((row) => row.querySelector(":scope > dt")?.textContent.trim() === name)
    ?.querySelector(":scope > dd");
  const bottom = (el) => (el ? el.getBoundingClientRect().bottom + scrollY : null);
  return Object.fromEntries([
    ...Object.entries(selectors).map(([fact, css]) => [fact, bottom(main.querySelector(css))]),
    ...Object.entries(names).map(([fact, name]) => [fact, bottom(named(name))]),
  ]);
}"""


def open_program_pages(out: Path) -> list[str]:
    """Site paths of the sample's program pages a family can apply from (open, with a deadline),
    and a translated one in each other language."""
    return sorted(f"programs/{f.parent.name}/" for f in (out / "programs").glob("*/index.html")
                  if 'class="sh-apply"' in (text := f.read_text("utf-8"))
                  and 'class="sh-deadline"' in text) + [PAGES["es-program"], PAGES["vi-program"]]


def late_facts(page, path: str) -> list[str]:
    """The key facts of the program page open at path that end below the first screen, or are
    missing: when (if it has a schedule or seasons) and the help (if it has supports) too."""
    fields = _front_matter(path.rstrip("/").split("/")[-1])
    lang = "en" if path.startswith("programs/") else path.split("/")[0]
    names = {fact: gettext(lang)(name) for fact, name in KEY_FACTS.items()}
    optional = {"when": not (fields.get("schedule") or fields.get("seasons")),
                "help": not fields.get("supports"), "deadline": not fields.get("deadline")}
    late = []
    for fact, bottom in page.evaluate(BOTTOMS, [FIRST_SCREEN, names]).items():
        if bottom is None and optional.get(fact):
            continue
        if bottom is None or bottom > PHONE["height"]:
            late.append(f"{path}: {fact} ends at {bottom} px")
    return late


def test_the_first_screen_of_a_program_page_holds_what_a_family_decides_on(site, new_page):
    """At 390x844, with no scrolling: when, where, who signs up, the help that comes with it,
    the status, the deadline, the cost and how to apply, on every open program page (camps,
    clubs, internships, field trips, online courses, ...) and in Spanish and Vietnamese."""
    page = new_page(viewport=PHONE)
    paths = open_program_pages(site.out)
    assert PROGRAM in paths and len(paths) > 20
    late = []
    for path in paths:
        page.goto(site.page(path))
        late += late_facts(page, path)
    assert not late, "below the first screen (844 px):\n" + "\n".join(late)


def test_a_parent_taps_5_times_from_the_home_page_to_the_day_in_a_calendar(site, new_page):
    """Issue 35's parent, on a 390x844 touch screen: grade 7, transportation, free, the program,
    its facts read and its date in a calendar, in at most 5 taps, each on a control on screen
    (the results may be scrolled to the program), and the program's facts on its first screen:
    no scrolling on its page."""
    page = new_page(viewport=PHONE, has_touch=True, is_mobile=True)
    taps: list[str] = []
    tap = tapper(page, taps)

    assert page.goto(site.page("")).ok
    with page.expect_navigation():
        tap(page.get_by_role("link", name="Grade 7", exact=True), "7")
    with page.expect_navigation():
        tap(page.get_by_role("link", name="With transportation"), "With transportation")
    settle(page)
    tap(page.get_by_role("button", name="Free", exact=True), "Free")
    settle(page)
    want = listed(site, "browse/grade/7/") & listed(site, "browse/free/") & supported(site, WANT)
    assert PARENTS_PROGRAM in want and set(results(page)) == want
    card = page.locator("#sh-results h3 a", has_text=_front_matter(PARENTS_PROGRAM)["title"])
    card.scroll_into_view_if_needed()
    with page.expect_navigation():
        tap(card, "the program")
    assert page.url.endswith(f"/programs/{PARENTS_PROGRAM}/")
    assert not late_facts(page, f"programs/{PARENTS_PROGRAM}/")
    assert page.evaluate("scrollY") == 0
    with page.expect_download() as download:
        tap(page.locator(".sh-key a[type='text/calendar']").first, "add to my calendar")
    assert download.value.suggested_filename.endswith(".ics")
    assert len(taps) <= 5, taps


@pytest.mark.parametrize("js", [True, False], ids=["js", "no-js"])
def test_the_menu_button_opens_the_navigation(site, new_page, js):
    page = new_page(viewport=PHONE, java_script_enabled=js)
    page.goto(site.page(PROGRAM))
    header = page.locator("header").bounding_box()
    assert header["height"] < 200, f"the header takes {header['height']} px of the phone"
    links = page.locator("#sh-nav a")
    assert links.count() >= 6 and not links.first.is_visible()
    page.locator(".sh-menu summary").click()
    assert all(links.nth(i).is_visible() for i in range(links.count()))
    page.get_by_role("link", name="Guides").click()
    assert page.url.endswith("/guides/")


def test_on_a_desktop_the_links_show_in_the_header_aligned_with_the_content(site, new_page):
    page = new_page(viewport=DESKTOP)
    page.goto(site.page(PROGRAM))
    assert not page.locator(".sh-menu summary").is_visible()
    links = page.locator("#sh-nav a")
    assert all(links.nth(i).is_visible() for i in range(links.count()))
    brand = page.locator(".sh-brand").bounding_box()
    title = page.locator("main h1").bounding_box()
    assert abs(brand["x"] - title["x"]) <= 1, (brand, title)


def _front_matter(slug: str) -> dict:
    text = (ROOT / "content/programs" / f"{slug}.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


@pytest.mark.parametrize("kind", ["program-closed", "program-ended", "program-full"])
def test_a_program_that_cannot_be_joined_shows_similar_ones_open_now(site, new_page, kind):
    page = new_page(viewport=PHONE)
    page.goto(site.page(PAGES[kind]))
    sectors = set(_front_matter(PAGES[kind].split("/")[1])["sectors"])
    page.locator(".sh-notice a[href='#sh-similar']").click()
    cards = page.locator("#sh-similar ~ .sh-cards h3 a")
    assert 1 <= cards.count() <= 3
    assert cards.first.is_visible()
    for i in range(cards.count()):
        slug = cards.nth(i).get_attribute("href").strip("/").split("/")[-1]
        other = site.file(f"programs/{slug}/").read_text("utf-8")
        assert re.search(r"sh-status-(open|closing-soon)", other), f"{slug} is not open now"
        assert "sh-availability" not in other, f"{slug} is full or on a waitlist"
        assert sectors & set(_front_matter(slug)["sectors"]), f"{slug}: no sector in common"


def _share_page(new_page, site, script: str = "", **options):
    page = new_page(viewport=PHONE, **options)
    if script:
        page.add_init_script(script)
    page.goto(site.page(PROGRAM), wait_until="networkidle")
    return page


def test_without_web_share_the_button_copies_the_link(site, new_page):
    page = _share_page(new_page, site, "delete Navigator.prototype.share;",
                       permissions=["clipboard-read", "clipboard-write"])
    button = page.locator("#sh-share-button")
    assert button.is_visible() and button.inner_text().strip() == "Copy link"
    button.click()
    page.wait_for_function("document.getElementById('sh-share-status').textContent !== ''")
    assert page.locator("#sh-share-status").inner_text() == "Link copied"
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    assert page.evaluate("navigator.clipboard.readText()") == canonical


def test_with_web_share_the_button_opens_the_share_sheet(site, new_page):
    page = _share_page(new_page, site, "navigator.share = (data) => "
                                       "{ window.shared = data; return Promise.resolve(); };")
    button = page.locator("#sh-share-button")
    assert button.inner_text().strip() == "Share"
    button.click()
    shared = page.evaluate("window.shared")
    assert shared == {"title": page.locator("h1").inner_text(),
                      "url": page.locator("link[rel=canonical]").get_attribute("href")}


def test_without_javascript_text_message_and_e_mail_share(site, new_page):
    page = _share_page(new_page, site, java_script_enabled=False)
    assert not page.locator("#sh-share-button").is_visible()
    for name, scheme in (("Text message", "sms:?&body="), ("E-mail", "mailto:?subject=")):
        link = page.locator(".sh-share").get_by_role("link", name=name)
        assert link.is_visible() and link.get_attribute("href").startswith(scheme)


def test_a_pathway_grade_filter_works_without_javascript(site, new_page):
    page = new_page(viewport=PHONE, java_script_enabled=False)
    page.goto(site.page(PAGES["pathway"]))
    items = page.locator(".sh-stage .sh-cards > li")
    total = items.count()
    page.locator(".sh-grade-filter").get_by_role("link", name="7", exact=True).click()
    shown = [i for i in range(total) if items.nth(i).is_visible()]
    assert 0 < len(shown) < total
    assert all("sh-g-7" in items.nth(i).get_attribute("class").split() for i in shown)
    page.locator(".sh-grade-filter").get_by_role("link", name="All").click()
    assert all(items.nth(i).is_visible() for i in range(total))


def test_the_home_page_shows_search_and_grades_first_and_a_program_within_two_screens(site, new_page):
    page = new_page(viewport=PHONE)
    page.goto(site.page(""), wait_until="networkidle")
    tops = page.evaluate("""() => ({
      search: document.querySelector("#sh-home-q").getBoundingClientRect().bottom,
      grades: Math.max(...[...document.querySelectorAll(".sh-grades a")].map(
        (a) => a.getBoundingClientRect().bottom)),
      card: document.querySelector(".sh-card").getBoundingClientRect().top})""")
    assert tops["search"] <= PHONE["height"] and tops["grades"] <= PHONE["height"], tops
    assert tops["card"] < 2 * PHONE["height"], tops
