"""Calendars: each open deadline as programs/<slug>/deadline.ics, the calendars to subscribe to
(calendar.ics, by sector and region, in each language) and the calendar/ page that lists them
("Add the deadline to my calendar" and "Follow every deadline" on a program's page, the
footer's "Deadlines in your calendar")."""
from __future__ import annotations

from . import calendar
from .subscriptions import feeds
from ...site.catalog import Catalog
from ...site.editions import folders
from ...site.table import PageSpec
from ..feature import Feature


def pages(catalog: Catalog) -> list[PageSpec]:
    folder = folders(catalog.settings.readable.languages)[catalog.lang.lower()]
    return [PageSpec("calendar/", "calendar.html", {"calendars": feeds(catalog, folder)})]


FEATURE = Feature("calendars", pages=pages, links=calendar.planned, files=calendar.files)
