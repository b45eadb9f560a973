"""A program's calendar events (RFC 5545), made and escaped by the icalendar library: its deadline
(an all-day event on the last day to apply, with a reminder a week before) and its session. The
session is, when the schedule has days or a time, the first day it meets (the first of its days
from schedule start) repeated each week on its days (RRULE BYDAY), or each day when it has a time
but no days, through schedule end (UNTIL); at its hours when it has a time (local times in the
site's time zone, TZID, which the calendar defines in a VTIMEZONE), else all day. Without days or
a time it is one all-day span from start through end. Without an end it is its first day alone.
All-day dates are the days the record gives (VALUE=DATE: no time, no shift; DTEND is the day
after, as all-day events say). Reproducible: each UID comes from the site's address, the
program's path and the event's kind, DTSTAMP from the build's today."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from uuid import NAMESPACE_URL, uuid5
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone

from ...records.meetings import DAYS, byday

REMINDER = timedelta(days=-7)
DAY = timedelta(days=1)
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


def deadline_event(program, root_url: str, page: str, when: datetime, _) -> Event:
    """page: the program page's address in the calendar's language."""
    summary = _("Last day to apply: %(title)s", title=program.title)
    event = _event(uid(root_url, program, "deadline"), when, summary, page)
    event.add("dtstart", program.deadline)
    event.add("dtend", program.deadline + DAY)
    event.add("description", f"{program.summary}\n\n{page}")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", REMINDER)
    event.add_component(alarm)
    return event


def session_event(program, root_url: str, page: str, when: datetime, _,
                  zone: ZoneInfo) -> Event:
    """The days it runs, from start through end (module docstring; the check makes sure one
    of its days falls between them)."""
    schedule = program.schedule
    first, end = _first_day(schedule), schedule.end
    summary = program.title if end else _("Starts: %(title)s", title=program.title)
    event = _event(uid(root_url, program, "session"), when, summary, page)
    hours = schedule.time
    if hours:
        event.add("dtstart", datetime.combine(first, hours.start, zone))
        event.add("dtend", datetime.combine(first, hours.end, zone))
    else:
        event.add("dtstart", first)
        event.add("dtend", (first if schedule.days else end or first) + DAY)
    if end and (schedule.days or hours):
        last = datetime.combine(end, time.max.replace(microsecond=0), zone)
        weekly = {"freq": "weekly", "byday": byday(schedule.days)}
        event.add("rrule", {**(weekly if schedule.days else {"freq": "daily"}),
                            "until": last.astimezone(timezone.utc) if hours else end})
    times = schedule.times
    event.add("description", "\n\n".join(filter(None, (program.summary, times, page))))
    event.add("location", _place(program, _))
    return event


def _first_day(schedule) -> date:
    """The first day it meets: start, or the first of its days from start."""
    start, days = schedule.start, schedule.days
    ahead = [(DAYS.index(d) - start.weekday()) % 7 for d in days]
    return start + timedelta(days=min(ahead, default=0))


def events(program, root_url: str, page: str, when: datetime, _, deadline: bool,
           zone: ZoneInfo) -> list[Event]:
    """The program's events: its deadline when deadline (a family can still apply), its
    session when its schedule has a start."""
    found = [deadline_event(program, root_url, page, when, _)] if deadline else []
    if program.schedule and program.schedule.start:
        found.append(session_event(program, root_url, page, when, _, zone))
    return found


def _event(key: str, when: datetime, summary: str, page: str) -> Event:
    event = Event()
    event.add("uid", key)
    event.add("dtstamp", when)
    event.add("transp", "TRANSPARENT")
    event.add("summary", summary)
    event.add("url", page)
    return event


def _place(program, _) -> str:
    where = program.location
    if where is None:
        return _("Online")
    return ", ".join(filter(None, (where.name, where.address, where.city)))


def calendar(properties: dict, serialized: list[bytes], zone: str | None = None) -> bytes:
    """A VCALENDAR of the given properties holding events already serialized by the library
    (each program's events are serialized once and placed in every calendar that holds them),
    and the definition of the time zone zone when an event has a time in it (TZID)."""
    shell = Calendar()
    for name, value in properties.items():
        shell.add(name, value, parameters={"VALUE": "DURATION"} if name == "refresh-interval"
                  else None)
    head = shell.to_ical()[:-len(_END)]
    if zone and any(b";TZID=" in event for event in serialized):
        head += _zone(zone)
    return head + b"".join(serialized) + _END


@lru_cache(maxsize=8)
def _zone(name: str) -> bytes:
    """The VTIMEZONE of an IANA zone, its changes from 1970 through 2037."""
    return Timezone.from_tzid(name).to_ical()
