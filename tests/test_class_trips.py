"""Class trips for what they are (issue 35): a program only a teacher signs up for, for a whole
class (a field trip for students), stands in the program lists after the programs a family can
sign up for, under "Class trips: ask your child's teacher", each group in the lists' own order
(content-model.md, "Lists"; docs/templates.md, "Class trips"); search's "Who signs up" offers "A
teacher books it"; a class trip's page tells parents to share it with the teacher before "How to
apply". Unit calls of stemhub.site.catalog plus real builds of inline sites."""
from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest

from stemhub.site import catalog
from stemhub.site.table import PER_PAGE
from tests.conftest import SiteFolder, days
from tests.rulekit import PROG, program
from tests.test_search import masks


@pytest.fixture
def site(core_site: SiteFolder) -> SiteFolder:
    """Every feature off: these are rules of the core."""
    return core_site


HEADING = "Class trips: ask your child&#39;s teacher"
CARD = re.compile(r'<article class="sh-card"[^>]*>\s*<h3><a href="/programs/([a-z0-9-]+)/"')


def page(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


def main(html: str) -> str:
    return html[html.index("<main"):html.index("</main>")]


def pages(out: Path, base: str) -> list[str]:
    """The main part of every page of a list, in order, following its "Next page" links."""
    found, url = [], base
    while url is not None:
        html = page(out, url)
        found.append(main(html))
        nxt = re.search(r'<a rel="next" href="/([^"]+)"', html)
        url = nxt.group(1).rstrip("/") if nxt else None
    return found


# --- which programs are class trips, and the order of a list -------------------------------

def test_a_class_trip_is_one_only_a_teacher_signs_up_for():
    def item(**record) -> catalog.Item:
        fields = {"type": "field-trip", "audience": ["students"], **record}
        return catalog.Item(SimpleNamespace(record=SimpleNamespace(**fields)), "", "en", "en")
    assert item().class_trip
    assert not item(audience=["students", "families"]).class_trip  # a family signs up too
    assert not item(type="club").class_trip
    assert not item(audience=["educators"]).class_trip


def test_family_programs_come_first_and_each_group_keeps_the_list_order():
    listed = [SimpleNamespace(name=n, class_trip=n.startswith("trip")) for n in
              ("trip-a", "club-a", "trip-b", "club-b", "club-c")]
    assert [p.name for p in catalog.family_first(listed)] == [
        "club-a", "club-b", "club-c", "trip-a", "trip-b"]
    assert catalog.family_first([]) == []


# --- the lists: grouped, paginated, nothing lost ------------------------------------------

FAMILY, TRIPS = 25, 23  # more than a page of each


DEADLINES: dict[str, int | None] = {}  # slug -> its deadline, days after today


@pytest.fixture(scope="module")
def long_lists(tmp_path_factory) -> Path:
    """25 grade 7 programs a family signs up for (one a field trip for students and families)
    and 23 class trips for grade 7, each group with deadlines in another order than their
    titles, some closed, some without one; built."""
    site = SiteFolder(tmp_path_factory.mktemp("trips") / "site", features=False)
    DEADLINES.update({"robotics-club": 90, "open-day": None})
    site.write(PROG, program(grades="7", deadline=days(90)), dedent=False)
    site.write("content/programs/open-day.md", program(
        title="Open Day", type="field-trip", audience="[students, families]", grades="7"),
        dedent=False)
    for i in range(1, FAMILY - 1):
        DEADLINES[f"club-{i:02d}"] = _deadline(i)
        site.write(f"content/programs/club-{i:02d}.md", program(
            title=f"Club {i:02d}", grades="7", deadline=_day(i)), dedent=False)
    for i in range(TRIPS):
        DEADLINES[f"trip-{i:02d}"] = _deadline(i)
        site.write(f"content/programs/trip-{i:02d}.md", program(
            title=f"Trip {i:02d}", type="field-trip", grades="7", deadline=_day(i)),
            dedent=False)
    return site.built()


def _deadline(i: int) -> int | None:
    """Later deadlines for lower numbers, every fifth without one, every seventh closed."""
    return None if i % 5 == 0 else -i if i % 7 == 0 else 60 - i


def _day(i: int) -> str | None:
    return None if _deadline(i) is None else days(_deadline(i))


def _contract_order(slugs: list[str]) -> list[str]:
    """The content model's list order: open ones by deadline (none last), then closed ones the
    same way; then title (the slugs sort as the titles do)."""
    def key(slug):
        when = DEADLINES[slug]
        return (when is not None and when < 0, when is None, when or 0, slug)
    return sorted(slugs, key=key)


@pytest.mark.parametrize("base", ["browse/grade/7", "programs"])
def test_class_trips_come_after_family_programs_under_their_heading(long_lists, base):
    shown = pages(long_lists, base)
    assert len(shown) == -(-(FAMILY + TRIPS) // PER_PAGE) == 3
    slugs = [s for html in shown for s in CARD.findall(html)]
    assert len(slugs) == len(set(slugs)) == FAMILY + TRIPS  # none lost, none twice
    family = [s for s in slugs if not s.startswith("trip-")]
    trips = [s for s in slugs if s.startswith("trip-")]
    assert slugs == family + trips
    assert family == _contract_order(family) and "open-day" in family
    assert trips == _contract_order(trips)
    assert [len(CARD.findall(html)) for html in shown] == [20, 20, 8]
    for html in shown:  # the heading, once, right before the page's first class trip
        cards = CARD.findall(html)
        has_trips = any(s.startswith("trip-") for s in cards)
        assert html.count(HEADING) == has_trips
        if has_trips:
            first = next(s for s in cards if s.startswith("trip-"))
            assert html.index(HEADING) < html.index(f'href="/programs/{first}/"')
            assert all(html.index(f'href="/programs/{s}/"') < html.index(HEADING)
                       for s in cards if not s.startswith("trip-"))
    assert "<h2" in shown[1][shown[1].index(HEADING) - 40:shown[1].index(HEADING)]


def test_a_list_in_another_language_groups_the_same(long_lists):
    es = [s for html in pages(long_lists, "es/browse/grade/7") for s in CARD.findall(
        html.replace('href="/es/programs/', 'href="/programs/'))]
    en = [s for html in pages(long_lists, "browse/grade/7") for s in CARD.findall(html)]
    assert es == en
    assert "Excursiones escolares: pregunte al maestro" in page(long_lists, "es/browse/grade/7/page/2")


# --- search: who signs up -------------------------------------------------------------------

def test_search_offers_a_teacher_books_it_and_marks_class_trips_only(long_lists):
    facets = json.loads((long_lists / "search/facets.json").read_text("utf-8"))
    assert facets["groups"]["audience"] == ["students", "families", "educators", "class"]
    html = page(long_lists, "search")
    assert re.search(r'name="audience" value="class" data-label="Who signs up: A teacher books '
                     r'it"> <span>A teacher books it', html)
    rows = _rows(long_lists)
    words = facets["words"]["audience"]
    signs_up = {slug: [v for i, v in enumerate(facets["groups"]["audience"])
                       if masks(facets, "audience")[row * words] >> i & 1]
                for row, slug in enumerate(rows)}
    assert signs_up["trip-01"] == ["class"]
    assert signs_up["open-day"] == ["families", "class"]  # families sign up too: not apart
    assert signs_up["robotics-club"] == ["students"]
    text = json.loads(re.search(r"data-text='([^']*)'", html).group(1).replace("&#39;", "'")
                      .replace("&#34;", '"').replace("&amp;", "&"))
    assert text["trips"] == "Class trips: ask your child's teacher"


def _rows(out: Path) -> list[str]:
    """The program rows of the search data, in order: from the cards files."""
    rows, n = [], 0
    while (out / f"search/cards/{n}.json").is_file():
        for tree in json.loads((out / f"search/cards/{n}.json").read_text("utf-8")):
            rows += re.findall(r'"/programs/([a-z0-9-]+)/"', json.dumps(tree))[:1]
        n += 1
    return rows


def test_the_students_list_searches_with_the_class_trips_of_its_students(long_lists):
    html = page(long_lists, "browse/audience/students")
    link = re.search(r'href="(/search/\?[^"]+)">Search and filter', html).group(1)
    assert parse_qs(urlsplit(unescape(link)).query) == {"audience": ["students", "class"]}
    families = page(long_lists, "browse/audience/families")
    assert 'href="/search/?audience=families">' in families


# --- a class trip's page ----------------------------------------------------------------------

def test_a_class_trip_page_speaks_to_parents_before_how_to_apply(site: SiteFolder):
    site.write(PROG, program(type="field-trip", title="Dock & Dry <Day>",
                             apply_url="https://example.com/book"), dedent=False)
    site.write("content/programs/club.md", program(title="Club", apply_url="https://example.com/a"),
               dedent=False)
    out = site.built()
    html = main(page(out, "programs/robotics-club"))
    note = html.index("A teacher books this for a whole class.")
    apply = html.index(">How to apply</a>")
    assert note < apply < html.index('id="sh-share"')
    assert "Share it with your child&#39;s teacher." in html
    mail = re.search(r'<a class="sh-action" href="(mailto:[^"]*)">.*?E-mail it to the teacher',
                     html, re.S).group(1)
    assert unescape(mail) == ("mailto:?subject=Dock%20%26%20Dry%20%3CDay%3E&body=https%3A%2F%2F"
                              "example.org%2Fprograms%2Frobotics-club%2F")
    assert re.search(r'<a class="sh-action" href="#sh-share">.*?Other ways to share', html, re.S)
    assert re.search(r'For teachers: <a class="sh-action" href="https://example.com/book"', html)
    assert 'class="sh-button"' not in html[:html.index('id="sh-share"')]
    club = main(page(out, "programs/club"))
    assert "A teacher books this" not in club and "For teachers:" not in club
    assert '<a class="sh-button" href="https://example.com/a"' in club
    es = page(out, "es/programs/robotics-club")
    assert "Un maestro lo reserva para toda la clase." in es and "Para maestros:" in es
