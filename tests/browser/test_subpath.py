"""Published under a sub-path (--base-url https://org.example.org/stem/, served at /stem/): the
pages load their stylesheet and every file they ask for, and every link within the site stays
under /stem/ and leads to a page that exists."""
from __future__ import annotations

import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser.sitekit import PAGES, PROGRAM, SUB_PREFIX, VIEWPORTS, BROWSE


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


@pytest.mark.parametrize("kind", ["home", "program-open", "browse", "404"])
def test_pages_work_under_a_sub_path(subsite, new_page, kind):
    path = {"program-open": PROGRAM, "browse": BROWSE}.get(kind, PAGES[kind])
    url = subsite.page(path)
    page = new_page(viewport=VIEWPORTS["desktop"])
    problems: list[str] = []
    page.on("response", lambda r: r.status >= 400 and r.url != url and not r.url.endswith(
        "/favicon.ico") and problems.append(f"HTTP {r.status}: {r.url}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    response = page.goto(url, wait_until="networkidle")
    assert response.status == (404 if kind == "404" else 200)
    sheets = page.evaluate("""() => [...document.styleSheets].map(s => {
        try { return [s.href, s.cssRules.length]; } catch (e) { return [s.href, -1]; } })""")
    if not sheets or any(n <= 0 for _, n in sheets):
        problems.append(f"stylesheets not applied: {sheets}")
    origin = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}"
    hrefs = page.evaluate("[...document.querySelectorAll('a[href], link[href]')]"
                          ".map(a => [a.tagName, a.getAttribute('rel'), a.href])")
    checked = set()
    for tag, rel, href in hrefs:
        target = urljoin(url, href).split("#")[0]
        if not target.startswith(origin) or target in checked or target == url:
            continue  # this page, other hosts, canonical (https://org.example.org/stem/...) included
        checked.add(target)
        if not urlsplit(target).path.startswith(SUB_PREFIX):
            problems.append(f"<{tag.lower()} rel={rel}> leaves {SUB_PREFIX}: {href}")
        elif _status(target) != 200:
            problems.append(f"<{tag.lower()} rel={rel}> is HTTP {_status(target)}: {href}")
    canonical = page.evaluate("document.querySelector('link[rel=canonical]')?.href")
    if kind != "404" and not (canonical or "").startswith("https://org.example.org/stem/"):
        problems.append(f"canonical is {canonical}, not under https://org.example.org/stem/")
    assert len(checked) > 3 or kind == "404", f"only {len(checked)} links checked"
    if problems:
        pytest.fail(f"{url}:\n" + "\n".join(problems), pytrace=False)
