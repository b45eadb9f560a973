"""The search page's state read from a hostile URL (content-model.md, "Edge rules"): unknown sort
names, filter names and values, `within=` distances and `#zip=` fragments are dropped and the
default applies, never an error on the page; the URL written back holds only known values."""
from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

import pytest

from tests.browser.test_search import first_results, listed, open_search, results, settle, state

HOSTILE = ["__proto__", "constructor", "valueOf", "toString", "hasOwnProperty", "prototype",
           "nonsense", "", "x" * 5000]
IDS = ["__proto__", "constructor", "valueOf", "toString", "hasOwnProperty", "prototype",
       "unknown", "empty", "long"]
ZIP = "98273"  # Mount Vernon: in the sample's places.json

# (query or fragment with {v} for the hostile value, the view it must equal). The value is a sort
# name, a filter's value and a filter's name in one URL: each must fall back on its own.
CASES = {
    "sort-filter-value-filter-name": ("?sort={v}&grade={v}&{v}=1", ""),
    "within": ("?within={v}#zip=" + ZIP, "#zip=" + ZIP),
    "zip": ("#zip={v}", ""),
}


@pytest.fixture(scope="module")
def usual(site, browser):
    """What the page shows first for each view that a hostile URL must fall back to, in order
    (with the count of all results, the same first results mean the same default)."""
    context = browser.new_context()
    page = context.new_page()
    shown = {}
    for view in {v for _, v in CASES.values()}:
        page.goto(site.page("search/" + view))
        settle(page)
        shown[view] = first_results(page)
    context.close()
    return shown


def shown_count(page) -> int:
    m = re.fullmatch(r"(\d+) results?", page.locator("#sh-count").inner_text())
    assert m, page.locator("#sh-count").inner_text()
    return int(m.group(1))


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
@pytest.mark.parametrize("case", list(CASES))
def test_an_unknown_value_falls_back_to_the_default(site, new_page, usual, case, value):
    template, view = CASES[case]
    page = open_search(new_page, site, template.format(v=quote(value, safe="")))
    assert not page.errors
    assert shown_count(page) == len(listed(site, "programs/"))
    assert first_results(page) == usual[view]
    assert page.locator("#sh-sort").input_value() == ("distance" if view else "deadline")
    near = view.removeprefix("#zip=")
    chips = page.locator("#sh-chips button").all_inner_texts()
    assert chips == ([f"Near {near} ×"] if near else [])
    assert page.locator("#sh-zip").input_value() == near
    assert page.locator("#sh-zip-note").inner_text() == ""
    # Written back as read: only the known state is left in the URL.
    assert (urlsplit(page.url).query, urlsplit(page.url).fragment) == ("", view[1:])
    page.get_by_role("checkbox", name=re.compile(r"^Free \(")).check()
    settle(page)
    assert state(page) == {"cost": ["free"]}
    assert urlsplit(page.url).fragment == view[1:]
    assert not page.errors


@pytest.mark.parametrize("value", ["__proto__", "constructor", "nonsense"])
def test_known_values_are_kept_beside_unknown_ones(site, new_page, value):
    v = quote(value)
    page = open_search(new_page, site, f"?grade={v}&grade=7&sort={v}&sort=title&{v}=1")
    assert not page.errors
    want = listed(site, "browse/grade/7/")
    assert set(results(page)) == want and shown_count(page) == len(want)
    assert page.locator("#sh-sort").input_value() == "title"
    assert state(page) == {"grade": ["7"], "sort": ["title"]}


def test_words_show_as_written(site, new_page):
    """The words are text: `$&` and the like in them are not replacement patterns."""
    page = open_search(new_page, site, "?q=" + quote("robot $& $` $'"))
    assert page.locator("#sh-chips button").first.inner_text() == "Words: robot $& $` $' ×"
    assert not page.errors
