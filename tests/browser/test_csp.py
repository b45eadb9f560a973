"""Content-Security-Policy: a strict policy in a <meta> as the first element of every page's <head>
(no 'unsafe-inline', no event handler, no inline script but one the policy allows by its digest:
the search page's first step), and the pages work under it: loading them
in Chromium with the CSP on logs no console error, no page error, no CSP violation, no failed
request and no request to another host."""
from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser.sitekit import PAGES, VIEWPORTS


class _Head(HTMLParser):
    def __init__(self):
        super().__init__()
        self.first_in_head = None  # (tag, attrs) of the first element in <head>
        self.in_head = False
        self.seen_head = False
        self.inline: list[str] = []  # on* handlers
        self.scripts: list[str] = []  # the text of each inline script
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = self.seen_head = True
        elif self.in_head and self.first_in_head is None:
            self.first_in_head = (tag, attrs)
        if tag == "script" and not attrs.get("src") and attrs.get("type") != "application/ld+json":
            self.in_script = True
            self.scripts.append("")
        self.inline += [f"<{tag} {k}=...>" for k in attrs if k.startswith("on")]

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1] += data

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        self.in_script = False


def digest(script: str) -> str:
    """The CSP source that allows exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def test_every_page_starts_its_head_with_a_strict_csp(site):
    bad = []
    # admin/ (Decap CMS, only for a site with a repository) is not a page of the family site:
    # Decap needs unsafe-eval and inline styles, under its own policy (tests/browser/test_admin.py).
    pages = sorted(f for f in site.out.rglob("*.html") if f.parts[len(site.out.parts)] != "admin")
    assert len(pages) > 100
    for f in pages:
        head = _Head()
        head.feed(f.read_text(encoding="utf-8"))
        where = f.relative_to(site.out)
        first = head.first_in_head
        if not head.seen_head:
            bad.append(f"{where}: no <head> tag")
        elif not first or first[0] != "meta" or \
                (first[1].get("http-equiv") or "").lower() != "content-security-policy":
            bad.append(f"{where}: the first element of <head> is {first and first[0]} {first and first[1]}")
        else:
            policy = first[1].get("content") or ""
            directives = {d.split()[0].lower(): d.split()[1:] for d in policy.split(";") if d.split()}
            if "'unsafe-inline'" in policy.lower() or "'unsafe-eval'" in policy.lower():
                bad.append(f"{where}: CSP allows unsafe-inline or unsafe-eval: {policy}")
            script = directives.get("script-src", directives.get("default-src"))
            if script is None or any(s in ("*", "data:", "http:", "https:") for s in script):
                bad.append(f"{where}: CSP does not restrict scripts: {policy}")
            bad += [f"{where}: an inline script its CSP does not allow by its digest"
                    for text in head.scripts if digest(text) not in (script or [])]
        bad += [f"{where}: {what}" for what in head.inline]
    if bad:
        pytest.fail(f"{len(bad)} problem(s):\n" + "\n".join(bad[:40]), pytrace=False)


WATCH = """document.addEventListener("securitypolicyviolation", e => {
  (window.__cspViolations = window.__cspViolations || []).push(
    e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
});"""


@pytest.mark.parametrize("kind", ["home", "program-open", "browse", "search", "submit-program", "404"])
def test_pages_work_under_their_csp(site, new_page, kind):
    page = new_page(viewport=VIEWPORTS["phone"])  # CSP on: no bypass_csp
    problems: list[str] = []
    def on_console(m):
        where = m.location.get("url") or ""
        if kind == "404" and where == page_url and "status of 404" in m.text:
            return  # the 404 page itself, served with its status
        if where.endswith("/favicon.ico"):
            return  # checked below, whether or not this browser asked for it yet
        if m.type in ("error", "warning"):
            problems.append(f"console {m.type}: {m.text} ({where})")

    page.on("console", on_console)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} {r.failure}"))
    hosts = set()

    def on_response(response):
        hosts.add(urlsplit(response.url).hostname)
        if response.status >= 400 and response.url != page_url \
                and not response.url.endswith("/favicon.ico"):
            problems.append(f"HTTP {response.status}: {response.url}")

    page.on("response", on_response)
    page.on("request", lambda r: hosts.add(urlsplit(r.url).hostname))
    page.add_init_script(WATCH)
    page_url = site.page(PAGES[kind])
    page.goto(page_url, wait_until="networkidle")
    page.wait_for_timeout(200)
    problems += [f"CSP violation: {v}" for v in page.evaluate("window.__cspViolations || []")]
    # Browsers ask for /favicon.ico unless the page names an icon: either must be there.
    icon = page.evaluate("document.querySelector('link[rel~=icon]')?.href || '/favicon.ico'")
    icon = urljoin(page_url, icon)
    status = page.request.get(icon).status
    if status != 200:
        problems.append(f"the page's icon {icon} is HTTP {status} "
                        "(a 404 in every browser's console): add <link rel=icon> to a file of the site")
    others = hosts - {"127.0.0.1", None}
    problems += [f"request to another host: {h}" for h in sorted(others)]
    if problems:
        pytest.fail(f"{page_url}:\n" + "\n".join(problems), pytrace=False)
