"""check --changed-since REF (content-model.md, "Command line"): the whole site checked, only the
problems of the files changed since REF printed, with those the change causes elsewhere."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import PROGRAM_FRONT, SiteFolder
from tests.rulekit import ACME, PROG, partner, program


@pytest.fixture
def site(core_site: SiteFolder) -> SiteFolder:
    """Every feature off: these are rules of the core."""
    return core_site


STALE = f"{ACME}:4:11: warning: verified: 2025-01-01 is more than 365 days ago; confirm the " \
        "record with the partner and update the date"
CAMP = "content/programs/camp.md"
ROOT = Path(__file__).resolve().parent.parent


def git(site: SiteFolder, *args: str) -> None:
    subprocess.run(["git", "-C", str(site.root), "-c", "user.name=t",
                    "-c", "user.email=t@example.org", *args], check=True, capture_output=True)


@pytest.fixture
def repo(site: SiteFolder) -> SiteFolder:
    """The site committed, with a stale partner: a warning no pull request is about."""
    site.write(ACME, partner(verified="2025-01-01"), dedent=False)
    site.write(CAMP, program(title="Camp"), dedent=False)
    git(site, "init", "-q")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "first")
    return site


def test_only_the_changed_files_problems_then_how_many_more(repo: SiteFolder):
    repo.write(PROG, program(capacity="0"), dedent=False)
    r = repo.check("--changed-since", "HEAD")
    assert r.out.splitlines() == [
        f"{PROG}:11:11: error: capacity: 0 is too small; the least allowed is 1",
        "1 error, 0 warnings in 1 file; 3 records checked; 1 more in other files"]
    assert r.code == 1
    assert STALE in repo.check().out  # without the option: every problem


def test_exits_as_always_when_the_others_fail(repo: SiteFolder):
    repo.write(CAMP, program(title="Camp", capacity="0"), dedent=False)
    git(repo, "commit", "-q", "-am", "broken camp")
    r = repo.check("--changed-since", "HEAD")
    assert r.out.splitlines() == ["0 errors, 0 warnings; 3 records checked; 2 more in other files"]
    assert r.code == 1


def test_untracked_and_renamed_files_count_as_changed(repo: SiteFolder):
    repo.write("content/programs/new.md", program(title="New", capacity="0"), dedent=False)
    git(repo, "mv", CAMP, "content/programs/camp-2027.md")
    repo.write("content/programs/camp-2027.md", program(title="Camp", deadline="x"), dedent=False)
    r = repo.check("--changed-since", "HEAD")
    assert [line.split(":")[0] for line in r.problems] == [
        "content/programs/camp-2027.md", "content/programs/new.md"]


def test_a_link_to_a_page_the_change_removed_is_shown(repo: SiteFolder):
    repo.write(PROG, PROGRAM_FRONT + "See [the camp](/programs/camp/).\n")
    git(repo, "commit", "-q", "-am", "link the camp")
    repo.remove(CAMP)
    r = repo.check("--changed-since", "HEAD")
    assert r.problems == [f"{PROG}:12: error: the link /programs/camp/ leads to no page or file "
                          "of this site; check the path"]
    assert r.lines[-1].endswith("; 1 more in other files")


def test_a_program_naming_a_partner_the_change_removed_is_shown(repo: SiteFolder):
    repo.remove(ACME)
    r = repo.check("--changed-since", "HEAD")
    assert [line.split(":")[0] for line in r.problems] == [CAMP, PROG]
    assert all("there is no partner 'acme'" in line for line in r.problems)


def test_a_change_to_site_yaml_shows_every_problem(repo: SiteFolder):
    repo.write("site.yaml", (repo.root / "site.yaml").read_text() + "stale_after_days: 400\n")
    assert repo.check("--changed-since", "HEAD").problems == [STALE.replace("365", "400")]


def test_json_and_github_print_only_the_changed_files_problems(repo: SiteFolder):
    repo.write(PROG, program(capacity="0"), dedent=False)
    found = json.loads(repo.check("--changed-since", "HEAD", "--format", "json").out)
    assert [p["path"] for p in found] == [PROG]
    r = repo.check("--changed-since", "HEAD", "--format", "github")
    assert r.out.splitlines() == [
        f"::error file={PROG},line=11,col=11::capacity: 0 is too small; the least allowed is 1",
        "1 error, 0 warnings in 1 file; 3 records checked; 1 more in other files"]


@pytest.mark.parametrize("ref", ["no-such-ref", "--output=x", "HEAD~5"])
def test_a_ref_git_does_not_know_is_a_usage_error(repo: SiteFolder, ref: str):
    r = repo.check(f"--changed-since={ref}")
    assert r.code == 2 and f"'{ref}' is not a commit of a git repository" in r.err


def test_a_folder_outside_git_is_a_usage_error(site: SiteFolder, tmp_path: Path):
    r = site.check("--changed-since", "HEAD")
    assert r.code == 2 and "'HEAD' is not a commit" in r.err


def test_a_translation_of_a_record_the_change_edited_is_shown(repo: SiteFolder):
    repo.write("content/programs/camp.es.md", "---\ntitle: Campamento\n---\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "translate the camp")
    repo.write(CAMP, program(title="Camp", summary="Camp all summer."), dedent=False)
    r = repo.check("--changed-since", "HEAD")
    assert r.problems == ["content/programs/camp.es.md:1: warning: content/programs/camp.md "
                          "changed after this translation did; check that the translation "
                          "still says the same and update it"]


def test_the_pull_request_check_prints_the_problems_of_its_own_files():
    workflow = yaml.safe_load((ROOT / ".github/workflows/check-content.yml").read_text())
    check = next(step for job in workflow["jobs"].values() for step in job["steps"]
                 if step.get("name") == "Check")
    assert check["run"] == (".venv/bin/python build.py check --format github --changed-since "
                            "${{ github.event.pull_request.base.sha }}")
