"""A program's session in the calendars when its schedule gives days and hours (content-model.md,
schedule.days and schedule.time): a weekly event at those hours on those days from start through
end, in the site's time zone; all day only when no time is given. Real builds of inline sites;
every calendar read back with the icalendar library and its repetitions expanded by dateutil."""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar

from tests.conftest import SITE_YAML, SiteFolder
from tests.rulekit import program

LA = ZoneInfo("America/Los_Angeles")
TERM = "start: 2027-01-05, end: 2027-03-26"  # a Tuesday to a Friday; clocks change on 14 March


def session(site: SiteFolder, schedule: str, calendar: str = "calendar.ics"):
    """The calendar and the one session event of the program with this schedule."""
    site.write("content/programs/robotics-club.md", program(schedule=f"{{{schedule}}}"),
               dedent=False)
    found = Calendar.from_ical((site.built() / calendar).read_bytes())
    [event] = found.walk("VEVENT")  # no deadline: the session alone
    return found, event


def meetings(event) -> list[datetime]:
    """Every start of the event, its repetitions expanded."""
    start = event.decoded("DTSTART")
    rule = event["RRULE"].to_ical().decode()
    return list(rrulestr(rule, dtstart=start))


def test_days_and_time_make_a_timed_weekly_event_in_the_sites_time_zone(site: SiteFolder):
    found, event = session(site, f'{TERM}, days: [wed, mon], time: "15:30-17:00"')
    assert event.decoded("DTSTART") == datetime(2027, 1, 6, 15, 30, tzinfo=LA)  # first Wednesday
    assert event.decoded("DTEND") == datetime(2027, 1, 6, 17, 0, tzinfo=LA)
    assert event["DTSTART"].params["TZID"] == "America/Los_Angeles"
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["MO", "WE"]
    starts = meetings(event)
    assert len(starts) == 23  # Mondays and Wednesdays from 6 January through 24 March
    assert starts[-1] == datetime(2027, 3, 24, 15, 30, tzinfo=LA)
    assert {s.weekday() for s in starts} == {0, 2}
    assert {s.time() for s in starts} == {time(15, 30)}  # the same hour on both sides of DST
    [zone] = found.walk("VTIMEZONE")
    assert zone["TZID"] == "America/Los_Angeles"


def test_the_time_zone_is_site_yamls(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + "timezone: America/New_York\n")
    found, event = session(site, f'{TERM}, days: [sat], time: "09:00-12:00"')
    assert event.decoded("DTSTART") == datetime(2027, 1, 9, 9, 0,
                                                tzinfo=ZoneInfo("America/New_York"))
    assert [z["TZID"] for z in found.walk("VTIMEZONE")] == ["America/New_York"]


def test_days_without_a_time_are_weekly_all_day_events(site: SiteFolder):
    found, event = session(site, f"{TERM}, days: [tue, thu]")
    assert event.decoded("DTSTART") == date(2027, 1, 5)
    assert event.decoded("DTEND") == date(2027, 1, 6)
    assert event["RRULE"]["BYDAY"] == ["TU", "TH"]
    assert event["RRULE"]["UNTIL"] == [date(2027, 3, 26)]
    assert not found.walk("VTIMEZONE")


def test_a_time_without_days_is_every_day_at_those_hours(site: SiteFolder):
    _, event = session(site, 'start: 2027-06-21, end: 2027-06-25, time: "09:00-15:00"')
    assert event["RRULE"]["FREQ"] == ["DAILY"]
    assert meetings(event) == [datetime(2027, 6, d, 9, 0, tzinfo=LA) for d in range(21, 26)]
    assert event.decoded("DTEND") == datetime(2027, 6, 21, 15, 0, tzinfo=LA)


def test_a_short_run_without_days_or_time_stays_one_all_day_span(site: SiteFolder):
    found, event = session(site, "start: 2027-04-16, end: 2027-04-17")  # an overnight visit
    assert event.decoded("DTSTART") == date(2027, 4, 16)
    assert event.decoded("DTEND") == date(2027, 4, 18)
    assert "RRULE" not in event and not found.walk("VTIMEZONE")


def test_a_long_run_without_days_is_its_first_day_with_its_end_said(site: SiteFolder):
    """Issue 35: no all-day bar of weeks or months; its first day, at its hours when given."""
    _, event = session(site, TERM)
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (date(2027, 1, 5),
                                                                  date(2027, 1, 6))
    assert "RRULE" not in event and str(event["SUMMARY"]) == "Starts: Robotics Club"
    assert "It runs through March 26, 2027." in str(event["DESCRIPTION"])
    _, timed = session(site, f'{TERM}, time: "15:30-17:00"')
    assert timed.decoded("DTSTART") == datetime(2027, 1, 5, 15, 30, tzinfo=LA)
    assert timed.decoded("DTEND") == datetime(2027, 1, 5, 17, 0, tzinfo=LA)
    assert "RRULE" not in timed


def test_without_an_end_the_first_meeting_alone(site: SiteFolder):
    _, event = session(site, 'start: 2027-01-05, days: [fri], time: "18:00-19:30"')
    assert event.decoded("DTSTART") == datetime(2027, 1, 8, 18, 0, tzinfo=LA)
    assert "RRULE" not in event and str(event["SUMMARY"]).startswith("Starts:")

