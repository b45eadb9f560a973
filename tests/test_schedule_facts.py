"""The facts added on 2026-12-07 as families read them: schedule.days and schedule.time in the
page's language (program page, card, flyer), cost.per words through the catalogs and free text
marked with its language, and a translation's own tags on its page and in its language's search
index. One real build of a small site in English, Spanish and Vietnamese."""
from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import pytest

from stemhub.records.models import Schedule
from stemhub.render.i18n import format_meeting
from tests.conftest import SITE_YAML, SiteFolder
from tests.rulekit import program

SCHEDULE = '{start: 2027-01-05, end: 2027-03-26, days: [wed, mon], time: "15:30-17:00"}'
MEETS = {"": "Every Monday and Wednesday, 3:30\u2009–\u20095:00\u202fPM",
         "es/": "Cada lunes y miércoles, 15:30–17:00",
         "vi/": "Thứ Hai và Thứ Tư hằng tuần, 15:30–17:00"}
PER_WEEK = {"": "$25 per week", "es/": "25\xa0US$ por semana", "vi/": "25\xa0US$ mỗi tuần"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    site = SiteFolder(tmp_path_factory.mktemp("facts"))
    site.search_index = True  # a translation's tags are looked for in the index
    site.write("site.yaml", SITE_YAML.replace("languages: [en, es]", "languages: [en, es, vi]"))
    site.write("content/programs/robotics-club.md", program(
        schedule=SCHEDULE, cost="{amount: 25, per: week}", tags="[robotics, coding]"),
        dedent=False)
    site.write("content/programs/rocket-camp.md", program(
        title="Rocket Camp", cost="{amount: 90, per: for three days}",
        schedule='{start: 2027-06-21, end: 2027-06-23, time: "09:00-15:00"}'), dedent=False)
    site.write("content/programs/robotics-club.es.md",
               "---\ntitle: Club de robótica\ntags: [robótica, programación]\n---\n")
    site.write("content/programs/rocket-camp.es.md",
               "---\ntitle: Campamento de cohetes\ncost:\n  per: por tres días\n---\n")
    return site.built()


def text(out: Path, path: str) -> str:
    return (out / path / "index.html").read_text("utf-8")


@pytest.mark.parametrize("folder", MEETS)
def test_days_and_hours_show_in_the_readers_language(built, folder):
    for path in ("programs/robotics-club/", "programs/", "programs/robotics-club/flyer/"):
        assert MEETS[folder] in text(built, folder + path), path
    assert "09:00" not in text(built, folder + "programs/rocket-camp/").replace("09:00–", "")


@pytest.mark.parametrize("folder", MEETS)
def test_the_hours_alone_without_days(built, folder):
    hours = {"": "9:00\u202fAM\u2009–\u20093:00\u202fPM", "es/": "9:00–15:00",
             "vi/": "09:00–15:00"}[folder]
    assert hours in text(built, folder + "programs/rocket-camp/")


@pytest.mark.parametrize("folder", PER_WEEK)
def test_a_per_word_is_shown_in_the_readers_language(built, folder):
    for path in ("programs/robotics-club/", "programs/", "programs/robotics-club/flyer/"):
        assert PER_WEEK[folder] in text(built, folder + path), path


def test_free_text_per_stays_as_written_marked_where_the_page_is_in_another_language(built):
    assert "<strong>$90 for three days</strong>" in text(built, "programs/rocket-camp/")
    assert "90\xa0US$ por tres días</strong>" in text(built, "es/programs/rocket-camp/")
    assert '90\xa0US$ <span lang="en">for three days</span>' in \
        text(built, "vi/programs/rocket-camp/")


def test_a_translations_tags_are_on_its_page_and_in_its_search_index(built):
    assert "Palabras clave: <span>robótica, programación</span>" in \
        text(built, "es/programs/robotics-club/")
    assert "Keywords: <span>robotics, coding</span>" in text(built, "programs/robotics-club/")
    assert 'Từ khóa: <span lang="en">robotics, coding</span>' in \
        text(built, "vi/programs/robotics-club/")
    indexed = fragments(built)
    assert "robótica" in indexed["/es/programs/robotics-club/"]
    assert "robótica" not in indexed["/programs/robotics-club/"]
    assert "robotics" in indexed["/vi/programs/robotics-club/"]


def fragments(out: Path) -> dict[str, str]:
    """Page address -> the text Pagefind indexed for it."""
    found = {}
    for path in (out / "pagefind" / "fragment").glob("*.pf_fragment"):
        fragment = zlib.decompress(path.read_bytes(), wbits=31).decode("utf-8")
        data = json.loads(fragment[fragment.index("{"):])
        found[data["url"]] = data["content"]
    return found


def test_the_open_data_gives_days_and_time_as_written(built):
    data = json.loads((built / "data/programs.json").read_text("utf-8"))
    [club] = [p for p in data["programs"] if p["slug"] == "robotics-club"]
    assert club["schedule"]["days"] == ["wed", "mon"]
    assert club["schedule"]["time"] == "15:30-17:00"
    csv = (built / "data/programs.csv").read_text("utf-8-sig")
    assert re.search(r",2027-01-05,2027-03-26,wed; mon,15:30-17:00,", csv)


HOURS_EN = "9:00\u202fAM\u2009–\u20093:00\u202fPM"


@pytest.mark.parametrize("days, lang, said", [
    ("[mon, tue, wed, thu, fri]", "en", f"Monday to Friday, {HOURS_EN}"),
    ("[fri, thu, wed, tue, mon]", "es", "De lunes a viernes, 9:00–15:00"),
    ("[mon, tue, wed, thu]", "vi", "Thứ Hai đến Thứ Năm, 09:00–15:00"),
    ("[mon, tue, thu]", "en", f"Every Monday, Tuesday, and Thursday, {HOURS_EN}"),
    ("[sat, sun]", "es", "Cada sábado y domingo, 9:00–15:00"),
])
def test_three_days_or_more_in_a_row_are_said_as_a_range(days, lang, said):
    schedule = Schedule.model_validate({"days": days.strip("[]").split(", "),
                                        "time": "09:00-15:00"})
    assert format_meeting(schedule, lang) == said
