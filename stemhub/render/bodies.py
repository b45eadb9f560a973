"""Every record's Markdown as safe HTML (translations too, for their link checks) and the card
of every record that search finds, rendered on every core; the site links met on the way, checked once
every page is known."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from markupsafe import Markup

from ..records.kinds import KINDS
from ..parallel import pmap
from ..problems import Problems
from ..site.catalog import Catalog, Item
from .links import Link
from .markdown import Context, render as render_markdown
from .theme import Theme
from .trees import element_tree


class Card(NamedTuple):
    """A listed program's card: its page, its HTML and the same as an element tree."""

    url: str
    template: str
    html: Markup
    tree: list


@dataclass
class Bodies:
    html: dict[int, tuple[Markup, list]] = field(default_factory=dict)  # id(item) -> html, toc
    links: list[Link] = field(default_factory=list)
    cards: dict[int, Card] = field(default_factory=dict)  # id(item) -> its card

    def of(self, item: Item) -> tuple[Markup, list]:
        return self.html[id(item)]


def render_bodies(catalog: Catalog, theme: Theme, files: set[str],
                  problems: Problems) -> Bodies:
    items = [i for kind in catalog.items for i in catalog.all(kind)]
    worker = _Worker(catalog, theme, files, items)
    bodies = Bodies()
    for item, (body, translated, card) in zip(
            items, pmap(worker.render, range(len(items)), problems)):
        bodies.html[id(item)] = body[:2]
        bodies.links += body[2] + [link for t in translated for link in t[2]]
        if card is not None:
            bodies.cards[id(item)] = card
    return bodies


@dataclass
class _Worker:
    """What the workers need; forked workers inherit it, so nothing large is sent to them."""

    catalog: Catalog
    theme: Theme
    files: set[str]
    items: list[Item]

    def render(self, index: int, problems: Problems):
        """A record's Markdown, its translations' Markdown and, for a record search finds, its
        card, as HTML and as an element tree."""
        item = self.items[index]
        body = self._body(item.entry, item.url, "", problems)
        translated = [self._body(t, item.url, lang + "/", problems)
                      for lang, t in sorted(item.translations.items())]
        card = None
        if KINDS[item.kind].searched and (item.kind != "programs" or item.listed):
            html = self.theme.render_card(item, problems)
            card = None if html is None else Card(
                item.url, self.theme.card_template(item), html, element_tree(html))
        return body, translated, card

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
