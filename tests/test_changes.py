"""The change summary (issue 20): `build.py changes` on two versions of a site folder, as a
reviewer reads it in a pull request's job summary."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import PROGRAM, PROGRAM_FRONT, TODAY, SiteFolder

WELDING = """\
---
title: Welding Weekends
partner: acme
summary: Learn to weld on Saturdays.
type: workshop
sectors: [construction-trades]
grades: 9-12
cost: {amount: 40, per: per week}
location: online
deadline: 2027-03-01
verified: 2026-10-01
---
Sparks and safety glasses.
"""
BETA = """\
name: Beta Labs
kind: nonprofit
summary: A makerspace.
verified: 2026-10-01
"""


@pytest.fixture
def versions(tmp_path: Path) -> tuple[SiteFolder, SiteFolder]:
    """The same small site twice: before, and after (which the tests change)."""
    return SiteFolder(tmp_path / "before"), SiteFolder(tmp_path / "after")


def commit(before: SiteFolder, repo: Path) -> str:
    """The files of before as a new commit of the git repository at repo (made when there is
    none; its working tree, the other version, is left as it is): the commit's SHA."""
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    if not (repo / ".git").exists():
        subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, f"--work-tree={before.root}", "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "before"], check=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True,
                          text=True).stdout.strip()


def changes(before: SiteFolder | str, after: SiteFolder, style: str = "text"):
    """after against before (committed into after's repository), or against a ref."""
    ref = before if isinstance(before, str) else commit(before, after.root)
    return after.run("changes", "--before", ref, "--source", str(after.root), "--today", TODAY,
                     "--format", style)


def test_adds_a_program_with_its_grades_and_cost(versions):
    before, after = versions
    after.write("content/programs/welding-weekends.md", WELDING)
    r = changes(before, after)
    assert r.code == 0, r.err
    assert r.out == ("What this changes in the listings\n"
                     "Programs:\n"
                     "- adds 1 program: Welding Weekends (grades 9-12, $40 per week)\n")


def test_removes_a_partner(versions):
    before, after = versions
    before.write("content/partners/beta.yaml", BETA)
    assert "- removes 1 partner: Beta Labs\n" in changes(before, after).out


def test_a_partner_description_moved_from_yaml_to_markdown_is_one_edit(versions):
    before, after = versions
    before.write("content/partners/beta.yaml", BETA + "description: Tools for all.\n")
    after.write("content/partners/beta.md", f"---\n{BETA}---\nTools for everyone.\n")
    assert changes(before, after).lines[2:] == ["- edits the description of Beta Labs"]


def test_a_changed_deadline_in_words(versions):
    before, after = versions
    before.write("content/programs/welding-weekends.md", WELDING)
    after.write("content/programs/welding-weekends.md",
                WELDING.replace("2027-03-01", "2027-03-15"))
    assert changes(before, after).lines[1:] == [
        "Programs:", "- changes the deadline of Welding Weekends from March 1 to March 15"]


def test_a_date_moved_to_another_year_has_its_years(versions):
    before, after = versions
    before.write("content/programs/welding-weekends.md", WELDING)
    after.write("content/programs/welding-weekends.md",
                WELDING.replace("2027-03-01", "2028-01-10"))
    assert ("- changes the deadline of Welding Weekends from March 1, 2027 to January 10, 2028"
            in changes(before, after).lines)


def test_a_changed_cost_and_a_new_zip_code(versions):
    before, after = versions
    after.write("content/programs/robotics-club.md", PROGRAM.replace(
        "cost: free", "cost: {amount: 40}").replace(
        "location: online", "location: {name: Hall, city: Millbrook, zip: '98233', "
                            "region: north}"))
    assert changes(before, after).lines[2:] == [
        "- changes the cost of Robotics Club from free to $40",
        "- changes the location of Robotics Club from online to in person",
        "- sets the place of Robotics Club to Hall",
        "- sets the town of Robotics Club to Millbrook",
        "- sets the ZIP code of Robotics Club to 98233",
        "- sets the region of Robotics Club to north"]


