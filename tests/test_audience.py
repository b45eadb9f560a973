"""Who a program is for (content-model.md, "Edge rules", Audience): grade lists, the search
page's grade filter and the home page's grade buttons hold what a student or a family of that
grade can join; a program only for educators stands on /browse/audience/educators/ instead, and
every audience word has its page. Real builds of inline sites."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import SiteFolder
from tests.rulekit import PROG, program
from tests.test_search import masks


@pytest.fixture
def site(core_site: SiteFolder) -> SiteFolder:
    """Every feature off: these are rules of the core."""
    return core_site


AUDIENCES = ["students", "families", "educators"]


def cards(html: str) -> list[str]:
    """Slugs of the program cards on a page, in page order."""
    return re.findall(r'<article class="sh-card">\s*<h3><a href="/programs/([a-z0-9-]+)/">', html)


def page(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def audiences(site: SiteFolder) -> Path:
    """Grade 7 programs for students (robotics-club), for families only, for educators only,
    and a field trip; built."""
    site.write(PROG, program(grades="7"), dedent=False)
    site.write("content/programs/family-night.md", program(
        title="Family Night", type="family-event", audience="[families]", grades="K-8"),
        dedent=False)
    site.write("content/programs/teacher-course.md", program(
        title="Teacher Course", type="professional-development", audience="[educators]",
        grades="6-8"), dedent=False)
    site.write("content/programs/dock-trip.md", program(
        title="Dock Trip", type="field-trip", grades="7"), dedent=False)
    return site.built()


def test_grade_lists_hold_what_students_and_families_can_join(audiences):
    """The home page's grade buttons are these lists; a class trip comes after what a family
    can sign up for (test_class_trips.py)."""
    assert cards(page(audiences, "browse/grade/7")) == [
        "family-night", "robotics-club", "dock-trip"]
    assert cards(page(audiences, "browse/grade/k")) == ["family-night"]
    assert "teacher-course" not in page(audiences, "browse/grade/6")
    assert 'href="/browse/grade/7/" aria-label="Grade 7"' in page(audiences, "")


def test_educator_only_programs_stand_on_the_educators_list(audiences):
    assert cards(page(audiences, "browse/audience/educators")) == ["teacher-course"]
    assert cards(page(audiences, "browse/audience/families")) == ["family-night"]
    assert cards(page(audiences, "browse/audience/students")) == ["robotics-club", "dock-trip"]
    assert "<h1>Programs for educators</h1>" in page(audiences, "browse/audience/educators")


def test_a_grade_list_points_teachers_to_their_list(audiences):
    assert 'href="/browse/audience/educators/"' in page(audiences, "browse/grade/7")


def test_every_audience_word_has_its_page_even_empty(site: SiteFolder):
    out = site.built()
    for word in AUDIENCES:
        assert (out / "browse/audience" / word / "index.html").is_file(), word
    assert "No programs right now" in page(out, "browse/audience/educators")
    assert cards(page(out, "browse/audience/students")) == ["robotics-club"]


def test_browse_index_and_home_offer_the_audience_lists(audiences):
    index, home = page(audiences, "browse"), page(audiences, "")
    for word in AUDIENCES:
        assert f'href="/browse/audience/{word}/"' in index, word
        assert f'href="/browse/audience/{word}/"' in home, word
    assert re.search(r'href="/browse/audience/educators/">Educators \(1\)</a>', index)


def test_search_grade_filter_follows_the_rule_and_audience_is_a_filter(audiences):
    facets = json.loads((audiences / "search/facets.json").read_text("utf-8"))
    rows = ["dock-trip", "family-night", "robotics-club", "teacher-course"]  # list order

    def options(group: str, slug: str) -> list[str]:
        row, words = rows.index(slug), facets["words"][group]
        mask = masks(facets, group)[row * words:(row + 1) * words]
        return [v for i, v in enumerate(facets["groups"][group])
                if mask[i // facets["wordBits"]] >> (i % facets["wordBits"]) & 1]
    assert options("grade", "teacher-course") == []
    assert options("grade", "family-night") == ["k"] + [str(g) for g in range(1, 9)]
    assert options("grade", "dock-trip") == ["7"]
    assert facets["groups"]["audience"] == AUDIENCES + ["class"]  # who signs up, as on cards
    assert options("audience", "teacher-course") == ["educators"]
    assert options("audience", "family-night") == ["families"]
    assert options("audience", "dock-trip") == ["class"]
    assert options("audience", "robotics-club") == ["students"]
    search = page(audiences, "search")
    assert 'name="audience" value="educators"' in search
