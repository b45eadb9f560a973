"""Calendars for phones and in every language (issues 35 and 34): a program's own days as
programs/<slug>/dates.ics beside deadline.ics, timed from schedule.days and schedule.time, all
day only without hours, never a bar of weeks in any calendar; an "Add to Google Calendar" link
beside each file whose every part stays inside its parameter; calendars by grade band; each
language's files in its folder and words. Real builds of inline sites, the files read back with
the icalendar library."""
from __future__ import annotations

import html as htmllib
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from stemhub.features.calendars.entries import SHORT
from tests.conftest import SiteFolder, days
from tests.rulekit import program

LA = ZoneInfo("America/Los_Angeles")
DAY = "{start: 2027-01-09, end: 2027-01-09, time: \"13:00-15:00\"}"  # one Saturday afternoon
HOSTILE = "'Bots & Co #1 ?x=1&dates=20000101/20000102&text=evil%20 \"C:\\\\\" <b>'"
# slug -> front matter changes: one of each shape of schedule, and a deadline to come
SHAPES = {
    "one-afternoon": dict(schedule=DAY, deadline=days(20)),
    "one-day": dict(schedule="{start: 2027-02-20, end: 2027-02-20}"),
    "weekly-club": dict(schedule="{start: 2027-01-04, end: 2027-05-28, days: [mon, wed], "
                                 "time: \"15:30-17:00\"}", grades="[7]"),
    "school-year": dict(schedule="{start: 2026-09-02, end: 2027-06-10}", grades="9-12"),
    "long-mornings": dict(schedule="{start: 2027-01-04, end: 2027-03-26, "
                                   "time: \"09:00-12:00\"}", grades="PK-K"),
    "camp-week": dict(schedule="{start: 2027-03-29, end: 2027-04-02}", grades="5-6"),
}


def write(site: SiteFolder, shapes: dict = SHAPES) -> None:
    site.remove("content/programs/robotics-club.md")
    for slug, changes in shapes.items():
        site.write(f"content/programs/{slug}.md",
                   program(**{"title": slug.replace("-", " ").title(), **changes}),
                   dedent=False)


def one(path: Path):
    """The calendar at path and its one event."""
    found = Calendar.from_ical(path.read_bytes())
    [event] = found.walk("VEVENT")
    return found, event


@pytest.fixture(scope="module")
def shapes(tmp_path_factory) -> Path:
    """The output of a site with a program of each shape, in English and Spanish."""
    site = SiteFolder(tmp_path_factory.mktemp("shapes") / "src")
    write(site)
    site.write("content/programs/one-afternoon.es.md",
               "---\ntitle: Una tarde de robots\nsummary: Robots un sábado.\n---\n")
    return site.built()


def test_a_day_with_hours_is_a_timed_event_in_its_own_file(shapes: Path):
    found, event = one(shapes / "programs/one-afternoon/dates.ics")
    assert event.decoded("DTSTART") == datetime(2027, 1, 9, 13, 0, tzinfo=LA)
    assert event.decoded("DTEND") == datetime(2027, 1, 9, 15, 0, tzinfo=LA)
    assert "RRULE" not in event and str(event["SUMMARY"]) == "One Afternoon"
    assert [z["TZID"] for z in found.walk("VTIMEZONE")] == ["America/Los_Angeles"]
    _, deadline = one(shapes / "programs/one-afternoon/deadline.ics")
    assert deadline.decoded("DTSTART") == date.fromisoformat(days(20))


def test_a_day_without_hours_is_all_day(shapes: Path):
    found, event = one(shapes / "programs/one-day/dates.ics")
    assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (date(2027, 2, 20),
                                                                  date(2027, 2, 21))
    assert not found.walk("VTIMEZONE")
    assert not (shapes / "programs/one-day/deadline.ics").exists()  # it has no deadline


def test_days_and_hours_repeat_each_week(shapes: Path):
    _, event = one(shapes / "programs/weekly-club/dates.ics")
    assert event.decoded("DTSTART") == datetime(2027, 1, 4, 15, 30, tzinfo=LA)
    assert event["RRULE"]["FREQ"] == ["WEEKLY"] and event["RRULE"]["BYDAY"] == ["MO", "WE"]


def test_no_event_of_any_calendar_is_longer_than_a_week(shapes: Path):
    """Issue 35: 32 of 85 events of the sample's calendar were bars of weeks or months."""
    spans = {}
    for path in shapes.rglob("*.ics"):
        for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            spans[path.relative_to(shapes).as_posix(), str(event["SUMMARY"])] = end - start
    assert len(spans) > 20 and max(spans.values()) <= timedelta(days=SHORT)
    assert spans["programs/camp-week/dates.ics", "Camp Week"] == timedelta(days=5)  # all week


def test_a_long_run_without_days_is_its_first_day_at_its_hours(shapes: Path):
    _, event = one(shapes / "programs/long-mornings/dates.ics")
    assert event.decoded("DTSTART") == datetime(2027, 1, 4, 9, 0, tzinfo=LA)
    assert "RRULE" not in event and str(event["SUMMARY"]) == "Starts: Long Mornings"
    assert str(event["DESCRIPTION"]).startswith(
        "This is the first day. It runs through March 26, 2027.")
    _, year = one(shapes / "programs/school-year/dates.ics")
    assert (year.decoded("DTSTART"), year.decoded("DTEND")) == (date(2026, 9, 2),
                                                                date(2026, 9, 3))


