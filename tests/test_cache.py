"""`build` from what the last build kept (cache.py): whatever it kept, the output and the
problems are byte for byte those of a fresh build; pages and files nothing changed are kept (the
same file, hard-linked), and a cache or an output file that is not what the last build left is
never trusted."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from stemhub.cache import FOLDER
from tests.conftest import PROGRAM, TODAY, SiteFolder
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


def test_a_build_from_the_cache_equals_a_fresh_build_after_each_edit(site: SiteFolder,
                                                                     tmp_path: Path):
    out = tmp_path / "out"
    built(site, out)
    assert (site.root / FOLDER / "build.pickle").is_file()
    for what, rel, text in EDITS + [("nothing changed", "", "")]:
        if text is None:
            site.remove(rel)
        elif rel:
            site.write(rel, text)
        same_as_fresh(site, out, what)


def test_what_nothing_changed_is_kept_and_only_what_shows_an_edit_is_made(site: SiteFolder,
                                                                          tmp_path: Path):
    site.write("content/programs/drone-lab.md", PROGRAM.replace("Robotics Club", "Drone Lab"))
    out = tmp_path / "out"
    built(site, out)
    before = inodes(out)
    built(site, out)
    assert inodes(out) == before
    site.write("content/programs/drone-lab.md", PROGRAM.replace("Robotics Club", "Drone Labs"))
    built(site, out)
    inode = inodes(out)
    assert inode[PAGE] == before[PAGE]  # nothing on it changed
    assert inode["programs/drone-lab/index.html"] != before["programs/drone-lab/index.html"]
    assert inode["programs/index.html"] != before["programs/index.html"]  # its card


def inodes(out: Path) -> dict[str, int]:
    """Each file's inode, but the copied files (static/: copied by every build)."""
    return {rel: (out / rel).stat().st_ino for rel in tree(out) if not rel.startswith("static/")}


def test_an_output_file_changed_by_hand_is_made_again(site: SiteFolder, tmp_path: Path):
    out = tmp_path / "out"
    built(site, out)
    page = out / PAGE
    made = page.read_bytes()
    os.unlink(page)  # a new file, as an editor writes it: a new inode and a new time
    page.write_bytes(b"<p>edited by hand</p>")
    built(site, out)
    assert page.read_bytes() == made


def test_a_damaged_or_unwritable_cache_is_ignored(site: SiteFolder, tmp_path: Path):
    out = tmp_path / "out"
    built(site, out)
    for name in ("build.pickle", "build.last"):
        (site.root / FOLDER / name).write_bytes(b"\x80\x05not a pickle")
        same_as_fresh(site, out, f"{name} damaged")
    shutil.rmtree(site.root / FOLDER)
    (site.root / FOLDER).write_text("a file where the folder goes")
    site.write("content/programs/robotics-club.md", PROGRAM.replace("Robotics", "Robot"))
    same_as_fresh(site, out, "the cache cannot be written")


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
