"""/data/programs.json, /data/partners.json (each valid against the schema published beside it)
and /data/programs.csv (docs/open-data.md)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from stemhub.features.open_data.spreadsheet import COLUMNS, FORMULA_STARTS, cell
from tests.conftest import TODAY
from tests.opendata_site import NOT_PUBLISHED, make

LISTED = ["hostile", "robotics-club", "closed-program"]  # list order: deadline, none, closed


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return make(tmp_path_factory.mktemp("src") / "site").built()


def load(out: Path, name: str) -> dict:
    return json.loads((out / "data" / name).read_text(encoding="utf-8"))


def validate(out: Path, name: str) -> dict:
    data, schema = load(out, f"{name}.json"), load(out, f"{name}.schema.json")
    Draft202012Validator.check_schema(schema)
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(data)
    return data


def test_programs_json_lists_exactly_the_listed_programs_and_fits_its_schema(out: Path):
    data = validate(out, "programs")
    assert [p["slug"] for p in data["programs"]] == LISTED
    assert data["generated"] == TODAY
    assert data["schema"] == "https://example.org/data/programs.schema.json"
    assert [p["status"] for p in data["programs"]] == ["closing-soon", "open", "closed"]


def test_a_program_has_every_field_its_derived_facts_and_its_translation(out: Path):
    hostile = load(out, "programs.json")["programs"][0]
    assert hostile["title"] == '=HYPERLINK("https://evil.example/","click")'
    assert hostile["url"] == "https://example.org/programs/hostile/"
    assert hostile["partners"] == ["beta", "acme"]
    assert hostile["grades"] == ["K", "1", "2"]
    assert hostile["cost"] == {"amount": 12.5, "per": "per day", "financial_aid": True,
                               "free": False}
    assert hostile["location"]["zip"] == "98101" and hostile["online"] is False
    assert hostile["translations"] == {"es": {"title": "Campamento",
                                              "location": {"name": "Muelle 5"}}}
    online = load(out, "programs.json")["programs"][1]
    assert online["location"] is None and online["schedule"] is None
    assert online["cost"]["free"] is True and online["translations"] == {}


def test_partners_json_fits_its_schema_with_listed_programs(out: Path):
    partners = validate(out, "partners")["partners"]
    assert [p["slug"] for p in partners] == ["beta", "acme"]  # by name: "=Beta Lab" first
    assert partners[0]["programs"] == ["hostile"]
    assert partners[1]["programs"] == LISTED


def test_schema_rejects_a_program_that_breaks_the_shape(out: Path):
    data, schema = load(out, "programs.json"), load(out, "programs.schema.json")
    data["programs"][0]["status"] = "maybe"
    data["programs"][1]["colour"] = "red"
    errors = list(Draft202012Validator(schema).iter_errors(data))
    assert len(errors) == 2


def rows(out: Path) -> list[list[str]]:
    raw = (out / "data/programs.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_opens_with_the_csv_module_one_row_a_listed_program(out: Path):
    header, *body = rows(out)
    assert header == list(COLUMNS)
    assert [r[0] for r in body] == LISTED
    assert all(len(r) == len(header) for r in body)


def test_no_csv_cell_starts_with_a_formula_character(out: Path):
    cells = [c for r in rows(out) for c in r]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    hostile = dict(zip(*rows(out)[:2]))
    assert hostile["title"] == "'=HYPERLINK(\"https://evil.example/\",\"click\")"
    assert hostile["summary"] == "'+1 for science, \"quoted\", and a comma"
    assert hostile["location.name"] == "'@Dock 5"
    assert hostile["schedule.times"] == "'-9am to 3pm"
    assert hostile["contact.phone"] == "'+1 555-0100 x12"
    assert hostile["tags"] == "'@x; -y" and hostile["grades"] == "K; 1; 2"
    assert hostile["cost.amount"] == "12.5" and hostile["paid"] == "true"


@pytest.mark.parametrize("text", ["=1+2", "+1", "-2", "@x", "\tx", "\rx"])
def test_a_cell_that_starts_like_a_formula_becomes_text(text):
    assert cell(text) == "'" + text


@pytest.mark.parametrize("value, text", [(None, ""), (True, "true"), (["a", "b"], "a; b"),
                                         (["-a", "b"], "'-a; b"), (3, "3"), ("a-b", "a-b")])
def test_cell_values(value, text):
    assert cell(value) == text


def test_nothing_unpublished_reaches_the_data(out: Path):
    text = "".join(p.read_text(encoding="utf-8-sig") for p in (out / "data").rglob("*.*"))
    assert not [slug for slug in NOT_PUBLISHED if slug in text]
