"""The calendars a family subscribes to (issue 22): /calendar.ics with every open deadline and the
sessions of the listed programs, one calendar per sector and per region, each language's in its
folder, and the /calendar/ page that says how to subscribe. Real builds of inline sites; every
file read back with the icalendar library."""
from __future__ import annotations

import html as htmllib
import os
import re
from datetime import date, datetime, timezone
from pathlib import Path
from uuid import NAMESPACE_URL, uuid5

from icalendar import Calendar

from tests.conftest import SITE_YAML, SiteFolder, days
from tests.rulekit import program

HOSTILE = 'Robots, Rockets; & "C:\\Code" <b>now</b>'
PLACE = "{name: 'Hall; East, Room 2', city: Millbrook, region: north}"
SOUTH = "{name: Barn, city: Pine, region: south}"
# slug -> (front matter changes, what it is)
PROGRAMS = {
    "open-club": dict(deadline=days(30), schedule=f"{{start: {days(40)}, end: {days(60)}}}",
                      location=PLACE),
    "soon-camp": dict(deadline=days(3), sectors="[maritime]", location=SOUTH),
    "starts-only": dict(schedule=f"{{start: {days(10)}}}", sectors="[maritime]"),
    "closed-course": dict(deadline=days(-2), schedule=f"{{start: {days(5)}, end: {days(9)}}}"),
    "full-fair": dict(deadline=days(20), availability="full"),
    "draft-day": dict(deadline=days(20), draft="true"),
    "ended-week": dict(deadline=days(-30), schedule=f"{{start: {days(-20)}, end: {days(-1)}}}"),
    "cancelled-lab": dict(deadline=days(20), availability="cancelled"),
}


def uid(slug: str, kind: str, root: str = "https://example.org/") -> str:
    name = "deadline.ics" if kind == "deadline" else kind
    return str(uuid5(NAMESPACE_URL, f"{root}programs/{slug}/{name}"))


def events(path: Path) -> dict[str, object]:
    """UID -> event of a calendar file, which must parse."""
    found = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    uids = [str(e["UID"]) for e in found]
    assert len(uids) == len(set(uids)), "a UID twice in one calendar"
    return dict(zip(uids, found))


def write_programs(site: SiteFolder) -> None:
    site.remove("content/programs/robotics-club.md")
    for slug, changes in PROGRAMS.items():
        site.write(f"content/programs/{slug}.md", program(title=slug.replace("-", " ").title(),
                                                          **changes), dedent=False)


def test_calendar_holds_every_open_deadline_and_session_of_listed_programs(site: SiteFolder):
    write_programs(site)
    out = site.built()
    found = events(out / "calendar.ics")
    # a program's own files: its days while listed (closed too), its deadline while open
    own = {p.parent.name + "/" + p.name for p in out.glob("programs/*/*.ics")}
    assert own == {"open-club/deadline.ics", "open-club/dates.ics", "soon-camp/deadline.ics",
                   "starts-only/dates.ics", "closed-course/dates.ics"}
    assert set(found) == {uid("open-club", "deadline"), uid("open-club", "session"),
                          uid("soon-camp", "deadline"), uid("starts-only", "session"),
                          uid("closed-course", "session")}
    deadline, session = found[uid("open-club", "deadline")], found[uid("open-club", "session")]
    assert (deadline["DTSTART"].dt, deadline["DTEND"].dt) == (date.fromisoformat(days(30)),
                                                              date.fromisoformat(days(31)))
    assert str(deadline["SUMMARY"]) == "Last day to apply: Open Club"
    # three weeks without days or hours: its first day, never a bar of weeks (issue 35)
    assert (session["DTSTART"].dt, session["DTEND"].dt) == (date.fromisoformat(days(40)),
                                                            date.fromisoformat(days(41)))
    assert str(session["SUMMARY"]) == "Starts: Open Club"
    assert str(session["DESCRIPTION"]).startswith(
        "This is the first day. It runs through January 30, 2027.\n\n")
    assert str(session["LOCATION"]) == "Hall; East, Room 2, Millbrook"
    assert str(session["URL"]) == "https://example.org/programs/open-club/"
    starts = found[uid("starts-only", "session")]
    assert str(starts["SUMMARY"]) == "Starts: Starts Only"
    assert starts["DTEND"].dt == date.fromisoformat(days(11))


