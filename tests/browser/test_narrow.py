"""A 320 px phone (issue 35): on a site whose records hold a 60-character e-mail address, a
40-letter word and a long URL in every field (longsite.py), no page of any kind scrolls sideways:
long words and addresses wrap."""
from __future__ import annotations

import pytest

from tests.browser.longsite import PAGES

NARROW = {"width": 320, "height": 700}
# What sticks out past the right edge of the page, to name it in the failure.
WIDE = """() => [...document.querySelectorAll("body *")].filter(el =>
  el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
  && el.checkVisibility()).slice(-3).map(el => el.outerHTML.slice(0, 100))"""


@pytest.mark.parametrize("path", PAGES)
def test_no_page_scrolls_sideways_at_320_px(longsite, new_page, path):
    page = new_page(viewport=NARROW)
    page.goto(longsite.page(path), wait_until="networkidle")
    if path.startswith("search/"):
        page.wait_for_selector("#sh-results .sh-card")
    width, client = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width <= client, f"/{path} is {width} px wide at {client} px: {page.evaluate(WIDE)}"
