"""Calendar events are written byte for byte as the icalendar library writes them
(features/calendars/serialize.py): folds at every octet count, escapes kept whole across a
fold, parameters, repeated properties, alarms, and any text."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st
from icalendar import Alarm, Event

from stemhub.features.calendars.serialize import fold, serialized

ZONE = ZoneInfo("America/Los_Angeles")


def event(summary: str, description: str) -> Event:
    found = Event()
    found.add("uid", "6f1c0e8e-0000-5000-8000-000000000000")
    found.add("dtstamp", datetime(2026, 12, 1, 0, 0, tzinfo=ZoneInfo("UTC")))
    found.add("summary", summary)
    found.add("description", description)
    found.add("dtstart", datetime(2027, 1, 9, 9, 0, tzinfo=ZONE))
    found.add("dtend", datetime(2027, 1, 9, 13, 30, tzinfo=ZONE))
    found.add("rrule", {"freq": "weekly", "byday": ["SA"], "until": datetime(2027, 3, 1)})
    found.add("categories", ["Robotics, clubs", "Grade 7;8"])
    found.add("url", "https://example.org/programs/robotics-club/?a=1&b=2")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(days=-7))
    found.add_component(alarm)
    return found


def test_a_whole_day_event_with_every_kind_of_value_is_written_as_the_library_writes_it():
    whole = Event()
    whole.add("uid", "x")
    whole.add("dtstart", date(2027, 1, 9))
    whole.add("dtend", date(2027, 1, 10))
    whole.add("location", "Room 4; Building B, 100 Main St\\North")
    assert serialized(whole) == whole.to_ical()


@settings(max_examples=150, deadline=None)
@given(summary=st.text(max_size=120),
       description=st.text(alphabet=st.sampled_from("aé€😀\\;,\n:\"^ x"), max_size=400))
def test_any_text_is_written_as_the_library_writes_it(summary, description):
    made = event(summary, description)
    assert serialized(made) == made.to_ical()


def test_a_long_line_is_folded_before_75_octets_and_never_inside_an_escape():
    for lead in range(60, 80):  # the escape's backslash at every place around the fold
        line = ("DESCRIPTION:" + "a" * lead + "\\," + "é" * 40).encode()
        pieces = fold(line).split(b"\r\n ")
        assert all(len(piece) < 75 for piece in pieces)
        assert not any(piece.endswith(b"\\") for piece in pieces[:-1])
        assert all(piece.decode() for piece in pieces)  # no character cut in two
        assert b"".join(pieces) == line
