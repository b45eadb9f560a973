"""Every page of the page table rendered on every core and handed to the sink (the staging
folder, the dev server's folder, or nowhere for `check`); the links a template made are checked
as each page is made, and the ids of the pages that links point into are kept."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from typing import Protocol

from ..parallel import pmap
from ..problems import Problems
from ..site.table import PageSpec
from .bodies import Bodies, Card, placed
from .links import page_key
from .theme import Theme

_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\s(?:href|src|action)="([^"]*)"')
_FEW = 4  # fragment links on a page checked by a search of the page each


class Sink(Protocol):
    def put(self, path: str, data) -> bool:
        """Write a file (text, bytes, or a Path to copy); True when its bytes changed."""


@dataclass
class Rendered:
    ids: dict[str, set[str]] = field(default_factory=dict)  # every page -> its ids, where a
    # link points into it
    changed: set[str] = field(default_factory=set)  # site paths of pages whose bytes changed


def render_pages(specs: list[PageSpec], themes: dict[str, Theme], bodies: Bodies,
                 files: set[str], sink: Sink | None, problems: Problems) -> Rendered:
    """themes: the theme of each language, the first language's first. The links templates
    make are checked on the first language's pages: every page is in every language, and url()
    puts a page's links in its language's folder, so a link that works there works in all."""
    first = next(iter(themes))
    targets = {link.target for link in bodies.links if link.fragment}
    checker = TemplateLinks(themes[first], {spec.url for spec in specs}, files)
    for card in bodies.cards.values():
        if card.lang == first:
            checker.check_card(card, problems)
    worker = _Worker(specs, themes, checker, targets, sink, first)
    done = Rendered()
    for spec, found in zip(specs, pmap(worker.render, range(len(specs)), problems)):
        if found is not None:
            done.ids[spec.url], changed = found
            if changed:
                done.changed.add(spec.url)
    return done


@dataclass
class _Worker:
    specs: list[PageSpec]
    themes: dict[str, Theme]
    checker: TemplateLinks
    targets: set[str]
    sink: Sink | None
    first: str  # the first language

    def render(self, index: int, problems: Problems):
        """Render one page into the sink: (its ids when a link points into it, whether its
        bytes changed), or None when it failed."""
        spec = self.specs[index]
        theme = self.themes[spec.lang]
        made = theme.render_page(spec.template, spec.url, spec.context, problems)
        if made is None:
            return None
        html = placed(made, theme.base_path, theme.folder)
        changed = self.sink.put(spec.url, html) if self.sink else False
        ids = set(_ID.findall(html)) if spec.url in self.targets else set()
        if spec.lang != self.first:
            return ids, changed
        if spec.context.get("body"):
            made = made.replace(spec.context["body"], "")
        for item in spec.context.get("items", ()):  # a list's cards were checked when made
            made = made.replace(theme.card(item), "")
        self.checker.check(spec.template, spec.url, made, html, problems)
        return ids, changed


class TemplateLinks:
    """The links a template made on a page (Markdown links are checked at their own lines;
    a card's once, with the card)."""

    def __init__(self, theme: Theme, urls: set[str], files: set[str]):
        self.theme, self.urls, self.files = theme, urls, files

    def check_card(self, card: Card, problems: Problems) -> None:
        self._check(card.template, card.url, _hrefs(card.html), card.html, problems)

    def check(self, template: str, url: str, made: str, html: str, problems: Problems) -> None:
        self._check(template, url, _hrefs(made), html, problems)

    def _check(self, template: str, url: str, hrefs: set[str], html: str,
               problems: Problems) -> None:
        base = self.theme.base_path
        has_id = _id_test(html, sum(href.startswith("#") for href in hrefs))
        for href in hrefs:
            if href.startswith("#"):
                ok = has_id(href[1:])
            elif href.startswith(base) and not href.startswith("//"):
                key = page_key("/" + href[len(base):].partition("#")[0].partition("?")[0])
                ok = key in self.urls or key in self.files
            else:
                continue
            if not ok:
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
    return {unescape(m.group(1)) for m in _HREF.finditer(html)}
