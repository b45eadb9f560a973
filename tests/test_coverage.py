"""The coverage page (/coverage/, features/coverage/: coverage.py, gaps.py, zipmap.py): its tables
against counts made here from the records written, the gaps in plain words, the charts'
accessible names, and no script."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from types import SimpleNamespace as NS

import pytest

from stemhub.features.coverage.gaps import gaps
from tests.conftest import SiteFolder, days
from tests.rulekit import partner, program

BANDS = {"PK": ["PK"], "K-5": ["K", "1", "2", "3", "4", "5"], "6-8": ["6", "7", "8"],
         "9-12": ["9", "10", "11", "12"]}
GRADES = ["PK", "K"] + [str(g) for g in range(1, 13)]
SECTORS = {"engineering-manufacturing": "Engineering & manufacturing",
           "healthcare-life-sciences": "Healthcare & life sciences",
           "construction-trades": "Construction & trades"}

# The records, as facts the test counts from, and the front matter written for them.
RECORDS = {
    "robotics-club": dict(sectors=["engineering-manufacturing"], grades="6-8", region=None,
                          stage=None, cost="free"),
    "nurse-camp": dict(sectors=["healthcare-life-sciences", "engineering-manufacturing"],
                       grades="9-12", region="north", zip="98273", stage="exploration",
                       cost="{amount: 50}", supports=["transportation"], focus=["girls"]),
    "welding-day": dict(sectors=["construction-trades"], grades="7", region="south",
                        zip="98237", stage="immersion", cost="free", supports=["meals"],
                        focus=["girls", "rural"], paid=True),
    "teacher-lab": dict(sectors=["engineering-manufacturing"], grades="K-5", region="north",
                        zip="98273", stage="awareness", audience="educators",
                        cost="{amount: 20, financial_aid: true}"),
    "family-night": dict(sectors=["healthcare-life-sciences"], grades="PK-K", region="north",
                         stage="awareness", audience="[families]", cost="free",
                         supports=["meals", "transportation"]),
}
ENDED = dict(sectors=["construction-trades"], grades="9", region="north", stage="immersion",
             cost="free")


def front(slug: str, r: dict, extra: dict | None = None) -> str:
    location = "online" if r["region"] is None else (
        f"{{name: Hall, city: Town {slug}, region: {r['region']}"
        + (f", zip: \"{r['zip']}\"" if r.get("zip") else "") + "}")
    fields = dict(title=slug.replace("-", " ").title(), sectors=f"[{', '.join(r['sectors'])}]",
                  grades=r["grades"], cost=r["cost"], location=location)
    for key in ("stage", "audience"):
        if r.get(key):
            fields[key] = r[key]
    for key in ("supports", "focus"):
        if r.get(key):
            fields[key] = f"[{', '.join(r[key])}]"
    if r.get("paid"):
        fields["paid"] = "true"
    return program(**fields, **(extra or {}))


def grades_of(text: str) -> list[str]:
    low, _, high = text.partition("-")
    return GRADES[GRADES.index(low):GRADES.index(high or low) + 1]


@pytest.fixture
def built(site: SiteFolder):
    for slug, r in RECORDS.items():
        site.write(f"content/programs/{slug}.md", front(slug, r))
    site.write("content/programs/old-fair.md", front("old-fair", ENDED, {
        "schedule": f"{{start: {days(-30)}, end: {days(-20)}}}"}))
    site.remove("content/programs/robotics-club.md")
    site.write("content/programs/robotics-club.md", front("robotics-club",
                                                          RECORDS["robotics-club"]))
    return site.built()


class Tables(HTMLParser):
    """Every table of a page: caption -> rows of cell texts (the header row first)."""

    def __init__(self, html: str):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.text, self.rows, self.cell = "", None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.rows = []
        elif tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td", "caption"):
            self.text = ""

    def handle_data(self, data):
        self.text += data

    def handle_endtag(self, tag):
        if tag == "caption":
            self.caption = self.text.strip()
        elif tag in ("th", "td"):
            self.rows[-1].append(self.text.strip())
        elif tag == "table":
            self.tables[self.caption] = self.rows


def table(out, caption: str, folder: str = "") -> dict[str, list[str]]:
    html = (out / folder / "coverage" / "index.html").read_text("utf-8")
    rows = Tables(html).tables[caption]
    return {row[0]: row[1:] for row in rows}


def test_career_area_by_grade_band_counts_the_records(built):
    got = table(built, "Programs by career area and grade band")
    assert got["Career area"] == ["PK", "K-5", "6-8", "9-12", "All"]
    for sector, name in SECTORS.items():
        mine = [r for r in RECORDS.values() if sector in r["sectors"]]
        joinable = [r for r in mine if r.get("audience") != "educators"]
        want = [sum(1 for r in joinable if set(grades_of(r["grades"])) & set(band))
                for band in BANDS.values()] + [len(mine)]
        assert got[name] == [str(n) for n in want], name
    assert got["Aerospace"] == ["0"] * 5


def test_region_by_stage_counts_the_records(built):
    got = table(built, "Programs by region and pathway stage")
    assert got["Region"] == ["Awareness", "Exploration", "Immersion", "Not given", "All"]
    for region, name in (("north", "North"), ("south", "South"), (None, "Online")):
        mine = [r for r in RECORDS.values() if r["region"] == region]
        want = [sum(1 for r in mine if r["stage"] == s)
                for s in ("awareness", "exploration", "immersion", None)] + [len(mine)]
        assert got[name] == [str(n) for n in want], name


def test_cost_supports_and_focus_count_the_records(built):
    total = len(RECORDS)

    def row(n: int) -> list[str]:
        return [str(n), f"{round(100 * n / total)}%"]
    free = sum(1 for r in RECORDS.values() if r["cost"] == "free")
    cost = table(built, "Cost")
    assert cost["Free"] == row(free)
    assert cost["Costs money"] == row(total - free)
    assert cost["Costs money, with financial aid"] == row(
        sum(1 for r in RECORDS.values() if "financial_aid" in r["cost"]))
    assert cost["Pays students (wage or stipend)"] == row(
        sum(1 for r in RECORDS.values() if r.get("paid")))
    for caption, field, words in (("Help offered", "supports", ("Transportation", "Meals",
                                                                "Childcare")),
                                  ("Designed for", "focus", ("Girls", "Rural", "Foster youth"))):
        got = table(built, caption)
        for word in words:
            n = sum(1 for r in RECORDS.values()
                    if word.lower().replace(" ", "-") in r.get(field, []))
            assert got[word] == row(n), word


def test_zip_codes_are_counted_with_their_towns(built):
    got = table(built, "Programs by ZIP code")
    assert got == {"ZIP code": ["Town", "Programs"],
                   "98237": ["Town welding-day", "1"],
                   "98273": ["Town nurse-camp, Town teacher-lab", "2"]}
    html = (built / "coverage" / "index.html").read_text("utf-8")
    assert "1 program is online." in html
    assert "1 program in person has no known ZIP code." in html  # family-night


def test_the_charts_are_named_images_and_the_page_has_no_script(built):
    html = (built / "coverage" / "index.html").read_text("utf-8")
    charts = re.findall(r'<svg class="sh-chart"[^>]*role="img" aria-labelledby="([^"]+)"', html)
    assert len(charts) == 6 and html.count('<svg class="sh-chart"') == 6
    for ids in charts:
        for id_ in ids.split():
            assert re.search(rf'<(title|desc) id="{id_}">[^<]+</\1>', html), id_
    assert "<script" not in html
    assert 'href="/coverage/"' in (built / "index.html").read_text("utf-8")  # the footer


def test_the_page_speaks_its_language(built):
    got = table(built, "Programas por región y etapa", folder="es")
    assert got["Región"] == ["Descubrir", "Explorar", "Vivir la experiencia", "Sin indicar",
                           "Todos"]
    assert got["En línea"] == ["0", "0", "0", "1", "1"]
    html = (built / "es" / "coverage" / "index.html").read_text("utf-8")
    assert '<li>Ningún programa de Ingeniería y manufactura en <span lang="en">South</span>.</li>' \
        in html  # a region named in English only
    assert "<li>Ningún programa de Aeroespacial en toda la red.</li>" in html


def _program(sectors, region, stage=None, free=True, grades=(), supports=(), joinable=True):
    location = NS(region=region) if region else None
    return NS(sectors=list(sectors), location=location, stage=stage, cost=NS(free=free),
              grades=tuple(grades), supports=list(supports), joinable=joinable)


SETTINGS = NS(names={"sectors": {"eng": "Engineering", "health": "Healthcare", "sea": "Maritime"},
                     "regions": {"kent": "Kent", "dover": "Dover"}})


def _sentence(gap) -> str:
    return gap.text % {"sector": gap.sector, "region": gap.region, "band": gap.band}


def test_gaps_name_the_planted_empty_cells_heaviest_first():
    every = ("awareness", "exploration", "immersion")
    listed = [_program(["eng"], "kent", s, grades=["9"], supports=["transportation", "meals"])
              for s in every]
    listed += [_program(["eng"], "dover", "immersion", free=False, grades=["6", "7"],
                        supports=["meals"]),
               _program(["health"], "kent", "immersion", grades=["K"]),
               _program(["eng", "health"], None, grades=["3"])]
    found = [_sentence(g) for g in gaps(listed, SETTINGS, limit=100)]
    assert found[0] == "No program at all in Maritime."
    assert found.index("No program in Healthcare in Dover.") < found.index(
        "No free immersion program in Engineering in Dover.")
    assert "No program in Dover offers transportation." in found
    assert "No program in Dover offers meals." not in found
    assert "No awareness program in Dover (a first look at the work)." in found
    assert "No program in Healthcare for grades 6-8." in found
    assert "No program in Engineering for grades K-5." not in found  # the online one
    assert not any("Kent offers" in s or "program in Kent (" in s for s in found)
    assert [_sentence(g) for g in gaps(listed, SETTINGS, limit=2)] == found[:2]


def test_an_educators_program_fills_no_grade_band():
    listed = [_program(["eng"], "kent", grades=["K", "1"], joinable=False),
              _program(["eng"], "kent", grades=["6", "9"])]
    found = [_sentence(g) for g in gaps(listed, SETTINGS, limit=100)]
    assert "No program in Engineering for grades K-5." in found
    assert "No program in Engineering for grades 6-8." not in found
