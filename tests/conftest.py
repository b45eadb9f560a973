"""Inline test sites: write a few files into tmp_path, run the real command, look at the result."""
from __future__ import annotations

import contextlib
import io
import textwrap
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from stemhub.cli import main

TODAY = "2026-12-01"


def days(n: int) -> str:
    """The date n days after TODAY, as YYYY-MM-DD."""
    return (date.fromisoformat(TODAY) + timedelta(days=n)).isoformat()

SITE_YAML = """\
title: Test Network
description: A small test directory.
base_url: https://example.org/
languages: [en, es]
contact:
  email: team@example.org
regions:
  - slug: north
    name: North
  - slug: south
    name: South
"""

PARTNER = """\
name: Acme Robotics
kind: industry
summary: Builds robots and mentors students.
verified: 2026-10-01
"""

PROGRAM_FRONT = """\
---
title: Robotics Club
partner: acme
summary: Build and program robots after school.
type: club
sectors: [engineering-manufacturing]
grades: 6-8
cost: free
location: online
verified: 2026-10-01
---
"""
PROGRAM = PROGRAM_FRONT + "Robots every Tuesday.\n"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return (self.out or self.err).strip().splitlines()

    @property
    def problems(self) -> list[str]:
        """The problem lines, without the summary line."""
        return self.lines[:-1]


class SiteFolder:
    """A site folder under tmp_path with a valid minimal site; tests add or replace files."""

    def __init__(self, root: Path):
        self.root = root
        self.write("site.yaml", SITE_YAML)
        self.write("content/partners/acme.yaml", PARTNER)
        self.write("content/programs/robotics-club.md", PROGRAM)

    def write(self, rel: str, text: str | bytes, dedent: bool = True) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_bytes((textwrap.dedent(text) if dedent else text).encode("utf-8"))
        return path

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()

    def run(self, *argv: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exit_:
                code = exit_.code
        return Result(code, out.getvalue(), err.getvalue())

    def check(self, *extra: str) -> Result:
        return self.run("check", "--source", str(self.root), "--today", TODAY, *extra)

    def build(self, out: Path | None = None, *extra: str) -> Result:
        out = out or self.root / "site"
        return self.run("build", "--source", str(self.root), "--out", str(out),
                        "--today", TODAY, *extra)

    def built(self, *extra: str, out: Path | None = None) -> Path:
        """Build into out (default: a folder beside the site) and insist that it succeeded."""
        out = out or self.root.parent / "out"
        result = self.build(out, *extra)
        assert result.code == 0, result.err
        return out

    def page(self, url: str, out: Path | None = None) -> str:
        out = out or self.root / "site"
        return (out / url / "index.html").read_text(encoding="utf-8") if not url.endswith(
            ".html") else (out / url).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def cache_home(tmp_path_factory, monkeypatch) -> Path:
    """Where builds keep what they remember (memo/last_build.py): a folder of the test's own, never the
    user's real cache."""
    folder = tmp_path_factory.mktemp("cache-home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture
def site(tmp_path: Path) -> SiteFolder:
    return SiteFolder(tmp_path / "src")
