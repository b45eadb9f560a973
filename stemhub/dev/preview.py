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

from ..build import Folder, read_record
from ..problems import Problems
from ..records.validate import stale
from ..render.bodies import render_again
from ..render.pages import Rendering
from ..site.catalog import Item, status
from ..site.editions import Edition, in_language

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
                reach[id(item)] = {id(item)} | {id(x) for other in item.linked
                                                for x in (other, *other.partners)}
            found |= reach[id(item)]
        for key in found:
            pages.setdefault(key, []).append(n)
    return pages


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
    entries = [read_record(folder.settings, folder.today, f, problems) for f in saved]
    if problems.has_errors() or None in entries:
        return None
    changed = [_patch(rendering.editions, entry, folder) for entry in entries]
    if None in changed:
        return None
    items = {id(copy): copy for copies in changed for copy in copies}
    for copies in changed:
        render_again(rendering.bodies, rendering.editions, rendering.themes, rendering.files,
                     copies[0], [x for copy in copies for x in (copy, *copy.linked)])
    todo = sorted({n for key in items for n in shows.get(key, ())})
    for n in todo:
        context = rendering.specs[n].context
        if id(context.get("item")) in items and "body" in context:
            context["body"], context["toc"] = rendering.bodies.of(context["item"])
    return rendering.again(todo, sink)


def _saved(folder: Folder, paths: set[str], source: Path) -> list | None:
    """The record files among paths; None when a path is anything else that matters (a path
    under content/ that is gone and was no record or image, an editor's backup, does not)."""
    known = {str(f.path): f for f in folder.found.records}
    images = {str(path) for path in folder.found.images.values()}
    content = os.path.join(str(source), "content") + os.sep
    saved = []
    for path in sorted(paths):
        if path in known:
            saved.append(known[path])
        elif not path.startswith(content) or os.path.lexists(path) or path in images:
            return None
    return saved


def _patch(editions: list[Edition], entry, folder: Folder) -> list[Item] | None:
    """The items of entry's record, one a language, the first's first, changed in place to
    show the entry (a record, or a translation of it); None when the change would link it
    otherwise, give it another status, or change the menu every page has."""
    source = entry.source
    first = editions[0].catalog.items[source.kind].get(source.slug)
    if first is None or source.kind == "pages" and first.nav is not None:
        return None
    if source.lang is None:
        record = entry.record
        if getattr(record, "partner", None) != getattr(first.record, "partner", None) or \
                source.kind == "programs" and status(record, folder.today) != first.status:
            return None
        _set(first, entry=entry, record=record,
             stale=stale(record, folder.today, folder.settings))
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
