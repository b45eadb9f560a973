"""Zero axe-core violations on every page kind, on a phone (390x844) and a desktop (1280x800):
each page is loaded once and checked at both sizes (the viewport resized between the two runs).

Rules: those tagged wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa (WCAG 2.2 level A and AA) and
best-practice (landmarks, one main, heading order, a level-one heading, regions: the issue asks for
"landmarks, headings in order"). axe's experimental rules are not run. Only violations count;
"incomplete" results (needs review) are not failures.

axe.min.js is injected with page.add_script_tag, which the pages' CSP (script-src 'self') would
block, so these pages alone are opened with bypass_csp=True; test_csp.py loads pages with the CSP on.
"""
from __future__ import annotations

import pytest

from tests.browser.sitekit import AXE_JS, PAGES, VIEWPORTS

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

RUN_AXE = """async (tags) => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary}))}));
}"""


def axe_report(new_page, url: str, name: str) -> str:
    """The page at url checked at each viewport: what axe found, described, or ""."""
    assert AXE_JS.is_file(), f"{AXE_JS} is missing: run bash scripts/setup"
    page = new_page(viewport=VIEWPORTS["phone"], bypass_csp=True)
    page.goto(url, wait_until="load")
    page.add_script_tag(path=str(AXE_JS))
    found = []
    for viewport, size in VIEWPORTS.items():
        page.set_viewport_size(size)
        violations = page.evaluate(RUN_AXE, TAGS)
        if violations:
            found.append(describe(f"{name} at {viewport}, {url}", violations))
    return "\n".join(found)


def describe(url: str, violations: list[dict]) -> str:
    lines = [f"{url}: {len(violations)} axe violation(s)"]
    for v in violations:
        lines.append(f"  {v['id']} ({v['impact']}): {v['help']}  [{v['helpUrl']}]")
        for node in v["nodes"][:8]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"      {node['target']}  -- {summary[:300]}")
        if len(v["nodes"]) > 8:
            lines.append(f"      ... and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


@pytest.mark.parametrize("kind", list(PAGES))
def test_axe(site, new_page, kind):
    report = axe_report(new_page, site.page(PAGES[kind]), kind)
    if report:
        pytest.fail(report, pytrace=False)


def test_axe_empty_browse_list(emptysite, new_page):
    report = axe_report(new_page, emptysite.page(emptysite.empty), "browse-empty")
    if report:
        pytest.fail(report, pytrace=False)
