"""Exact output of the command line (content-model.md, "Problems" and "Command line"): summary
line, --format github and json, --strict, exit codes 0/1/2, and one run reporting everything."""
from __future__ import annotations

import json

import pytest

from tests.conftest import SiteFolder
from tests.rulekit import ACME, PROG, partner, program

HTTP_WARNING = ("content/partners/acme.yaml:5:10: warning: website: http://acme.example.org/ "
                "uses http; use https:// if the site supports it")
CAPACITY_ERROR = ("content/programs/robotics-club.md:11:11: error: capacity: 0 is too small; "
                  "the least allowed is 1")
KIND_ERROR = ("kind: 'company' is not a kind of partner; did you mean 'community'? Allowed: "
              "industry, nonprofit, higher-education, k12, government, foundation, community, "
              "workforce, library-museum")


def test_clean_site_summary(site: SiteFolder):
    r = site.check()
    assert (r.code, r.out, r.err) == (0, "0 errors, 0 warnings; 2 records checked\n", "")


def test_one_error_summary(site: SiteFolder):
    site.write(PROG, program(capacity="0"), dedent=False)
    r = site.check()
    assert r.out.splitlines() == [CAPACITY_ERROR,
                                  "1 error, 0 warnings in 1 file; 2 records checked"]
    assert r.code == 1


def test_error_and_warning_summary_sorted_by_path(site: SiteFolder):
    site.write(PROG, program(capacity="0"), dedent=False)
    site.write(ACME, partner(website="http://acme.example.org/"), dedent=False)
    r = site.check()
    assert r.out.splitlines() == [HTTP_WARNING, CAPACITY_ERROR,
                                  "1 error, 1 warning in 2 files; 2 records checked"]
    assert r.code == 1


def test_warning_only_exits_0_and_strict_exits_1(site: SiteFolder):
    site.write(ACME, partner(website="http://acme.example.org/"), dedent=False)
    expected = [HTTP_WARNING, "0 errors, 1 warning in 1 file; 2 records checked"]
    plain, strict = site.check(), site.check("--strict")
    assert (plain.code, plain.out.splitlines()) == (0, expected)
    assert (strict.code, strict.out.splitlines()) == (1, expected)


def test_build_prints_problems_on_stderr_and_strict_fails(site: SiteFolder):
    site.write(ACME, partner(website="http://acme.example.org/"), dedent=False)
    r = site.build(None, "--strict")
    assert (r.code, r.out) == (1, "")
    assert r.err.splitlines() == [HTTP_WARNING, "0 errors, 1 warning in 1 file; 2 records checked"]
    assert not (site.root / "site").exists()


def test_translations_count_as_records(site: SiteFolder):
    site.write("content/programs/robotics-club.es.md", "---\ntitle: Club de robótica\n---\n",
               dedent=False)
    assert site.check().out == "0 errors, 0 warnings; 3 records checked\n"


def test_every_file_reported_in_one_run(site: SiteFolder):
    site.write(PROG, program(title=None), dedent=False)
    site.write(ACME, partner(kind="company"), dedent=False)
    site.write("content/programs/chess.md", program(body="Chess \x1b.\n"), dedent=False)
    r = site.check()
    assert r.out.splitlines() == [
        f"content/partners/acme.yaml:2:7: error: {KIND_ERROR}",
        "content/programs/chess.md:12:7: error: control character U+001B is not allowed; "
        "delete it",
        "content/programs/robotics-club.md:1: error: 'title' is required; add it",
        "3 errors, 0 warnings in 3 files; 3 records checked"]
    assert r.code == 1


def test_format_github(site: SiteFolder):
    site.write(PROG, program(title=None), dedent=False)
    site.write(ACME, partner(website="http://acme.example.org/"), dedent=False)
    r = site.check("--format", "github")
    assert r.out.splitlines() == [
        "::warning file=content/partners/acme.yaml,line=5,col=10::website: "
        "http://acme.example.org/ uses http; use https:// if the site supports it",
        "::error file=content/programs/robotics-club.md,line=1::'title' is required; add it",
        "1 error, 1 warning in 2 files; 2 records checked"]
    assert r.code == 1