def test_an_edited_body_is_named_not_quoted(versions):
    before, after = versions
    after.write("content/programs/robotics-club.md", PROGRAM_FRONT + "Robots every Friday.\n")
    r = changes(before, after)
    assert r.lines[2:] == ["- edits the description of Robotics Club"]
    assert "Friday" not in r.out


def test_an_added_translation(versions):
    before, after = versions
    after.write("content/programs/robotics-club.es.md",
                "---\ntitle: Club de robótica\n---\nRobots cada martes.\n")
    assert changes(before, after).lines[2:] == ["- adds a Spanish translation of Robotics Club"]


def test_the_same_content_changes_nothing(versions):
    r = changes(*versions)
    assert (r.code, r.lines) == (0, ["What this changes in the listings",
                                     "No listing is added, removed or changed."])


def test_long_lists_are_cut_short(versions):
    before, after = versions
    for n in range(12):
        after.write(f"content/partners/p{n:02}.yaml", BETA.replace("Beta Labs", f"P{n:02}"))
    r = changes(before, after)
    assert r.lines[2] == ("- adds 12 partners: P00, P01, P02, P03, P04, P05, P06, P07, P08, "
                          "P09 and 2 more")
    for n in range(25):
        before.write(f"content/partners/p{n:02}.yaml", BETA.replace("Beta Labs", f"P{n:02}"))
        after.write(f"content/partners/p{n:02}.yaml", BETA.replace("Beta Labs", f"P{n:02}")
                    .replace("makerspace", "lab"))
    r = changes(before, after)
    assert len(r.lines) == 2 + 20 + 1 and r.lines[-1] == "- and 5 more changes"


def test_errors_in_the_new_version_are_counted_and_the_record_left_out(versions):
    before, after = versions
    after.write("content/programs/robotics-club.md", PROGRAM.replace("grades: 6-8", "grades: 13"))
    r = changes(before, after, "markdown")
    assert r.code == 1
    assert ("**The new version has problems:** 1 error, 0 warnings in 1 file; 2 records "
            "checked. The check marks each on its line; records with errors are left out "
            "below.") in r.lines
    assert "removes" not in r.out


def test_markdown_output_escapes_what_comes_from_content(versions):
    before, after = versions
    title = "<img src=x onerror=alert(1)> *Big* [deal](https://evil.example) | a&#10;## b"
    after.write("content/programs/hostile.md", WELDING.replace(
        "Welding Weekends", f"'{title}'").replace("per week", "'per `week`'"))
    r = changes(before, after, "markdown")
    assert r.code == 0, r.out
    assert r.out.splitlines()[2:] == [
        "**Programs**",
        "",
        r"- adds 1 program: &lt;img src\=x onerror\=alert\(1\)&gt; \*Big\* \[deal\]\(https\:\/\/"
        r"evil\.example\) \| a&amp;\#&#8203;10\;\#&#8203;\#&#8203; b (grades 9\-12\, \$40 per "
        r"\`week\`)"]


def test_mentions_and_references_neither_notify_nor_link(versions):
    """GitHub finds mentions and references in the text after Markdown is read, where a
    backslash is gone: a zero-width space (&#8203;) after each @ and # and after GH- breaks
    them, as nothing else there does, and shows nothing."""
    before, after = versions
    after.write("content/programs/hostile.md", WELDING.replace(
        "Welding Weekends", "'@team, #12, org/repo#12, GH-12, gh-7, jo@example.org'"))
    r = changes(before, after, "markdown")
    assert r.lines[-1] == (
        r"- adds 1 program: \@&#8203;team\, \#&#8203;12\, org\/repo\#&#8203;12\, GH\-&#8203;12\, "
        r"gh\-&#8203;7\, jo\@&#8203;example\.org (grades 9\-12\, \$40 per week)")
    assert "@team" in changes(before, after).out  # the text format shows the text as it is


