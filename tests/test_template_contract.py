"""docs/templates.md is the template contract: what it lists is exactly what the code gives,
read from a real build of the sample site (every page kind), so the documentation cannot
drift from the code."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import jinja2
import pytest

from stemhub.build import make_site
from stemhub.options import Options
from stemhub.problems import Problems
from stemhub.render.theme import Theme

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
_TICKED = re.compile(r"`([A-Za-z0-9_][A-Za-z0-9_.-]*)")
_CELL = re.compile(r"(?<!\\)\|")  # a cell border: a | not written \|
_PARENS = re.compile(r"\([^()]*\)")


def _section(title: str) -> list[list[str]]:
    """The rows of the table under a '## title' heading, as lists of cells."""
    text = DOC.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
    rows = [_CELL.split(line)[1:-1] for line in text.splitlines() if line.startswith("|")]
    return rows[2:]  # past the header and its rule


def _names(cell: str) -> set[str]:
    """The names a cell gives: ticked words outside parentheses."""
    while _PARENS.search(cell):
        cell = _PARENS.sub("", cell)
    return set(_TICKED.findall(cell))


@pytest.fixture(scope="module")
def calls() -> list[tuple[Theme, str, dict]]:
    """Every page the sample site renders: (theme, template, its context)."""
    seen = []
    original = Theme.render_page

    def recording(self, template, url, context, problems):
        seen.append((self, template, context))
        return original(self, template, url, context, problems)
    Theme.render_page = recording
    try:
        with pytest.MonkeyPatch.context() as patch:  # in this process, where it is recorded
            patch.setattr("stemhub.parallel.MIN_ITEMS", 10**9)
            make_site(Options(ROOT, date(2026, 12, 1)), Problems(), None)
    finally:
        Theme.render_page = original
    return seen


def test_everywhere_lists_every_global_and_filter(calls):
    theme = calls[0][0]
    documented, filters = set(), set()
    for name, what in _section("Everywhere"):
        (filters if name.strip() == "filters" else documented).update(
            _names(what) if name.strip() == "filters" else _names(name))
    builtin = jinja2.Environment()
    given = (set(theme.env.globals) - set(builtin.globals)) | set(theme.common) | \
        {"page_url", "canonical", "section", "languages"}
    assert documented == given
    assert filters == set(theme.env.filters) - set(builtin.filters)


def test_each_page_kind_lists_its_context(calls):
    given: dict[str, set[str]] = {}
    for _, template, context in calls:
        given.setdefault(template, set()).update(context)
    documented = {}
    for templates, _, names in _section("By page"):
        for template in _names(templates):
            documented[template] = _names(names)
    assert documented == given
