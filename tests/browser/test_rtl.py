"""Right-to-left ready (issue 19): with dir="rtl" on <html> the theme mirrors, nothing overlaps and
nothing sticks out sideways, at 390x844 and 1280x800, on home (and its menu open on a phone), a
program page, a paged list and the search page (results, and the filter sheet on a phone).

The layout checks run on the real /ar/ pages of the sample with Arabic added to its languages
(the Arabic interface strings, dir="rtl" from the language). The mirror image check needs the
same words in both directions: it turns the English sample right to left by a script that sets
dir="rtl" before the page is parsed. The geometry itself
is in geometry.py. A physical property (margin-left, left:, float: right...) in style.css fails
the mirror image check on the pages shown here and test_the_style_sheet_has_no_physical_sides on
every line."""
from __future__ import annotations

import re

import pytest

from tests.browser.geometry import (
    first_row, flows, horizontal_overflow, inline_start_offset, layout, mirror_mismatches,
    overlaps,
)
from tests.browser.sitekit import DESKTOP, PAGES, PHONE, PROGRAM, ROOT

# dir="rtl" on <html> as soon as the parser makes it, before the style sheet lays anything out.
RTL = ("new MutationObserver((_, seen) => { const html = document.documentElement;"
       " if (html) { html.dir = 'rtl'; seen.disconnect(); } }).observe(document, {childList: true});")

SEARCH = "search/?q=robot&grade=7"  # words and a filter: chips, cards with excerpts
LIST = PAGES["programs-page-2"]  # cards, and a previous and a next page link


def _menu(page):
    page.locator(".sh-menu summary").click()


def _sheet(page):
    page.locator("#sh-open-filters").click()
    page.locator("#sh-filters.sh-open").wait_for()


# id: (site path, what to do once loaded, the sizes)
CASES = {
    "home": ("", None, ("phone", "desktop")),
    "menu": ("", _menu, ("phone",)),  # on a desktop the links are in the header's row
    "program": (PROGRAM, None, ("phone", "desktop")),
    "list": (LIST, None, ("phone", "desktop")),
    "search": (SEARCH, None, ("phone", "desktop")),
    "search-sheet": (SEARCH, _sheet, ("phone",)),  # a sidebar on a desktop, shown in "search"
}
PARAMS = [pytest.param(kind, size, id=f"{kind}-{size}")
          for kind, (_, _, sizes) in CASES.items() for size in sizes]
SIZES = {"phone": PHONE, "desktop": DESKTOP}


def load(new_page, site, kind: str, size: str, rtl: bool, folder: str = ""):
    path, action, _ = CASES[kind]
    page = new_page(viewport=SIZES[size], init_script=RTL if rtl else None)
    page.goto(site.page(folder + path))
    if path.startswith("search/"):
        page.locator('#sh-found[aria-busy="false"] #sh-results .sh-card').first.wait_for()
    if action:
        action(page)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    return page


def _listed(found: list[str], most: int = 15) -> str:
    return "\n".join(found[:most] + ([f"... and {len(found) - most} more"] if len(found) > most else []))


