""""Suggest an edit" on program and partner pages (site/edits.py, edit.html): the record's file
in the repository's web editor, the translation's on a language's page where one exists."""
from __future__ import annotations

import re

from stemhub.records.settings import Repository
from stemhub.site.edits import edit_url
from tests.conftest import SITE_YAML, SiteFolder
from tests.test_hostile import audit_page

EDIT = "https://github.com/acme/stem-site/edit/main/content/"
_EDIT_LINK = re.compile(r'<a href="(https://github\.com/acme/stem-site/edit/[^"]*)"')


def test_edit_url_percent_encodes_branch_and_path():
    repo = Repository(url="https://github.com/acme/stem-site.git/", branch="content: #2 ?x")
    assert edit_url(repo, "content/programs/robotics-club.es.md") == \
        "https://github.com/acme/stem-site/edit/content%3A%20%232%20%3Fx/" \
        "content/programs/robotics-club.es.md"
    assert edit_url(Repository(url="https://github.com/a/b"), "content/pages/a b#c.md") == \
        "https://github.com/a/b/edit/main/content/pages/a%20b%23c.md"


def _links(site: SiteFolder, out, url: str) -> list[str]:
    return _EDIT_LINK.findall((out / url / "index.html").read_text(encoding="utf-8"))


def test_edit_links_name_the_real_file_in_each_language(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + "repository:\n  url: https://github.com/acme/stem-site\n")
    site.write("content/programs/robotics-club.es.md", "---\ntitle: Club de robótica\n---\n")
    site.remove("content/partners/acme.yaml")
    site.write("content/partners/acme.md", "---\nname: Acme Robotics\nkind: industry\n"
               "summary: Builds robots.\nverified: 2026-10-01\n---\nRobots.\n")
    out = site.built()
    assert _links(site, out, "programs/robotics-club/") == [EDIT + "programs/robotics-club.md"]
    spanish = (out / "es/programs/robotics-club/index.html").read_text(encoding="utf-8")
    assert _links(site, out, "es/programs/robotics-club/") == [
        EDIT + "programs/robotics-club.es.md", EDIT + "programs/robotics-club.md"]
    assert "Sugerir un cambio en esta traducción" in spanish
    audit_page(spanish, "es/programs/robotics-club/")  # external links with rel, no script
    assert _links(site, out, "partners/acme/") == [EDIT + "partners/acme.md"]
    assert _links(site, out, "es/partners/acme/") == [EDIT + "partners/acme.md"]


def test_no_edit_link_without_a_repository(site: SiteFolder):
    out = site.built()
    for url in ("programs/robotics-club/", "es/programs/robotics-club/", "partners/acme/"):
        page = (out / url / "index.html").read_text(encoding="utf-8")
        assert "/edit/" not in page and "Suggest an edit" not in page
