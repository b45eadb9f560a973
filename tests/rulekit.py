"""Helpers for the exact-message rule tests: records built field by field, so every field sits
on a known line, and a runner that writes a case's files and checks the site."""
from __future__ import annotations

import os

import pytest

from tests.conftest import FEATURES_OFF, ONE_LANGUAGE, SITE_YAML, SiteFolder

PROG = "content/programs/robotics-club.md"
ACME = "content/partners/acme.yaml"
SITE = "site.yaml"
REMOVE = object()  # a files-table value: delete the file
SYMLINK = "symlink:"  # a files-table value "symlink:<target>": make a symlink

# Program front matter, one field a line: title is line 2 ... verified line 10; keys added by a
# case follow on line 11, 12, ... (the closing '---' after them).
PROGRAM_FIELDS = {
    "title": "Robotics Club",
    "partner": "acme",
    "summary": "Build and program robots after school.",
    "type": "club",
    "sectors": "[engineering-manufacturing]",
    "grades": "6-8",
    "cost": "free",
    "location": "online",
    "verified": "2026-10-01",
}
# Partner .yaml: name line 1 ... verified line 4; added keys from line 5.
PARTNER_FIELDS = {
    "name": "Acme Robotics",
    "kind": "industry",
    "summary": "Builds robots and mentors students.",
    "verified": "2026-10-01",
}


def _lines(base: dict, changes: dict) -> list[str]:
    fields = dict(base)
    for key, value in changes.items():
        if value is None:
            fields.pop(key, None)
        else:
            fields[key] = value
    out = []
    for key, value in fields.items():
        sep = "" if value.startswith("\n") or value == "" else " "
        out.append(f"{key}:{sep}{value}")
    return out


def program(body: str = "Robots every Tuesday.\n", **changes: str | None) -> str:
    """A program .md; a change replaces a field on its line, None deletes it, a new key is
    added after verified (line 11 on)."""
    return "\n".join(["---", *_lines(PROGRAM_FIELDS, changes), "---", body])


def partner(**changes: str | None) -> str:
    """A partner .yaml (name line 1, kind 2, summary 3, verified 4, new keys from line 5)."""
    return "\n".join(_lines(PARTNER_FIELDS, changes)) + "\n"


def apply(site: SiteFolder, files: dict) -> None:
    for rel, text in files.items():
        path = site.root / rel
        if text is REMOVE or text is None:
            site.remove(rel)
        elif isinstance(text, str) and text.startswith(SYMLINK):
            path.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(text[len(SYMLINK):], path)
        else:
            site.write(rel, text, dedent=False)


def expected_code(lines: list[str]) -> int:
    return 1 if any(": error: " in line for line in lines) else 0


def case(id_: str, files: dict, expected: list[str]):
    """A row of a rule table: files to write (or REMOVE, or SYMLINK + target), then the exact
    problem lines check prints."""
    return pytest.param(id_, files, expected, id=id_)


def rule_test(cases: list):
    """The test of a rule table: each case's files written into the test site, then check
    prints exactly the expected lines and exits 1 on an error, else 0. The rules are the
    core's: the site has every feature off, and is in its default language only (half the pages
    to check) unless the case has a translation, or its own site.yaml."""
    @pytest.mark.parametrize("id_, files, expected", cases)
    def test_rule(site: SiteFolder, id_: str, files: dict, expected: list[str]):
        translated = any(rel.count(".") > 1 for rel in files if rel.startswith("content/"))
        site.write(SITE, (SITE_YAML if translated else ONE_LANGUAGE) + FEATURES_OFF)
        apply(site, files)
        result = site.check()
        assert result.problems == expected
        assert result.code == expected_code(expected)
    return test_rule
