"""A family adds a program's day to its calendar from a phone (issue 35), in Chromium at 390x844:
on the program page, "Add this day to my calendar" is on the first screen, "Google Calendar"
beside it, and the tap downloads a calendar file of that day at its hours. One page load."""
from __future__ import annotations

from datetime import datetime
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tests.browser.sitekit import PHONE

# grades 7-8, free, with transportation: the parent task's program, one Saturday morning
DAY_PROGRAM = "programs/college-campus-day-for-middle-schoolers/"


def test_add_this_day_is_on_the_first_screen_and_downloads_the_day(site, new_page):
    page = new_page(viewport=PHONE, accept_downloads=True)
    page.goto(site.page(DAY_PROGRAM))
    add = page.get_by_role("link", name="Add this day to my calendar")
    google = page.locator(".sh-add-date").first.get_by_role("link", name="Google Calendar")
    for link in (add, google):
        box = link.bounding_box()
        assert box and box["y"] + box["height"] <= PHONE["height"], box  # no scrolling
    assert parse_qs(urlsplit(google.get_attribute("href")).query)["dates"] == [
        "20270424T090000/20270424T133000"]
    with page.expect_download() as pending:
        add.click()
    download = pending.value
    assert download.suggested_filename == "dates.ics"
    [event] = Calendar.from_ical(open(download.path(), "rb").read()).walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(2027, 4, 24, 9, 0,
                                                tzinfo=ZoneInfo("America/Los_Angeles"))
    assert str(event["SUMMARY"]) == "College Campus Day for Middle Schoolers"
