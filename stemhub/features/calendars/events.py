"""A program's calendar entries (entries.py) as RFC 5545 events, made and escaped by the
icalendar library. The deadline has a reminder a week before. Timed entries are local times
in the site's time zone (TZID, which the calendar defines in a VTIMEZONE), repeated (RRULE)
through the end of their last day (UNTIL, in UTC as RFC 5545 requires); all-day dates are the
days the record gives (VALUE=DATE: no time, no shift; DTEND is the day after, as all-day
events say). The text of an entry carries LANGUAGE where all of it is in one language (the
labels' and the record's). Reproducible: each UID comes from the site's address, the
program's path and the event's kind, DTSTAMP from the build's today."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from uuid import NAMESPACE_URL, uuid5
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone

from .entries import DAY, Entry, Times
from .serialize import serialized

REMINDER = timedelta(days=-7)
_END = b"END:VCALENDAR\r\n"


def stamp(today: date) -> datetime:
    """DTSTAMP of every event of a build: its today, at midnight UTC."""
    return datetime.combine(today, time(), timezone.utc)


def uid(root_url: str, program, kind: str) -> str:
    """The event's lasting identity: the same in every build and every language, so calendar
    apps update an event rather than add it twice. The deadline's is its calendar file's
    address (programs/<slug>/deadline.ics), as it has always been."""
    name = "deadline.ics" if kind == "deadline" else kind
    return str(uuid5(NAMESPACE_URL, root_url + program.url + name))


def event(entry: Entry, key: str, page: str, when: datetime, zone: ZoneInfo,
          one_language: bool) -> Event:
    """The entry as an event whose UID is key; page: the program page's address in the
    calendar's language; one_language: the record's text in it is in the entry's language."""
    found = Event()
    found.add("uid", key)
    found.add("dtstamp", when)
    found.add("transp", "TRANSPARENT")
    language = {"LANGUAGE": entry.lang} if one_language else None
    found.add("summary", entry.summary, parameters=language)
    found.add("url", page)
    _add_times(found, entry.times, zone)
    found.add("description", entry.description, parameters=language)
    if entry.location:
        found.add("location", entry.location)
    if entry.kind == "deadline":
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", REMINDER)
        found.add_component(alarm)
    return found


def _add_times(found: Event, times: Times, zone: ZoneInfo) -> None:
    hours = times.hours
    if hours:
        found.add("dtstart", datetime.combine(times.start, hours.start, zone))
        found.add("dtend", datetime.combine(times.last, hours.end, zone))
    else:
        found.add("dtstart", times.start)
        found.add("dtend", times.last + DAY)
    if times.rule:
        found.add("rrule", {**dict(times.rule), "until": until(times, zone)})


def until(times: Times, zone: ZoneInfo) -> date | datetime:
    """UNTIL of a repeated entry: its last day, or the end of that day in UTC when timed."""
    if not times.hours:
        return times.until
    last = datetime.combine(times.until, time.max.replace(microsecond=0), zone)
    return last.astimezone(timezone.utc)


def head(properties: dict) -> bytes:
    """The start of a VCALENDAR of the given properties, up to its events."""
    shell = Calendar()
    for name, value in properties.items():
        shell.add(name, value, parameters={"VALUE": "DURATION"} if name == "refresh-interval"
                  else None)
    return serialized(shell)[:-len(_END)]


def calendar(start: bytes, events: list[bytes], zone: str | None = None) -> bytes:
    """A VCALENDAR from its head() holding events already serialized (each program's events
    are serialized once and placed in every calendar that holds them), and the definition of
    the time zone zone when an event has a time in it (TZID)."""
    if zone and any(b";TZID=" in event for event in events):
        start += _zone(zone)
    return start + b"".join(events) + _END


@lru_cache(maxsize=8)
def _zone(name: str) -> bytes:
    """The VTIMEZONE of an IANA zone, its changes from 1970 through 2037."""
    return Timezone.from_tzid(name).to_ical()
