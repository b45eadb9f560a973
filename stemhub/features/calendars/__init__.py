"""Calendars: a program's open deadline as programs/<slug>/deadline.ics and its days as
programs/<slug>/dates.ics, the calendars to subscribe to (calendar.ics, by grade band, sector
and region), all in each language, and the calendar/ page that lists them ("Add this day",
"Add the deadline" and "Add to Google Calendar" on a program's page with "Follow every deadline",
the footer's "Deadlines in your calendar")."""
from __future__ import annotations

from . import calendar, links
from .subscriptions import feeds
from ...site.catalog import Catalog
from ...site.editions import folders
from ...site.table import PageSpec
from ..feature import Feature


def pages(catalog: Catalog) -> list[PageSpec]:
    folder = folders(catalog.settings.readable.languages)[catalog.lang.lower()]
    return [PageSpec("calendar/", "calendar.html", {"calendars": feeds(catalog, folder)})]


FEATURE = Feature("calendars", pages=pages, links=calendar.planned, files=calendar.files,
                  program_context=links.page_context)
