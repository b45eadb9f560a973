"""The command line as outside checks call it (content-model.md, "Command line"): help, the
default command, and `check` writing nothing; run as real processes of build.py."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TODAY, SiteFolder

ROOT = Path(__file__).resolve().parent.parent
BUILD_PY = ROOT / "build.py"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    return subprocess.run([sys.executable, str(BUILD_PY), *args], cwd=cwd or ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*"))}


# --- help --------------------------------------------------------------------------------

def test_top_level_help():
    r = run("--help")
    assert r.returncode == 0, r.stderr
    assert "build" in r.stdout and "check" in r.stdout
    assert r.stdout.lstrip().lower().startswith("usage:")


@pytest.mark.parametrize("command, options", [
    ("build", ["--source", "--out", "--today", "--base-url", "--drafts", "--strict"]),
    ("check", ["--source", "--today", "--format", "--strict", "--drafts"]),
    ("changes", ["--before", "--source", "--today", "--format"]),
])
def test_command_help(command, options):
    r = run(command, "--help")
    assert r.returncode == 0, r.stderr
    assert r.stdout.lower().startswith("usage:")
    missing = [o for o in options if o not in r.stdout]
    assert missing == []


def test_help_writes_nothing(tmp_path: Path):
    before = snapshot(tmp_path)
    for args in (["--help"], ["build", "--help"], ["check", "--help"]):
        assert run(*args, cwd=tmp_path).returncode == 0
    assert snapshot(tmp_path) == before


# --- no command means build --------------------------------------------------------------

def test_no_command_with_options_means_build(site: SiteFolder, tmp_path: Path):
    out = tmp_path / "out"
    r = run("--source", str(site.root), "--out", str(out), "--today", TODAY)
    assert r.returncode == 0, r.stderr
    assert (out / "programs/robotics-club/index.html").is_file()
    assert r.stderr.strip().splitlines()[-1] == "0 errors, 0 warnings; 2 records checked"
    assert r.stdout == ""


def test_no_arguments_builds_current_folder_into_site(site: SiteFolder):
    r = run(cwd=site.root)
    assert r.returncode == 0, r.stderr
    assert (site.root / "site/index.html").is_file()
    assert (site.root / "site/programs/robotics-club/index.html").is_file()
    assert r.stderr.strip().splitlines()[-1].startswith("0 errors")


def test_no_command_failing_content_exits_1(site: SiteFolder, tmp_path: Path):
    site.write("content/programs/robotics-club.md", "---\ntitle: Broken\n---\n")
    out = tmp_path / "out"
    r = run("--source", str(site.root), "--out", str(out), "--today", TODAY)
    assert r.returncode == 1
    assert not (out / "index.html").exists()
    assert ": error: " in r.stderr


def test_no_command_bad_option_is_usage_error(site: SiteFolder):
    r = run("--source", str(site.root), "--today", "2026-13-45")
    assert r.returncode == 2
    assert not (site.root / "site").exists()


# --- check writes nothing ----------------------------------------------------------------

def test_check_writes_nothing(site: SiteFolder):
    before = snapshot(site.root.parent)
    r = run("check", "--source", str(site.root), "--today", TODAY)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.strip().splitlines()[-1] == "0 errors, 0 warnings; 2 records checked"
    assert not (site.root / "site").exists()
    assert snapshot(site.root.parent) == before


def test_check_writes_nothing_even_from_inside_the_folder(site: SiteFolder):
    before = snapshot(site.root)
    r = run("check", "--today", TODAY, cwd=site.root)
    assert r.returncode == 0, r.stdout + r.stderr
    assert not (site.root / "site").exists()
    assert snapshot(site.root) == before


def test_check_with_problems_writes_nothing(site: SiteFolder):
    site.write("content/programs/robotics-club.md", "---\ntitle: Broken\n---\n")
    before = snapshot(site.root.parent)
    r = run("check", "--source", str(site.root), "--today", TODAY)
    assert r.returncode == 1
    assert snapshot(site.root.parent) == before


def test_check_on_sample_content_is_clean():
    had_site = (ROOT / "site").exists()
    r = run("check", "--source", str(ROOT), "--today", "2026-12-01")
    assert r.returncode == 0, r.stdout + r.stderr
    summary = r.stdout.strip().splitlines()[-1]
    assert summary.startswith("0 errors"), summary
    assert "records checked" in summary
    assert ": error: " not in r.stdout
    assert (ROOT / "site").exists() == had_site


def test_check_json_on_sample_content_has_no_errors():
    import json
    r = run("check", "--source", str(ROOT), "--today", "2026-12-01", "--format", "json")
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)
    assert isinstance(found, list)
    assert [p for p in found if p["severity"] == "error"] == []
