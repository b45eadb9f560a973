"""One round (content-model.md, "Edge rules"): a record with errors still exists for references,
every check runs on whatever could be read, and the stale warning is for what families can
still see."""
from __future__ import annotations

from tests.conftest import PROGRAM_FRONT, SiteFolder
from tests.rulekit import ACME, PROG, partner, program

BROKEN = "content/programs/broken.md"
COLON = "content/programs/broken.md:2:14: error: a ':' here is not allowed; put the value in quotes"


def test_a_file_shows_every_problem_in_one_run(site: SiteFolder):
    site.write(PROG, program(
        body="See [the plan](/programs/nowhere/), <b>this</b> and [that](javascript:go).\n",
        type="clubb", verified="2026-12-25",
        schedule="{start: 2026-12-10, end: 2026-12-05, times: [3pm]}", deadline="2026-12-20"),
        dedent=False)
    r = site.check()
    problems = [line.split(": ", 2)[:2] for line in r.problems]
    assert problems == [
        ["content/programs/robotics-club.md:5:7", "error"],  # type
        ["content/programs/robotics-club.md:10:11", "error"],  # verified after today
        ["content/programs/robotics-club.md:11:36", "error"],  # end before start
        ["content/programs/robotics-club.md:11:55", "error"],  # times
        ["content/programs/robotics-club.md:12:11", "warning"],  # deadline after start
        ["content/programs/robotics-club.md:14", "error"],  # link to no page
        ["content/programs/robotics-club.md:14", "warning"],  # raw HTML
        ["content/programs/robotics-club.md:14", "warning"],  # javascript: link
    ], r.out
    assert "verified: 2026-12-25 is after today (2026-12-01)" in r.problems[1]
    assert "schedule.end: 2026-12-05 is before start 2026-12-10" in r.problems[2]
    assert "deadline: 2026-12-20 is after the start date 2026-12-10" in r.problems[4]
    assert "/programs/nowhere/ leads to no page" in r.problems[5]


def test_the_body_of_a_file_whose_front_matter_cannot_be_read_is_checked(site: SiteFolder):
    site.write(BROKEN, PROGRAM_FRONT.replace("Robotics Club", "Robots: the club")
               + "See [the plan](/programs/nowhere/).\n")
    r = site.check()
    assert r.problems == [
        COLON, "content/programs/broken.md:12: error: the link /programs/nowhere/ leads to no "
        "page or file of this site; check the path"]


def test_links_to_a_broken_record_wait_on_it_in_every_language(site: SiteFolder):
    site.write(BROKEN, PROGRAM_FRONT.replace("Robotics Club", "Robots: the club") + "Hi.\n")
    site.write(PROG, PROGRAM_FRONT + "Like [this one](/programs/broken/#dates).\n")
    site.write("content/programs/robotics-club.es.md",
               "---\ntitle: Club\n---\nComo [este](/programs/broken/) y [este](/es/programs/broken/).\n")
    site.write("content/pages/about.md", "---\ntitle: About\n---\n[Broken](/programs/broken)\n")
    r = site.check()
    assert r.problems == [COLON + " (4 links to this page wait on it)"]
    assert r.code == 1


def test_one_link_waiting_is_said_in_the_singular(site: SiteFolder):
    site.write(BROKEN, PROGRAM_FRONT.replace("Robotics Club", "Robots: the club")
               + "A [link to itself](/programs/broken/) does not count.\n")
    site.write("content/pages/about.md", "---\ntitle: About\n---\n[Broken](/programs/broken/)\n")
    assert site.check().problems == [COLON + " (1 link to this page waits on it)"]


def test_a_program_naming_a_partner_with_errors_gets_no_second_error(site: SiteFolder):
    site.write(ACME, partner(kind="company"), dedent=False)
    r = site.check()
    assert [line.split(":")[0] for line in r.problems] == [ACME]


def test_a_link_to_a_partner_with_errors_waits_on_it(site: SiteFolder):
    site.write(ACME, partner(kind="company"), dedent=False)
    site.write(PROG, PROGRAM_FRONT + "Run by [Acme](/partners/acme/).\n")
    r = site.check()
    assert len(r.problems) == 1 and r.problems[0].startswith(f"{ACME}:2:7: error: kind:")
    assert r.problems[0].endswith(" (1 link to this page waits on it)")


STALE = "verified: 2025-01-01 is more than 365 days ago"


def test_stale_warning_only_for_what_families_can_still_see(site: SiteFolder):
    site.write(ACME, partner(verified="2025-01-01"), dedent=False)
    site.write(PROG, program(verified="2025-01-01"), dedent=False)
    site.write("content/programs/ended.md", program(
        verified="2025-01-01", schedule="{start: 2025-06-01, end: 2025-06-30}"), dedent=False)
    site.write("content/programs/cancelled.md", program(
        verified="2025-01-01", availability="cancelled"), dedent=False)
    site.write("content/programs/closed.md", program(
        verified="2025-01-01", deadline="2026-11-01"), dedent=False)
    r = site.check()
    stale = sorted(line.split(":")[0] for line in r.problems if STALE in line)
    assert stale == [ACME, "content/programs/closed.md", PROG], r.out


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_a_partner_with_errors_keeps_its_logo_and_its_logo_is_checked(site: SiteFolder):
    site.write("content/partners/logos/acme.png", PNG)
    site.write(ACME, partner(kind="company", logo="logos/acme.png"), dedent=False)
    site.write("content/partners/beta.yaml", partner(kind="company", logo="logos/beta.png"),
               dedent=False)
    r = site.check()
    assert [line.split(": ", 2)[0] for line in r.problems] == [
        f"{ACME}:2:7", "content/partners/beta.yaml:2:7", "content/partners/beta.yaml:5:7"], r.out
    assert "there is no file content/partners/logos/beta.png" in r.problems[2]


def test_an_image_is_not_called_unused_while_a_partner_cannot_be_read(site: SiteFolder):
    site.write("content/partners/logos/acme.png", PNG)
    site.write(ACME, partner(name="Acme: Robotics", logo="logos/acme.png"), dedent=False)
    r = site.check()
    assert [line.split(":")[0] for line in r.problems] == [ACME], r.out
