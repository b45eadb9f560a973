"""Every control that is not a link inside a sentence is at least 44x44 CSS px at 390 px wide
(WCAG 2.5.5), on every page kind with its menu open: navigation, cards, chips, filter rows,
buttons; and on the
pages of a site with a linked announcement and long words (longsite.py), the banner's link too."""
from __future__ import annotations

import pytest

from tests.browser import longsite
from tests.browser.sitekit import PAGES, PHONE

MIN = 44
# The tap targets a person sees, measured as the area that answers a tap: a checkbox or radio by
# its label, a link stretched over its card (::after, absolutely placed) by that card. A link
# with other words beside it in its line of text is a link inside a sentence: left out.
SMALL = """(min) => {
  const inSentence = (a) => {
    const block = a.closest("p, li, dd, td, th, figcaption, blockquote");
    if (!block || a.closest("nav, .sh-cards, .sh-chips")) return false;
    const own = a.textContent.trim().length;
    return block.textContent.replace(/\\s+/g, " ").trim().length > own + 2;
  };
  const area = (el) => {
    if (el.matches("input[type=checkbox], input[type=radio]")) {
      const label = el.closest("label") || (el.id && document.querySelector(`label[for="${el.id}"]`));
      if (label) return label.getBoundingClientRect();
    }
    const after = getComputedStyle(el, "::after");
    if (after.content !== "none" && after.position === "absolute") {
      let box = el.parentElement;
      while (box && getComputedStyle(box).position === "static") box = box.parentElement;
      if (box) return box.getBoundingClientRect();
    }
    return el.getBoundingClientRect();
  };
  const found = [];
  for (const el of document.querySelectorAll(
      "a[href], button, input:not([type=hidden]), select, textarea, summary")) {
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= innerWidth) continue;
    if (el.matches("a") && inSentence(el)) continue;
    const a = area(el);
    if (a.width < min - 0.5 || a.height < min - 0.5)
      found.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.value || el.name || "").trim().slice(0, 40)}" ${Math.round(a.width)}x${Math.round(a.height)}`);
  }
  return found;
}"""


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_targets_are_44_px(site, new_page, kind):
    page = new_page(viewport=PHONE)
    page.goto(site.page(PAGES[kind]))
    page.wait_for_load_state("networkidle")
    menu = page.locator(".sh-menu summary")
    if menu.count():
        menu.click()
        assert page.locator("#sh-nav a").first.is_visible()
    assert page.evaluate(SMALL, MIN) == []


@pytest.mark.parametrize("path", [longsite.PROGRAM, longsite.PROGRAM + "flyer/", "", "partners/acme/",
                                  "guides/a-guide/", "about/", "search/?q=robotics"])
def test_targets_are_44_px_with_a_linked_banner_and_long_words(longsite, new_page, path):
    page = new_page(viewport=PHONE)
    page.goto(longsite.page(path))
    page.wait_for_load_state("networkidle")
    assert page.locator(".sh-announcement a").is_visible()
    assert page.evaluate(SMALL, MIN) == []
