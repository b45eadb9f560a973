"""The calendars a family subscribes to (calendar.py writes them; the /calendar/ page lists
them): every listed program's deadline and sessions in /calendar.ics, and the same for each sector
(/calendar/sector/<word>.ics) and each region (/calendar/region/<slug>.ics), in every language's
folder (/es/calendar.ics). `calendar` is a name no page may take, so these paths are the site's."""
from __future__ import annotations

from dataclasses import dataclass

from ...site.catalog import Catalog

FACETS = ("sector", "region")  # the facets with a calendar for each of their words


@dataclass(frozen=True)
class Feed:
    facet: str  # "" for every listed program, else "sector" or "region"
    value: str  # the sector or region ("" for every program)
    label: str  # its name in the site's settings ("" for every program)
    path: str  # site path, in its language's folder: "es/calendar/sector/maritime.ics"
    address: str  # absolute https:// (or http://) URL

    @property
    def webcal(self) -> str:
        """The address as a webcal:// link, which calendar apps open as a subscription."""
        return "webcal://" + self.address.split("://", 1)[1]


def feed_paths(facets: dict[str, dict], folder: str) -> list[tuple[str, str, str]]:
    """(facet, value, site path) of every calendar in a language's folder ("", "es/")."""
    paths = [("", "", folder + "calendar.ics")]
    return paths + [(facet, value, f"{folder}calendar/{facet}/{value}.ics")
                    for facet in FACETS for value in facets[facet]]


def feeds(catalog: Catalog, folder: str) -> list[Feed]:
    """Every calendar of the catalog's language, whose folder is folder."""
    root = catalog.settings.config.root_url
    names = {"sector": catalog.settings.names["sectors"],
             "region": catalog.settings.names["regions"]}
    return [Feed(facet, value, names[facet][value] if facet else "", path, root + path)
            for facet, value, path in feed_paths(catalog.facets, folder)]


def programs_of(catalog: Catalog, feed: Feed) -> list:
    """The listed programs a calendar holds, in list order."""
    return catalog.facets[feed.facet][feed.value] if feed.facet else catalog.programs()
