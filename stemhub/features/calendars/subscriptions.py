"""The calendars a family subscribes to (calendar.py writes them; the /calendar/ page lists
them): every listed program's deadline and days in /calendar.ics, and the same for each grade
band (/calendar/grades/<band>.ics), each sector (/calendar/sector/<word>.ics) and each region
(/calendar/region/<slug>.ics), in every language's folder (/es/calendar.ics). `calendar` is a
name no page may take, so these paths are the site's.

The grade bands are the school levels of the grade vocabulary (PK, K, 1-12): pk-5
(preschool and elementary), 6-8 (middle school), 9-12 (high school). A band's calendar holds
the programs a student or family of one of its grades can join, the programs of those grades'
lists (content-model.md, "Audience"); a program for grades 5-7 is in two bands."""
from __future__ import annotations

from dataclasses import dataclass

from ...records.grades import GRADES, label
from ...site.catalog import Catalog

BANDS = {"pk-5": GRADES[:GRADES.index("5") + 1], "6-8": ("6", "7", "8"),
         "9-12": ("9", "10", "11", "12")}
FACETS = ("grades", "sector", "region")  # the facets with a calendar for each of their words


@dataclass(frozen=True)
class Feed:
    facet: str  # "" for every listed program, else "grades", "sector" or "region"
    value: str  # the band, sector or region ("" for every program)
    label: str  # its name: the site's for a sector or region, the grades for a band ("6-8")
    path: str  # site path, in its language's folder: "es/calendar/sector/maritime.ics"
    address: str  # absolute https:// (or http://) URL

    @property
    def webcal(self) -> str:
        """The address as a webcal:// link, which calendar apps open as a subscription."""
        return "webcal://" + self.address.split("://", 1)[1]

    def name(self, _) -> str:
        """Its name in the language of _: "Grades 6-8", "Maritime"."""
        return _("Grades %(grades)s", grades=self.label) if self.facet == "grades" \
            else _(self.label)


def _values(facets: dict[str, dict], facet: str):
    return BANDS if facet == "grades" else facets[facet]


def feed_paths(facets: dict[str, dict], folder: str) -> list[tuple[str, str, str]]:
    """(facet, value, site path) of every calendar in a language's folder ("", "es/")."""
    paths = [("", "", folder + "calendar.ics")]
    return paths + [(facet, value, f"{folder}calendar/{facet}/{value}.ics")
                    for facet in FACETS for value in _values(facets, facet)]


def feeds(catalog: Catalog, folder: str) -> list[Feed]:
    """Every calendar of the catalog's language, whose folder is folder."""
    root = catalog.settings.config.root_url
    names = {"sector": catalog.settings.names["sectors"],
             "region": catalog.settings.names["regions"],
             "grades": {band: label(grades) for band, grades in BANDS.items()}}
    return [Feed(facet, value, names[facet][value] if facet else "", path, root + path)
            for facet, value, path in feed_paths(catalog.facets, folder)]


def programs_of(catalog: Catalog, feed: Feed) -> list:
    """The listed programs a calendar holds, in list order."""
    if feed.facet == "grades":
        grades = set(BANDS[feed.value])
        return [p for p in catalog.programs() if p.joinable and grades & set(p.grades or ())]
    return catalog.facets[feed.facet][feed.value] if feed.facet else catalog.programs()
