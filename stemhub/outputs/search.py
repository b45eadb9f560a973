"""The search data: what the search page needs beside Pagefind's word index, so that filters,
counts and sorts run in the browser without downloading the index (docs/search.md). Each file is
loaded only by the views that need it.

- search/facets.json: a row per listed program, in list order (soonest deadline first), with a
  bit mask per filter group; partners and guides follow as rows that only a text query finds.
- search/cards/<n>.json: the cards of rows n*CHUNK and on, as element trees that the page builds
  with DOM calls (never parsed as HTML).
- search/titles.json: each program row's rank by title, for the sort by title.
- search/places.json: each program row's place, and the centroid of every ZIP code near the
  programs (PyPI zipcodes), so a family's ZIP code becomes a place in the browser, never sent.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from html import unescape
from typing import Any, Callable

from ..site.catalog import Catalog, Item
from ..records.grades import GRADES
from ..render.i18n import language_name

CHUNK = 5  # cards a file: 20 results scattered by relevance fetch 20 small files
WORD_BITS = 30  # bits of a mask word: JavaScript's bit operators work on 32-bit integers
NEAR_MILES = 50  # places.json has the ZIP codes this close to a program's
EARTH_MILES = 3958.8
OPEN = ("open", "closing-soon")


@dataclass
class Group:
    """A filter group of the search page: its URL parameter, legend and options."""

    name: str
    legend: str
    options: list[tuple[str, str]]  # (value, label)
    values_of: Callable[[Item, Any], list[str]]  # (program, its record) -> its options

    @property
    def words(self) -> int:
        return max(1, -(-len(self.options) // WORD_BITS))


def groups(catalog: Catalog, listed: list[Item]) -> list[Group]:
    """The filter groups, in the order the search page shows them; listed: the listed
    programs."""
    names = catalog.settings.names
    languages = sorted({code for p in listed for code in p.languages},
                       key=lambda c: (language_name(c).casefold(), c))

    def vocab(name: str) -> list[tuple[str, str]]:
        return list(names[name].items())
    return [
        Group("grade", "Grade", [(g.lower(), g) for g in GRADES],
              lambda p, r: [g.lower() for g in r.grades or ()]),
        Group("type", "Type", vocab("types"), lambda p, r: [r.type]),
        Group("sector", "Career area", vocab("sectors"), lambda p, r: r.sectors),
        Group("region", "Region", vocab("regions"),
              lambda p, r: [r.location.region] if r.location else []),
        Group("season", "When", vocab("seasons"), lambda p, r: r.seasons),
        Group("cost", "Cost", [("free", "Free")], lambda p, r: ["free"] if r.cost.free else []),
        Group("support", "Support offered", vocab("supports"), lambda p, r: r.supports),
        Group("focus", "Designed for", vocab("focus"), lambda p, r: r.focus),
        Group("language", "Language", [(c, language_name(c)) for c in languages],
              lambda p, r: r.languages),
        Group("where", "Where", [("in-person", "In person"), ("online", "Online")],
              lambda p, r: ["online" if r.online else "in-person"]),
        Group("status", "Status", [("open", "Open for applications")],
              lambda p, r: ["open"] if p.status in OPEN else []),
    ]


def search_files(catalog: Catalog, tree_of: Callable[[Item], list]
                 ) -> tuple[dict[str, str], list[str]]:
    """(site path -> text of every search data file, site path of the page of each row);
    tree_of(item) gives a record's card as an element tree."""
    programs = catalog.programs()
    others = sorted(catalog.all("partners"), key=lambda p: (p.name.casefold(), p.slug))
    others += sorted(catalog.all("guides"), key=lambda g: (g.order is None, g.order or 0, g.slug))
    rows = programs + others
    files = {"search/facets.json": _dump(_facets(groups(catalog, programs), programs)),
             "search/titles.json": _dump(_title_ranks(programs)),
             "search/places.json": _dump(_places(programs))}
    for start in range(0, len(rows), CHUNK):
        cards = [tree_of(item) for item in rows[start:start + CHUNK]]
        files[f"search/cards/{start // CHUNK}.json"] = _dump(cards)
    return files, [item.url for item in rows]


def _facets(found: list[Group], programs: list[Item]) -> dict:
    return {"programs": len(programs), "chunk": CHUNK, "wordBits": WORD_BITS,
            "groups": {g.name: [v for v, _ in g.options] for g in found},
            "words": {g.name: g.words for g in found},
            "masks": {g.name: _masks(g, programs) for g in found}}


