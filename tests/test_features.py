"""site.yaml's `features:` (docs/features.md): each feature turned off leaves none of its pages
or files, and no link, menu or footer entry to them; turned on (the default), its files are
there. One build with every feature off and one with every feature on are shared by the tests
of all eight."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from stemhub.dev.devsite import DevSite
from stemhub.features import FEATURES
from stemhub.options import NO_SEARCH_INDEX, Options
from stemhub.records.settings import Features
from tests.conftest import PROGRAM, SiteFolder, days

REPOSITORY = "repository:\n  url: https://github.com/example/directory\n"
TEXT = (".html", ".xml", ".json", ".txt", ".csv", ".ics", ".yml")

# feature -> (what any link or path of it looks like, files it writes on a small site)
SIGNS = {
    "flyers": (r"flyer/|flyer\.css", ["programs/robotics-club/flyer/index.html",
                                      "es/programs/robotics-club/flyer/index.html",
                                      "static/flyer.css"]),
    "calendars": (r"\.ics|calendar/", ["calendar/index.html", "calendar.ics",
                                       "es/calendar.ics", "calendar/region/north.ics",
                                       "programs/robotics-club/deadline.ics",
                                       "es/programs/robotics-club/deadline.ics",
                                       "calendar/grades/6-8.ics"]),
    "feeds": (r"feed\.xml|feeds/", ["feed.xml", "feeds/programs.xml", "es/feed.xml"]),
    "open_data": (r"data/", ["data/programs.json", "data/partners.json", "data/programs.csv",
                             "data/hsds/services.json"]),
    "coverage": (r"coverage/", ["coverage/index.html", "es/coverage/index.html"]),
    "embeds": (r"embed/|embed\.js|stemhub-embed", ["embed/partners/acme.json",
                                                   "es/embed/regions/north.json",
                                                   "static/embed.js"]),
    "cms": (r"admin/", ["admin/index.html", "admin/config.yml"]),
    "submit_form": (r"submit/|submit\.js", ["submit/program/index.html",
                                            "es/submit/program/index.html",
                                            "static/submit.js"]),
}


def small_site(root: Path, features: dict[str, bool]) -> SiteFolder:
    """The conftest site with a repository and a program with a deadline to come."""
    site = SiteFolder(root)
    settings = "".join(f"  {name}: {'true' if on else 'false'}\n"
                       for name, on in features.items())
    site.write("site.yaml", (site.root / "site.yaml").read_text() + REPOSITORY
               + ("features:\n" + settings if settings else ""))
    site.write("content/programs/robotics-club.md",
               PROGRAM.replace("cost: free", f"cost: free\ndeadline: {days(30)}"))
    return site


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[bool, Path]:
    """on -> the output of the small site with every feature on (the default), or off."""
    outs = {}
    for on in (True, False):
        root = tmp_path_factory.mktemp(f"features-{on}")
        site = small_site(root / "src", {} if on else {name: False for name in SIGNS})
        outs[on] = site.built("--fresh", out=root / "out")
    return outs


def test_the_registry_has_every_feature_of_the_content_model():
    assert [f.name for f in FEATURES] == list(SIGNS) == list(Features.model_fields)


@pytest.mark.parametrize("name", SIGNS)
def test_a_feature_turned_off_leaves_no_file_and_no_link(built, name):
    sign, paths = SIGNS[name]
    out = built[False]
    assert [p for p in paths if (out / p).exists()] == []
    found = [f"{p.relative_to(out)}: {m.group(0)}" for p in sorted(out.rglob("*"))
             if p.suffix in TEXT and "pagefind" not in p.parts
             for m in re.finditer(sign, p.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.parametrize("name", SIGNS)
def test_a_feature_on_makes_its_files(built, name):
    sign, paths = SIGNS[name]
    assert [p for p in paths if not (built[True] / p).is_file()] == []


@pytest.mark.parametrize("name", SIGNS)
def test_a_feature_turned_off_alone_leaves_no_link_to_it(tmp_path, name):
    """check runs the template link check on every page: a link, menu or footer entry left
    to a page or file of the feature would be an error at its template."""
    result = small_site(tmp_path / "src", {name: False}).check()
    assert result.lines == ["0 errors, 0 warnings; 2 records checked"]


def test_a_content_link_to_a_page_of_a_feature_turned_off_leads_nowhere(tmp_path):
    """In check and build alike; with the feature on, the link is fine."""
    page = "coverage/"
    site = small_site(tmp_path / "src", {"coverage": False})
    site.write("content/pages/about.md", f"---\ntitle: About\n---\nSee [it](/{page}).\n")
    problem = (f"content/pages/about.md:4: error: the link /{page} leads to no page or file "
               "of this site; check the path")
    assert site.check().problems == [problem]
    result = site.build(tmp_path / "out")
    assert result.code == 1 and result.problems == [problem]
    on = small_site(tmp_path / "on", {})
    on.write("content/pages/about.md", f"---\ntitle: About\n---\nSee [it](/{page}).\n")
    assert on.check().code == 0


def test_robots_names_admin_only_while_the_editor_is_made(built):
    assert "Disallow: /admin/\n" in (built[True] / "robots.txt").read_text()
    assert "Disallow:\n" in (built[False] / "robots.txt").read_text()


def test_the_dev_server_makes_the_files_the_build_makes(built, tmp_path, monkeypatch):
    monkeypatch.setenv(NO_SEARCH_INDEX, "1")  # the mode the build of `built` ran in
    site = small_site(tmp_path / "src", {name: False for name in SIGNS})
    dev = DevSite(Options(site.root, date(2026, 12, 1)), tmp_path / "dev", None, 8123)
    (tmp_path / "dev").mkdir()
    dev.rebuild()
    dev.index(dev.next_index())
    assert names(tmp_path / "dev") - {"_problems/index.html"} == names(built[False])


def names(folder: Path) -> set[str]:
    """The files in folder but Pagefind's (named by the digest of what they hold)."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "pagefind" not in p.parts}


@pytest.mark.parametrize("yaml, line", [
    ("features:\n  flyer: false\n",
     "site.yaml:{n}:3: error: unknown key 'flyer'; did you mean 'flyers'?"),
    ("features:\n  feeds: no\n",
     "site.yaml:{n}:10: error: features.feeds: 'no' is not true or false; write true or false"),
    ("features: [flyers]\n", "site.yaml:{n}:11: error: features:"),
])
def test_features_are_known_names_with_true_or_false(site: SiteFolder, yaml, line):
    text = (site.root / "site.yaml").read_text()
    site.write("site.yaml", text + yaml)
    n = text.count("\n") + (2 if yaml.startswith("features:\n") else 1)
    problems = site.check().problems
    assert len(problems) == 1 and problems[0].startswith(line.format(n=n)), problems


def test_a_content_link_to_a_file_of_the_open_data_leads_to_it(tmp_path):
    site = small_site(tmp_path / "src", {})
    site.write("content/pages/open-data.md", "---\ntitle: Data\n---\n"
               "The [table](/data/programs.csv) and [its schema](/data/programs.schema.json).\n")
    assert site.check().lines == ["0 errors, 0 warnings; 3 records checked"]
