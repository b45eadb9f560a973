"""A program page a family acts on (issue 18): apply or whom to contact, call, e-mail, directions,
the deadline in a calendar (programs/<slug>/deadline.ics, RFC 5545), share by text message or
e-mail, and similar programs open now when it cannot be joined. Real builds of inline sites."""
from __future__ import annotations

import html as htmllib
import re
from datetime import date, timedelta
from pathlib import Path
from uuid import NAMESPACE_URL, uuid5

import pytest
from icalendar import Calendar

from tests.conftest import TODAY, SiteFolder
from tests.rulekit import PROG, program

DAY = date.fromisoformat(TODAY)
DEADLINE = (DAY + timedelta(days=40)).isoformat()
ICS = "programs/robotics-club/deadline.ics"
HOSTILE_TITLE = 'Robots, Rockets; & "C:\\Code" <b>now</b>'
PLACE = "{name: Hall, address: '12 Oak St & 3rd Ave #5', city: Millbrook, zip: '98233', region: north}"


def hrefs(page: str) -> list[str]:
    return [htmllib.unescape(h) for h in re.findall(r'href="([^"]*)"', page)]


def events(data: bytes):
    calendar = Calendar.from_ical(data)
    return calendar, calendar.walk("VEVENT")


def test_actions_are_tappable_links_encoded_for_their_url(site: SiteFolder):
    site.write(PROG, program(title=f"'{HOSTILE_TITLE}'", location=PLACE, deadline=DEADLINE,
                             contact="{name: Ada, email: ada+club@example.org, "
                                     "phone: 555-0112 x204}"), dedent=False)
    page = site.page("programs/robotics-club/", site.built())
    links = hrefs(page)
    assert "tel:555-0112,204" in links
    assert ("mailto:ada%2Bclub@example.org?subject=Robots%2C%20Rockets%3B%20%26%20%22C%3A%5CCode"
            "%22%20%3Cb%3Enow%3C%2Fb%3E") in links
    assert ("https://www.google.com/maps/search/?api=1&query="
            "12%20Oak%20St%20%26%203rd%20Ave%20%235%2C%20Millbrook%2C%2098233") in links
    assert ("sms:?&body=Robots%2C%20Rockets%3B%20%26%20%22C%3A%5CCode%22%20%3Cb%3Enow%3C%2Fb%3E"
            "%20https%3A%2F%2Fexample.org%2Fprograms%2Frobotics-club%2F") in links
    assert "/programs/robotics-club/deadline.ics" in links
    assert "<b>now" not in page and "&lt;b&gt;now&lt;/b&gt;" in page


def test_the_apply_link_else_whom_to_contact(site: SiteFolder):
    site.write(PROG, program(apply_url="https://acme.example.org/apply"), dedent=False)
    page = site.page("programs/robotics-club/", site.built())
    assert re.search(r'<p class="sh-apply"><a class="sh-button" '
                     r'href="https://acme.example.org/apply"[^>]*>How to apply</a>', page)
    site.write(PROG, program(contact="{name: Ada, phone: 555-0112}"), dedent=False)
    page = site.page("programs/robotics-club/", site.built())
    assert '<p class="sh-apply">To sign up, contact Ada:</p>' in page
    assert 'href="tel:555-0112"' in page
    site.write(PROG, program(), dedent=False)
    page = site.page("programs/robotics-club/", site.built())
    assert ('<p class="sh-apply">To sign up, contact <a href="/partners/acme/">Acme Robotics</a>.'
            in page)


def test_deadline_calendar_file_parses_and_holds_the_deadline(site: SiteFolder):
    site.write(PROG, program(title=f"'{HOSTILE_TITLE}'", deadline=DEADLINE), dedent=False)
    data = (site.built() / ICS).read_bytes()
    assert b"\r\nDTSTART;VALUE=DATE:" + DEADLINE.replace("-", "").encode() + b"\r\n" in data
    assert b"\r\nSUMMARY;LANGUAGE=en:Last day to apply: Robots\\, Rockets\\; & \"C:\\\\Code\" " \
           b"<b>now</b>\r\n" in data.replace(b"\r\n ", b"")  # escaped by the library, unfolded
    assert b"\r\nTRIGGER:-P7D\r\n" in data and b"\r\nDTSTAMP:20261201T000000Z\r\n" in data
    calendar, [event] = events(data)
    assert calendar["VERSION"] == "2.0"
    assert event["DTSTART"].dt == date.fromisoformat(DEADLINE)
    assert event["DTEND"].dt == date.fromisoformat(DEADLINE) + timedelta(days=1)
    assert str(event["SUMMARY"]) == f"Last day to apply: {HOSTILE_TITLE}"
    assert str(event["UID"]) == str(uuid5(NAMESPACE_URL,
                                          "https://example.org/programs/robotics-club/deadline.ics"))
    [alarm] = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and alarm["TRIGGER"].dt == timedelta(days=-7)


