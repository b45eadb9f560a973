"""Works with JavaScript off: home, a browse list and a program page show their main content, and a
browse list's pagination links lead through every page of it."""
from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest

from tests.browser.sitekit import BROWSE, BROWSE_PAGED, PAGES, PROGRAM, ROOT, VIEWPORTS

PROGRAM_LINK = re.compile(r"/programs/(?!page/)[^/]+/$")


def program_title() -> str:
    text = (ROOT / "content/programs" / (PROGRAM.split("/")[1] + ".md")).read_text(encoding="utf-8")
    return re.search(r"^title:\s*(.+)$", text, re.M).group(1).strip().strip("\"'")


def nojs_page(new_page, viewport):
    page = new_page(viewport=VIEWPORTS[viewport], java_script_enabled=False)
    return page


def visible_h1(page) -> str:
    h1 = page.locator("main h1")
    assert h1.count() == 1, f"{page.url}: {h1.count()} <h1> in <main>"
    assert h1.is_visible(), f"{page.url}: the <h1> is not visible"
    return h1.inner_text().strip()


def program_cards(page) -> list[str]:
    """The hrefs of the visible links to program pages in <main>."""
    hrefs = []
    links = page.locator("main a[href]")
    for i in range(links.count()):
        link = links.nth(i)
        href = link.get_attribute("href")
        if PROGRAM_LINK.search(urljoin(page.url, href)) and link.is_visible():
            hrefs.append(urljoin(page.url, href))
    return hrefs


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_home_without_js(site, new_page, viewport):
    page = nojs_page(new_page, viewport)
    assert page.goto(site.page(PAGES["home"])).ok
    assert visible_h1(page)
    assert program_cards(page), "home shows no program (featured or closing soon) without JS"
    search = page.locator("main form input[type=search], main form input[name=q]")
    assert search.count() and search.first.is_visible(), "home has no visible search box"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_program_page_without_js(site, new_page, viewport):
    page = nojs_page(new_page, viewport)
    assert page.goto(site.page(PROGRAM)).ok
    assert visible_h1(page) == program_title()
    facts = page.locator("main dl")
    assert facts.count() and facts.first.is_visible(), "no visible facts list (<dl>) on the program page"
    terms = page.locator("main dl dt")  # the key facts at the top, then "At a glance"
    assert terms.count() >= 4, f"the facts lists have {terms.count()} terms"
    assert all(terms.nth(i).is_visible() for i in range(terms.count())), "a fact's term is hidden"
    apply = page.get_by_role("link", name=re.compile("how to apply", re.I))
    assert apply.count() and apply.first.is_visible(), "no visible 'How to apply' link"


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_browse_list_without_js(site, new_page, viewport):
    page = nojs_page(new_page, viewport)
    assert page.goto(site.page(BROWSE)).ok
    assert visible_h1(page)
    assert program_cards(page), "the browse list shows no program card"


def test_browse_pagination_without_js(site, new_page):
    """Follow 'next' from the first page to the last, then 'previous' back; every program once; the
    count the list shows is the number of programs over all its pages."""
    page = nojs_page(new_page, "phone")
    first = site.page(BROWSE_PAGED)
    assert page.goto(first).ok
    count_text = page.locator("main").inner_text()
    shown = re.search(r"(\d+)\s+programs?\b", count_text, re.I)
    assert shown, "the list does not say how many programs match ('N programs')"
    seen: list[str] = []
    urls = [page.url]
    while True:
        seen += program_cards(page)
        nxt = page.locator("main a[rel~=next], a[rel~=next]")
        if not nxt.count():
            break
        assert nxt.first.is_visible(), f"{page.url}: the next-page link is hidden"
        with page.expect_navigation():
            nxt.first.click()
        assert page.url not in urls, f"the next-page link loops back to {page.url}"
        urls.append(page.url)
        assert len(urls) < 20
    assert len(urls) > 1, f"{first} has no next-page link (rel=next); it should have 2+ pages"
    assert urls[1].endswith("page/2/"), urls
    assert len(seen) == len(set(seen)), "a program is listed on two pages"
    assert len(seen) == int(shown.group(1)), (
        f"the list says {shown.group(1)} programs, its pages show {len(seen)}")
    while len(urls) > 1:
        prev = page.locator("main a[rel~=prev], a[rel~=prev]")
        assert prev.count() and prev.first.is_visible(), f"{page.url}: no previous-page link"
        with page.expect_navigation():
            prev.first.click()
        urls.pop()
        assert page.url == urls[-1]
