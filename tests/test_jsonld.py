"""Structured data: Event, WorkBasedProgram or EducationalOccupationalProgram on program pages,
Organization on partner pages; JSON safe inside its script element."""
import json
import re

import pytest

from tests.conftest import SiteFolder


@pytest.fixture
def site(core_site: SiteFolder) -> SiteFolder:
    """Every feature off: these are rules of the core."""
    return core_site


def jsonld(html: str) -> dict:
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(found) == 1
    return json.loads(found[0])


def program_with(site: SiteFolder, **changes: str) -> dict:
    text = site.root.joinpath("content/programs/robotics-club.md").read_text()
    for key, value in changes.items():
        text = re.sub(rf"^{key}: .*$", f"{key}: {value}", text, flags=re.M)
    text = text.replace("verified: 2026-10-01", "verified: 2026-10-01\ndeadline: 2027-01-10\n"
                        "schedule: {start: 2027-02-01, end: 2027-02-02}\napply_url: https://a.example.org/")
    site.write("content/programs/robotics-club.md", text)
    assert site.build().code == 0
    return jsonld(site.page("programs/robotics-club/"))


@pytest.mark.parametrize("type_, kind", [("field-trip", "Event"), ("career-event", "Event"),
                                         ("internship", "WorkBasedProgram"),
                                         ("apprenticeship", "WorkBasedProgram"),
                                         ("club", "EducationalOccupationalProgram"),
                                         ("camp", "EducationalOccupationalProgram")])
def test_program_type_decides_the_schema_type(site: SiteFolder, type_: str, kind: str):
    data = program_with(site, type=type_)
    assert data["@type"] == kind
    assert data["name"] == "Robotics Club"
    assert data["url"] == "https://example.org/programs/robotics-club/"
    assert data["startDate"] == "2027-02-01" and data["endDate"] == "2027-02-02"
    assert data["offers"] == {"@type": "Offer", "price": "0", "priceCurrency": "USD",
                              "url": "https://a.example.org/"}
    people = data["organizer"] if kind == "Event" else data["provider"]
    assert people == [{"@type": "Organization", "name": "Acme Robotics",
                       "url": "https://example.org/partners/acme/"}]
    if kind != "Event":
        assert data["applicationDeadline"] == "2027-01-10"
    else:
        assert data["location"]["@type"] == "VirtualLocation"


def test_partner_page_has_organization(site: SiteFolder):
    assert site.build().code == 0
    data = jsonld(site.page("partners/acme/"))
    assert data["@type"] == "Organization" and data["name"] == "Acme Robotics"


def test_text_cannot_close_the_script_element(site: SiteFolder):
    data = program_with(site, summary='"</script><!-- <b>&"')
    assert data["description"] == "</script><!-- <b>&"
    raw = site.page("programs/robotics-club/").split('application/ld+json">')[1].split("</script>")[0]
    assert "<" not in raw and ">" not in raw and "&" not in raw


def test_an_event_that_meets_on_days_at_hours_has_its_schedule(site: SiteFolder):
    text = site.root.joinpath("content/programs/robotics-club.md").read_text()
    site.write("content/programs/robotics-club.md", text.replace("type: club", "type: workshop")
               .replace("verified: 2026-10-01", "verified: 2026-10-01\nschedule: {start: "
                        "2027-02-01, end: 2027-03-26, days: [wed, mon], time: '15:30-17:00'}"))
    assert site.build().code == 0
    data = jsonld(site.page("programs/robotics-club/"))
    assert data["eventSchedule"] == {
        "@type": "Schedule", "repeatFrequency": "P1W", "startDate": "2027-02-01",
        "endDate": "2027-03-26", "startTime": "15:30", "endTime": "17:00",
        "byDay": ["https://schema.org/Monday", "https://schema.org/Wednesday"]}
