"""Inline test sites: write a few files into tmp_path, run the real command, look at the result."""
from __future__ import annotations

import contextlib
import fcntl
import functools
import io
import os
import tempfile
import textwrap
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable
from unittest import mock

import pytest

from stemhub.cli import main
from stemhub.features import FEATURES
from stemhub.memo import last_build
from stemhub.options import NO_SEARCH_INDEX
from tests.browser.sitekit import SUB_BASE_URL, build as build_sample

TODAY = "2026-12-01"


MEMORY_FOLDER = "/dev/shm"  # tmpfs on Linux: the test sites' thousands of small files stay in memory


def pytest_configure(config):
    """Temporary folders (pytest's tmp_path, tempfile) go to memory unless TMPDIR says
    otherwise: a test site is hundreds of small files, written and removed again. Hypothesis
    keeps its examples and caches in that temporary folder (it reads the variable as it
    collects, before any fixture), never in the checkout."""
    if not os.environ.get("TMPDIR") and os.access(MEMORY_FOLDER, os.W_OK | os.X_OK):
        tempfile.tempdir = MEMORY_FOLDER
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                          os.path.join(tempfile.gettempdir(), "stemhub-hypothesis"))


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

# site.yaml's `features:` with every feature off, for a test of the core that builds a large site
FEATURES_OFF = "features:\n" + "".join(f"  {f.name}: false\n" for f in FEATURES)

# The same site in its default language only: half the pages, for the many tests whose rule has
# nothing to do with a second language (their rule tables, the hostile corpus).
ONE_LANGUAGE = SITE_YAML.replace("languages: [en, es]", "languages: [en]")

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
    """A site folder under tmp_path with a valid minimal site; tests add or replace files.
    Its builds skip Pagefind (options.search_index) unless search_index is True: only tests
    that look at the search index pay for it. With features False its site.yaml turns every
    feature off (FEATURES_OFF): the site of a test of the core (core_site)."""

    def __init__(self, root: Path, search_index: bool = False, features: bool = True):
        self.root, self.search_index = root, search_index
        self.write("site.yaml", SITE_YAML + ("" if features else FEATURES_OFF))
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
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
                mock.patch.dict(os.environ, {NO_SEARCH_INDEX: "0" if self.search_index else "1"}):
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


@pytest.fixture(scope="session", autouse=True)
def session_cache_home(tmp_path_factory):
    """Where the builds of module- and session-scoped fixtures keep what they remember: never
    the user's real cache (each test then gets its own, cache_home)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("session-cache-home")))
        yield


@pytest.fixture(scope="session", autouse=True)
def code_digested_once():
    """Every build keys its cache by a digest of the package's files and the installed
    packages (last_build.key): they do not change while the tests run, so it is made once."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(last_build, "_code", functools.cache(last_build._code))
        yield


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


@pytest.fixture
def core_site(tmp_path: Path) -> SiteFolder:
    """The minimal site with every feature off, for a module of tests of the core: it defines
    `site` as this (a site.yaml it writes itself has the features on again)."""
    return SiteFolder(tmp_path / "src", features=False)


@pytest.fixture(scope="session")
def built_once(tmp_path_factory):
    """built_once(name, make) -> the folder make(folder) built, made once for the whole run:
    with pytest-xdist (-n 2) the workers share the run's temporary folder, the first to ask
    builds under a lock and the others wait for it, then each reads it (never writes it)."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent

    def once(name: str, make: Callable[[Path], Path]) -> Path:
        folder, done = root / "built-once" / name, root / "built-once" / f"{name}.done"
        folder.parent.mkdir(exist_ok=True)
        with open(root / "built-once" / f"{name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not done.exists():
                out = make(folder)
                done.write_text(str(out), encoding="utf-8")
        return Path(done.read_text(encoding="utf-8"))

    return once


@pytest.fixture(scope="session")
def sample_out(built_once) -> Path:
    """The sample site (this repository's site.yaml and content/) as `build` makes it, Pagefind's
    index too (tests/browser/sitekit.py's build, with its hash seed), made once for the run: read only."""
    return built_once("site", build_sample)


@pytest.fixture(scope="session")
def sample_sub_out(built_once) -> Path:
    """sample_out built with --base-url https://org.example.org/stem/ (sitekit.SUB_BASE_URL)."""
    return built_once("site-stem", lambda f: build_sample(f, base_url=SUB_BASE_URL))
