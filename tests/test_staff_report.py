"""`build.py report` (issue 21): every planted problem found, in the terminal and as one
escaped HTML page without script, and the command exits 0."""
from __future__ import annotations

import json
import socket
from datetime import date
from functools import partial
from pathlib import Path

import pytest

from stemhub.options import Options
from stemhub.options import today_of
from stemhub.tools import report
from stemhub.tools.health import health
from stemhub.tools.linkcheck import Checked, check_links
from stemhub.tools.network import Network
from stemhub.tools.published import published
from tests.conftest import PROGRAM_FRONT, TODAY, days
from tests.test_languages import git
from tests.test_linkcheck import network, serve


def program(title: str, **extra: str) -> str:
    keys = "".join(f"{k}: {v}\n" for k, v in extra.items())
    return PROGRAM_FRONT.replace("title: Robotics Club", f"title: {title}") \
        .replace("verified: 2026-10-01\n", keys if "verified" in extra else
                 "verified: 2026-10-01\n" + keys)


@pytest.fixture
def planted(site):
    """A site with one of each problem the report looks for."""
    site.write("content/partners/acme.yaml", "name: Acme Robotics\nkind: industry\n"
               "summary: Robots.\nverified: 2026-10-01\ncontact: {name: Jo Park, email: "
               "jo@acme.example.org}\nwebsite: https://links.example.org/ok\n")
    site.write("content/partners/lonely.yaml", "name: Lonely Labs\nkind: nonprofit\n"
               "summary: No programs.\nverified: 2026-10-01\n")
    site.write("content/programs/robotics-club.md", program(
        "Robotics Club", apply_url="https://links.example.org/missing"))
    site.write("content/programs/old-camp.md", program(
        "Old Camp", verified="2025-01-15", apply_url="https://links.example.org/ok"))
    site.write("content/programs/soon.md", program(
        "<script>alert(1)</script> & Soon", deadline=days(5),
        apply_url="https://links.example.org/ok"))
    site.write("content/programs/ending.md", program(
        "Ending Club", schedule=f"{{start: 2026-09-01, end: {days(7)}}}",
        contact="{phone: 555-0100}"))
    site.write("content/programs/silent.md", program("Silent Club", featured="true"))
    site.write("content/programs/hidden.md", program(
        "Hidden Draft", draft="true", verified="2020-01-01", deadline=days(3)))
    site.write("content/programs/ended.md", program(
        "Ended Camp", verified="2024-01-01", schedule=f"{{start: 2026-06-01, end: {days(-3)}}}"))
    site.write("content/programs/translated.md", program(
        "Translated Club", apply_url="https://links.example.org/ok"))
    site.write("content/programs/translated.es.md", "---\ntitle: Club traducido\n---\n")
    site.write("content/programs/hidden.es.md", "---\ntitle: Borrador\n---\n")
    git(site.root, "init", "-q")
    git(site.root, "add", ".")
    git(site.root, "commit", "-qm", "first", when="2026-01-01T00:00:00")
    site.write("content/programs/translated.md",
               program("Translated Club", apply_url="https://links.example.org/ok") + "New.\n")
    site.write("content/programs/hidden.md", program(
        "Hidden Draft", draft="true", verified="2020-01-01", deadline=days(3)) + "New.\n")
    return site


def run_report(site, net: Network | None = None, cache: Path | None = None):
    opts = Options(site.root, date.fromisoformat(TODAY))
    check = net and partial(check_links, cache=cache, timeout=2, net=net)
    return health(published(opts, today_of), check)


def test_the_terminal_report_names_every_planted_problem_and_exits_0(planted):
    result = planted.run("report", "--source", str(planted.root), "--today", TODAY,
                         "--out", str(planted.root / "report.html"))
    assert result.code == 0
    assert result.out == f"""\
Content health of Test Network on {TODAY}

Not confirmed in 365 days, oldest first (1)
  2025-01-15  Old Camp (content/programs/old-camp.md): ask Jo Park, jo@acme.example.org

Deadlines in the next 14 days (1)
  {days(5)}  <script>alert(1)</script> & Soon (content/programs/soon.md): 5 days left

Programs ending in the next 14 days (1)
  {days(7)}  Ending Club (content/programs/ending.md): its last day

Partners with no listed program (1)
  Lonely Labs (content/partners/lonely.yaml): no program at all

Without an apply link or a contact (1)
  Lonely Labs (content/partners/lonely.yaml): no contact

Translations missing or older than their original (2)
  Silent Club (content/programs/silent.es.md): featured without a Spanish translation
  Translated Club (content/programs/translated.es.md): older than content/programs/translated.md

Translation coverage of the programs listed (summary and eligibility) (1)
  Spanish (content/programs/): 0 of 6 programs

Updates scheduled for a later day (0)
  Nothing.

Web addresses that fail or could not be checked (0)
  Not checked (add --links).
"""


def test_a_program_nobody_can_act_on_is_named(planted):
    planted.write("content/partners/acme.yaml", "name: Acme Robotics\nkind: industry\n"
                  "summary: Robots.\nverified: 2026-10-01\n")
    found = run_report(planted)
    assert [x.slug for x in found.unreachable] == ["silent", "acme", "lonely"]


