""""Suggest an edit" on program and partner pages (site/edits.py, edit.html): the record's file
in the repository's web editor, the translation's on a language's page where one exists."""
from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from stemhub.records.settings import Repository
from tests.conftest import SITE_YAML, SiteFolder
from tests.test_hostile import audit_page

EDIT = "https://github.com/acme/stem-site/edit/main/content/"
_EDIT_LINK = re.compile(r'<a href="(https://github\.com/acme/stem-site/edit/[^"]*)"')


REPOSITORY = "repository:\n  url: https://github.com/acme/stem-site\n"


def test_edit_url_percent_encodes_branch_and_path():
    repo = Repository(url="https://github.com/acme/stem-site.git/", branch="content#2%/x&y")
    assert repo.page("edit", "content/programs/robotics-club.es.md") == \
        "https://github.com/acme/stem-site/edit/content%232%25/x%26y/" \
        "content/programs/robotics-club.es.md"
    assert Repository(url="https://github.com/a/b").page("edit", "content/pages/a b#c.md") == \
        "https://github.com/a/b/edit/main/content/pages/a%20b%23c.md"


# git check-ref-format --branch refuses each of these; '..' would lead a link elsewhere
# (https://github.com/acme/stem-site/edit/../../evil/site/...).
NOT_BRANCHES = ["../../evil/site", "a..b", "a b", "a~1", "a^", "a:b", "a*", "a[b", "a\\\\b",
                "/a", "a/", ".a", "a.", "a/.b", "a.lock", "a.lock/b", "a//b", "a@{1}", "-a",
                "HEAD", "@"]


def test_a_branch_git_refuses_is_an_error_at_its_line(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + REPOSITORY + "  branch: a..b\n")
    assert site.check().lines == [
        "site.yaml:14:11: error: repository.branch: 'a..b' is not a branch name git allows: it "
        "has two dots in a row ('..'); write the branch's name as `git branch` shows it (main)",
        "1 error, 0 warnings in 1 file; 2 records checked"]
    for branch in NOT_BRANCHES:
        with pytest.raises(ValidationError, match="is not a branch name git allows"):
            Repository(url="https://github.com/a/b", branch=branch)
    for branch in ["content/2027", "release-1.0", "a./b", "x.lockx", "a@b", "été"]:
        assert Repository(url="https://github.com/a/b", branch=branch).branch == branch


def test_the_branch_is_percent_encoded_in_every_link(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + REPOSITORY + "  branch: \"feat#1%/x'&\"\n")
    out = site.built()
    home, encoded = "https://github.com/acme/stem-site", "feat%231%25/x%27%26"
    assert _links(site, out, "programs/robotics-club/") == [
        f"{home}/edit/{encoded}/content/programs/robotics-club.md"]
    form = (out / "submit/program/index.html").read_text(encoding="utf-8")
    assert f'href="{home}/blob/{encoded}/CONTRIBUTING.md"' in form
    assert f'data-new="{home}/new/{encoded}"' in form


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
