"""search/past.json (stemhub/outputs/past.py; docs/search.md, "No dead ends"): what the search
page shows when no open program has the words: each ended or cancelled program with its words,
its card and the rows of the similar programs open now, and those rows for each closed, full or
waitlist row. A real build of an inline site (without Pagefind: the file does not need it)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SiteFolder, days
from tests.rulekit import program


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("past")
    site = SiteFolder(root / "src")  # robotics-club: an open club, grades 6-8, engineering
    site.write("content/programs/rocketry-week.md", program(
        title="Rocketry Week", type="camp", tags="[rockets, C++]",
        summary="Campers launched model rockets. The 2027 dates come out in March!",
        schedule=f"{{start: {days(-140)}, end: {days(-136)}}}"))
    site.write("content/programs/rov-day.md", program(
        title="ROV Day", availability="cancelled", summary="Cancelled, no pool this year.",
        schedule=f"{{start: {days(20)}, end: {days(20)}}}"))
    site.write("content/programs/girls-lab.md", program(
        title="Girls Lab", focus="[girls]", deadline=days(3)))
    site.write("content/programs/bridge-contest.md", program(
        title="Bridge Contest", type="competition", deadline=days(-3)))
    return site.built()


def past(out: Path) -> dict:
    return json.loads((out / "search" / "past.json").read_text("utf-8"))


def rows(out: Path) -> list[str]:
    """The search rows' program titles, in row order (their cards' files)."""
    facets = json.loads((out / "search" / "facets.json").read_text("utf-8"))
    cards = [c for n in range(0, facets["programs"], facets["chunk"]) for c in
             json.loads((out / "search" / "cards" / f"{n // facets['chunk']}.json")
                        .read_text("utf-8"))]
    return [c[2][2][2] for c in cards[:facets["programs"]]]  # article > h3 > a > text


def test_ended_and_cancelled_programs_with_their_words_cards_and_similar_open_rows(built):
    found, titles = past(built), rows(built)
    assert titles == ["Girls Lab", "Robotics Club", "Bridge Contest"]
    (rov_words, rov_similar, rov_card), (words, similar, card) = found["past"]  # latest end first
    assert words == (" 2027 c++ campers come dates in launched march model out rocketry rockets "
                     "the week")  # title, summary, tags: lower case, punctuation dropped
    assert " rocket" in words and " c++" in words and " march" in words
    assert [titles[r] for r in similar] == ["Robotics Club"]  # never the girls' program
    assert card[2] == ["h3", {}, ["a", {"href": "/programs/rocketry-week/"}, "Rocketry Week"]]
    assert ["p", {"class": "sh-badge sh-status-ended"}, "Ended"] in card
    assert ["p", {"class": "sh-card-summary"},
            "Campers launched model rockets. The 2027 dates come out in March!"] in card
    assert ["p", {"class": "sh-badge sh-status-cancelled"}, "Cancelled"] in rov_card
    assert "Apply by" not in json.dumps(rov_card)  # no deadline line on a program no one joins
    assert [[titles[r], [titles[o] for o in others]] for r, others in found["similar"]] == \
        [["Bridge Contest", ["Robotics Club"]]]  # closed, and similar to the open club

