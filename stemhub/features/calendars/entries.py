"""What a program's calendar entries say, once, for every way of adding them (an .ics file,
a calendar to subscribe to, an "Add to Google Calendar" link): its deadline, an all-day entry
on the last day to apply, and its days (the session), from schedule.start.

When the session is (docs/schedule.md, "Calendars"), in one place, `session_times`:
- at the hours of schedule.time when it gives them (local times in the site's time zone),
  else all day;
- with schedule.days and an end: its first meeting day (the first of its days from start),
  repeated each week on its days through the end;
- without days: a run of at most SHORT days is each of its days at its hours (a daily
  repetition), or one all-day span without hours (a weekend, a week of camp); a longer one is
  its first day alone, whose description says through when it runs: never a bar of weeks;
- without an end: its first day alone, titled "Starts: ...".
The text is in the calendar's language: labels from the catalogs, a record's text from its
translation where one gives it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...records.meetings import DAYS, Hours, byday
from ...render.i18n import format_date

SHORT = 7  # days: a run this long or shorter may be one span (or daily); longer ones are not
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Times:
    """When an entry is: from start through last (its first occurrence, inclusive), at hours
    or all day, repeated by rule (RFC 5545 RRULE parts without UNTIL) through until."""

    start: date
    last: date
    hours: Hours | None = None
    rule: tuple[tuple[str, object], ...] = ()  # (("freq", "weekly"), ("byday", [..]))
    until: date | None = None


@dataclass(frozen=True)
class Entry:
    kind: str  # "deadline" or "session"
    summary: str
    description: str
    location: str  # "" when it has none (a deadline)
    times: Times
    lang: str  # the language of its labels (the calendar's)


def session_times(schedule) -> Times:
    """When a schedule's session is (the module docstring), from its start."""
    first, end, hours = _first_day(schedule), schedule.end, schedule.time
    if end is None or end == first:
        return Times(first, first, hours)
    if schedule.days:
        return Times(first, first, hours, (("freq", "weekly"), ("byday", byday(schedule.days))),
                     end)
    if not _long_run(schedule):
        return Times(first, first, hours, (("freq", "daily"),), end) if hours else \
            Times(first, end)
    return Times(first, first, hours)


def _long_run(schedule) -> bool:
    """Whether a dated schedule runs longer than SHORT days."""
    return bool(schedule.start and schedule.end and
                (schedule.end - schedule.start).days + 1 > SHORT)


def _first_day(schedule) -> date:
    """The first day it meets: start, or the first of its days from start."""
    start, days = schedule.start, schedule.days
    ahead = [(DAYS.index(d) - start.weekday()) % 7 for d in days]
    return start + timedelta(days=min(ahead, default=0))


def deadline_entry(program, page: str, _, lang: str) -> Entry:
    """page: the program page's address in the calendar's language."""
    summary = _("Last day to apply: %(title)s", title=program.title)
    return Entry("deadline", summary, f"{program.summary}\n\n{page}", "",
                 Times(program.deadline, program.deadline), lang)


def session_entry(program, page: str, _, lang: str) -> Entry:
    schedule = program.schedule
    times = session_times(schedule)
    alone = schedule.end is not None and times.until is None and times.last < schedule.end
    summary = program.title if schedule.end and not alone else \
        _("Starts: %(title)s", title=program.title)
    through = alone and _("This is the first day. It runs through %(date)s.",
                          date=format_date(schedule.end, lang))
    text = "\n\n".join(filter(None, (through, program.summary, schedule.times, page)))
    return Entry("session", summary, text, place(program, _), times, lang)


def entries(program, page: str, _, lang: str, deadline: bool) -> list[Entry]:
    """The program's entries: its deadline when deadline (a family can still apply), its
    session when its schedule has a start."""
    found = [deadline_entry(program, page, _, lang)] if deadline else []
    if program.schedule and program.schedule.start:
        found.append(session_entry(program, page, _, lang))
    return found


def place(program, _) -> str:
    where = program.location
    if where is None:
        return _("Online")
    return ", ".join(filter(None, (where.name, where.address, where.city)))
