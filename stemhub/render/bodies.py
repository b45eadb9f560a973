"""Every record's Markdown as safe HTML (translations too) and, in every language, the card of
every record that search finds, rendered on every core; the site links met on the way, checked
once every page is known.

A record's own Markdown is rendered once for all languages: its site links are placed under
MARK, which each language's page replaces with its folder ("", "es/"): one copy of every body
for all languages."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import NamedTuple

from markupsafe import Markup

from ..records.kinds import KINDS
from ..parallel import pmap
from ..problems import Problems
from ..memo.in_memory import Fresh
from ..memo.stamps import fingerprint
from ..site.catalog import Item
from ..site.editions import Edition
from .links import Link
from .markdown import Context, render as render_markdown
from .theme import Theme
from .trees import tree_json


class Card(NamedTuple):
    """A program's card (a listed one's, or an ended or cancelled one's for a search no open
    program matches: outputs/past.py), a partner's or a guide's: its page, its HTML and the same as an element tree in JSON
    (as text it takes a fifth of the memory of the lists it is made of)."""

    url: str
    template: str
    html: Markup
    tree: str
    lang: str


MARK = "\ue000"  # no site link from content can hold it: Markdown percent-encodes non-ASCII


@dataclass
class Bodies:
    base: str  # the base path
    html: dict[int, tuple[Markup, list]] = field(default_factory=dict)  # id(entry) -> html, toc
    links: list[Link] = field(default_factory=list)
    cards: dict[int, Card] = field(default_factory=dict)  # id(item) -> its card

    def of(self, item: Item) -> tuple[Markup, list]:
        """A record's body and table of contents for its page in item.lang: its translation's,
        or its own, whose site links the page places with placed()."""
        if "body" in item.translated:
            return self.html[id(item.translations[item.lang])]
        return self.html[id(item.entry)]


def placed(html: str, base: str, folder: str) -> str:
    """A page with the site links of the record bodies on it in its language's folder."""
    return html.replace(f'="{base}{MARK}', f'="{base}{folder}') if MARK in html else html


def render_bodies(editions: list[Edition], themes: dict[str, Theme], files: set[str],
                  problems: Problems, reuse: Fresh) -> Bodies:
    """reuse keeps an item's Markdown and cards while its files and what its cards show
    (reuse.item, in every language) and the site's files are the same."""
    first = editions[0].catalog
    items = [i for kind in first.items for i in first.all(kind)]
    worker = _Worker(editions, themes, files, items, first.settings.config.base_path)
    bodies = Bodies(worker.base)
    files_mark = fingerprint(sorted(files))
    keys = [(files_mark, tuple(reuse.item(e.catalog.items[i.kind][i.slug]) for e in editions))
            for i in items]
    made = reuse.table("bodies", keys)  # key -> (what render gave, its problems)
    todo = [n for n, key in enumerate(keys) if key not in made]
    for n, found in zip(todo, pmap(worker.render_kept, todo, problems)):
        made[keys[n]] = found
    for item, key in zip(items, keys):
        (body, translated, cards), found = made[key]
        problems.items.extend(found)
        bodies.html[id(item.entry)] = body[:2]
        for e in editions:
            copy = e.catalog.items[item.kind][item.slug]
            if "body" in copy.translated:
                bodies.html[id(item.translations[e.lang])] = translated[e.lang][:2]
                bodies.links += [replace(link, prefix=e.prefix) for link in translated[e.lang][2]]
            else:
                bodies.links += [replace(link, prefix=e.prefix) for link in body[2]]
            if e.lang in cards:
                bodies.cards[id(copy)] = cards[e.lang]
    return bodies


def render_broken(broken: list, editions: list[Edition], themes: dict[str, Theme],
                  files: set[str], bodies: Bodies, problems: Problems) -> None:
    """The Markdown of the records and translations left out (with errors, or translations
    not kept), rendered for its problems and its links to other pages alone (checked with the
    others), so that a file shows every problem in one run; none of it is published."""
    worker = _Worker(editions, themes, files, [], bodies.base)
    folders = {e.lang: e.prefix for e in editions}
    for entry in broken:
        prefix = folders.get(entry.source.lang, "") if entry.source.lang else ""
        links = worker._body(entry, KINDS[entry.kind].url_of(entry.slug), "", problems)[2]
        bodies.links += [replace(link, prefix=prefix) for link in links if link.path]


def render_again(bodies: Bodies, editions: list[Edition], themes: dict[str, Theme],
                 files: set[str], item: Item, cards: list[Item]) -> None:
    """A record's Markdown and its translations' rendered again into bodies, and the cards of
    cards (items of any language), for the dev server's preview; problems are the rebuild's
    to find."""
    body, translated = _Worker(editions, themes, files, [item], bodies.base).markdown(
        item, Problems())
    bodies.html[id(item.entry)] = body[:2]
    for lang, made in translated.items():
        bodies.html[id(item.translations[lang])] = made[:2]
    for copy in cards:
        card = _card(themes[copy.lang], copy, Problems()) if id(copy) in bodies.cards else None
        if card is not None:
            themes[copy.lang].keep_cards({id(copy): card.html})
            bodies.cards[id(copy)] = card


def _card(theme: Theme, item: Item, problems: Problems) -> Card | None:
    """An item's card in its language, as HTML and as an element tree; None when it failed."""
    html = theme.render_card(item, problems)
    if html is None:
        return None
    return Card(item.url, theme.card_template(item), html, tree_json(html), item.lang)


@dataclass
class _Worker:
    """What the workers need; forked workers inherit it, so nothing large is sent to them."""

    editions: list[Edition]
    themes: dict[str, Theme]
    files: set[str]
    items: list[Item]
    base: str

    def render_kept(self, index: int, problems: Problems):
        """render(), with its problems kept apart (reuse replays them)."""
        own = Problems()
        return self.render(index, own), own.items

    def render(self, index: int, problems: Problems):
        """A record's Markdown, its translations' Markdown and, for a record search finds
        (ended programs too: outputs/past.py), its card in every language (by language), as
        HTML and as an element tree."""
        item = self.items[index]
        body, translated = self.markdown(item, problems)
        cards = {}
        if KINDS[item.kind].searched:
            for e in self.editions:
                card = _card(self.themes[e.lang], e.catalog.items[item.kind][item.slug],
                             problems)
                if card is not None:
                    cards[e.lang] = card
        return body, translated, cards

    def markdown(self, item: Item, problems: Problems) -> tuple:
        """(its Markdown, its translations' Markdown by language)."""
        body = self._body(item.entry, item.url, MARK, problems)
        return body, {lang: self._body(t, item.url, lang + "/", problems)
                      for lang, t in sorted(item.translations.items())}

    def _body(self, entry, url: str, folder: str, problems: Problems) -> tuple:
        """(html, table of contents, site links) of a record's or translation's Markdown."""
        text, first_line = _body_text(entry)
        if text is None or (entry.source.lang and not text.strip()):
            return Markup(""), [], []
        ctx = Context(entry.source.rel, first_line, url, self.base + folder, self.base,
                      self.files, self.themes[self.editions[0].lang].ids, problems)
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
