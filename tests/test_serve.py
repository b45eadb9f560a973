"""The dev server's rebuild: pages rewritten only when they change; problems shown, never quiet."""
import json
import os
import zlib
from datetime import date
from pathlib import Path

from stemhub.build import Options
from stemhub.serve import DevSite
from tests.conftest import SiteFolder


def dev_site(site: SiteFolder, tmp_path: Path) -> DevSite:
    out = tmp_path / "dev"
    out.mkdir()
    return DevSite(Options(site.root, date(2026, 12, 1)), out, None, 8123)


def test_rebuild_rewrites_only_changed_pages(site: SiteFolder, tmp_path: Path):
    dev = dev_site(site, tmp_path)
    dev.rebuild()
    program = dev.folder / "programs/robotics-club/index.html"
    guides = dev.folder / "guides/index.html"
    assert "Robotics Club" in program.read_text()
    assert 'src="http://127.0.0.1:8123/livereload.js?port=8123"' in program.read_text()
    os.utime(guides, (1, 1))
    site.write("content/programs/robotics-club.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace("Robotics Club", "Robot Lab"))
    dev.rebuild()
    assert "Robot Lab" in program.read_text()
    assert guides.stat().st_mtime == 1  # unchanged page not rewritten


def test_problems_are_shown_and_drafts_built(site: SiteFolder, tmp_path: Path):
    site.write("content/programs/draft-one.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace(
        "verified: 2026-10-01", "verified: 2026-10-01\ndraft: true"))
    site.write("content/programs/broken.md", "---\ntitle: Broken\n---\n")
    dev = dev_site(site, tmp_path)
    problems = dev.rebuild()
    assert problems.has_errors()
    assert (dev.folder / "programs/draft-one/index.html").is_file()
    listing = (dev.folder / "_problems/index.html").read_text()
    assert "content/programs/broken.md:1: error: &#x27;cost&#x27; is required" in listing
    assert "problems</a>" in (dev.folder / "index.html").read_text()


def test_search_index_follows_record_edits_only(site: SiteFolder, tmp_path: Path):
    dev = dev_site(site, tmp_path)
    dev.rebuild()
    ids = dev.folder / "search/ids.json"
    first = ids.read_text()
    assert len(json.loads(first)) == 2  # the program and its partner
    os.utime(ids, (1, 1))
    site.write("content/pages/about.md", "---\ntitle: About\n---\nHello.\n")
    dev.rebuild()
    assert ids.stat().st_mtime == 1  # no record page changed: Pagefind did not run
    site.write("content/programs/robotics-club.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace("Robotics Club", "Robot Lab"))
    dev.rebuild()
    start = json.loads(ids.read_text())[0]
    [fragment] = (dev.folder / "pagefind/fragment").glob(f"en_{start}*.pf_fragment")
    assert "Robot Lab" in zlib.decompress(fragment.read_bytes(), wbits=31).decode()
