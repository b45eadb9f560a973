"""Windows' forced colours (issue 35), emulated in Chromium at 390x844: the buttons and status
pills lose their background there, so each keeps a real border of its own; and a pill's words sit
clear of its rounded ends on every page, so no letter is clipped."""
from __future__ import annotations

import pytest

from tests.browser.sitekit import BROWSE, PAGES, PHONE, PROGRAM

# A border or outline that forced colours draw: any style but none, at least 1 px wide.
UNDRAWN = """els => els.filter(el => {
  const s = getComputedStyle(el), drawn = (side) => s[side + "Style"] !== "none" && parseFloat(s[side + "Width"]) >= 1;
  return !drawn("borderTop") && !drawn("outline");
}).map(el => el.outerHTML.slice(0, 80))"""
# Letters closer to a pill's end than half its rounded corner are clipped by the curve.
CLIPPED = """els => els.filter(el => {
  const r = el.getBoundingClientRect(), range = document.createRange();
  range.selectNodeContents(el);
  const t = range.getBoundingClientRect();
  const curve = Math.min(parseFloat(getComputedStyle(el).borderTopLeftRadius), r.height / 2);
  return Math.min(t.left - r.left, r.right - t.right) < curve / 2;
}).map(el => el.outerHTML.slice(0, 80))"""


@pytest.mark.parametrize("path, selector", [(PROGRAM, ".sh-apply .sh-button, .sh-badge"),
                                            (PAGES["search"], "#sh-show, #sh-more")])
def test_buttons_and_pills_keep_a_border_in_forced_colours(site, new_page, path, selector):
    page = new_page(viewport=PHONE, forced_colors="active")
    assert page.goto(site.page(path)).ok
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    found = page.locator(selector)
    assert found.count() >= 2
    assert found.evaluate_all(UNDRAWN) == []


@pytest.mark.parametrize("path", [PROGRAM, BROWSE, PAGES["program-closing-soon"]])
def test_no_pill_clips_its_letters(site, new_page, path):
    page = new_page(viewport=PHONE, forced_colors="active")
    assert page.goto(site.page(path)).ok
    pills = page.locator(".sh-badge")
    assert pills.count() >= 1
    assert pills.evaluate_all(CLIPPED) == []