def test_format_json(site: SiteFolder):
    site.write(PROG, program(title=None), dedent=False)
    site.write(ACME, partner(kind="company"), dedent=False)
    r = site.check("--format", "json")
    assert json.loads(r.out) == [
        {"path": "content/partners/acme.yaml", "line": 2, "col": 7, "severity": "error",
         "message": KIND_ERROR},
        {"path": "content/programs/robotics-club.md", "line": 1, "col": None,
         "severity": "error", "message": "'title' is required; add it"}]
    assert r.code == 1


def test_format_json_clean_is_empty_list(site: SiteFolder):
    r = site.check("--format", "json")
    assert (r.code, json.loads(r.out)) == (0, [])


def test_repeated_warnings_capped_at_ten(site: SiteFolder):
    site.write(PROG, program(body="".join(f"<b>{i}</b>\n\n" for i in range(12))), dedent=False)
    r = site.check()
    raw = "warning: raw HTML is not rendered: it shows as text; use Markdown instead"
    assert r.problems == [f"{PROG}:{12 + 2 * i}: {raw}" for i in range(10)] + [
        f"{PROG}:30: warning: raw HTML is not rendered: 2 more like this in this file"]
    # the summary counts every warning, also those only counted
    assert r.lines[-1] == "0 errors, 12 warnings in 1 file; 2 records checked"
    assert r.code == 0


def test_missing_site_yaml_exit_1(site: SiteFolder):
    site.remove("site.yaml")
    for r in (site.check(), site.build()):
        assert r.problems == ["site.yaml:1: error: site.yaml is missing; create it with title, "
                              "description, base_url, contact and regions"]
        assert r.code == 1


def _usage(r) -> str:
    return r.err.strip().splitlines()[-1]


@pytest.mark.parametrize("today", ["2026-13-01", "tomorrow", "2026-1-5"])
def test_bad_today_exit_2(site: SiteFolder, today: str):
    r = site.run("check", "--source", str(site.root), "--today", today)
    assert r.code == 2
    assert _usage(r) == f"stemhub: error: --today '{today}' is not a date (YYYY-MM-DD)"
    assert r.out == ""


def test_missing_source_exit_2(site: SiteFolder):
    missing = site.root / "nope"
    r = site.run("check", "--source", str(missing), "--today", "2026-12-01")
    assert (r.code, _usage(r)) == (2, f"stemhub: error: the source folder {missing} does not exist")


def test_bad_format_exit_2(site: SiteFolder):
    r = site.run("check", "--source", str(site.root), "--format", "xml")
    assert r.code == 2
    assert "invalid choice: 'xml'" in _usage(r)


@pytest.mark.parametrize("where, message", [
    (".", "--out {out} is or contains the source folder; choose another"),
    ("..", "--out {out} is or contains the source folder; choose another"),
    ("public", "--out {out} lies inside the source folder; use site/ or a folder outside it"),
    ("site/inner", "--out {out} lies inside the source folder; use site/ or a folder outside it"),
], ids=["out-is-source", "out-contains-source", "out-inside-source", "out-inside-site"])
def test_bad_out_exit_2(site: SiteFolder, where: str, message: str):
    out = (site.root / where).resolve()
    r = site.build(out)
    assert (r.code, _usage(r)) == (2, "stemhub: error: " + message.format(out=out))
    assert not (site.root / "public").exists()


def test_out_site_inside_source_allowed(site: SiteFolder):
    r = site.build(site.root / "site")
    assert (r.code, r.err) == (0, "0 errors, 0 warnings; 2 records checked\n")


def test_repeated_warnings_of_one_kind_are_grouped_whatever_they_name(site: SiteFolder):
    links = "\n\n".join(f"[x{i}](javascript:alert({i}))" for i in range(12))
    site.write("content/programs/robotics-club.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text() + "\n" + links + "\n")
    r = site.check()
    assert len(r.problems) == 11
    assert r.problems[-1].endswith("warning: link to 'javascript:alert(9)' removed (the text "
                                   "stays): 2 more like this in this file")
    assert r.lines[-1] == "0 errors, 12 warnings in 1 file; 2 records checked"
