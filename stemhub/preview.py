"""The dev server's first answer to a save: the pages that show the saved records, rendered
again at once from the last rebuild's page table with the records' new text. The full rebuild
follows on another thread and settles everything else the change touches (list orders, search
data, link checks, problems), rewriting only what differs, so a page a preview wrote stays
as it is unless the full rebuild makes it otherwise.

A preview is made only when every saved file is a record or translation the last rebuild read
without an error and that still reads without one, keeping its partners and its status; any
other change (a new or deleted file, site.yaml, templates/, static/, a page in the menu)
waits for the full rebuild."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from .build import Folder, _read_record
from .problems import Problems
from .records.kinds import KINDS
from .render.bodies import Bodies, Card, _Worker as BodyWorker
from .render.pages import Rendering, _Worker as PageWorker
from .render.trees import tree_json
from .site.catalog import Item, status
from .site.editions import Edition, in_language
from .records.validate import stale

_FIELDS = frozenset(f.name for f in dataclasses.fields(Item))


def shown(rendering: Rendering) -> dict[int, list[int]]:
    """id(item) -> the pages (indices of the page table) that show something of it: the items
    in a page's context and, as reuse.item reaches, their partners, programs and past programs
    and those items' partners."""
    reach: dict[int, set[int]] = {}
    pages: dict[int, list[int]] = {}
    for n, spec in enumerate(rendering.specs):
        found: set[int] = set()
        for item in _items(spec.context):
            if id(item) not in reach:
                reach[id(item)] = {id(item)} | {id(x) for other in _near(item)
                                                for x in (other, *other.partners)}
            found |= reach[id(item)]
        for key in found:
            pages.setdefault(key, []).append(n)
    return pages


def _near(item: Item) -> tuple:
    return (*item.partners, *item.programs, *item.past)


def _items(value):
    """Every item in a context value (lists, dicts and dataclasses looked into)."""
    kind = type(value)
    if kind is Item:
        yield value
    elif kind is list or kind is tuple:
        for v in value:
            yield from _items(v)
    elif kind is dict:
        for v in value.values():
            yield from _items(v)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _items(getattr(value, f.name))


def preview(rendering: Rendering, folder: Folder, shows: dict[int, list[int]],
            paths: set[str], sink, source: Path) -> list[str] | None:
    """The saved files at paths re-read, their items patched in every language, their pages
    rendered again into sink: the site paths of the pages whose bytes changed, or None when
    the change needs the full rebuild first."""
    saved = _saved(folder, paths, source)
    if not saved:
        return None
    problems = Problems()
    entries = [_read_record(folder.settings, folder.today, source, problems)
               for source in saved]
    if problems.has_errors() or None in entries:
        return None
    editions = rendering.editions
    changed = [_patch(editions, entry, folder) for entry in entries]
    if None in changed:
        return None
    items = {id(copy): copy for group in changed for copy in group}
    _render_bodies(rendering, [group[0] for group in changed], items)
    todo = sorted({n for key in items for n in shows.get(key, ())})
    for n in todo:
        context = rendering.specs[n].context
        if id(context.get("item")) in items and "body" in context:
            context["body"], context["toc"] = rendering.bodies.of(context["item"])
    worker = PageWorker(rendering.specs, rendering.themes, rendering.checker, set(), sink,
                        editions[0].lang, True)
    return [rendering.specs[n].url for n in todo if worker.render(n, Problems())[1]]


def _saved(folder: Folder, paths: set[str], source: Path) -> list | None:
    """The record files among paths; None when a path is anything else that matters (a path
    under content/ that is gone and was no record or image, an editor's backup, does not)."""
    known = {str(f.path): f for f in folder.found.records}
    content = os.path.join(str(source), "content") + os.sep
    saved = []
    for path in sorted(paths):
        if path in known:
            saved.append(known[path])
        elif not path.startswith(content) or os.path.lexists(path) or \
                path in {str(p) for p in folder.found.images.values()}:
            return None
    return saved


def _patch(editions: list[Edition], entry, folder: Folder) -> list[Item] | None:
    """The item of entry's record in every language, the first's first, given the entry's
    text (a record's, or a translation's); None when its links, status or place in the menu
    would change."""
    source = entry.source
    first = editions[0].catalog.items[source.kind].get(source.slug)
    if first is None or any(first in e.catalog.items["pages"].values() and first.nav
                            is not None for e in editions[:1]):
        return None
    if source.lang is None:
        if getattr(entry.record, "partner", None) != getattr(first.entry.record, "partner",
                                                             None):
            return None
        if source.kind == "programs" and status(entry.record, folder.today) != first.status:
            return None
        _set(first, entry=entry, record=entry.record,
             stale=stale(entry.record, folder.today, folder.settings))
    elif source.lang.lower() in first.translations:
        first.translations[source.lang.lower()] = entry
    else:
        return None
    copies = [first]
    for edition in editions[1:]:
        copy = edition.catalog.items[source.kind][source.slug]
        fresh = in_language(first, edition.lang)
        _set(copy, entry=first.entry, record=fresh.record, translated=fresh.translated,
             stale=first.stale)
        copies.append(copy)
    return copies


def _set(item: Item, **values) -> None:
    """Change an item's fields in place, forgetting what it read of its old record."""
    for name in [n for n in item.__dict__ if n not in _FIELDS]:
        del item.__dict__[name]
    for name, value in values.items():
        setattr(item, name, value)


def _render_bodies(rendering: Rendering, changed: list[Item], items: dict[int, Item]) -> None:
    """The Markdown of each changed record (and its translations) rendered again, and the
    cards of it and of the records whose cards show it, in every language."""
    editions, themes, bodies = rendering.editions, rendering.themes, rendering.bodies
    worker = BodyWorker(editions, themes, rendering.files, changed, bodies.base)
    for n, item in enumerate(changed):
        body, translated, _ = worker.render(n, Problems())
        bodies.html[id(item.entry)] = body[:2]
        for lang, made in translated.items():
            bodies.html[id(item.translations[lang])] = made[:2]
    for e in editions:
        for item in {id(x): x for copy in items.values() if copy.lang == e.lang
                     for x in (copy, *_near(copy))}.values():
            _card(themes[e.lang], bodies, item)


def _card(theme, bodies: Bodies, item: Item) -> None:
    if id(item) not in bodies.cards:
        return
    html = theme.render_card(item, Problems())
    if html is not None:
        theme.keep_cards({id(item): html})
        bodies.cards[id(item)] = Card(item.url, theme.card_template(item), html,
                                      tree_json(html), item.lang)
