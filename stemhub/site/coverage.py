"""The numbers of the coverage page (/coverage/): where the listed programs are and are not, by
career area and grade band, region and pathway stage, cost, help offered and focus, counted
from the catalog at build time. Labels are the English names; templates show them with _()."""
from __future__ import annotations

from dataclasses import dataclass

from ..translatable import N_
from .bands import BANDS, in_band
from .catalog import Catalog, Item
from .gaps import Gap, gaps
from .zipmap import ZipMap, zip_map

STAGES = ("awareness", "exploration", "immersion")


@dataclass
class Row:
    value: str  # the vocabulary word or region slug ("" for the online row)
    label: str  # its English name
    counts: list[int]  # programs in each column
    total: int  # programs in the row, each once


@dataclass
class Table:
    columns: list[tuple[str, str]]  # (value, English label)
    rows: list[Row]

    @property
    def most(self) -> int:
        """The largest count in a cell (charts scale by it); at least 1."""
        return max([1] + [n for row in self.rows for n in row.counts])


@dataclass
class Share:
    value: str
    label: str
    count: int
    percent: int  # of all listed programs, rounded


@dataclass
class Coverage:
    total: int  # listed programs
    bands: Table  # career area x grade band
    stages: Table  # region (and online) x stage (and not given)
    cost: list[Share]  # free, costs money, with financial aid, pays students
    supports: list[Share]
    focus: list[Share]
    gaps: list[Gap]  # the biggest, heaviest first
    map: ZipMap


def coverage(catalog: Catalog) -> Coverage:
    listed = catalog.programs()
    names = catalog.settings.names
    return Coverage(
        total=len(listed),
        bands=band_table(listed, names["sectors"]),
        stages=stage_table(listed, names["regions"], names["stage"]),
        cost=shares(listed, COST),
        supports=shares(listed, words("supports", names["supports"])),
        focus=shares(listed, words("focus", names["focus"])),
        gaps=gaps(listed, catalog.settings),
        map=zip_map(listed))


def band_table(listed: list[Item], sectors: dict[str, str]) -> Table:
    rows = []
    for sector, label in sectors.items():
        programs = [p for p in listed if sector in p.sectors]
        rows.append(Row(sector, label, [sum(in_band(p, g) for p in programs) for _, g in BANDS],
                        len(programs)))
    return Table([(name, name) for name, _ in BANDS], rows)


def stage_table(listed: list[Item], regions: dict[str, str], stages: dict[str, str]) -> Table:
    places = [*regions.items(), ("", N_("Online"))]
    columns = [(s, stages[s]) for s in STAGES] + [("", N_("Not given"))]
    rows = []
    for region, label in places:
        programs = [p for p in listed if (p.location.region if p.location else "") == region]
        rows.append(Row(region, label, [sum((p.stage or "") == s for p in programs)
                                        for s, _ in columns], len(programs)))
    return Table(columns, rows)


COST = [("free", N_("Free"), lambda p: p.cost.free),
        ("costs", N_("Costs money"), lambda p: not p.cost.free),
        ("aid", N_("Costs money, with financial aid"),
         lambda p: not p.cost.free and bool(p.cost.financial_aid)),
        ("pays", N_("Pays students (wage or stipend)"), lambda p: bool(p.paid))]


def words(field: str, names: dict[str, str]) -> list[tuple]:
    """A test for each word of a program's list field ("supports"): does it have the word."""
    return [(w, label, lambda p, w=w: w in getattr(p, field)) for w, label in names.items()]


def shares(listed: list[Item], tests: list[tuple]) -> list[Share]:
    """For each (value, label, test), how many listed programs pass the test, and what part of
    them that is."""
    found = []
    for value, label, test in tests:
        count = sum(1 for p in listed if test(p))
        found.append(Share(value, label, count, round(100 * count / len(listed)) if listed else 0))
    return found
