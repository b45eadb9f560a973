"""The numbers of the coverage page (/coverage/): where the listed programs are and are not, by
career area and grade band, region and pathway stage, cost, help offered and focus, counted
from the catalog at build time. Labels are the English names; templates show them with _()."""
from __future__ import annotations

from dataclasses import dataclass

from ...translatable import N_
from .bands import BANDS, in_band
from ...site.catalog import Catalog, Item
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
        cost=shares(listed, COST, costs),
        supports=shares(listed, list(names["supports"].items()), lambda p: p.supports),
        focus=shares(listed, list(names["focus"].items()), lambda p: p.focus),
        gaps=gaps(listed, catalog.settings),
        map=zip_map(listed))


def band_table(listed: list[Item], sectors: dict[str, str]) -> Table:
    counts = {sector: [0] * len(BANDS) for sector in sectors}
    totals = dict.fromkeys(sectors, 0)
    for p in listed:
        bands = [i for i, (_, grades) in enumerate(BANDS) if in_band(p, grades)]
        for sector in set(p.sectors):
            totals[sector] += 1
            for i in bands:
                counts[sector][i] += 1
    return Table([(name, name) for name, _ in BANDS],
                 [Row(s, label, counts[s], totals[s]) for s, label in sectors.items()])


def stage_table(listed: list[Item], regions: dict[str, str], stages: dict[str, str]) -> Table:
    places = [*regions.items(), ("", N_("Online"))]
    columns = [(s, stages[s]) for s in STAGES] + [("", N_("Not given"))]
    counts = {region: dict.fromkeys(s for s, _ in columns) for region, _ in places}
    for p in listed:
        row = counts[p.location.region if p.location else ""]
        row[p.stage or ""] = (row[p.stage or ""] or 0) + 1
    return Table(columns, [Row(region, label, [counts[region][s] or 0 for s, _ in columns],
                               sum(n or 0 for n in counts[region].values()))
                           for region, label in places])


COST = [("free", N_("Free")), ("costs", N_("Costs money")),
        ("aid", N_("Costs money, with financial aid")),
        ("pays", N_("Pays students (wage or stipend)"))]


def costs(p: Item) -> list[str]:
    """The COST rows a program is counted in."""
    found = ["free"] if p.cost.free else ["costs"] + (["aid"] if p.cost.financial_aid else [])
    return found + (["pays"] if p.paid else [])


def shares(listed: list[Item], options: list[tuple[str, str]], values_of) -> list[Share]:
    """For each (value, label) of options, how many listed programs have the value
    (values_of(program): its values), and what part of them that is."""
    counts = dict.fromkeys((value for value, _ in options), 0)
    for p in listed:
        for value in set(values_of(p)):
            if value in counts:
                counts[value] += 1
    return [Share(value, label, counts[value],
                  round(100 * counts[value] / len(listed)) if listed else 0)
            for value, label in options]
