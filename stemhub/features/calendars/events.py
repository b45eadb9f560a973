"""A program's calendar events (RFC 5545), made and escaped by the icalendar library: its deadline
(an all-day event on the last day to apply, with a reminder a week before) and its session (all
days from schedule start through end; DTEND is the day after, as all-day events say). Dates are
the days the record gives, in the site's time zone (VALUE=DATE: no time, no shift). Reproducible:
each UID comes from the site's address, the program's path and the event's kind, DTSTAMP from the
build's today."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from uuid import NAMESPACE_URL, uuid5

from icalendar import Alarm, Calendar, Event

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


def session_event(program, root_url: str, page: str, when: datetime, _) -> Event:
    """The days it runs: start through end, or the first day alone when no end is given."""
    start, end = program.schedule.start, program.schedule.end
    summary = program.title if end else _("Starts: %(title)s", title=program.title)
    event = _event(uid(root_url, program, "session"), when, summary, page)
    event.add("dtstart", start)
    event.add("dtend", (end or start) + DAY)
    times = program.schedule.times
    event.add("description", "\n\n".join(filter(None, (program.summary, times, page))))
    event.add("location", _place(program, _))
    return event


def events(program, root_url: str, page: str, when: datetime, _, deadline: bool) -> list[Event]:
    """The program's events: its deadline when deadline (a family can still apply), its
    session when its schedule has a start."""
    found = [deadline_event(program, root_url, page, when, _)] if deadline else []
    if program.schedule and program.schedule.start:
        found.append(session_event(program, root_url, page, when, _))
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


def calendar(properties: dict, serialized: list[bytes]) -> bytes:
    """A VCALENDAR of the given properties holding events already serialized by the library
    (each program's events are serialized once and placed in every calendar that holds them)."""
    shell = Calendar()
    for name, value in properties.items():
        shell.add(name, value, parameters={"VALUE": "DURATION"} if name == "refresh-interval"
                  else None)
    head = shell.to_ical()
    return head[:-len(_END)] + b"".join(serialized) + _END
