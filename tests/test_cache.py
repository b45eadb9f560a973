"""`build` from what the last build remembers (memo/last_build.py): whatever it remembers, the
output and the problems are byte for byte those of a fresh build; a build with nothing changed is
done at once; what it remembers is plain data in the user's cache folder, checked before use, and
nothing in the site folder (which a pull request can fill) is ever read as the cache."""
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

from stemhub.memo import last_build
from tests.conftest import PROGRAM, TODAY, SiteFolder
from tests.test_languages import git
from tests.test_serve import EDITS, tree

PAGE = "programs/robotics-club/index.html"


def built(site: SiteFolder, out: Path, *extra: str) -> str:
    """Build into out: the problems it printed."""
    result = site.build(out, *extra)
    return result.err


def same_as_fresh(site: SiteFolder, out: Path, what: str) -> None:
    warm = built(site, out)
    fresh = site.root.parent / "fresh"
    assert built(site, fresh, "--fresh") == warm, what
    if "error" not in warm.splitlines()[-1].replace("0 errors", ""):
        assert tree(out) == tree(fresh), what


def remembered(home: Path) -> list[Path]:
    """Every file builds keep in the cache folder home."""
    return sorted(p for p in home.rglob("*") if p.is_file())


def test_a_build_from_the_cache_equals_a_fresh_build_after_each_edit(site: SiteFolder,
                                                                     tmp_path: Path):
    out = tmp_path / "out"
    built(site, out)
    for what, rel, text in EDITS + [("nothing changed", "", "")]:
        if text is None:
            site.remove(rel)
        elif rel:
            site.write(rel, text)
        same_as_fresh(site, out, what)


def test_an_output_file_changed_by_hand_is_made_again(site: SiteFolder, tmp_path: Path):
    out = tmp_path / "out"
    built(site, out)
    page = out / PAGE
    made = page.read_bytes()
    os.unlink(page)  # a new file, as an editor writes it: a new inode and a new time
    page.write_bytes(b"<p>edited by hand</p>")
    built(site, out)
    assert page.read_bytes() == made


def test_what_a_build_remembers_is_plain_data_outside_the_site_folder(site: SiteFolder,
                                                                       tmp_path: Path,
                                                                       cache_home: Path):
    built(site, tmp_path / "out")
    built(site, site.root / "site")
    kept = remembered(cache_home)
    assert len(kept) == 2  # one for each source and output folder
    for path in kept:
        assert path.is_relative_to(cache_home / "stemhub") and path.suffix == ".json"
        assert isinstance(json.loads(path.read_bytes()), dict)
    assert sorted(p.name for p in site.root.iterdir()) == ["content", "site", "site.yaml"]


