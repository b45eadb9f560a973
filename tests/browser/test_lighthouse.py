"""Lighthouse scores 95+ for accessibility, best practices and SEO on home, a browse list, program
pages (open and closed), a pathway, the glossary and the search page with results (Lighthouse's
default mobile settings; all pages in one Node process and one Chromium, a test for each page).
Performance is a timing (its blocking time is this machine's processor time, so it falls on a busy
machine): it is not run here but held by the script `tests/browser/lighthouse.py` run on a quiet
machine (exit 1 below 0.95). The scores go to lighthouse-scores.json in the session's scratch folder
(printed with -s or -rA)."""
from __future__ import annotations

import pytest

from tests.browser.lighthouse import LIGHTHOUSE_PAGES, MINIMUM, UNTIMED, run
from tests.browser.sitekit import write_report


@pytest.fixture(scope="module")
def results(site) -> dict[str, dict]:
    return run({name: site.page(path) for name, path in LIGHTHOUSE_PAGES.items()}, site.tmp, UNTIMED)


@pytest.mark.parametrize("name", list(LIGHTHOUSE_PAGES))
def test_lighthouse(site, results, name):
    url, result = site.page(LIGHTHOUSE_PAGES[name]), results[name]
    path = write_report(site.tmp, "lighthouse-scores.json", {name: {"url": url, **result}})
    print(f"lighthouse {name}: {result['scores']} -> {path}")
    low = {c: s for c, s in result["scores"].items() if s is None or s < MINIMUM}
    if low:
        pytest.fail(f"{url}: below {MINIMUM}: {low} (all: {result['scores']})\naudits that cost points:\n"
                    + "\n".join(result["costs"]) + f"\nreport: {result['report']}", pytrace=False)
