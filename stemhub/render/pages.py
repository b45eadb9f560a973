"""Every page of the page table rendered on every core and handed to the sink (the staging
folder, the dev server's folder, or nowhere for `check`); the links a template made are checked
as each page is made, and the ids of the pages that links point into are kept."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import NamedTuple, Protocol

from ..parallel import pmap
from ..problems import Problem, Problems
from ..memo.in_memory import Fresh
from ..site.table import PageSpec
from .bodies import Bodies, Card, placed
from .links import page_key
from .theme import Theme

_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\s(?:href|src|action)="([^"]*)"')
_FEW = 4  # fragment links on a page checked by a search of the page each


class Sink(Protocol):
    folder: Path  # where it writes
    last: Path | None  # where the files it may keep are

    def put(self, path: str, data) -> bool:
        """Write a file (text, bytes, or a Path to copy); True when its bytes changed."""

    def keep(self, path: str) -> bool:
        """Keep a file as the last build wrote it; False when it cannot."""


@dataclass
class Rendered:
    ids: dict[str, set[str]] = field(default_factory=dict)  # every page -> its ids, where a
    # link points into it
    changed: set[str] = field(default_factory=set)  # site paths of pages whose bytes changed


@dataclass
class Rendering:
    """What rendered the pages, kept by the dev server to render some again (dev/preview.py)."""

    editions: list  # the site's editions (site/editions.py), the first language's first
    specs: list[PageSpec]
    themes: dict[str, Theme]
    bodies: Bodies
    files: set[str]  # the files pages may link
    checker: TemplateLinks

    def again(self, todo: list[int], sink: Sink | None) -> list[str]:
        """The pages at todo (indices of specs) rendered again into sink (None: nowhere): the
        site paths of those whose bytes changed. Their problems are the next rebuild's to
        find."""
        worker = _Worker(self.specs, self.themes, self.checker, set(), sink,
                         self.editions[0].lang, True)
        return [self.specs[n].url for n in todo if worker.render(n, Problems())[1]]

    def warm(self) -> None:
        """One page of each template in each language rendered and thrown away, so that every
        template the pages use (their parents and includes too) is compiled in this process:
        the pages were rendered on forked workers, which kept what they compiled."""
        first = {}
        for n, spec in enumerate(self.specs):
            first.setdefault((spec.lang, spec.template), n)
        self.again(list(first.values()), None)


class Done(NamedTuple):
    """What rendering a page found, kept for the next build while the page's inputs stay."""

    ids: set[str]  # its ids, when a link points into it (whether one does is an input)
    paths: tuple[str, ...]  # the links its template made to this site's pages and files,
    # checked once every page is known (each link one string, however many pages have it)
    flaws: list[Problem]  # the links into the page itself (#x) that lead nowhere


def render_pages(specs: list[PageSpec], themes: dict[str, Theme], bodies: Bodies,
                 files: set[str], sink: Sink | None, problems: Problems,
                 reuse: Fresh) -> Rendered:
    """themes: the theme of each language, the first language's first. The links templates
    make are checked on the first language's pages: every page is in every language, and url()
    puts a page's links in its language's folder, so a link that works there works in all.
    A page whose inputs are what they were in the last build (reuse.page) is not rendered
    again: the sink keeps its file."""
    first = next(iter(themes))
    targets = {link.target for link in bodies.links if link.fragment}
    checker = TemplateLinks(themes[first], {spec.url for spec in specs}, files)
    _check_cards([c for c in bodies.cards.values() if c.lang == first], checker, problems,
                 reuse)
    nav = {lang: reuse.value(theme.common["nav"]) for lang, theme in themes.items()}
    marks, done = [], {}
    for n, spec in enumerate(specs):
        mark, before = reuse.page(spec, (nav[spec.lang], spec.url in targets))
        marks.append(mark)
        if before is not None and (sink is None or sink.keep(spec.url)):
            done[n] = before
    worker = _Worker(specs, themes, checker, targets, sink, first, reuse.keeps)
    todo = [n for n in range(len(specs)) if n not in done]
    rendered, links = Rendered(), checker.known
    for n, found in zip(todo, pmap(worker.render, todo, problems)):
        if found is not None:
            made, changed = found
            done[n] = made._replace(paths=tuple(links.setdefault(p, p) for p in made.paths))
            reuse.keep_page(specs[n].url, marks[n], done[n])
            if changed:
                rendered.changed.add(specs[n].url)
    for n in sorted(done):
        spec, found = specs[n], done[n]
        rendered.ids[spec.url] = found.ids
        problems.items.extend(found.flaws)
        checker.check_paths(spec.template, spec.url, found.paths, problems)
    return rendered