@pytest.mark.parametrize("kind,size", PARAMS)
def test_the_layout_is_right_to_left_in_rtl(arabic, new_page, kind, size):
    page = load(new_page, arabic, kind, size, rtl=False, folder="ar/")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") \
        == ["ar", "rtl"]
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert "بحث" in page.locator(".sh-top").text_content()  # "Search", from the Arabic catalog
    width = page.evaluate("innerWidth")
    sheet = kind == "search-sheet"
    if not sheet:
        # The site's name starts the header: on the right, in line with the page's title.
        brand, h1 = (page.locator(s).first.bounding_box() for s in (".sh-brand", "main h1"))
        assert inline_start_offset(page, ".sh-brand") == pytest.approx(0, abs=1)
        assert brand["x"] + brand["width"] > width / 2, f"the site's name is at {brand}"
        assert brand["x"] + brand["width"] == pytest.approx(h1["x"] + h1["width"], abs=1), (brand, h1)
    rows = {  # rows whose first item must be the rightmost
        "home": [".sh-grades > li", "main .sh-chips:not(.sh-grades) > li", ".sh-cards > *"],
        "menu": [],
        "program": [".sh-actions > li", ".sh-now > *"],
        "list": [".sh-cards > *", ".sh-pagination > *"],
        "search": ["#sh-chips > li", ".sh-quick > *", "#sh-results > *"],
        "search-sheet": [".sh-group-grade > label", ".sh-sheet-head > *"],
    }[kind]
    for selector in rows:
        row = first_row(page, selector)
        assert row, f"nothing shown for {selector}"
        assert flows(row, "rtl"), f"{selector} does not run right to left: {row}"
        assert inline_start_offset(page, selector) == pytest.approx(0, abs=1), \
            f"the first of {selector} is not at the right"
    if size == "desktop" and kind in ("home", "list"):
        assert len(first_row(page, ".sh-cards > *")) > 1, "one card a row on a desktop"
    if size == "desktop" and kind == "search":
        # the filters are the sidebar at the inline start: on the right, the results on its left
        filters, found = page.locator("#sh-filters").bounding_box(), page.locator("#sh-found").bounding_box()
        assert filters["x"] > found["x"] + found["width"], (filters, found)
    if kind == "program":
        # a fact's words line up after its icon: both at the right, the words 1.75rem in
        assert inline_start_offset(page, ".sh-facts dt .sh-icon") == pytest.approx(0, abs=1), \
            "a fact's icon is not at the right of its name"
        assert inline_start_offset(page, ".sh-facts dd") == pytest.approx(28, abs=1), \
            "a fact's words are not 1.75rem in from the right, under its name"
        # the first screen's facts: a name starts its line, at the right, its icon hanging
        # 1.75rem further right (in the row's padding)
        assert inline_start_offset(page, ".sh-glance dt") == pytest.approx(0, abs=1), \
            "a first-screen fact's name does not start at the right"
        assert inline_start_offset(page, ".sh-glance dt .sh-icon") == pytest.approx(-28, abs=1), \
            "a first-screen fact's icon does not hang at the right of its name"
    # The filter sheet and the open menu lie over the page on purpose: what is in them, then.
    within = {"search-sheet": "#sh-filters", "menu": ".sh-top"}.get(kind, "body")
    found = overlaps(page, within=within)
    assert not found, f"{kind} at {size}, right to left, overlaps:\n" + _listed(found)
    found = horizontal_overflow(page)
    assert not found, f"{kind} at {size}, right to left, is wider than the screen:\n" + _listed(found)


@pytest.mark.parametrize("kind,size", PARAMS)
def test_the_rtl_layout_is_the_mirror_image_of_ltr(site, new_page, kind, size):
    ltr = layout(load(new_page, site, kind, size, rtl=False))
    rtl = layout(load(new_page, site, kind, size, rtl=True))
    assert len(ltr) > 20
    found = mirror_mismatches(ltr, rtl, SIZES[size]["width"])
    assert not found, f"{kind} at {size}: right to left, not where left to right mirrored puts " \
                      f"it:\n" + _listed(found)


# What a style sheet must not say for a layout that mirrors: a side by its physical name. The
# logical name (margin-inline-start, inset-inline-end, float: inline-start, text-align: start...)
# follows the page's direction.
PHYSICAL = re.compile(
    r"(?<![\w-])(?:(?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)"
    r"|border-(?:top|bottom)-(?:left|right)-radius|left|right)\s*:"
    r"|(?<![\w-])(?:float|clear|text-align|text-align-last|caption-side)\s*:\s*(?:left|right)\b"
    r"|translateX|background-position[^;}]*\b(?:left|right)\b")
# A shorthand of four values whose second (right) and fourth (left) differ
FOUR_SIDES = re.compile(
    r"(?<![\w-])(?:margin|padding|inset|border-width|border-color|border-style|scroll-margin"
    r"|scroll-padding)\s*:\s*([^;}\s]+)\s+([^;}\s]+)\s+([^;}\s]+)\s+([^;}\s]+)\s*[;}]")
# A border-radius with more than one value (other than "a / b") rounds corners by their side
RADIUS = re.compile(r"(?<![\w-])border-radius\s*:\s*[^;}/\s]+\s+[^;}/]+[;}]")


def test_the_style_sheet_has_no_physical_sides():
    css = (ROOT / "stemhub/theme/static/style.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", lambda m: " " * len(m.group()), css, flags=re.S)
    found = []
    for number, line in enumerate(css.splitlines(), 1):
        found += [f"{number}: {m.group()}" for m in PHYSICAL.finditer(line)]
        found += [f"{number}: {m.group()}" for m in FOUR_SIDES.finditer(line) if m[2] != m[4]]
        found += [f"{number}: {m.group()}" for m in RADIUS.finditer(line)]
    assert not found, "style.css names a side that does not mirror in a right-to-left page:\n" \
                      + "\n".join(found)


def test_typed_words_keep_their_own_direction_in_a_chip(site, new_page):
    # "C++" in a right-to-left sentence would show as "++C" without its own <bdi>
    page = new_page(viewport=PHONE, init_script=RTL)
    page.goto(site.page("search/?q=C%2B%2B"))
    chip = page.locator("#sh-chips button").first
    chip.wait_for()
    assert chip.locator("bdi").inner_text() == "C++"
    assert chip.inner_text() == "Words: C++ ×"
    assert chip.get_attribute("aria-label") == "Remove filter: Words: C++"
