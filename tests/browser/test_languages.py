"""The Spanish and Vietnamese mirrors in Chromium: the page's language, its interface and dates,
the switcher that keeps the record, the note on an untranslated record, and search in Spanish and
Vietnamese (every example of the search box).
(axe-core, the Nu checker, the CSP and tap-target checks cover the es- and vi- pages of PAGES.)"""
from __future__ import annotations

import re

import pytest

from tests.browser.sitekit import PAGES, VIEWPORTS
from tests.browser.test_search import open_search, results, settle

SPANISH_DATE = re.compile(r"\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
                          r"septiembre|octubre|noviembre|diciembre) de 20\d\d\b")


def test_a_spanish_page_is_spanish(site, new_page):
    page = new_page(viewport=VIEWPORTS["phone"])
    assert page.goto(site.page(PAGES["es-program"])).ok
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.locator("h1").inner_text() == "Campamento de verano Build-a-Bot"
    assert page.locator("h1").get_attribute("lang") is None
    text = page.locator("main").inner_text()
    assert "Cómo inscribirse" in text or "Inscribirse" in text or "Solicitar" in text, text[:400]
    assert SPANISH_DATE.search(text), text[:600]
    assert page.locator(".sh-menu summary").inner_text().strip() == "Menú"


def test_the_switcher_goes_to_the_same_record_and_back(site, new_page):
    page = new_page(viewport=VIEWPORTS["phone"])
    page.goto(site.page(PAGES["program-open"]))
    english = page.locator("h1").inner_text()
    page.locator(".sh-languages a", has_text="Español").click()
    page.wait_for_url("**/es/programs/build-a-bot-summer-camp/")
    assert page.locator("h1").inner_text() == "Campamento de verano Build-a-Bot"
    assert page.locator('.sh-languages a[aria-current="page"]').inner_text() == "Español"
    page.locator(".sh-languages a", has_text="English").click()
    page.wait_for_url(re.compile(r"/programs/build-a-bot-summer-camp/$"))
    assert "/es/" not in page.url
    assert page.locator("h1").inner_text() == english
    page.locator(".sh-languages a", has_text="Tiếng Việt").click()
    page.wait_for_url("**/vi/programs/build-a-bot-summer-camp/")
    assert page.evaluate("document.documentElement.lang") == "vi"


def test_an_untranslated_record_says_so_in_the_readers_language(site, new_page):
    page = new_page(viewport=VIEWPORTS["phone"])
    page.goto(site.page(PAGES["es-program-untranslated"]))
    note = page.locator(".sh-untranslated")
    assert note.is_visible()
    assert "todavía no está traducida" in note.inner_text()
    assert page.locator("h1").get_attribute("lang") == "en"
    box = note.bounding_box()
    assert box["y"] < VIEWPORTS["phone"]["height"]  # on the first screen


def test_a_spanish_query_finds_a_translated_program(site, new_page):
    page = open_search(new_page, site, "?q=campamento+verano", folder="es/")
    found = results(page)
    assert "build-a-bot-summer-camp" in found, found
    title = page.locator("#sh-results article h3 a").first
    assert "/es/programs/" in title.get_attribute("href")
    assert not page.errors, page.errors


def test_an_untranslated_program_in_spanish_results_is_marked_english(site, new_page):
    page = open_search(new_page, site, "?q=printing", folder="es/")
    assert "3d-printing-for-beginners" in results(page)
    card = page.locator("#sh-results article", has=page.locator(
        'a[href$="/es/programs/3d-printing-for-beginners/"]'))
    assert card.locator("h3 a").get_attribute("lang") == "en"
    assert card.locator(".sh-card-summary").get_attribute("lang") == "en"
    assert card.locator(".sh-original").inner_text() == "En inglés"
    excerpt = card.locator(".sh-excerpt > span[lang='en']")
    assert "print" in excerpt.inner_text().lower()
    assert page.errors == []


def test_spanish_filters_and_cards_are_spanish(site, new_page):
    page = new_page(viewport=VIEWPORTS["desktop"])
    page.goto(site.page(PAGES["es-search"] + "?grade=5"))
    page.wait_for_selector("#sh-found[aria-busy=false]", state="attached")
    page.locator("#sh-results article").first.wait_for()
    assert "Grado" in page.locator("#sh-filters").inner_text()
    cards = page.locator("#sh-results").inner_text()
    assert "Build-a-Bot" in cards and "Campamento" in cards
    assert page.evaluate("document.documentElement.lang") == "es"


def test_the_switcher_on_search_keeps_the_words_filters_and_sort(site, new_page):
    page = open_search(new_page, site, "?q=robot&grade=7#zip=98273")
    page.get_by_role("checkbox", name=re.compile(r"^Free \(")).check()
    page.wait_for_function("location.search.includes('cost=free')")
    page.locator(".sh-languages a", has_text="Español").click()
    page.wait_for_url(re.compile(r"/es/search/\?"))
    assert "q=robot" in page.url and "grade=7" in page.url and "cost=free" in page.url
    assert page.url.endswith("#zip=98273")
    assert page.locator("#sh-q").input_value() == "robot"
    assert page.get_by_role("checkbox", name=re.compile(r"^Gratis \(")).is_checked()


# What each example of the search box's placeholder (the catalogs' "robotics, nursing,
# welding…") finds on its language's search page: at least the translated programs about it.
EXAMPLES = {
    "es": {"robótica": {"build-a-bot-summer-camp", "high-school-robotics-team"},
           "enfermería": {"nurse-job-shadow-day", "harborlight-summer-health-internship"},
           "soldadura": {"shipyard-dry-dock-field-trip"}},
    "vi": {"robot": {"build-a-bot-summer-camp", "high-school-robotics-team"},
           "điều dưỡng": {"nurse-job-shadow-day", "harborlight-summer-health-internship"},
           "thợ hàn": {"shipyard-dry-dock-field-trip"},
           "người máy": {"build-a-bot-summer-camp"}},  # robot, in the camp's Vietnamese tags
}


def _page_text(site, lang: str, found: str) -> str:
    """The lower-cased text of a result's built page (found: a program's slug or a site path)."""
    html = site.file(found[1:] if found.startswith("/") else f"{lang}/programs/{found}/")
    return " ".join(re.sub(r"<[^>]+>", " ", html.read_text("utf-8")).lower().split())


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_every_example_of_the_search_box_finds_its_programs(site, new_page, lang):
    """The examples the box shows find what they name; on the Vietnamese page a word of several
    syllables is searched as one phrase with its tone marks ("thợ hàn" is not "thợ" and "hạn"
    anywhere on the page), so every program found has the word itself."""
    page = new_page(viewport=VIEWPORTS["phone"])
    page.goto(site.page(f"{lang}/{PAGES['search']}"))
    shown = page.locator("#sh-q").get_attribute("placeholder")
    assert {w.strip(" …") for w in shown.split(",")} == set(EXAMPLES[lang]) - {"người máy"}
    for word, programs in EXAMPLES[lang].items():
        page.goto(site.page(f"{lang}/{PAGES['search']}?q={word}"))
        settle(page)
        found = results(page)
        assert programs <= set(found), (word, found)
        if " " in word:
            assert all(word in _page_text(site, lang, f) for f in found), (word, found)
