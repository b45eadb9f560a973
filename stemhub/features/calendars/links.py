"""A program's own calendar files and the links its page gives to them: its deadline as
programs/<slug>/deadline.ics while a family can still apply, its days as
programs/<slug>/dates.ics while it is listed and its schedule has a start, each in every
language's folder (es/programs/<slug>/dates.ics) and words, and beside each an "Add to Google
Calendar" link to the same entry (google.py)."""
from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ...render import i18n
from ...site.catalog import Catalog
from ...site.editions import folders
from .entries import Entry, entries
from .google import google_link

NAMES = {"deadline": "deadline.ics", "session": "dates.ics"}


@dataclass(frozen=True)
class Add:
    """One way a program page offers to add one of its entries to a calendar."""

    kind: str  # "deadline", "day" (its one day) or "days" (more than one day)
    path: str  # its .ics file's site path in the page's language: "es/programs/x/dates.ics"
    google: str  # the "Add to Google Calendar" link of the same entry


def deadline_file(program) -> str | None:
    """A listed program's deadline as a calendar file while it has not passed, unless the
    program is full (no one can apply)."""
    return program.url + NAMES["deadline"] if program.deadline and program.applying else None


def dates_file(program) -> str | None:
    """A listed program's days as a calendar file, when its schedule has a start."""
    has_start = program.schedule and program.schedule.start
    return program.url + NAMES["session"] if program.listed and has_start else None


def own_entries(program, page: str, _, lang: str) -> list[Entry]:
    """The entries of a program that have a file of their own: its deadline, then its days."""
    found = entries(program, page, _, lang, deadline_file(program) is not None)
    return found if dates_file(program) else [e for e in found if e.kind == "deadline"]


def planned(catalog: Catalog, folder: str) -> set[str]:
    """The site paths of the programs' own calendar files in a language's folder."""
    return {folder + path for p in catalog.programs()
            for path in (deadline_file(p), dates_file(p)) if path}


def page_context(catalog: Catalog):
    """`calendar` of a program page in the catalog's language: a list of Add, its days first
    (what a family adds once it has signed up), empty when it has none."""
    settings = catalog.settings
    folder = folders(settings.readable.languages)[catalog.lang.lower()]
    root, zone = settings.config.root_url, ZoneInfo(settings.readable.timezone)
    _ = i18n.gettext(catalog.lang)

    def of(program) -> dict:
        page = root + folder + program.url
        found = [Add(_kind(entry), folder + program.url + NAMES[entry.kind],
                     google_link(entry, zone))
                 for entry in reversed(own_entries(program, page, _, catalog.lang))]
        return {"calendar": found}
    return of


def _kind(entry: Entry) -> str:
    times = entry.times
    if entry.kind == "deadline":
        return "deadline"
    return "days" if times.rule or times.last > times.start else "day"
