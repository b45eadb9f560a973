"""Keyboard only, on a program page: the first Tab focuses the skip link, shown on screen; Enter
moves to #sh-main (the next Tab lands inside it); Tab reaches "How to apply"; every link focused on
the way shows a visible focus indicator (an outline or a box-shadow)."""
from __future__ import annotations

import re

import pytest

from tests.browser.sitekit import PROGRAM, VIEWPORTS

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  return {tag: el.tagName.toLowerCase(), href: el.getAttribute("href"), id: el.id,
          text: (el.innerText || el.value || "").trim().replace(/\\s+/g, " ").slice(0, 60),
          inMain: !!el.closest("#sh-main"),
          outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0,
          outlineColor: s.outlineColor, boxShadow: s.boxShadow,
          box: {x: r.x, y: r.y, w: r.width, h: r.height},
          viewport: {w: innerWidth, h: innerHeight}};
}"""


def visible_focus(f: dict) -> bool:
    outline = f["outlineStyle"] != "none" and f["outlineWidth"] > 0 \
        and not re.search(r"rgba\([^)]*,\s*0\)|transparent", f["outlineColor"])
    return outline or f["boxShadow"] not in ("none", "")


def inside_viewport(f: dict) -> bool:
    b, v = f["box"], f["viewport"]
    return b["w"] > 0 and b["h"] > 0 and b["x"] >= 0 and b["y"] >= 0 \
        and b["x"] + b["w"] <= v["w"] and b["y"] + b["h"] <= v["h"]


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_keyboard_on_a_program_page(site, new_page, viewport):
    page = new_page(viewport=VIEWPORTS[viewport])
    url = site.page(PROGRAM)
    page.goto(url)

    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUSED)
    assert skip and skip["tag"] == "a" and (skip["href"] or "").endswith("#sh-main"), (
        f"the first Tab focuses {skip}, not a skip link to #sh-main")
    assert inside_viewport(skip), f"the focused skip link is not on screen: {skip['box']}"
    assert visible_focus(skip), f"the focused skip link shows no focus indicator: {skip}"

    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#sh-main'", timeout=2000)
    top = page.evaluate("document.getElementById('sh-main').getBoundingClientRect().top")
    assert 0 <= top < VIEWPORTS[viewport]["height"] / 2, f"#sh-main is not scrolled into view (top {top})"

    problems = []
    for step in range(300):
        page.keyboard.press("Tab")
        f = page.evaluate(FOCUSED)
        assert f, f"Tab {step + 1} after the skip link focused nothing"
        if step == 0:
            assert f["inMain"], f"after the skip link, Tab goes to {f}, outside #sh-main"
        if f["tag"] == "a" and not visible_focus(f):
            problems.append(f"no visible focus on link {f['text']!r} ({f['href']}): outline "
                            f"{f['outlineStyle']} {f['outlineWidth']}px {f['outlineColor']}, box-shadow {f['boxShadow']}")
        if f["tag"] == "a" and re.search(r"how to apply", f["text"], re.I):
            break
    else:
        pytest.fail("Tab never reached the 'How to apply' link", pytrace=False)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
