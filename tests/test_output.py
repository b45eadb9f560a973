"""Writing: atomic swap, nothing written on problems, reproducible bytes, output folder rules."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from stemhub import write as write_module
from tests.browser.sitekit import HASH_SEED, build as build_sample
from tests.conftest import TODAY, SiteFolder


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_build_leaves_old_output_untouched(site: SiteFolder, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "sentinel.txt").write_text("old site")
    site.write("content/programs/robotics-club.md", "---\ntitle: Broken\n---\n")
    r = site.build(out)
    assert r.code == 1
    assert (out / "sentinel.txt").read_text() == "old site"
    assert sorted(p.name for p in out.iterdir()) == ["sentinel.txt"]
    assert not (tmp_path / "out.tmp").exists()


def test_interrupted_write_leaves_old_output_and_no_tmp(site: SiteFolder, tmp_path: Path,
                                                        monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "sentinel.txt").write_text("old site")
    calls = []

    def failing_copy(*args, **kwargs):
        calls.append(args)
        raise OSError("disk full")
    monkeypatch.setattr(write_module.shutil, "copyfile", failing_copy)
    with pytest.raises(OSError):
        site.build(out)
    assert calls, "the write stage was reached"
    assert (out / "sentinel.txt").read_text() == "old site"
    assert not (tmp_path / "out.tmp").exists()


def test_successful_build_replaces_output_whole(site: SiteFolder, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "stale.html").write_text("from an old build")
    assert site.build(out).code == 0
    assert not (out / "stale.html").exists()
    assert (out / "programs/robotics-club/index.html").is_file()
    assert not (tmp_path / "out.tmp").exists()


def test_builds_are_byte_identical_whatever_the_hash_seed(sample_out: Path, tmp_path: Path):
    """The sample built in two processes of different hash seeds: sample_out, the run's shared
    build (seed sitekit.HASH_SEED), and one more."""
    assert HASH_SEED != "4242"
    other = build_sample(tmp_path / "other", hash_seed="4242")
    assert tree(sample_out) == tree(other)
    assert len(tree(other)) > 100


def test_source_date_epoch_fixes_today(site: SiteFolder):
    site.write("content/programs/robotics-club.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace(
        "verified: 2026-10-01", "verified: 2026-10-01\ndeadline: 2026-12-05"))
    out = site.root / "site"
    os.environ["SOURCE_DATE_EPOCH"] = "1764590400"  # 2025-12-01 12:00 UTC
    try:
        r = site.run("build", "--source", str(site.root))
    finally:
        del os.environ["SOURCE_DATE_EPOCH"]
    # verified 2026-10-01 is after "today" 2025-12-01
    assert r.code == 1 and "is after today (2025-12-01)" in r.err
    assert not out.exists()


@pytest.mark.parametrize("out_of", [lambda src: src, lambda src: src.parent,
                                    lambda src: src / "public"])
def test_output_folder_may_not_hold_or_be_the_source(site: SiteFolder, out_of):
    r = site.run("build", "--source", str(site.root), "--out", str(out_of(site.root)))
    assert r.code == 2
    assert "--out" in r.err


def test_default_output_is_site_inside_source(site: SiteFolder, monkeypatch):
    monkeypatch.chdir(site.root)
    r = site.run("build", "--today", TODAY)
    assert r.code == 0, r.err
    assert (site.root / "site/index.html").is_file()