def test_a_calendar_for_each_sector_and_region_holds_its_programs(site: SiteFolder):
    write_programs(site)
    out = site.built()
    maritime = events(out / "calendar/sector/maritime.ics")
    assert set(maritime) == {uid("soon-camp", "deadline"), uid("starts-only", "session")}
    south = events(out / "calendar/region/south.ics")
    assert set(south) == {uid("soon-camp", "deadline")}
    assert set(events(out / "calendar/region/north.ics")) == {
        uid("open-club", "deadline"), uid("open-club", "session")}
    assert events(out / "calendar/sector/aerospace.ics") == {}  # an empty one: still valid
    assert b"X-WR-CALNAME:Test Network: Maritime\r\n" in (
        out / "calendar/sector/maritime.ics").read_bytes()


def test_every_language_has_its_calendars_with_the_same_uids(site: SiteFolder):
    write_programs(site)
    out = site.built()
    english, spanish = events(out / "calendar.ics"), events(out / "es/calendar.ics")
    assert set(spanish) == set(english)
    event = spanish[uid("open-club", "deadline")]
    assert str(event["URL"]) == "https://example.org/es/programs/open-club/"
    assert str(event["SUMMARY"]) == "Último día para inscribirse: Open Club"
    assert set(events(out / "es/calendar/sector/maritime.ics")) == set(
        events(out / "calendar/sector/maritime.ics"))


def test_calendars_are_the_same_bytes_in_every_build_and_uids_name_the_site(
        site: SiteFolder, tmp_path: Path):
    write_programs(site)
    names = ["calendar.ics", "es/calendar.ics", "calendar/region/north.ics"]
    first = site.built(out=tmp_path / "a")
    second = site.built(out=tmp_path / "b")
    assert [(first / n).read_bytes() for n in names] == [(second / n).read_bytes() for n in names]
    assert b"\r\nDTSTAMP:" + days(0).replace("-", "").encode() + b"T000000Z\r\n" in (
        first / "calendar.ics").read_bytes()
    moved = site.built("--base-url", "https://example.org/stem/", out=tmp_path / "c")
    assert set(events(moved / "calendar.ics")) == {
        uid(slug, kind, "https://example.org/stem/") for slug, kind in
        [("open-club", "deadline"), ("open-club", "session"), ("soon-camp", "deadline"),
         ("starts-only", "session"), ("closed-course", "session")]}


def test_text_from_content_is_escaped_by_the_library(site: SiteFolder):
    site.write("content/programs/robotics-club.md",
               program(title=f"'{HOSTILE}'", deadline=days(30), location=PLACE), dedent=False)
    data = (site.built() / "calendar.ics").read_bytes()
    assert b"\r\nSUMMARY;LANGUAGE=en:Last day to apply: Robots\\, Rockets\\; & \"C:\\\\Code\" <b>now</b>" \
           b"\r\n" in data.replace(b"\r\n ", b"")  # unfolded
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"Last day to apply: {HOSTILE}"


def test_dates_are_the_records_days_and_today_is_the_sites(site: SiteFolder, tmp_path: Path):
    """2026-12-02 03:00 UTC is still December 1 in Los Angeles, December 2 in Auckland: a
    deadline of December 1 is open in one site's calendar and past in the other's."""
    site.write("content/programs/robotics-club.md", program(deadline="2026-12-01"), dedent=False)
    epoch = int(datetime(2026, 12, 2, 3, tzinfo=timezone.utc).timestamp())
    found = {}
    for zone in ("America/Los_Angeles", "Pacific/Auckland"):
        site.write("site.yaml", SITE_YAML + f"timezone: {zone}\n")
        out = tmp_path / zone.replace("/", "-")
        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
        try:
            assert site.run("build", "--source", str(site.root), "--out", str(out)).code == 0
        finally:
            del os.environ["SOURCE_DATE_EPOCH"]
        data = (out / "calendar.ics").read_bytes()
        assert f"\r\nX-WR-TIMEZONE:{zone}\r\n".encode() in data
        found[zone] = [e["DTSTART"].dt for e in events(out / "calendar.ics").values()]
    assert found == {"America/Los_Angeles": [date(2026, 12, 1)], "Pacific/Auckland": []}


def test_the_calendar_page_links_each_calendar_to_subscribe(site: SiteFolder):
    write_programs(site)
    out = site.built("--base-url", "https://example.org/stem/")
    page = site.page("calendar/", out)
    links = [htmllib.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]
    assert "webcal://example.org/stem/calendar.ics" in links
    assert "webcal://example.org/stem/calendar/sector/maritime.ics" in links
    assert "webcal://example.org/stem/calendar/region/south.ics" in links
    assert "https://example.org/stem/calendar.ics" in page  # the address to paste
    assert "From URL" in page and "Subscribe from web" in page
    spanish = site.page("es/calendar/", out)
    assert 'href="webcal://example.org/stem/es/calendar.ics"' in spanish
    program_page = site.page("programs/open-club/", out)
    assert 'href="/stem/calendar/"' in program_page  # beside its own deadline's calendar
