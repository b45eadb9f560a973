"""The biggest gaps of the coverage page, in plain words: the empty cells that matter, each
weighed by the programs around it, heaviest first (docs/templates.md, "The coverage page").

- a career area with no program at all (weight: every listed program);
- a career area with no program in a region (weight: the area's programs elsewhere);
- a career area with programs in a region but no free immersion one there (weight: those);
- a career area with no program a student of a grade band can join (weight: the band's
  programs in every area);
- a region with programs but none with transportation, or meals, or at a pathway stage
  (weight: the region's programs)."""
from __future__ import annotations

from dataclasses import dataclass

from ...records.settings import Settings
from ...translatable import N_
from .bands import BANDS, in_band
from ...site.catalog import Item

LIMIT = 10
GAP_BANDS = BANDS[1:]  # PK programs are too few to call their absence a gap
SUPPORTS = {"transportation": N_("No program in %(region)s offers transportation."),
            "meals": N_("No program in %(region)s offers meals.")}
STAGES = {"awareness": N_("No awareness program in %(region)s (a first look at the work)."),
          "exploration": N_("No exploration program in %(region)s (trying the work)."),
          "immersion": N_("No immersion program in %(region)s (doing the work).")}


@dataclass
class Gap:
    weight: int
    text: str  # English, with %(sector)s, %(region)s and %(band)s where they apply
    sector: str = ""  # English names, shown with _()
    region: str = ""
    band: str = ""


def gaps(listed: list[Item], settings: Settings, limit: int = LIMIT) -> list[Gap]:
    """The heaviest gaps, heaviest first; ties in the order they are found (career areas,
    then regions, in their vocabularies' order)."""
    sectors, regions = settings.names["sectors"], settings.names["regions"]
    by_region = {r: [p for p in listed if p.location and p.location.region == r]
                 for r in regions}
    found = []
    for sector, label in sectors.items():
        programs = [p for p in listed if sector in p.sectors]
        if not programs:
            found.append(Gap(len(listed), N_("No program at all in %(sector)s."), label))
            continue
        found += _in_regions(sector, label, programs, by_region, regions)
        found += _in_bands(label, programs, listed)
    for region, programs in by_region.items():
        found += _region(regions[region], programs)
    found.sort(key=lambda gap: -gap.weight)
    return found[:limit]


def _in_regions(sector: str, label: str, programs: list[Item], by_region: dict,
                regions: dict[str, str]) -> list[Gap]:
    found = []
    for region, there in by_region.items():
        here = [p for p in there if sector in p.sectors]
        if not here:
            found.append(Gap(len(programs), N_("No program in %(sector)s in %(region)s."),
                             label, regions[region]))
        elif not any(p.cost.free and p.stage == "immersion" for p in here):
            found.append(Gap(len(here), N_("No free immersion program in %(sector)s in "
                                           "%(region)s."), label, regions[region]))
    return found


def _in_bands(label: str, programs: list[Item], listed: list[Item]) -> list[Gap]:
    found = []
    for band, grades in GAP_BANDS:
        if not any(in_band(p, grades) for p in programs):
            found.append(Gap(sum(in_band(p, grades) for p in listed),
                             N_("No program in %(sector)s for grades %(band)s."), label,
                             band=band))
    return found


def _region(label: str, programs: list[Item]) -> list[Gap]:
    if not programs:
        return []
    found = [Gap(len(programs), text, region=label) for support, text in SUPPORTS.items()
             if not any(support in p.supports for p in programs)]
    return found + [Gap(len(programs), text, region=label) for stage, text in STAGES.items()
                    if not any(p.stage == stage for p in programs)]