def test_before_may_be_a_git_ref(tmp_path: Path):
    repo = tmp_path / "repo"
    site = SiteFolder(repo / "site")  # the site folder need not be the repository's root
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "first"], check=True)
    site.write("content/programs/welding-weekends.md", WELDING)
    site.remove("content/programs/robotics-club.md")
    r = changes("HEAD", site)
    assert r.lines[1:] == ["Programs:", "- adds 1 program: Welding Weekends (grades 9-12, "
                           "$40 per week)", "- removes 1 program: Robotics Club"]


def test_a_before_that_is_not_a_commit_is_a_usage_error(site: SiteFolder):
    r = changes("no-such-ref", site)
    assert r.code == 2
    assert "'no-such-ref' is not a commit of the git repository that holds " in r.err


def test_before_is_never_a_folder(versions):
    before, after = versions
    commit(before, after.root)
    r = changes(str(before.root), after)
    assert r.code == 2 and f"'{before.root}' is not a commit" in r.err


@pytest.mark.parametrize("shape", ["symlink", "folder"])
def test_a_folder_named_after_the_base_commit_is_not_compared(versions, monkeypatch, shape):
    """The pull request job runs `changes --before <base SHA>` in the site folder: a link or a
    folder of that name committed there must not stand in for the base."""
    before, after = versions
    base = commit(before, after.root)
    after.write("content/programs/welding-weekends.md", WELDING)
    if shape == "symlink":
        (after.root / base).symlink_to(".")
    else:
        decoy = SiteFolder(after.root / base)
        decoy.write("content/programs/welding-weekends.md", WELDING)
    monkeypatch.chdir(after.root)
    r = after.run("changes", "--before", base, "--today", TODAY)
    assert (r.code, r.lines[1:]) == (0, [
        "Programs:", "- adds 1 program: Welding Weekends (grades 9-12, $40 per week)"])


def test_a_changed_link_email_or_phone_is_never_folded_or_cut(versions):
    before, after = versions
    form = "https://forms.example.org/d/e/" + "x" * 90
    for folder, end, mail in ((before, "/viewform", "jo"), (after, "/evil", "mallory")):
        for n in range(25):
            folder.write(f"content/partners/p{n:02}.yaml", BETA.replace(
                "Beta Labs", f"P{n:02}").replace("makerspace", "lab" if folder is after else
                                                 "makerspace"))
        folder.write("content/partners/zz.yaml", BETA.replace("Beta Labs", "Zz") + (
            f"website: {form}{end}\ncontact: {{email: {mail}@example.org, phone: "
            f"555-01{len(mail)}}}\ndescription: Write to {mail}@example.org.\n"))
    r = changes(before, after)
    assert r.lines[2:22] == [f"- edits the summary of P{n:02}" for n in range(20)]
    assert r.lines[22:] == [
        f"- changes the website of Zz from {form}/viewform to {form}/evil",
        "- changes the contact e-mail of Zz from jo@example.org to mallory@example.org",
        "- changes the contact phone of Zz from 555-012 to 555-017",
        "- edits the description of Zz",
        "- and 5 more changes"]


def test_days_hours_and_a_per_word_as_a_reviewer_reads_them(versions):
    before, after = versions
    before.write("content/programs/robotics-club.md", PROGRAM.replace(
        "cost: free", "cost: {amount: 40, per: week}").replace(
        "location: online", "location: online\nschedule: {start: 2027-01-05, days: [tue]}"))
    after.write("content/programs/robotics-club.md", PROGRAM.replace(
        "cost: free", "cost: {amount: 40, per: month}").replace(
        "location: online", "location: online\nschedule: {start: 2027-01-05, days: [tue, thu],"
                            " time: '15:30-17:00'}"))
    assert changes(before, after).lines[2:] == [
        "- changes the cost of Robotics Club from $40 per week to $40 per month",
        "- changes the days of Robotics Club from tue to tue, thu",
        "- sets the hours of Robotics Club to 15:30-17:00"]
