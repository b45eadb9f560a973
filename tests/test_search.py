"""The search data the build writes (stemhub/search.py, stemhub/index.py; docs/search.md): the
facet table against the records it came from, the card files, the ZIP centroids, and the
Pagefind ids of every row. Real builds of inline sites; the browser side is in
tests/browser/test_search.py."""
from __future__ import annotations

import importlib.metadata
import json
import re
import zlib
from pathlib import Path

import pytest

from stemhub.outputs.pagefind import shortest_prefixes
from stemhub.outputs.search import CHUNK, _lettered
from stemhub.site.places import miles
from stemhub.render.trees import element_tree
from tests.conftest import SiteFolder, days
from tests.rulekit import partner, program



def data(out: Path, name: str, folder: str = ""):
    return json.loads((out / folder / "search" / name).read_text("utf-8"))


def masks(facets: dict, group: str) -> list[int]:
    """A group's mask words, row after row, read from its distinct rows and its letters as
    search.js reads them."""
    rows, letters = facets["masks"][group]
    places = [ord(c) - (0x830 if ord(c) > 0xDFFF else 48) for c in letters]
    return [word for place in places for word in rows[place]]


def has(facets: dict, group: str, row: int, value: str) -> bool:
    """The same bit test as search.js."""
    option = facets["groups"][group].index(value)
    words = facets["words"][group]
    word = masks(facets, group)[row * words + option // facets["wordBits"]]
    return bool(word >> (option % facets["wordBits"]) & 1)


def card_of(out: Path, row: int, folder: str = "") -> list:
    return data(out, f"cards/{row // CHUNK}.json", folder)[row % CHUNK]


def card_link(tree: list) -> str:
    return re.search(r"'href': '([^']+)'", str(tree)).group(1)


@pytest.fixture(scope="module")
def varied(tmp_path_factory) -> Path:
    """Four listed programs that differ in every filter group, one ended, a second partner and
    a guide: built once, with its search index, for the tests that read the output."""
    root = tmp_path_factory.mktemp("varied")
    site = SiteFolder(root / "src", search_index=True)
    site.write("content/partners/harbor.yaml", partner(name="Harbor Lab"))
    site.write("content/programs/robotics-club.md", program(
        deadline=days(30), tags="[lego, sensors]", seasons="[after-school]",
        supports="[transportation, meals]", focus="[girls]"))
    site.write("content/programs/nurse-camp.md", program(
        title="Nurse Camp", partner="harbor", type="camp", grades="9-12",
        sectors="[healthcare-life-sciences]", cost="{amount: 50}", deadline=days(5),
        location='{name: Clinic, city: Mount Vernon, zip: "98273", region: north}',
        languages="[en, es]", seasons="[summer]"))
    site.write("content/programs/welding-day.md", program(
        title="Welding Day", type="field-trip", grades="7", sectors="[construction-trades]",
        deadline=days(-3), location='{name: Shop, city: Concrete, zip: "98237-1234", region: south}'))
    site.write("content/programs/apprentice.md", program(
        title="Apprentice Electricians", type="apprenticeship", grades="11-12", paid="true",
        location="{name: Hall, city: Nowhere, region: south}", availability="full"))
    site.write("content/programs/old-fair.md", program(
        title="Old Fair", schedule=f"{{start: {days(-40)}, end: {days(-30)}}}"))
    site.write("content/guides/how-to-apply.md", "---\ntitle: How to apply\nsummary: Steps.\n"
               "audience: [families]\nupdated: 2026-11-01\n---\n## First\nRead the listing.\n")
    return site.built()


def test_rows_are_listed_programs_in_list_order_then_partners_then_guides(varied):
    facets = data(varied, "facets.json")
    assert facets["programs"] == 4  # the ended program is in no search
    slugs = [card_link(card_of(varied, row)) for row in range(7)]
    assert slugs == ["/programs/nurse-camp/", "/programs/robotics-club/",
                     "/programs/apprentice/", "/programs/welding-day/",
                     "/partners/acme/", "/partners/harbor/", "/guides/how-to-apply/"]
    ids = data(varied, "ids.json")
    assert len(ids) == 7 and all(ids)


def test_masks_say_what_each_record_says(varied):
    f = data(varied, "facets.json")
    nurse, robotics, apprentice, welding = range(4)
    assert [g for g in f["groups"]["grade"] if has(f, "grade", nurse, g)] == ["9", "10", "11", "12"]
    assert [g for g in f["groups"]["grade"] if has(f, "grade", welding, g)] == ["7"]
    assert has(f, "type", nurse, "camp") and not has(f, "type", nurse, "club")
    assert has(f, "sector", nurse, "healthcare-life-sciences")
    assert has(f, "cost", robotics, "free") and not has(f, "cost", nurse, "free")
    assert has(f, "where", robotics, "online") and has(f, "where", nurse, "in-person")
    assert has(f, "region", nurse, "north") and not any(
        has(f, "region", robotics, r) for r in f["groups"]["region"])
    assert has(f, "season", robotics, "after-school") and has(f, "season", nurse, "summer")
    assert has(f, "support", robotics, "meals") and has(f, "support", robotics, "transportation")
    assert has(f, "focus", robotics, "girls") and not has(f, "focus", nurse, "girls")
    assert has(f, "language", nurse, "es") and not has(f, "language", robotics, "es")
    assert has(f, "status", nurse, "open")  # closing soon is open for applications
    assert not has(f, "status", welding, "open")  # closed: listed, not open
    assert data(varied, "titles.json") == [1, 2, 0, 3]  # Apprentice, Nurse, Robotics, Welding


def test_places_are_the_programs_zip_centroids_and_the_zips_around(varied):
    found = data(varied, "places.json")
    rows, spots, places = found["rows"], found["spots"], found["zips"]
    nurse, robotics, apprentice, welding = range(4)
    assert rows[robotics] == -1 and rows[apprentice] == -1  # online; no ZIP code
    assert spots[rows[nurse]] == places["98273"]
    assert spots[rows[welding]] == places["98237"]  # ZIP+4 read as its ZIP
    assert 20 < miles(places["98273"], places["98237"]) < 40
    assert "98221" in places  # Anacortes: a neighbour within 50 miles
    assert "10001" not in places  # New York is not
    assert all(re.fullmatch(r"\d{5}", z) for z in places)


def test_a_site_without_zip_codes_offers_no_distance(site):
    out = site.built()
    assert data(out, "places.json") == {"rows": [-1], "spots": [], "zips": {}}
    page = (out / "search" / "index.html").read_text("utf-8")
    assert 'id="sh-zip"' not in page and 'value="distance"' not in page


@pytest.mark.parametrize("folder, lang", [("", "en"), ("es/", "es")])
def test_ids_name_each_rows_pagefind_fragment_by_its_shortest_unique_start(varied, folder, lang):
    """In each language, against the fragments of its own index."""
    ids = data(varied, "ids.json", folder)
    fragments = sorted((varied / "pagefind" / "fragment").glob(f"{lang}_*.pf_fragment"))
    for row, start in enumerate(ids):
        matching = [f for f in fragments if f.name.partition("_")[2].startswith(start)]
        assert len(matching) == 1, (start, matching)
        assert len(start) == 1 or any(f.name.partition("_")[2].startswith(start[:-1])
                                      for f in fragments if f != matching[0]), \
            f"{start} is longer than it needs to be"
        raw = matching[0].read_bytes()
        fragment = zlib.decompress(raw, wbits=31).decode("utf-8")
        url = json.loads(fragment[fragment.index("{"):])["url"]
        assert url == card_link(card_of(varied, row, folder))


def test_only_listed_record_pages_are_indexed(varied):
    ended = (varied / "programs" / "old-fair" / "index.html").read_text("utf-8")
    assert "data-pagefind-body" not in ended
    urls = set()
    for path in (varied / "pagefind" / "fragment").glob("*.pf_fragment"):
        fragment = zlib.decompress(path.read_bytes(), wbits=31).decode("utf-8")
        urls.add(json.loads(fragment[fragment.index("{"):])["url"])
    listed = {"programs/nurse-camp/", "programs/robotics-club/", "programs/apprentice/",
              "programs/welding-day/", "partners/acme/", "partners/harbor/",
              "guides/how-to-apply/"}
    assert urls == {f"/{folder}{url}" for folder in ("", "es/") for url in listed}


def test_the_index_holds_the_record_not_the_themes_words(varied):
    page = (varied / "programs" / "robotics-club" / "index.html").read_text("utf-8")
    assert "Keywords: <span>lego, sensors</span>" in page
    start = data(varied, "ids.json")[1]
    [path] = (varied / "pagefind" / "fragment").glob(f"en_{start}*.pf_fragment")
    content = json.loads(zlib.decompress(path.read_bytes(), wbits=31).decode()[12:])["content"]
    assert "Build and program robots after school" in content and "lego" in content
    for theme_words in ("At a glance", "Grades", "Checked with the partner", "Share this program",
                        "Run by", "Report a problem"):
        assert theme_words not in content, theme_words


def test_a_failing_pagefind_fails_the_build_and_keeps_the_old_site(site, monkeypatch):
    site.search_index = True
    out = site.root.parent / "out"
    assert site.build(out).code == 0
    monkeypatch.setattr("stemhub.outputs.pagefind.glob", lambda folders: "[")  # refused
    result = site.build(out, "--fresh")  # else nothing changed: the last index is kept
    assert result.code == 1
    assert "site.yaml:1: error: the search index could not be built: Pagefind failed" in result.err
    assert (out / "search" / "ids.json").is_file()


def test_a_pagefind_other_than_the_one_whose_index_is_read_fails_the_build(site, monkeypatch):
    monkeypatch.setattr("stemhub.outputs.common.PAGEFIND", "0.9.9")
    site.search_index = True
    result = site.build()
    assert result.code == 1
    installed = importlib.metadata.version("pagefind_bin")
    assert (f"site.yaml:1: error: the search index could not be built: Pagefind {installed} is "
            "installed, but stemhub reads the index of Pagefind 0.9.9 only: run "
            "pip install -e . to install that version") in result.err


def test_a_record_page_left_out_of_the_index_is_an_error(site):
    site.search_index = True
    site.write("templates/program.html", '{% extends "theme/program.html" %}'
               '{% block main %}<h1>{{ item.title }}</h1>{% endblock %}')
    result = site.build()
    assert result.code == 1
    assert ("site.yaml:1: error: /programs/robotics-club/ is not in the search index: its "
            "template must mark the record with data-pagefind-body") in result.err


def test_shortest_prefixes_tell_every_id_apart():
    ids = ["en_abc1234", "en_abc12345", "en_abd0000", "en_f000000", "en_abc1299"]
    short = shortest_prefixes(ids)
    assert short == {"en_abc1234": "abc1234", "en_abc12345": "abc12345", "en_abd0000": "abd",
                     "en_f000000": "f", "en_abc1299": "abc129"}
    # the page's lookup: the longest start of an id that is in the table
    table = {s: i for i, s in short.items()}
    for full in ids:
        h = full[3:]
        assert next(table[h[:n]] for n in range(len(h), 0, -1) if h[:n] in table) == full


def test_card_trees_keep_text_and_attributes_and_drop_layout_space():
    html = ('<article class="sh-card">\n  <h3><a href="/p/x/?a=1&amp;b=2">Tom &amp; Jerry '
            '&lt;b&gt;</a></h3>\n  <p class="b"><span>Open</span> <span>Free</span></p>\n'
            '<dl>\n<div><dt>When</dt><dd>May<br>June</dd></div>\n</dl></article>\n')
    assert element_tree(html) == [
        "article", {"class": "sh-card"},
        ["h3", {}, ["a", {"href": "/p/x/?a=1&b=2"}, "Tom & Jerry <b>"]],
        ["p", {"class": "b"}, ["span", {}, "Open"], " ", ["span", {}, "Free"]],
        ["dl", {}, ["div", {}, ["dt", {}, "When"], ["dd", {}, "May", ["br", {}], "June"]]]]


def test_record_text_reaches_cards_as_text_never_as_markup(site):
    site.write("content/programs/robotics-club.md", program(
        title='"<img src=x onerror=alert(1)>"', summary='"</script><script>alert(1)</script>"'))
    out = site.built()
    tree = card_of(out, 0)
    flat = json.dumps(tree)
    assert "<img src=x onerror=alert(1)>" in flat  # as text, to be set with textContent
    assert not any(node[0] in ("img", "script") for node in _elements(tree))


def _elements(tree):
    yield tree
    for kid in tree[2:]:
        if isinstance(kid, list):
            yield from _elements(kid)


def test_a_group_with_more_masks_than_the_letters_before_the_surrogates_reads_back():
    """Each row's letter is a character 48 + its mask's place, past the surrogates (which JSON
    cannot carry alone): 60,000 distinct masks read back as they went in."""
    rows = [(n, n % 7) for n in range(60_000)] + [(5, 5)] * 3
    words = [word for row in rows for word in row]
    group = json.loads(json.dumps(_lettered(rows), ensure_ascii=False))
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in group[1])
    assert masks({"masks": {"g": group}}, "g") == words
    assert group[0][0] == [5, 5]  # the most common first: one letter, 48

