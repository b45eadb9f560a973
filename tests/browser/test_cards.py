"""Cards and lists on a phone (390x844, issue 18): a card is one tap target (a tap anywhere on
it, its summary too, opens its program page: on lists, partner, pathway and program pages and in
search results; another link inside a card stays its own target above it), every control of the
cards and lists is at least 44x44 px (cards, grade buttons, chips, browse list links, pagination), and the cards' line icons
draw on the lists and in search results alike."""
from __future__ import annotations

import re

import pytest

from tests.browser.sitekit import BROWSE, BROWSE_PAGED, PAGES, PHONE
from tests.browser.test_search import settle

LIST_PAGES = [PAGES["home"], BROWSE, BROWSE_PAGED, PAGES["browse-index"], PAGES["programs"],
              PAGES["partner"]]
CONTROLS = ".sh-card, .sh-grades a, .sh-chips a, .sh-action, .sh-pagination a"
MIN_PX = 44

# For each card: the points of a 4x4 grid over it that a tap would not send to its own link.
MISSES = """cards => cards.map(card => {
  card.scrollIntoView({block: "center"});
  const r = card.getBoundingClientRect(), link = card.querySelector("h3 a"), misses = [];
  for (let i = 1; i <= 4; i++) for (let j = 1; j <= 4; j++) {
    const el = document.elementFromPoint(r.left + r.width * i / 5, r.top + r.height * j / 5);
    if (!el || el.closest("a") !== link) misses.push(`${i}/5, ${j}/5: ${el && el.outerHTML.slice(0, 80)}`);
  }
  return misses.length ? `${link.getAttribute("href")}: ${misses.join("; ")}` : "";
}).filter(Boolean)"""

SMALL = """(els, min) => els.map(el => {
  const r = el.getBoundingClientRect();
  return r.width >= min && r.height >= min ? "" :
    `${el.className || el.tagName} "${el.textContent.trim().slice(0, 40)}": ${Math.round(r.width)}x${Math.round(r.height)}`;
}).filter(Boolean)"""


def test_a_tap_on_a_card_summary_opens_its_program(site, new_page):
    page = new_page(viewport=PHONE, has_touch=True)
    assert page.goto(site.page(BROWSE)).ok
    card = page.locator(".sh-card").nth(1)
    href = card.locator("h3 a").get_attribute("href")
    summary = card.locator(".sh-card-summary")
    summary.scroll_into_view_if_needed()
    box = summary.bounding_box()
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_url(site.page(href.lstrip("/")))
    assert page.locator("h1").inner_text() == card_title(site, href)


def card_title(site, href: str) -> str:
    html = site.file(href.lstrip("/")).read_text("utf-8")
    return html.split("<h1>", 1)[1].split("</h1>", 1)[0]


@pytest.mark.parametrize("path", [PAGES["home"], BROWSE, PAGES["partner"], PAGES["pathway"],
                                  PAGES["program-ended"], "search/?q=robotics"])
def test_every_point_of_a_card_is_its_link(site, new_page, path):
    page = new_page(viewport=PHONE)
    assert page.goto(site.page(path)).ok
    if path.startswith("search/"):
        settle(page)
    cards = page.locator(".sh-card")
    assert cards.count() > 2
    misses = cards.evaluate_all(MISSES)
    assert not misses, "taps that miss the card's link:\n" + "\n".join(misses)


# A link a card may hold beside its own (a site's template override, a partner's name): it
# stays above the title link's stretched ::after, so a tap on it opens it and not the card.
INNER_LINK = """card => {
  const a = Object.assign(document.createElement("a"), {href: "#inner", textContent: "a partner"});
  card.querySelector(".sh-card-summary").prepend(a);
  a.scrollIntoView({block: "center"});
  const r = a.getBoundingClientRect();
  return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === a;
}"""


def test_another_link_in_a_card_stays_tappable_above_the_cards_link(site, new_page):
    page = new_page(viewport=PHONE)
    assert page.goto(site.page(BROWSE)).ok
    assert page.locator(".sh-card").nth(1).evaluate(INNER_LINK)


@pytest.mark.parametrize("path", LIST_PAGES)
def test_every_card_and_list_control_is_at_least_44_px(site, new_page, path):
    page = new_page(viewport=PHONE)
    assert page.goto(site.page(path)).ok
    controls = page.locator(f"main :is({CONTROLS})")
    assert controls.count() > 0
    small = controls.evaluate_all(SMALL, MIN_PX)
    assert not small, f"controls under {MIN_PX}x{MIN_PX} px on /{path}:\n" + "\n".join(small)


ICONS = """els => els.map(el => getComputedStyle(el, "::before").getPropertyValue("mask-image")
  || getComputedStyle(el, "::before").getPropertyValue("-webkit-mask-image"))"""


PLACES = """els => els.map(el => getComputedStyle(el, "::before").getPropertyValue("mask-position")
  || getComputedStyle(el, "::before").getPropertyValue("-webkit-mask-position"))"""


@pytest.mark.parametrize("path", [BROWSE, "search/?grade=7"])
def test_card_icons_draw_on_lists_and_in_search_results(site, new_page, path):
    page = new_page(viewport=PHONE)
    bad = []
    page.on("response", lambda r: bad.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: bad.append(f"failed {r.url}"))
    assert page.goto(site.page(path)).ok
    if path.startswith("search/"):
        settle(page)
    masks = page.locator(".sh-card [class*='sh-i-']").evaluate_all(ICONS)
    assert len(masks) > 10
    assert all(re.fullmatch(r'url\("[^"]+/static/icons\.svg"\)', m) for m in masks), masks
    places = page.locator(".sh-card [class*='sh-i-']").evaluate_all(PLACES)
    assert len(set(places)) > 5, places  # each icon its own place in the one sprite
    page.wait_for_load_state("networkidle")
    assert not bad, bad
