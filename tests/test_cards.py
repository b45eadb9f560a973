"""A program's card answers a family's questions (issue 18): its type with its icon, who signs
up, when, where, cost, the deadline with the days left and the help that comes with it, and one
status, the first that applies (content-model.md, "Edge rules"). Real builds of inline sites."""
from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from stemhub.records.words import BUILT_IN
from stemhub.render.icons import _CHECK, _PATHS, _TYPE, _TYPES, PITCH, sprite_names

CARD_ICONS = ["people", "calendar", "place", "online", "cost", "clock"]
from tests.conftest import SITE_YAML, TODAY, SiteFolder, days
from tests.rulekit import PROG, program
from tests.test_search import masks



def page(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


def card(site: SiteFolder, **fields: str) -> str:
    """The card of robotics-club, written with these fields, on the programs list."""
    site.write(PROG, program(**fields), dedent=False)
    html = page(site.built(), "programs")
    return re.search(r'<article class="sh-card">.*?</article>', html, re.S).group(0)


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def facts(html: str) -> list[str]:
    """The text of each line of a card's facts, icons left out."""
    return [text(li) for li in re.findall(r"<li[^>]*>(.*?)</li>", html, re.S)]


def badges(html: str) -> list[tuple[str, str]]:
    """(status, words) of every badge: its class sh-status-<status>, else its classes."""
    return [(c.partition("sh-status-")[2] or c.strip(), words)
            for c, words in re.findall(r'class="sh-badge([^"]*)">([^<]*)<', html)]


# --- one status, the first that applies -------------------------------------------------------

@pytest.mark.parametrize("fields, shown", [
    ({"availability": "full", "deadline": days(30)}, ("full", "Full")),
    ({"availability": "full", "deadline": days(3)}, ("full", "Full")),
    ({"availability": "full"}, ("full", "Full")),
    ({"availability": "waitlist", "deadline": days(3)}, ("waitlist", "Waitlist")),
    ({"availability": "full", "deadline": days(-1)}, ("closed", "Closed")),
    ({"deadline": days(5)}, ("closing-soon", "Closing soon: Dec 6, 2026")),
    ({"deadline": TODAY}, ("closing-soon", "Closing soon: Dec 1, 2026")),
    ({"deadline": days(30)}, ("open", "Open")),
], ids=lambda v: v[0] if isinstance(v, tuple) else None)
def test_one_status_on_card_and_page(site: SiteFolder, fields, shown):
    assert badges(card(site, **fields)) == [shown]
    assert badges(page(site.root.parent / "out", "programs/robotics-club")) == [shown]


@pytest.mark.parametrize("fields, shown", [
    ({"availability": "cancelled"}, ("cancelled", "Cancelled")),
    ({"schedule": f"{{start: {days(-9)}, end: {days(-1)}}}", "availability": "full"},
     ("ended", "Ended")),
])
def test_a_program_gone_from_the_lists_says_so_on_its_page(site: SiteFolder, fields, shown):
    site.write(PROG, program(**fields), dedent=False)
    assert badges(page(site.built(), "programs/robotics-club")) == [shown]


def test_a_full_program_is_not_under_closing_soon_nor_open_in_search(site: SiteFolder):
    site.write(PROG, program(availability="full", deadline=days(3)), dedent=False)
    site.write("content/programs/soon.md", program(title="Soon Club", deadline=days(3)),
               dedent=False)
    out = site.built()
    home = page(out, "")
    closing = home.split('id="sh-closing-soon"', 1)[1].split("</section>", 1)[0]
    assert "/programs/soon/" in closing and "/programs/robotics-club/" not in closing
    facets = json.loads((out / "search/facets.json").read_text("utf-8"))
    assert masks(facets, "status") == [0, 1]  # rows by title: Robotics Club (full), Soon Club


# --- what a card says -------------------------------------------------------------------------

def test_a_card_answers_type_who_when_where_cost_deadline_and_supports(site: SiteFolder):
    html = card(site, type="field-trip", paid="true", deadline=days(20),
                schedule='{start: 2027-02-02, end: 2027-05-27, times: "Tuesdays, 9:00 am"}',
                location="{name: Shipyard, city: Alder Bay, region: north}",
                supports="[transportation, meals, stipend]")
    assert '<p class="sh-card-kind sh-i-type-field-trip"><strong>Field trip</strong>' in html
    assert facts(html) == [
        "Who signs up: a teacher for a class · grades 6‑8",
        "Feb 2\u2009–\u2009May 27, 2027 · Tuesdays, 9:00 am",
        "Alder Bay",
        "Free · students are paid",
        "Apply by Dec 21, 2026 (20 days left)",
        "Transportation", "Meals", "Stipend"]
    for word in ("transportation", "meals", "stipend"):
        assert f'<li class="sh-i-{word}">{word.capitalize()}</li>' in html
    assert re.findall(r'<li class="sh-i-([a-z]+)"><span>', html) == [
        "people", "calendar", "place", "cost", "clock"]


def test_the_whole_card_is_one_link(site: SiteFolder):
    html = card(site, supports="[meals]", deadline=days(20))
    assert re.findall(r"<a\b[^>]*>", html) == ['<a href="/programs/robotics-club/">']


@pytest.mark.parametrize("fields, who", [
    ({}, "a student · grades 6‑8"),
    ({"audience": "[families, students]", "grades": "K-5"}, "a student or a family · grades K‑5"),
    ({"audience": "[families]", "grades": "K"}, "a family · grade K"),
    ({"type": "field-trip"}, "a teacher for a class · grades 6‑8"),
    ({"audience": "[educators]", "grades": "3-8"}, "educators · who teach grades 3‑8"),
    ({"audience": "[educators]", "grades": None}, "educators"),
])
def test_every_card_says_who_signs_up(site: SiteFolder, fields, who):
    assert facts(card(site, **fields))[0] == "Who signs up: " + who


@pytest.mark.parametrize("fields, when", [
    ({"schedule": "{start: 2027-02-02, end: 2027-02-02}"}, "Feb 2, 2027"),
    ({"schedule": '{start: 2027-02-02, times: "Saturdays"}'}, "From Feb 2, 2027 · Saturdays"),
    ({"schedule": "{end: 2027-05-27}", "seasons": "[summer]"}, "Until May 27, 2027"),
    ({"seasons": "[after-school, summer]"}, "After school, Summer"),
    ({"seasons": "[weekends]", "schedule": '{times: "Saturdays, 10 am"}'},
     "Weekends · Saturdays, 10 am"),
    ({"schedule": '{times: "Saturdays, 10 am"}'}, "Saturdays, 10 am"),
])
def test_when_is_the_dates_or_else_the_seasons_then_the_times(site: SiteFolder, fields, when):
    html = card(site, **fields)
    assert facts(html)[1] == when
    assert '<li class="sh-i-calendar">' in html


def test_no_when_line_without_dates_seasons_or_times(site: SiteFolder):
    html = card(site)
    assert "sh-i-calendar" not in html
    assert facts(html)[1:] == ["Online", "Free"]
    assert '<li class="sh-i-online">' in html


@pytest.mark.parametrize("fields, line", [
    ({"cost": "{amount: 185, per: per week, financial_aid: true}"},
     "$185 per week (financial aid available)"),
    ({"deadline": TODAY}, "Apply by Dec 1, 2026 (last day to apply)"),
    ({"deadline": days(90)}, "Apply by Mar 1, 2027 (90 days left)"),
    ({"deadline": days(-3)}, "Deadline was Nov 28, 2026"),
])
def test_cost_and_deadline_lines(site: SiteFolder, fields, line):
    assert line in facts(card(site, **fields))


def test_a_type_that_site_yaml_adds_gets_the_generic_icon(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + "vocabularies:\n  types:\n"
                                        "    - slug: hackathon\n      name: Hackathon\n")
    html = card(site, type="hackathon")
    assert '<p class="sh-card-kind sh-i-type-hackathon"><strong>Hackathon</strong>' in html
    out = site.root.parent / "out"
    css = (out / "static/style.css").read_text("utf-8")
    assert '[class*="sh-i-type-"] { --i: 1; }' in css
    assert ".sh-i-type-hackathon" not in css
    assert drawn(out, 1) == _TYPE


def drawn(out: Path, place: int) -> str:
    """The path drawn at a place of the sprite, static/icons.svg."""
    svg = (out / "static/icons.svg").read_text("utf-8")
    return re.search(rf'<path transform="translate\(0 {place * PITCH}\)" d="([^"]+)"/>',
                     svg).group(1)


def test_every_card_icon_has_its_rule_and_its_place_in_the_sprite(site: SiteFolder):
    """A card names its icons by class (sh-i-<name>); the style sheet draws each from its place
    (--i) in one sprite file, so a page fetches one file for all of them."""
    out = site.built()
    css = (out / "static/style.css").read_text("utf-8")
    icons = {"check": _CHECK, **{n: _PATHS[n] for n in CARD_ICONS + BUILT_IN["supports"].split()},
             **{f"type-{w}": _TYPES[w] for w in BUILT_IN["types"].split()}}
    assert '[class*="sh-i-"] { --i: 0; }' in css
    assert "mask: url(icons.svg) 0 calc(var(--i) * -1.15rem * 32 / 24)" in css
    assert not (out / "static/icons").exists()
    for name, path in icons.items():
        place = sprite_names().index(name)
        assert name == "check" or f".sh-i-{name} {{ --i: {place}; }}" in css, name
        assert drawn(out, place) == path, name


def test_the_search_page_gets_the_cards_icons_as_classes(site: SiteFolder):
    card(site, supports="[meals]")
    tree = json.loads((site.root.parent / "out/search/cards/0.json").read_text("utf-8"))[0]
    supports = next(node for node in tree[2:] if node[1].get("class") == "sh-card-supports")
    assert supports == ["ul", {"class": "sh-card-supports"}, ["li", {"class": "sh-i-meals"}, "Meals"]]