def test_each_language_has_its_own_files_in_its_words(shapes: Path):
    """Issue 34: the labels through the catalogs, the record's text from its translation."""
    _, spanish = one(shapes / "es/programs/one-afternoon/deadline.ics")
    assert str(spanish["SUMMARY"]) == "Último día para inscribirse: Una tarde de robots"
    assert spanish["SUMMARY"].params["LANGUAGE"] == "es"
    assert str(spanish["URL"]) == "https://example.org/es/programs/one-afternoon/"
    _, english = one(shapes / "programs/one-afternoon/deadline.ics")
    assert str(english["SUMMARY"]) == "Last day to apply: One Afternoon"
    assert english["SUMMARY"].params["LANGUAGE"] == "en"
    assert english["UID"] == spanish["UID"]
    _, day = one(shapes / "es/programs/one-afternoon/dates.ics")  # no times to translate
    assert day["SUMMARY"].params["LANGUAGE"] == day["DESCRIPTION"].params["LANGUAGE"] == "es"
    _, untranslated = one(shapes / "es/programs/long-mornings/dates.ics")
    assert str(untranslated["SUMMARY"]) == "Empieza: Long Mornings"  # label es, title en
    assert "LANGUAGE" not in untranslated["SUMMARY"].params  # so it claims no language
    assert str(untranslated["DESCRIPTION"]).startswith("Este es el primer día. El programa "
                                                       "sigue hasta el 26 de marzo de 2027.")


def google_links(page: str) -> list[dict[str, list[str]]]:
    links = [htmllib.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]
    return [parse_qs(urlsplit(h).query, keep_blank_values=True) for h in links
            if h.startswith("https://calendar.google.com/calendar/render?")]


def test_a_program_page_links_its_files_and_google_calendar(shapes: Path):
    page = (shapes / "es/programs/one-afternoon/index.html").read_text()
    assert 'href="/es/programs/one-afternoon/dates.ics"' in page
    assert 'href="/es/programs/one-afternoon/deadline.ics"' in page
    assert page.index("dates.ics") < page.index("deadline.ics")  # the day first
    day, deadline = google_links(page)
    assert day == {"action": ["TEMPLATE"], "text": ["Una tarde de robots"],
                   "dates": ["20270109T130000/20270109T150000"], "ctz": ["America/Los_Angeles"],
                   "details": ["Robots un sábado.\n\n"
                               "https://example.org/es/programs/one-afternoon/"],
                   "location": ["En línea"]}
    assert deadline["dates"] == [days(20).replace("-", "") + "/" + days(21).replace("-", "")]
    weekly = google_links((shapes / "programs/weekly-club/index.html").read_text())
    assert weekly[0]["recur"] == ["RRULE:FREQ=WEEKLY;UNTIL=20270529T065959Z;BYDAY=MO,WE"]


def test_text_from_content_stays_inside_its_google_parameter(site: SiteFolder):
    write(site, {"hostile": dict(title=HOSTILE, schedule=DAY, deadline=days(20),
                                 location="{name: 'Hall & Co #2', city: 'A?b=c', "
                                          "region: north}")})
    page = site.page("programs/hostile/", site.built())
    for link in google_links(page):
        assert all(len(values) == 1 for values in link.values())
        assert set(link) <= {"action", "text", "dates", "details", "location", "ctz", "recur"}
        assert link["text"][0].endswith("""Bots & Co #1 ?x=1&dates=20000101/20000102"""
                                         """&text=evil%20 "C:\\\\" <b>""")
        assert link["dates"][0].startswith(("20270109", days(20).replace("-", "")))
    assert google_links(page)[0]["location"] == ["Hall & Co #2, A?b=c"]
    hrefs = re.findall(r'href="(https://calendar\.google\.com[^"]*)"', page)
    assert all(re.fullmatch(r"[A-Za-z0-9%/:._?=&;-]*", h) for h in hrefs)  # all encoded


def test_a_calendar_for_each_grade_band(shapes: Path):
    def titles(band: str) -> set[str]:
        found = Calendar.from_ical((shapes / f"calendar/grades/{band}.ics").read_bytes())
        return {str(e["SUMMARY"]).split(": ")[-1] for e in found.walk("VEVENT")}
    robotics = "One Afternoon", "One Day"  # grades 6-8, as every program written here
    assert titles("6-8") == {*robotics, "Weekly Club", "Camp Week"}
    assert titles("pk-5") == {"Long Mornings", "Camp Week"}
    assert titles("9-12") == {"School Year"}
    assert b"X-WR-CALNAME:Test Network: Grades 6-8\r\n" in (
        shapes / "calendar/grades/6-8.ics").read_bytes()
    page = (shapes / "es/calendar/index.html").read_text()
    assert 'href="webcal://example.org/es/calendar/grades/6-8.ics"' in page
    assert "Grados 6-8" in page


def test_the_calendar_page_gives_the_https_address_and_steps_for_phones(shapes: Path):
    page = (shapes / "calendar/index.html").read_text()
    assert 'href="https://example.org/calendar.ics"' in page  # press and hold, copy
    assert 'href="https://example.org/calendar/grades/pk-5.ics"' in page
    assert "open calendar.google.com" in page and "“From URL”" in page
    assert "On a computer" not in page
    assert "Add Subscribed Calendar" in page  # the iPhone's Settings