def test_the_html_page_is_escaped_self_contained_and_without_script(planted):
    planted.run("report", "--source", str(planted.root), "--today", TODAY,
                "--out", str(planted.root / "report.html"))
    page = (planted.root / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Soon" in page
    assert "default-src 'none'" in page and "<link" not in page and "src=" not in page
    assert '<a href="https://example.org/programs/old-camp/">Old Camp</a>' in page
    assert '<a href="mailto:jo@acme.example.org?subject=Please%20confirm%3A%20Old%20Camp&amp;' \
           'body=Hello%20Jo%20Park%2C%0A%0ATest%20Network%20lists%20Old%20Camp%20at%20' \
           'https%3A%2F%2Fexample.org%2Fprograms%2Fold-camp%2F%0AWe%20last%20confirmed%20it' \
           '%20on%20January%2015%2C%202025.' in page


def test_drafts_and_ended_programs_are_left_out(planted):
    found = run_report(planted)
    named = {x.slug for x in found.deadlines + found.unreachable + found.ending} \
        | {s.item.slug for s in found.stale}
    assert "hidden" not in named and "ended" not in named


@pytest.fixture
def server():
    httpd = serve()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


class NoTLS:
    """A TLS context that leaves the connection as it is: the test server speaks plain HTTP."""

    def wrap_socket(self, sock, server_hostname):
        return sock


def web(server):
    """The test network, the planted site's https addresses served by the local server."""
    local = network(server)
    return Network(local.resolve, local.connect, NoTLS)


def test_failing_web_addresses_are_found_once_a_day(planted, server, tmp_path):
    cache = tmp_path / "links.json"
    found = run_report(planted, web(server), cache)
    assert [(x.item.slug, x.key, x.checked.status) for x in found.links] == [
        ("robotics-club", "apply_url", "404 Not Found")]
    assert sorted({path for _, path, _ in server.seen}) == ["/missing", "/ok"]
    asked = len(server.seen)
    assert "  Robotics Club (content/programs/robotics-club.md): apply_url " \
           "https://links.example.org/missing: 404 Not Found\n" in report.text(found)
    assert [x.item.slug for x in run_report(planted, web(server), cache).links] == [
        "robotics-club"]
    assert len(server.seen) == asked  # answered from the cache


def test_offline_the_report_says_so_once_and_keeps_nothing(planted, tmp_path):
    def offline(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    cache = tmp_path / "links.json"
    found = run_report(planted, Network(offline), cache)
    assert (found.links, found.offline) == ([], True)
    assert report.text(found).endswith("Web addresses that fail or could not be checked (0)\n"
                                       "  Not checked: this computer seems offline.\n")
    assert json.loads(cache.read_text(encoding="utf-8")) == {}


def test_an_address_that_cannot_be_looked_up_is_not_checked(planted, server, tmp_path):
    planted.write("content/partners/lonely.yaml", "name: Lonely Labs\nkind: nonprofit\n"
                  "summary: No programs.\nverified: 2026-10-01\n"
                  "website: https://gone.example.org/\n")
    cache = tmp_path / "links.json"
    found = run_report(planted, web(server), cache)
    assert not found.offline
    assert [(x.item.slug, x.checked.status) for x in found.links] == [
        ("lonely", "not checked: no such host (gone.example.org)"),
        ("robotics-club", "404 Not Found")]
    assert "https://gone.example.org/" not in json.loads(cache.read_text(encoding="utf-8"))


def test_without_a_readable_site_yaml_there_is_nothing_to_report(site):
    site.write("site.yaml", "title: [\n")
    for argv in (["report"], ["digest", "--since", TODAY]):
        result = site.run(*argv, "--source", str(site.root), "--today", TODAY)
        assert (result.code, result.out) == (1, "")
        assert result.err == "stemhub: site.yaml has errors; run build.py check\n"


def test_answers_are_kept_outside_the_site_folder(planted, monkeypatch, tmp_path):
    """A pull request can commit any file to the site folder: none of it is read as answers."""
    asked = []

    def check(urls, cache):
        asked.append(cache)
        return {url: Checked(True, "200 OK", 0.0) for url in urls}

    monkeypatch.setattr("stemhub.commands.check_links", check)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    planted.run("report", "--links", "--source", str(planted.root), "--today", TODAY)
    assert asked == [tmp_path / "cache" / "stemhub" / "links.json"]
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    planted.run("report", "--links", "--source", str(planted.root), "--today", TODAY)
    assert asked[1] == tmp_path / "home" / ".cache" / "stemhub" / "links.json"


def test_updates_scheduled_for_a_later_day_are_listed_with_their_day(site):
    news = "---\ntitle: {}\ndate: {}\nsummary: News.\n{}---\nText.\n"
    site.write("content/updates/january.md", news.format("January news", days(40), ""))
    site.write("content/updates/later.md", news.format("Later news", days(-1),
                                                       f"publish_on: {days(9)}\n"))
    site.write("content/updates/out.md", news.format("Out now", days(-1), ""))
    site.write("content/updates/drafted.md", news.format("Draft news", days(3), "draft: true\n"))
    found = run_report(site)
    assert [(str(u.day), u.name) for u in found.scheduled] == [
        (days(9), "Later news"), (days(40), "January news")]
    text = report.text(found)
    assert "Updates scheduled for a later day (2)" in text
    assert f"  {days(9)}  Later news (content/updates/later.md): published that day" in text


def test_translation_coverage_counts_summary_and_eligibility_per_language(site):
    """A translation counts when it gives the summary, and the eligibility where the original
    has one; ended programs are not counted."""
    site.write("content/programs/robotics-club.es.md", "---\nsummary: Robots.\n---\n")
    site.write("content/programs/kites.md", program("Kites", eligibility="Anyone in grade 7."))
    site.write("content/programs/kites.es.md", "---\nsummary: Cometas.\n---\n")
    site.write("content/programs/old.md", program("Old", schedule=f"{{end: {days(-30)}}}"))
    found = run_report(site)
    assert found.errors == 0 and found.coverage == [("es", 1, 2)]
    assert "  Spanish (content/programs/): 1 of 2 programs" in report.text(found)
    site.write("content/programs/kites.es.md",
               "---\nsummary: Cometas.\neligibility: Todos en grado 7.\n---\n")
    assert run_report(site).coverage == [("es", 2, 2)]