def _title_ranks(programs: list[Item]) -> list[int]:
    by_title = sorted(range(len(programs)),
                      key=lambda i: (programs[i].title.casefold(), programs[i].slug))
    rank = [0] * len(programs)
    for position, row in enumerate(by_title):
        rank[row] = position
    return rank


def _masks(group: Group, programs: list[Item]) -> list[int]:
    """Row by row, group.words integers of WORD_BITS bits: bit i when the row has option i."""
    position = {value: i for i, (value, _) in enumerate(group.options)}
    column = []
    for p in programs:
        words = [0] * group.words
        for value in group.values_of(p, p.entry.record):
            i = position[value]
            words[i // WORD_BITS] |= 1 << (i % WORD_BITS)
        column += words
    return column


def _zip(program: Item) -> str | None:
    return program.location.zip[:5] if program.location and program.location.zip else None


def _spots(programs: list[Item]) -> dict[str, list[float]]:
    """The programs' ZIP codes that have a centroid, with it."""
    found = {z: _centroid(z) for p in programs if (z := _zip(p))}
    return {z: c for z, c in sorted(found.items()) if c}


def _places(programs: list[Item]) -> dict:
    """rows: each program row's spot (-1: online or no known ZIP code); spots: [latitude,
    longitude] of the programs' ZIP codes; zips: every ZIP code in the circle around the spots,
    widened by NEAR_MILES (where the families who may use them live) -> its centroid."""
    spots = _spots(programs)
    index = {z: i for i, z in enumerate(spots)}
    found = {"rows": [index.get(_zip(p), -1) for p in programs], "spots": list(spots.values()),
             "zips": {}}
    if spots:
        import zipcodes
        middle = [(min(s[0] for s in spots.values()) + max(s[0] for s in spots.values())) / 2,
                  (min(s[1] for s in spots.values()) + max(s[1] for s in spots.values())) / 2]
        reach = max(miles(middle, s) for s in spots.values()) + NEAR_MILES
        found["zips"] = {z["zip_code"]: _rounded(z) for z in
                         zipcodes.filter_by_coordinates(middle[0], middle[1], reach)}
    return found


@cache
def _centroid(zip5: str) -> list[float] | None:
    import zipcodes  # its table loads on first use (about 0.3 s): only sites with ZIPs pay it
    found = [z for z in zipcodes.matching(zip5) if z["lat"] and z["long"]]
    return _rounded(found[0]) if found else None


def _rounded(z: dict) -> list[float]:
    return [round(float(z["lat"]), 3), round(float(z["long"]), 3)]


def miles(a: list[float], b: list[float]) -> float:
    """Great-circle distance, as the search page computes it."""
    x = math.sin(math.radians(b[0] - a[0]) / 2)
    y = math.sin(math.radians(b[1] - a[1]) / 2)
    h = x * x + math.cos(math.radians(a[0])) * math.cos(math.radians(b[0])) * y * y
    return 2 * EARTH_MILES * math.asin(math.sqrt(h))


_TOKEN = re.compile(r'<(/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)')
_ATTR = re.compile(r'([a-z][a-z0-9-]*)(?:="([^"]*)")?')
_SPACE = re.compile(r"\s+")
_VOID = {"br", "img", "hr", "wbr"}
_BLOCKS = {"", "article", "div", "dl", "ul", "ol", "section"}  # white space between is no text


def element_tree(html: str) -> list:
    """Our own rendered card as nested lists: [tag, {attribute: value}, child, ...], text as
    strings, runs of white space as one space. Comments and anything else are left out."""
    root: list = ["", {}]
    stack = [root]
    for closing, tag, attrs, text in _TOKEN.findall(html):
        if text:
            text = _SPACE.sub(" ", unescape(text) if "&" in text else text)
            if text != " " or stack[-1][0] not in _BLOCKS:
                stack[-1].append(text)
        elif closing:
            if len(stack) > 1 and stack[-1][0] == tag:
                stack.pop()
        elif tag:
            node = [tag, {a: unescape(v) if "&" in v else v for a, v in _ATTR.findall(attrs)}
                    if attrs else {}]
            stack[-1].append(node)
            if tag not in _VOID and not attrs.endswith("/"):
                stack.append(node)
    return root[2] if len(root) == 3 else ["div", {}] + root[2:]


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
