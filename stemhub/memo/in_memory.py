"""What the dev server keeps in memory from one rebuild for the next, so that a one-record edit
re-reads one file and re-renders only what shows it:
each file's record and problems (by its stat, and its bytes when the stat cannot be trusted),
each record's rendered Markdown and cards, each page's fingerprint (a digest of the items it
shows and the site-wide inputs) with what checking it found. Any change to a site-wide input
(site.yaml, templates/, static/, the day) forgets everything.

`check` and `build` use Fresh: the same code path, nothing kept, everything made (what `build`
remembers between runs is only whether anything changed: last_build.py)."""
from __future__ import annotations

import dataclasses
import pickle
import time
from datetime import date
from pathlib import Path
from types import FunctionType
from typing import Callable, NamedTuple

from markupsafe import Markup

from ..parallel import pmap
from .stamps import RACY_NS, digest, fingerprint, stamp, stamps
from ..problems import Problem, Problems
from ..site.catalog import Item as _ITEM

class _Kept(NamedTuple):
    stamp: tuple  # (mtime_ns, size, inode)
    read_ns: int  # when it was read
    digest: str  # of its bytes
    entry: object  # the valid record or translation, or None
    problems: list[Problem]


class Fresh:
    """A full build: nothing is kept, everything is made."""

    keeps = False

    def begin(self, source: Path, today: date) -> None:
        pass

    def records(self, sources: list, read: Callable, problems: Problems) -> list:
        """read(source, problems) of each source file, on every core."""
        return pmap(read, sources, problems)

    def kept(self, table: str, key, make: Callable):
        return make()

    def page(self, spec, site_fingerprint: tuple):
        return None, None

    def table(self, name: str, keys: list) -> dict:
        return {}

    def keep_page(self, url: str, mark, found) -> None:
        pass

    def item(self, item):
        return id(item)

    def value(self, value):
        return None

    def token(self, entry) -> str:
        return ""


class Reuse(Fresh):
    """What a rebuild keeps for the next: the dev server's memory between rebuilds."""

    keeps = True

    def __init__(self):
        self.site: tuple | None = None
        self.files: dict[str, _Kept] = {}
        self.tokens: dict[int, str] = {}  # id(entry) -> digest of every kept entry
        self.tables: dict[str, dict] = {}  # name -> key -> value, what this rebuild used
        self.before: dict[str, dict] = {}  # the same, of the last rebuild
        self.pages: dict[str, tuple[int, object]] = {}  # url -> (fingerprint, what rendering
        # and checking it found)
        self._items: dict[int, tuple] = {}  # id(item) -> its fingerprint, this rebuild only

    def begin(self, source: Path, today: date) -> None:
        """A new rebuild: everything is forgotten when a site-wide input changed."""
        site = (today, digest(source / "site.yaml"), stamps(source / "templates"),
                stamps(source / "static"))
        if site != self.site:
            self.__init__()
            self.site = site
        self._items = {}
        self.before, self.tables = self.tables, {}

    def records(self, sources: list, read: Callable, problems: Problems) -> list:
        """read(source, problems) of each source file, read again only when it changed."""
        fresh, kept = [], {}
        for source in sources:
            found = self._unchanged(source)
            if found is None:
                fresh.append(source)
            else:
                kept[source.rel] = found
        for source, made in zip(fresh, pmap(partial_read(read), fresh, problems)):
            kept[source.rel] = made
        self._forget(set(self.files) - set(kept))
        self.files = kept
        for found in kept.values():
            problems.items.extend(found.problems)
            if found.entry is not None:
                self.tokens[id(found.entry)] = found.digest
        return [kept[source.rel].entry for source in sources]

    def _unchanged(self, source) -> _Kept | None:
        before = self.files.get(source.rel)
        if before is None:
            return None
        now = stamp(source.path)
        if now == before.stamp and now[0] < before.read_ns - RACY_NS:
            return before
        if now is not None and digest(source.path) == before.digest:
            return before._replace(stamp=now, read_ns=time.time_ns())
        self._forget({source.rel})
        return None

    def _forget(self, rels: set[str]) -> None:
        for rel in rels:
            if rel in self.files and self.files[rel].entry is not None:
                self.tokens.pop(id(self.files[rel].entry), None)

    def token(self, entry) -> str:
        return f"{entry.source.rel}:{self.tokens[id(entry)]}"

    def kept(self, table: str, key, make: Callable):
        """make(), or what it made for key in the last rebuild."""
        found = self.tables.setdefault(table, {})
        if key not in found:
            before = self.before.get(table, {})
            found[key] = before[key] if key in before else make()
        return found[key]

    def table(self, name: str, keys: list) -> dict:
        """A table kept between rebuilds, holding only what keys name (the rest is gone)."""
        before = self.before.get(name, {})
        self.tables[name] = {key: before[key] for key in keys if key in before}
        return self.tables[name]

    def page(self, spec, site_fingerprint: tuple):
        """(the page's fingerprint, what rendering it found last time when its inputs are
        the same)."""
        mark = fingerprint((site_fingerprint, spec.template, spec.url, spec.lang,
                            self.value(spec.context)))
        before = self.pages.get(spec.url)
        return mark, before[1] if mark and before and before[0] == mark else None

    def keep_page(self, url: str, mark: bytes | None, found) -> None:
        if mark is not None:  # else it is rendered every time
            self.pages[url] = (mark, found)

    def item(self, item):
        """What an item's page or card shows of it and of the items it links (their partners,
        programs): a digest of its file's and its translations' tokens and what linking
        derived."""
        mark = self._items.get(id(item))
        if mark is None:
            mark = self._items[id(item)] = fingerprint((self._own(item), tuple(
                (self._own(other), tuple(self._own(p) for p in other.partners))
                for other in item.linked))) or _Unsettled()
        return mark

    def _own(self, item) -> tuple:
        return (self.token(item.entry), item.lang, item.status, item.stale, item.logo,
                tuple(sorted(item.translated)), tuple(sorted((lang, self.token(t))
                                              for lang, t in item.translations.items())))

    def value(self, value):
        """A context value as plain values for fingerprint(); anything it cannot tell apart
        safely (a function that holds values) leaves the page without a fingerprint."""
        kind = type(value)
        if kind in _PLAIN:
            return value
        if kind is _ITEM:
            return self.item(value)
        if kind is list or kind is tuple:
            return tuple(map(self.value, value))
        if kind is dict:
            return tuple((k, self.value(v)) for k, v in value.items())
        if dataclasses.is_dataclass(value):
            return tuple(self.value(getattr(value, f.name)) for f in dataclasses.fields(value))
        if kind is FunctionType and value.__closure__ is None and value.__defaults__ is None:
            return value.__module__, value.__qualname__  # code: the same while the server runs
        return _Unsettled()


_PLAIN = {str, int, float, bool, type(None), date, Markup, bytes}


class _Unsettled:
    """What value() gives for a value it cannot fingerprint: it cannot be pickled, so the page
    that shows it has no fingerprint and is always rendered again."""

    def __reduce__(self):
        raise pickle.PicklingError("a value without a fingerprint")


def partial_read(read: Callable) -> Callable:
    """read, with the problems of each file kept with what it read."""
    def read_one(source, problems: Problems) -> _Kept:
        own = Problems()
        stamped, started = stamp(source.path), time.time_ns()
        bytes_digest = digest(source.path)
        entry = read(source, own)
        return _Kept(stamped, started, bytes_digest, entry, own.items)
    return read_one
