"""An "Add to Google Calendar" link of an entry (entries.py): Google Calendar's event template,
https://calendar.google.com/calendar/render?action=TEMPLATE&text=...&dates=...&details=...
&location=...&ctz=...&recur=..., which opens a filled-in event in the phone's Google Calendar
or its web page. Every value is percent-encoded whole (quote with no safe characters), so no
text from a record can end its parameter or start another."""
from __future__ import annotations

from urllib.parse import quote
from zoneinfo import ZoneInfo

from icalendar import vRecur

from .entries import DAY, Entry, Times
from .events import until

GOOGLE = "https://calendar.google.com/calendar/render"


def google_link(entry: Entry, zone: ZoneInfo) -> str:
    """The link that adds entry to Google Calendar, its hours in zone."""
    times = entry.times
    params = [("action", "TEMPLATE"), ("text", entry.summary), ("dates", _dates(times)),
              ("details", entry.description)]
    if entry.location:
        params.append(("location", entry.location))
    if times.hours:
        params.append(("ctz", zone.key))
    if times.rule:
        rule = vRecur({**dict(times.rule), "until": until(times, zone)})
        params.append(("recur", "RRULE:" + rule.to_ical().decode()))
    return GOOGLE + "?" + "&".join(f"{name}={quote(value, safe='')}" for name, value in params)


def _dates(times: Times) -> str:
    """Google's dates: 20270106T153000/20270106T170000 (local times in ctz) or, all day,
    20270105/20270106 (the end the day after, as in an .ics)."""
    if times.hours:
        day = f"{times.start:%Y%m%d}"
        return f"{day}T{times.hours.start:%H%M%S}/{times.last:%Y%m%d}T{times.hours.end:%H%M%S}"
    return f"{times.start:%Y%m%d}/{times.last + DAY:%Y%m%d}"