def test_without_xdg_cache_home_the_cache_is_in_the_home_folder(site: SiteFolder, tmp_path: Path,
                                                                 monkeypatch):
    """XDG_CACHE_HOME as the XDG spec reads it: a relative one is ignored."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    for setting in (None, "relative"):
        if setting is None:
            monkeypatch.delenv("XDG_CACHE_HOME")
        else:
            monkeypatch.setenv("XDG_CACHE_HOME", setting)
        built(site, tmp_path / f"out-{setting}")
    assert len(remembered(tmp_path / "home/.cache/stemhub")) == 2
    assert not (tmp_path / "relative").exists()


def test_a_damaged_tampered_or_unwritable_cache_is_ignored(site: SiteFolder, tmp_path: Path,
                                                          cache_home: Path, monkeypatch):
    """Anything but what a build of this code wrote is no cache: the build is a full one (the
    output folder is made again, where a build with nothing changed leaves it as it was)."""
    site.search_index = True  # the mode cache.key sees here
    aged(site)
    out = tmp_path / "out"
    first = built(site, out)
    [path] = remembered(cache_home)
    made_with, valid = last_build.key(site.root, out, None, False), path.read_bytes()
    assert last_build._last(path, made_with, out) is not None
    for tamper in TAMPERED:
        path.write_bytes(tamper(json.loads(valid)) if callable(tamper) else tamper)
        assert last_build._last(path, made_with, out) is None, tamper
    path.write_bytes(TAMPERED[0])
    folder = out.stat().st_ino
    assert built(site, out) == first and out.stat().st_ino != folder
    shutil.rmtree(cache_home)
    cache_home.write_text("a file where the folder goes")
    assert built(site, out) == first
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr("pathlib.Path.home", no_home)
    assert built(site, out) == first


def no_home():
    raise RuntimeError("Could not determine home directory.")


def changed(key: str, value):
    def tamper(data: dict) -> bytes:
        data[key] = value
        return json.dumps(data).encode()
    return tamper


def without(key: str):
    def tamper(data: dict) -> bytes:
        del data[key]
        return json.dumps(data).encode()
    return tamper


TAMPERED = [
    b"\x80\x05not json", b"[]", b"[" * 100_000, b"\xff\xfe",
    lambda data: json.dumps({**data, "made_with": [2] + data["made_with"][1:]}).encode(),
    changed("since", "1"), changed("records", True), changed("records", 1.5),
    changed("files", "index.html"), changed("files", [1]), changed("today", "2026-13-01"),
    changed("today", 20261201), changed("zone", None), changed("folder", [1]),
    changed("problems", [["site.yaml", 1, 0, "fatal", "what"]]),
    changed("problems", [["site.yaml", 1]]),
    changed("problems", [["site.yaml", -1, 0, "error", ""]]),
    changed("problems", [["site.yaml", 1, 0, "error", "a raw \x1b[31m escape"]]),
    changed("read", {"taken": 1}), changed("read", [1, "not hex", 1]),
    changed("state", "from an older version"), without("zone"),
]


def test_a_failed_build_keeps_the_last_site_and_the_cache_that_made_it(site: SiteFolder,
                                                                       tmp_path: Path):
    out = tmp_path / "out"
    built(site, out)
    kept = tree(out)
    site.write("content/programs/robotics-club.md", "---\ntitle: Broken\n")
    assert "error" in built(site, out)
    assert tree(out) == kept
    site.write("content/programs/robotics-club.md", PROGRAM.replace("Robotics", "Robot"))
    same_as_fresh(site, out, "fixed")


def test_another_output_folder_or_base_url_builds_afresh(site: SiteFolder, tmp_path: Path):
    out = tmp_path / "out"
    built(site, out)
    built(site, out, "--base-url", "https://elsewhere.example/")
    page = (out / PAGE).read_text(encoding="utf-8")
    assert "https://elsewhere.example/" in page and "https://example.org/" not in page
    same_as_fresh(site, tmp_path / "other", "another output folder")
    assert "https://example.org/" in (tmp_path / "other" / PAGE).read_text(encoding="utf-8")


def aged(site: SiteFolder) -> None:
    """Every file of the site folder last changed an hour ago (a file changed within two
    seconds of a build is read again: its change could hide in the clock's tick)."""
    hour_ago = os.stat(site.root / "site.yaml").st_mtime - 3600
    for path in site.root.rglob("*"):
        os.utime(path, (hour_ago, hour_ago), follow_symlinks=False)


def test_a_build_with_nothing_changed_is_done_at_once(site: SiteFolder, tmp_path: Path):
    site.write("content/programs/robotics-club.md",
               PROGRAM.replace("verified: 2026-10-01", "verified: 2026-10-01\n"
                               "apply_url: http://example.org/apply"))
    aged(site)
    out = tmp_path / "out"
    first = built(site, out)
    assert "warning" in first and "http://" in first
    folder = out.stat().st_ino
    assert built(site, out) == first  # the same problems, said again
    assert out.stat().st_ino == folder  # not swapped: nothing was written
    (out / PAGE).unlink()
    (out / PAGE).write_text("<p>edited by hand</p>")
    assert built(site, out) == first
    assert out.stat().st_ino != folder and "edited by hand" not in (out / PAGE).read_text()
    folder = out.stat().st_ino
    (out / "extra.html").write_text("<p>added by hand</p>")
    built(site, out)
    assert out.stat().st_ino != folder and not (out / "extra.html").exists()
    site.write("content/programs/drone-lab.md", PROGRAM.replace("Robotics Club", "Drone Lab"))
    aged(site)
    same_as_fresh(site, out, "a program added an hour ago")
    assert (out / "programs/drone-lab/index.html").is_file()


def test_a_build_without_the_search_index_is_never_taken_for_one_with_it(site: SiteFolder,
                                                                          tmp_path: Path):
    """The tests' builds skip Pagefind (options.search_index); the cache knows it, so the next
    build with the index is a full one."""
    aged(site)
    out = tmp_path / "out"
    built(site, out)
    assert (out / "search/facets.json").is_file() and not (out / "pagefind").exists()
    assert not (out / "search/ids.json").exists()
    site.search_index = True
    built(site, out)
    assert (out / "pagefind/pagefind-entry.json").is_file() and (out / "search/ids.json").is_file()


def test_pages_written_on_every_core_are_known_as_the_builds(site: SiteFolder, tmp_path: Path,
                                                             monkeypatch):
    """The workers write the pages they render: a build with nothing changed is done at once
    all the same."""
    monkeypatch.setattr("stemhub.parallel.MIN_ITEMS", 1)
    aged(site)
    out = tmp_path / "out"
    built(site, out)
    folder = out.stat().st_ino
    built(site, out)
    assert out.stat().st_ino == folder


def test_a_folder_linked_in_after_a_build_is_seen(site: SiteFolder, tmp_path: Path):
    """A symlink to a folder is a change too (an error), though the folder it sits in and the
    files it leads to are as they were."""
    aged(site)
    out = tmp_path / "out"
    built(site, out)
    (site.root / "content/programs/more").symlink_to(tmp_path)
    os.utime(site.root / "content/programs/more", (0, 0), follow_symlinks=False)
    same_as_fresh(site, out, "a folder linked in")
    assert "symlink" in built(site, out)


def test_a_build_with_nothing_changed_imports_no_more_than_it_needs(site: SiteFolder,
                                                                     tmp_path: Path):
    """Importing the build takes longer than a build with nothing to do: such a build ends
    before it imports the records, the pages or the outputs; a build with work imports them."""
    site.search_index = True  # the mode of the builds run below
    aged(site)
    out = tmp_path / "out"
    built(site, out)
    program = ("import sys; from stemhub.cli import main; main(sys.argv[1:]); "
               "print(sorted({'stemhub.build', 'stemhub.records.models', 'pydantic', 'jinja2'}"
               " & set(sys.modules)))")
    argv = [sys.executable, "-c", program, "build", "--source", str(site.root), "--out", str(out),
            "--today", TODAY]
    assert subprocess.run(argv, capture_output=True, text=True).stdout == "[]\n"
    (out / PAGE).unlink()
    assert "stemhub.build" in subprocess.run(argv, capture_output=True, text=True).stdout


class Planted:
    """Unpickled, it creates the file at its path: code a pull request could commit as
    .stemhub-cache/build.pickle (git add -f passes .gitignore)."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return Path.touch, (self.path,)


def plant(site: SiteFolder, names: list[str], tmp_path: Path) -> Path:
    """A pickle in the site's .stemhub-cache/ under each name: the file its unpickling makes."""
    made = tmp_path / "unpickled"
    for name in names:
        site.write(f".stemhub-cache/{name}", pickle.dumps(Planted(made)))
    return made


def test_a_cache_in_the_site_folder_is_never_read(site: SiteFolder, tmp_path: Path):
    made = plant(site, ["build.last", "build.pickle"], tmp_path)
    assert site.build(tmp_path / "out").code == 0
    assert site.check().code == 0
    assert not made.exists()
    pickle.loads((site.root / ".stemhub-cache/build.pickle").read_bytes())
    assert made.exists()  # what the build did not do


def test_check_reports_a_cache_folder_committed_to_git_without_reading_it(site: SiteFolder,
                                                                         tmp_path: Path):
    """The site folder may be a folder of its repository: paths are the site folder's."""
    made = plant(site, ["build.last", "build.pickle"], tmp_path)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-f", ".")
    git(tmp_path, "commit", "-qm", "a cache committed by mistake")
    fix = ("is committed to git, but .stemhub-cache/ is a build's scratch space that must not "
           "be in the repository (stemhub never reads it): remove it from git with `git rm -r "
           "--cached .stemhub-cache` and commit")
    for result in (site.check(), site.build(tmp_path / "out")):
        assert result.code == 1
        assert result.problems == [f".stemhub-cache/{name}:1: error: .stemhub-cache/{name} {fix}"
                                   for name in ("build.last", "build.pickle")]
    assert not made.exists()
    git(site.root, "rm", "-rq", "--cached", ".stemhub-cache")
    assert site.check().code == 0
