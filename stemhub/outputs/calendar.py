"""A program's deadline as a calendar file (RFC 5545), beside its page: programs/<slug>/deadline.ics
for every listed program whose deadline has not passed. One all-day event on the deadline with a
reminder a week before. Reproducible: the UID comes from the file's address (the site's host and
path, and the slug), DTSTAMP from the build's today; the icalendar library escapes the text."""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from uuid import NAMESPACE_URL, uuid5

from icalendar import Alarm, Calendar, Event

from ..problems import Problems
from ..render import i18n
from ..site.catalog import Catalog
from ..site.table import deadline_file

PRODID = "-//stemhub//program deadline//EN"
REMINDER = timedelta(days=-7)


def planned(catalog: Catalog) -> set[str]:
    """The site paths of the calendar files this build will write (pages may link them)."""
    return {path for p in catalog.programs() if (path := deadline_file(p))}


def files(made, problems: Problems):
    catalog = made.catalog
    root = catalog.settings.config.root_url
    _ = i18n.gettext(catalog.settings.readable.languages[0])
    stamp = datetime.combine(catalog.today, time(), timezone.utc)
    for program in catalog.programs():
        path = deadline_file(program)
        if path:
            yield path, made.kept("calendars", made.reuse.token(program.entry),
                                  lambda: deadline_ics(program, root, stamp, _))


def deadline_ics(program, root_url: str, stamp: datetime, _) -> bytes:
    page = root_url + program.url
    summary = _("Last day to apply: %(title)s", title=program.title)
    event = Event()
    event.add("uid", str(uuid5(NAMESPACE_URL, page + "deadline.ics")))
    event.add("dtstamp", stamp)
    event.add("dtstart", program.deadline)
    event.add("dtend", program.deadline + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("summary", summary)
    event.add("description", f"{program.summary}\n\n{page}")
    event.add("url", page)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", REMINDER)
    event.add_component(alarm)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add_component(event)
    return calendar.to_ical()
