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
    DESKTOP, EMPTY_REGION, SUB_PREFIX, Server, build, chromium, copy_with_arabic,
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
def site(browser_tmp, sample_out):
    """The sample site, built with --today 2026-12-01 and served at the root of 127.0.0.1:PORT."""
    out = sample_out
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def arabic(browser_tmp, built_once):
    """The sample site with Arabic added to its languages, served at the root: /ar/ pages are
    right to left."""
    out = built_once("arabic", lambda f: build(f / "out", source=copy_with_arabic(f / "src")))
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def subsite(browser_tmp, sample_sub_out):
    """The sample site built with --base-url https://org.example.org/stem/, served at /stem/."""
    out = sample_sub_out
    with Server(out, prefix=SUB_PREFIX) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def emptysite(browser_tmp, built_once):
    """The sample with one more region that has no program: a build with an empty browse list.
    Its path is `emptysite.empty`."""
    out = built_once("site-empty", lambda f: build(
        f / "out", source=copy_with_empty_region(f / "src")))
    with Server(out) as server:
        built = Built(out, server.url, server, browser_tmp)
        built.empty = EMPTY_REGION
        yield built


@pytest.fixture(scope="session")
def longsite(browser_tmp, built_once):
    """A small site of long words, a 60-character e-mail address and a linked announcement
    (longsite.py), served at the root."""
    out = built_once("long", build_long_site)
    with Server(out) as server:
        yield Built(out, server.url, server, browser_tmp)


@pytest.fixture(scope="session")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="session")
def contexts(browser):
    """Browser contexts shared by the tests that open pages with the same options: no context
    to make for each test, and the HTTP cache kept. A test that changes its context (permissions
    granted, storage kept) asks for one of its own."""
    made = {}
    yield made
    for context in made.values():
        context.close()


KEEPER = "http://127.0.0.1/"


def keep_renderer(context) -> None:
    """A page left open on 127.0.0.1 (answered by Playwright: no server, no request): Chromium
    then opens the tests' pages of the local servers, the same site, in its renderer process
    instead of starting one for each new page, about a third less processor time a page."""
    page = context.new_page()
    page.route(KEEPER, lambda route: route.fulfill(body="", content_type="text/html"))
    page.goto(KEEPER)


@pytest.fixture
def new_page(browser, contexts):
    """new_page(viewport=DESKTOP, own=False, fixed_time=None, init_script=None, **context
    options) -> a new page, closed after, in the shared context of those options (its clock
    fixed at fixed_time, an ISO time, and init_script run in each of its pages, when given), or
    in a fresh context when own is true."""
    pages, owned = [], []

    def context_for(viewport, fixed_time, init_script, options):
        context = browser.new_context(viewport=viewport, **options)
        if fixed_time:
            context.clock.set_fixed_time(fixed_time)
        if init_script:
            context.add_init_script(init_script)
        keep_renderer(context)
        return context

    def make(viewport=DESKTOP, own=False, fixed_time=None, init_script=None, **options):
        if own:
            context = context_for(viewport, fixed_time, init_script, options)
            owned.append(context)
        else:
            key = repr((sorted(viewport.items()), fixed_time, init_script, sorted(options.items())))
            if key not in contexts:
                contexts[key] = context_for(viewport, fixed_time, init_script, options)
            context = contexts[key]
        page = context.new_page()
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.close()
    for context in owned:
        context.close()
