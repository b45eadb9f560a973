"""When a program meets within its dates: schedule.days (mon ... sun) and schedule.time, the
hours of each day it meets, written "HH:MM-HH:MM" (24-hour, end after start)."""
from __future__ import annotations

import re
from datetime import time, timedelta
from typing import Annotated, Any, NamedTuple

from babel.dates import get_day_names
from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema

from .fields import line_text, list_of, problem, show
from .languages import locale_of

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # in week order: date.weekday()
_HOURS = re.compile(r"^(\d\d):(\d\d)-(\d\d):(\d\d)$")
_CLOCK_TIME = r"([01]\d|2[0-3]):[0-5]\d"
PATTERN = f"^{_CLOCK_TIME}-{_CLOCK_TIME}$"  # what editors and the form check (JSON Schema)
# What a partner may have meant, for the fix a message offers: 3:30pm-5pm, 9-12, 15.30 – 17.00
_LOOSE_CLOCK = r"(\d{1,2})(?:[:.](\d\d))?\s*([ap])?\.?\s*m?\.?"
_LOOSE = re.compile(rf"^{_LOOSE_CLOCK}\s*(?:-|–|—|to)\s*{_LOOSE_CLOCK}$", re.IGNORECASE)
EXAMPLE = "15:30-17:00"
_MEANT_AT_MOST = 30  # "10:30 a.m. – 12:00 p.m." is 23 characters


def _day(value: Any) -> str:
    text = line_text(value)
    if text not in DAYS:
        close = text.lower()[:3]
        hint = f"; did you mean '{close}'?" if close in DAYS else "."
        raise problem(f"{show(text)} is not a day of the week{hint} Allowed: {', '.join(DAYS)}")
    return text


Day = Annotated[str, BeforeValidator(_day), WithJsonSchema({"enum": list(DAYS)})]
Days = list_of(Day, at_most=len(DAYS))


def within(field: str, value, dates: dict):
    """A schedule's end not before its start, and its days falling between them at least
    once: checked on the dates that could be read, whatever else is wrong."""
    start, end = dates.get("start"), dates.get("end")
    if field == "end" and start and value and value < start:
        raise problem(f"{value} is before start {start}; check the dates")
    if field == "days" and start and end and value:
        week = range(min(7, (end - start).days + 1))  # the days from start, a week at most
        if not {DAYS[(start + timedelta(days=n)).weekday()] for n in week} & set(value):
            raise problem(f"none of the days ({', '.join(value)}) falls between start {start} "
                          f"and end {end}; check the days and the dates")
    return value


def day_names(lang: str) -> dict[str, str]:
    """Each day's name in a language, as its calendars write it: {"mon": "lunes", ...}."""
    names = get_day_names("wide", locale=locale_of(lang))
    return {day: names[n] for n, day in enumerate(DAYS)}


def byday(days: list[str]) -> list[str]:
    """The days as RFC 5545 writes them (BYDAY), in week order: [wed, mon] -> [MO, WE]."""
    return [d[:2].upper() for d in sorted(days, key=DAYS.index)]


class Hours(NamedTuple):
    """The hours of a day it meets, from start to end."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def _hours(value: Any) -> Hours:
    text = line_text(value)
    found = _HOURS.match(text)
    if not found:
        raise problem(f"{show(text)} is not HH:MM-HH:MM; write 24-hour times: "
                      f'"{_meant(text) or EXAMPLE}"')
    hour, minute, end_hour, end_minute = (int(n) for n in found.groups())
    if hour > 23 or end_hour > 23 or minute > 59 or end_minute > 59:
        raise problem(f"{show(text)} is not a time of day; hours go from 00 to 23 and minutes "
                      f'from 00 to 59 ("{EXAMPLE}")')
    hours = Hours(time(hour, minute), time(end_hour, end_minute))
    if hours.end <= hours.start:
        raise problem(f"{show(text)} does not end after it starts; write the start first, "
                      f'both on the same day ("{EXAMPLE}")')
    return hours


def _meant(text: str) -> str | None:
    """"3:30pm-5pm" -> "15:30-17:00": the 24-hour times a loosely written range means, when
    that is clear; else None. Only a short text is read: the pattern's runs of spaces would
    take cubic time on a long one."""
    found = len(text) <= _MEANT_AT_MOST and _LOOSE.match(text)
    if not found:
        return None
    parts = found.groups()
    start, end = _clock(*parts[:3]), _clock(*parts[3:])
    if start is None or end is None:
        return None
    if parts[2] is None and parts[5] and parts[5].lower() == "p" and start < end - 12 * 60:
        start += 12 * 60  # "3-5pm": both afternoon
    if end <= start:
        return None
    return f"{start // 60:02}:{start % 60:02}-{end // 60:02}:{end % 60:02}"


def _clock(hour: str, minute: str | None, half: str | None) -> int | None:
    """Minutes after midnight of "3", "30", "p" (3:30 pm); None when not a time of day."""
    h, m = int(hour), int(minute or 0)
    if half:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half.lower() == "p" else 0)
    return h * 60 + m if h < 24 and m < 60 else None


Time = Annotated[Hours, BeforeValidator(_hours), PlainSerializer(str),
                 WithJsonSchema({"type": "string", "pattern": PATTERN,
                                 "examples": [EXAMPLE]})]
