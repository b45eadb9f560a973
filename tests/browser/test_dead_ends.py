"""No dead ends (issue 35), in Chromium on the sample site at 390x844: a search no open program
matches shows the ended programs that match (Rocketry Week ended in July; its summary says when
the next dates come) and similar programs open now, and nothing of the kind once an open program
matches; a waitlist page says what the waitlist means and how to ask for a place, and shows
similar programs open now above the facts. One page load each, checked by axe-core too."""
from __future__ import annotations

import re

from tests.browser.sitekit import AXE_JS, PHONE
from tests.browser.test_axe import RUN_AXE, TAGS, describe
from tests.browser.test_search import open_search, settle

WAITLIST = "programs/spring-break-science-explorers/"
OPEN_NOW = re.compile(r"sh-status-(open|closing-soon)")


def search(page, words: str) -> None:
    page.fill("#sh-q", words)
    page.press("#sh-q", "Enter")
    page.wait_for_function("document.title.startsWith(" + repr(words) + ")")
    settle(page)


def no_axe_violations(page) -> None:
    page.add_script_tag(path=str(AXE_JS))
    violations = page.evaluate(RUN_AXE, TAGS)
    assert not violations, describe(page.url, violations)


def badges(cards) -> list[str]:
    return [cards.nth(i).locator(".sh-badge").get_attribute("class")
            for i in range(cards.count())]


def test_a_search_no_open_program_matches_shows_the_ended_ones_and_similar_open_ones(
        site, new_page):
    page = open_search(new_page, site, "?q=rocket", viewport=PHONE, bypass_csp=True)
    assert page.locator("#sh-count").inner_text() == "No open programs match “rocket”."
    none = page.locator("#sh-none")
    none.locator(":scope > h3").first.wait_for()
    assert none.locator(":scope > h3").all_inner_texts() == ["These have ended or were cancelled",
                                                               "Similar programs open now"]
    ended, similar = none.locator(".sh-cards").nth(0), none.locator(".sh-cards").nth(1)
    rocketry = ended.locator("article")
    assert rocketry.count() == 1 and rocketry.locator("h3 a").get_attribute("href") == \
        "/programs/rocketry-week/"
    assert rocketry.locator(".sh-badge").inner_text() == "Ended"
    assert "Jul 20 – 24, 2026" in rocketry.inner_text()
    assert rocketry.locator(".sh-card-summary").inner_text().endswith(
        "The 2027 dates come out in March.")  # the summary in full, where the note is
    others = similar.locator("article")
    assert 1 <= others.count() <= 3
    assert all(OPEN_NOW.search(b) for b in badges(others)), badges(others)
    assert none.is_visible() and rocketry.is_visible()
    no_axe_violations(page)
    # closed matches only: the results, then the open ones similar to them
    search(page, "popsicle")
    assert page.locator("#sh-results article .sh-badge").first.inner_text() == "Closed"
    assert none.locator("p").first.inner_text() == "No open programs match “popsicle”."
    # an open program matches: no such section
    search(page, "robots")
    assert re.fullmatch(r"\d+ results", page.locator("#sh-count").inner_text())
    assert none.inner_text().strip() == ""
    assert not page.errors, page.errors


def test_a_waitlist_page_says_what_the_waitlist_means_and_shows_similar_open_ones(
        site, new_page):
    page = new_page(viewport=PHONE, bypass_csp=True)
    page.goto(site.page(WAITLIST))
    notice = page.locator(".sh-key .sh-notice")
    assert notice.inner_text().startswith("Every place is taken, but you can join the waitlist.")
    notice.locator("a[href='#sh-waitlist']").click()
    waitlist = page.locator("#sh-waitlist")
    assert waitlist.is_visible() and waitlist.inner_text() == "How the waitlist works"
    section = page.locator("section.sh-waitlist")
    assert "next person on the waitlist" in section.inner_text()
    ask = section.locator("p", has_text="Ask to join the waitlist:")
    assert ask.locator("a").first.get_attribute("href") == \
        "https://harbordiscovery.example.org/camps/spring-break"
    assert ask.locator("a[href^='tel:']").count() == 1
    cards = page.locator("section.sh-similar .sh-cards article")
    assert 1 <= cards.count() <= 3
    assert all(OPEN_NOW.search(b) for b in badges(cards)), badges(cards)
    similar = page.locator("#sh-similar").bounding_box()
    facts = page.locator("#sh-facts").bounding_box()
    assert similar["y"] < facts["y"], "the similar programs come before the facts"
    no_axe_violations(page)
