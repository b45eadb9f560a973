"""The search data: what the search page needs beside Pagefind's word index, so that filters,
counts and sorts run in the browser without downloading the index (docs/search.md). Each file is
loaded only by the views that need it.

- search/facets.json: a row per listed program, in list order (soonest deadline first), with a
  bit mask per filter group (each group's distinct masks, and a letter a row naming its own);
  partners and guides follow as rows that only a text query finds.
- search/cards/<n>.json: the cards of rows n*CHUNK and on, as element trees that the page builds
  with DOM calls (never parsed as HTML).
- search/titles.json: each program row's rank by title, for the sort by title.
- search/places.json: each program row's place, and the centroid of every ZIP code near the
  programs (PyPI zipcodes), so a family's ZIP code becomes a place in the browser, never sent.
"""
from __future__ import annotations

import json
from collections import Counter

from ..records.kinds import KINDS
from ..problems import Problems
from ..site.catalog import Catalog, Item
from ..site.filters import WORD_BITS, Group, groups
from ..site.places import centroid, miles, rounded, zip5
from .made import Made

CHUNK = 2  # cards a file: the 20 results of a view, scattered by relevance or by filters, fetch
# about 20 files; at 10,000 programs 2 a file took 5 KB off a view, against 5 a file
NEAR_MILES = 50  # places.json has the ZIP codes this close to a program's


def files(made: Made, problems: Problems):
    """The search data files of the site (site path, text): each language's beside its search
    page ("search/", "es/search/"), its cards in its language and its rows in its list order."""
    for edition in made.editions:
        folder = edition.prefix + "search/"
        catalog = edition.catalog
        programs = catalog.programs()
        rows = search_rows(catalog)
        yield folder + "facets.json", _dump(_facets(groups(catalog, programs), programs, made))
        yield folder + "titles.json", _dump(_title_ranks(programs))
        yield folder + "places.json", _dump(_places(programs))
        for start in range(0, len(rows), CHUNK):
            trees = ",".join(made.cards[id(item)].tree for item in rows[start:start + CHUNK])
            yield f"{folder}cards/{start // CHUNK}.json", f"[{trees}]"


def search_rows(catalog: Catalog) -> list[Item]:
    """The rows of the search data: listed programs, then the other searched kinds' records,
    each in list order."""
    return catalog.programs() + [item for kind in KINDS.values()
                                 if kind.searched and kind.name != "programs"
                                 for item in catalog.ordered(kind.name)]


def _facets(found: list[Group], programs: list[Item], made: Made) -> dict:
    rows = _rows(found, programs, made)
    masks, start = {}, 0
    for g in found:
        end = start + g.words
        masks[g.name] = _lettered([tuple(row[start:end]) for row in rows])
        start = end
    return {"programs": len(programs), "chunk": CHUNK, "wordBits": WORD_BITS,
            "groups": {g.name: [v for v, _ in g.options] for g in found},
            "words": {g.name: g.words for g in found}, "masks": masks}


def _lettered(rows: list[tuple[int, ...]]) -> list:
    """A group's masks as [its distinct rows of mask words, most common first; a letter a row,
    naming its own: the character 48 + its place, past the surrogates]. A third of the bytes
    of the numbers, gzipped."""
    counts = Counter(rows)
    distinct = sorted(counts, key=lambda r: (-counts[r], r))
    place = {r: i for i, r in enumerate(distinct)}
    return [[list(r) for r in distinct], "".join(_letter(place[r]) for r in rows)]


def _letter(place: int) -> str:
    code = 48 + place
    return chr(code + 0x800 if code >= 0xD800 else code)


def _title_ranks(programs: list[Item]) -> list[int]:
    by_title = sorted(range(len(programs)),
                      key=lambda i: (programs[i].title.casefold(), programs[i].slug))
    rank = [0] * len(programs)
    for position, row in enumerate(by_title):
        rank[row] = position
    return rank


def _rows(found: list[Group], programs: list[Item], made: Made) -> list[list[int]]:
    """Each program's mask words, group after group, its group.words integers of WORD_BITS
    bits: bit i when the program has option i (kept for the next build while the record and
    the options are the same)."""
    options = repr([(g.name, g.options) for g in found])
    positions = [{value: i for i, (value, _) in enumerate(g.options)} for g in found]

    def row(p: Item) -> list[int]:
        words = []
        for group, position in zip(found, positions):
            mask = [0] * group.words
            for value in group.values_of(p, p.entry.record):
                i = position[value]
                mask[i // WORD_BITS] |= 1 << (i % WORD_BITS)
            words += mask
        return words
    return [made.kept("search masks", (options, made.reuse.token(p.entry)), lambda p=p: row(p))
            for p in programs]


def _spots(programs: list[Item]) -> dict[str, list[float]]:
    """The programs' ZIP codes that have a centroid, with it."""
    found = {z: centroid(z) for p in programs if (z := zip5(p))}
    return {z: c for z, c in sorted(found.items()) if c}


def _places(programs: list[Item]) -> dict:
    """rows: each program row's spot (-1: online or no known ZIP code); spots: [latitude,
    longitude] of the programs' ZIP codes; zips: every ZIP code in the circle around the spots,
    widened by NEAR_MILES (where the families who may use them live) -> its centroid."""
    spots = _spots(programs)
    index = {z: i for i, z in enumerate(spots)}
    found = {"rows": [index.get(zip5(p), -1) for p in programs], "spots": list(spots.values()),
             "zips": {}}
    if spots:
        import zipcodes
        middle = [(min(s[0] for s in spots.values()) + max(s[0] for s in spots.values())) / 2,
                  (min(s[1] for s in spots.values()) + max(s[1] for s in spots.values())) / 2]
        reach = max(miles(middle, s) for s in spots.values()) + NEAR_MILES
        found["zips"] = {z["zip_code"]: rounded(z) for z in
                         zipcodes.filter_by_coordinates(middle[0], middle[1], reach)}
    return found


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