def test_deadline_calendar_is_the_same_bytes_in_every_build_and_its_uid_names_the_site(
        site: SiteFolder, tmp_path: Path):
    site.write(PROG, program(deadline=DEADLINE), dedent=False)
    first = (site.built(out=tmp_path / "a") / ICS).read_bytes()
    assert (site.built(out=tmp_path / "b") / ICS).read_bytes() == first
    moved = site.built("--base-url", "https://example.org/stem/", out=tmp_path / "c")
    assert events((moved / ICS).read_bytes())[1][0]["UID"] != events(first)[1][0]["UID"]


@pytest.mark.parametrize("deadline, availability, made", [
    (None, "open", False), (DAY - timedelta(days=1), "open", False), (DAY, "open", True),
    (DAY, "waitlist", True), (DAY, "full", False)])
def test_a_calendar_file_only_while_a_family_can_still_apply(site: SiteFolder, deadline,
                                                             availability, made):
    site.write(PROG, program(deadline=deadline and deadline.isoformat(),
                             availability=availability), dedent=False)
    out = site.built()
    assert (out / ICS).is_file() == made
    assert ("deadline.ics" in site.page("programs/robotics-club/", out)) == made


def test_a_closed_program_shows_similar_programs_open_now(site: SiteFolder):
    site.write(PROG, program(deadline=(DAY - timedelta(days=3)).isoformat()), dedent=False)
    site.write("content/programs/open-club.md", program(title="Open Club", grades="8-10"),
               dedent=False)
    site.write("content/programs/other-area.md",
               program(title="Other Area", sectors="[maritime]"), dedent=False)
    out = site.built()
    closed = site.page("programs/robotics-club/", out)
    similar = closed.split('<section class="sh-similar"', 1)[1].split("</section>", 1)[0]
    assert re.findall(r'<h3><a href="/programs/([a-z-]+)/">', similar) == ["open-club"]
    assert 'href="#sh-similar"' in closed  # from the notice at the top
    assert "sh-similar" not in site.page("programs/open-club/", out)


def _first_screen(page: str) -> str:
    return page.split('<div class="sh-key">', 1)[1].split('<p class="sh-lede"', 1)[0]


def _more(page: str) -> str:
    return page.split('<section class="sh-more"', 1)[1].split("</section>", 1)[0]


def test_the_first_screen_says_when_where_who_and_the_help_then_status_deadline_and_cost(
        site: SiteFolder):
    """Issue 35: under the title, when, where, who signs up and the help that comes with it,
    in that order; then the status, the deadline and the cost."""
    site.write(PROG, program(location=PLACE, deadline=DEADLINE, supports="[transportation, stipend]",
                             schedule="{start: 2027-02-02, end: 2027-05-27, days: [tue], "
                                      "time: '15:30-17:00'}", seasons="[after-school]"),
               dedent=False)
    key = _first_screen(site.page("programs/robotics-club/", site.built()))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", key))
    order = ["When", "Feb 2 – May 27, 2027", "Every Tuesday", "After school", "Where", "Hall",
             "12 Oak St &amp; 3rd Ave #5, Millbrook 98233", "Who signs up", "a student",
             "grades 6‑8", "Help included", "Transportation", "Stipend", "Open", "Apply by",
             "Cost:", "Free"]
    at = [text.find(words) for words in order]
    assert -1 not in at and at == sorted(at), dict(zip(order, at))
    assert 'href="/glossary/#sh-stipend"' in key


def test_the_first_screen_offers_at_most_three_actions_and_the_rest_are_below(site: SiteFolder):
    contact = "{name: Ada, email: ada@example.org, phone: 555-0112}"
    site.write(PROG, program(apply_url="https://acme.example.org/apply", location=PLACE,
                             deadline=DEADLINE, contact=contact), dedent=False)
    page = site.page("programs/robotics-club/", site.built())
    key, more = _first_screen(page), _more(page)
    actions = re.findall(r'class="sh-(?:button|action)" href="([^"]+)"', key)
    assert [a.split(":")[0].split("?")[0] for a in actions] == [
        "https", "https", "/programs/robotics-club/deadline.ics"]  # apply, directions, calendar
    for link in ("tel:555-0112", "mailto:ada@example.org", "/calendar/",
                 "/programs/robotics-club/flyer/"):
        assert f'href="{link}' in more and f'href="{link}' not in key, link
    # signing up by contact: the call is the first action, and not offered again below
    site.write(PROG, program(location=PLACE, deadline=DEADLINE, contact=contact), dedent=False)
    page = site.page("programs/robotics-club/", site.built())
    key, more = _first_screen(page), _more(page)
    assert '<p class="sh-apply">To sign up, contact Ada:</p>' in key
    assert "tel:555-0112" in key and "tel:555-0112" not in more
    assert "mailto:ada@example.org" in more and "mailto:" not in key
