"""The render stage: Markdown bodies and program cards, then every page of the page table,
handed to a sink (the staging folder, the dev server's folder, or nowhere for `check`).
Site links in Markdown are checked once every page is known."""
from __future__ import annotations

import re
from datetime import date
from functools import partial
from html import unescape
from pathlib import Path
from typing import Callable

from markupsafe import Markup

from ..site.catalog import Catalog, Item
from .jsonld import structured_data
from .links import check_links, page_key
from .markdown import Context, render as render_markdown
from ..site.table import PageSpec, page_table
from ..parallel import pmap
from ..problems import Problems
from ..outputs.search import element_tree, search_files
from .theme import Theme

Sink = Callable[[str, str], None]  # (site path, html)
_ID = re.compile(r'\bid="([^"]+)"')
_HREF = re.compile(r'\s(?:href|src|action)="([^"]*)"')


def render_site(catalog: Catalog, source: Path, files: dict[str, Path], problems: Problems,
                sink: Sink | None, dev: dict | None = None) -> tuple[int, list[str]]:
    """Render every page and the search data into sink; returns the number of pages and the
    site path of each search row (search.py)."""
    config = catalog.settings.config
    theme = Theme(source, config.base_path)
    theme.common = _common(catalog, problems, dev)
    items = [i for kind in catalog.items for i in catalog.all(kind)]
    shared = _Shared(catalog, theme, set(files), items)
    links = []
    trees = {}  # id(item) -> its card as an element tree, for search results
    for item, (body, card, translated) in zip(
            items, pmap(shared.body_and_card, range(len(items)), problems)):
        shared.bodies[id(item)] = body
        links += body[2] + [link for t in translated.values() for link in t[2]]
        if card is not None:
            theme.cards[id(item)], trees[id(item)] = card
    shared.targets = {page_key(l.path) if l.path else l.page for l in links if l.fragment}
    shared.specs = page_table(catalog, lambda item: shared.bodies[id(item)][:2])
    shared.urls = {spec.url for spec in shared.specs}
    for item in items:  # each card once here; the pages that list it leave it out
        if id(item) in theme.cards:
            card = theme.cards[id(item)]
            shared.check_template_links("card.html", item.url, card, card, problems)
    shared.sink = sink
    ids: dict[str, set[str]] = {}
    for spec, found in zip(shared.specs, pmap(shared.page, range(len(shared.specs)), problems)):
        if found is not None:
            ids[spec.url] = found
    check_links(links, ids, set(files), catalog.unpublished, problems)
    data, rows = search_files(
        catalog, lambda item: trees.get(id(item)) or element_tree(theme.card(item)))
    for path, text in data.items() if sink else ():
        sink(path, text)
    return len(shared.specs), rows


def _common(catalog: Catalog, problems: Problems, dev: dict | None) -> dict:
    config = catalog.settings.config
    nav = sorted((p for p in catalog.all("pages") if p.nav is not None),
                 key=lambda p: (p.nav, p.slug))
    return {"site": config, "catalog": catalog, "today": catalog.today,
            "structured_data": partial(structured_data, root_url=config.root_url),
            "lang": catalog.settings.readable.languages[0], "nav": nav,
            "announcement": _announcement(config, catalog.today),
            "dev": {**dev, "problems": len(problems.items)} if dev else None}


def _announcement(config, today: date):
    a = config.announcement
    return None if a is None or (a.until and today > a.until) else a


class _Shared:
    """What the workers need; forked workers inherit it, so nothing large is sent to them."""

    def __init__(self, catalog: Catalog, theme: Theme, files: set[str], items: list[Item]):
        self.catalog, self.theme, self.files, self.items = catalog, theme, files, items
        self.bodies: dict[int, tuple] = {}
        self.targets: set[str] = set()
        self.specs: list[PageSpec] = []
        self.urls: set[str] = set()
        self.sink: Sink | None = None

    def body_and_card(self, index: int, problems: Problems):
        """A record's Markdown, its translations' Markdown (by language) and a listed
        program's card, as HTML and as an element tree."""
        item = self.items[index]
        body = self._body(item.entry, item.url, "", problems)
        translated = {lang: self._body(t, item.url, lang + "/", problems)
                      for lang, t in sorted(item.translations.items())}
        self.theme.problems = problems
        card = self.theme.card(item) if item.kind == "programs" and item.listed else None
        return body, None if card is None else (card, element_tree(card)), translated

    def _body(self, entry, url: str, lang_prefix: str, problems: Problems) -> tuple:
        """(html, table of contents, site links) of a record's or translation's Markdown."""
        text, first_line = _body_text(entry)
        if text is None:
            return Markup(""), [], []
        base = self.catalog.settings.config.base_path
        ctx = Context(entry.source.rel, first_line, url, base + lang_prefix, base, self.files,
                      self.theme.ids, problems)
        out = render_markdown(text, ctx)
        return Markup(out.html), out.toc, out.links

    def page(self, index: int, problems: Problems) -> set[str] | None:
        """Render one page into the sink; the ids on it when a link points into it."""
        spec = self.specs[index]
        config = self.catalog.settings.config
        html = self.theme.render(spec.template, {
            **self.theme.common, **spec.context, "page_url": spec.url,
            "canonical": config.root_url + spec.url}, spec.url, problems)
        if html is None:
            return None
        if self.sink:
            self.sink(spec.url, html)
        made = html.replace(spec.context["body"], "") if spec.context.get("body") else html
        for program in spec.context.get("items", ()):  # cards were checked once, when made
            made = made.replace(self.theme.cards.get(id(program), "\0"), "")
        self.check_template_links(spec.template, spec.url, made, html, problems)
        return set(_ID.findall(html)) if spec.url in self.targets else set()

    def check_template_links(self, template: str, url: str, made: str, html: str,
                              problems: Problems) -> None:
        """Links a template made in a page (Markdown links are checked at their own lines)."""
        base = self.catalog.settings.config.base_path
        for href in {unescape(m.group(1)) for m in _HREF.finditer(made)}:
            if href.startswith("#"):
                ok = f' id="{href[1:]}"' in html
            elif href.startswith(base) and not href.startswith("//"):
                key = page_key("/" + href[len(base):].partition("#")[0].partition("?")[0])
                ok = key in self.urls or key in self.files
            else:
                continue
            if not ok:
                problems.error(self.theme.origin(template), 1, None,
                               f"the link {href} on /{url} leads to no page, file or "
                               "heading of this site; correct the template")


def _body_text(entry) -> tuple[str | None, int]:
    """The Markdown of a record or translation and the file line it starts on."""
    doc = entry.doc
    if doc.body is not None:
        return doc.body, doc.body_line
    description = getattr(entry.record, "description", None)
    if description is None:
        return None, 0
    line = doc.tree.values[("description",)][0]
    return description, line + (1 if "\n" in description.rstrip("\n") else 0)
