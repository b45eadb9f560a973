"""The browser checks of issue 5: the sample site built once, served on 127.0.0.1, and checked in
Debian's Chromium (Playwright), with axe-core, the Nu HTML Checker and Lighthouse.

Every tool comes from scripts/setup (pip: playwright; Debian: chromium, a JRE; npm: package.json),
so nothing here skips: a missing tool fails the check that needs it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.browser.longsite import build_long_site
from tests.browser.sitekit import (
    DESKTOP, SUB_BASE_URL, SUB_PREFIX, Server, build, chromium, copy_with_arabic,
    copy_with_empty_region, file_of,
)


def pytest_collection_modifyitems(items):
    """Every test here is marked `browser` (the marker is declared in pyproject.toml)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@dataclass
class Built:
    out: Path  # the output folder
    url: str  # where it is served, ending with "/"
    server: Server
    tmp: Path  # the session's scratch folder (reports are written here)

    def page(self, path: str) -> str:
        return self.url + path

    def file(self, path: str) -> Path:
        return file_of(self.out, path)


@pytest.fixture(scope="session")
def browser_tmp(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("browser")


@pytest.fixture(scope="session")
def site(browser_tmp):
    """The sample site, built with --today 2026-12-01 and served at the root of 127.0.0.1:PORT."""
    out = build(browser_tmp / "site")
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def arabic(browser_tmp):
    """The sample site with Arabic added to its languages, served at the root: /ar/ pages are
    right to left."""
    source = copy_with_arabic(browser_tmp / "arabic-src")
    out = build(browser_tmp / "arabic", source=source)
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def subsite(browser_tmp):
    """The sample site built with --base-url https://org.example.org/stem/, served at /stem/."""
    out = build(browser_tmp / "site-stem", base_url=SUB_BASE_URL)
    with Server(out, prefix=SUB_PREFIX) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def emptysite(browser_tmp):
    """The sample with one more region that has no program: a build with an empty browse list.
    Its path is `emptysite.empty`."""
    source, empty = copy_with_empty_region(browser_tmp / "source-empty")
    out = build(browser_tmp / "site-empty", source=source)
    with Server(out) as server:
        built = Built(out, server.url, server, browser_tmp)
        built.empty = empty
        yield built


@pytest.fixture(scope="session")
def longsite(browser_tmp):
    """A small site of long words, a 60-character e-mail address and a linked announcement
    (longsite.py), served at the root."""
    out = build_long_site(browser_tmp / "long")
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def new_page(browser):
    """new_page(viewport=DESKTOP, **context options) -> a page in a fresh context, closed after."""
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(viewport=viewport, **options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