def _check_cards(cards: list[Card], checker: TemplateLinks, problems: Problems,
                 reuse: Fresh) -> None:
    """A card's links, checked once for every list it is on."""
    kept = reuse.table("card links", [card.html for card in cards])
    for card in cards:
        if card.html not in kept:
            kept[card.html] = checker.inspect(card.template, card.url, _hrefs(card.html),
                                              card.html)
        paths, flaws = kept[card.html]
        problems.items.extend(flaws)
        checker.check_paths(card.template, card.url, paths, problems)


@dataclass
class _Worker:
    specs: list[PageSpec]
    themes: dict[str, Theme]
    checker: TemplateLinks
    targets: set[str]
    sink: Sink | None
    first: str  # the first language
    keeps: bool  # a build that keeps pages for the next (reuse.keeps) keeps their links, to
    # check again; else a page's links are checked where it is made

    def render(self, index: int, problems: Problems):
        """Render one page into the sink: (what it found, whether its bytes changed), or
        None when it failed."""
        spec = self.specs[index]
        theme = self.themes[spec.lang]
        made = theme.render_page(spec.template, spec.url, spec.context, problems)
        if made is None:
            return None
        html = placed(made, theme.base_path, theme.folder)
        changed = self.sink.put(spec.url, html) if self.sink else False
        ids = set(_ID.findall(html)) if spec.url in self.targets else set()
        if spec.lang != self.first:
            return Done(ids, (), []), changed
        if spec.context.get("body"):
            made = made.replace(spec.context["body"], "")
        for item in spec.context.get("items", ()):  # a list's cards were checked when made
            made = made.replace(theme.card(item), "")
        paths, flaws = self.checker.inspect(spec.template, spec.url, _hrefs(made), html)
        if not self.keeps:  # nothing to keep: checked here, not sent back (less memory)
            self.checker.check_paths(spec.template, spec.url, paths, problems)
            return Done(ids, (), flaws), changed
        links = self.checker.known  # one string a link, sent back once a batch of pages
        return Done(ids, tuple(links.setdefault(p, p) for p in sorted(paths)), flaws), changed


class TemplateLinks:
    """The links a template made on a page (Markdown links are checked at their own lines;
    a card's once, with the card)."""

    def __init__(self, theme: Theme, urls: set[str], files: set[str]):
        self.theme, self.urls, self.files = theme, urls, files
        self.keys: dict[str, str] = {}  # href -> its page or file (most links are on many)
        self.known: dict[str, str] = {}  # each link kept for the next build, as one string

    def inspect(self, template: str, url: str, hrefs: set[str],
                html: str) -> tuple[frozenset[str], list[Problem]]:
        """(the links to this site's pages and files, to check with check_paths; the problems
        of the links into the page itself that lead to no heading of it)."""
        base = self.theme.base_path
        has_id = _id_test(html, sum(href.startswith("#") for href in hrefs))
        flaws = Problems()
        for href in hrefs:
            if href.startswith("#") and not has_id(href[1:]):
                self._flaw(template, url, href, flaws)
        paths = frozenset(href for href in hrefs
                          if href.startswith(base) and not href.startswith("//"))
        return paths, flaws.items

    def check_paths(self, template: str, url: str, paths: frozenset[str],
                    problems: Problems) -> None:
        for href in paths:
            key = self.keys.get(href)
            if key is None:
                key = self.keys[href] = page_key("/" + href[len(self.theme.base_path):]
                                                 .partition("#")[0].partition("?")[0])
            if key not in self.urls and key not in self.files:
                self._flaw(template, url, href, problems)

    def _flaw(self, template: str, url: str, href: str, problems: Problems) -> None:
        problems.error(self.theme.origin(template), 1, None,
                       f"the link {href} on /{url} leads to no page, file or heading "
                       "of this site; correct the template")


def _id_test(html: str, fragments: int):
    """Whether the page has an id: a search of the page for each of a few fragment links (the
    skip link), else one pass over the page for all (a table of contents), so the check stays
    linear in the page."""
    if fragments <= _FEW:
        return lambda anchor: f' id="{anchor}"' in html
    return set(_ID.findall(html)).__contains__


def _hrefs(html: str) -> set[str]:
    return set(map(unescape, set(_HREF.findall(html))))  # most links are on a page twice
