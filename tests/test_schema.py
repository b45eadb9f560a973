"""The records' JSON Schemas (schemas/) and CONTRIBUTING.md's field reference: current, made from
the models, and checked with the PyPI `jsonschema` validator against what the build decides."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from stemhub.problems import Problems
from stemhub.records import reference
from stemhub.records.schema import schemas, text
from stemhub.records.settings import load_settings
from stemhub.source.yamltree import parse
from tests.conftest import SiteFolder
from tests.rulekit import ACME, PROG, partner, program

ROOT = Path(__file__).resolve().parent.parent
MODELINE = "# yaml-language-server: $schema=../../schemas/partner.schema.json\n"


class EditorYaml(yaml.SafeLoader):
    """YAML as editors read it (yaml-language-server, YAML 1.2 core schema): a date stays text,
    only true and false are yes/no, only decimal digits are numbers."""


EditorYaml.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
        ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
        ("float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$",
         "-+.0123456789"),
        ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""])):
    EditorYaml.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern),
                                     list(_first))


def site_schemas(root: Path) -> dict[str, dict]:
    problems = Problems()
    made = schemas(load_settings(root, problems).vocab)
    assert not problems.items
    return made


SAMPLE = site_schemas(ROOT)


def front(path: Path) -> str:
    """A record's YAML: a .yaml file whole, a .md file's front matter."""
    written = path.read_text(encoding="utf-8")
    return written if path.suffix == ".yaml" else re.split(r"^---[ \t]*$", written, 2, re.M)[1]


def schema_of(path: Path, made: dict[str, dict]) -> dict:
    kind = path.parent.name[:-1]
    translation = path.name.count(".") == 2
    return made[f"{kind}{'.translation' if translation else ''}.schema.json"]


def mistakes(data, schema: dict) -> list[str]:
    checker = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [e.message for e in checker.iter_errors(data)]


def test_committed_schemas_are_what_build_py_schema_writes():
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").iterdir()}
    assert committed == {name: text(s) for name, s in SAMPLE.items()}, \
        "schemas/ is out of date: run python build.py schema"


def test_contributing_field_reference_is_current():
    written = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert reference.START in written and reference.END in written
    assert reference.rewrite(written, reference.markdown(SAMPLE)) == written, \
        "CONTRIBUTING.md's field reference is out of date: run python build.py schema"


def test_every_schema_is_valid_draft_2020_12_with_a_description_for_every_field():
    for name, schema in SAMPLE.items():
        Draft202012Validator.check_schema(schema)
        for part in [schema, *schema.get("$defs", {}).values()]:
            for key, field in part["properties"].items():
                assert field.get("description"), f"{name}: {key} has no description"


RECORDS = sorted(p for p in (ROOT / "content").rglob("*") if p.suffix in (".md", ".yaml"))


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.name)
def test_every_sample_record_validates_as_an_editor_and_as_the_build_read_it(path: Path):
    schema = schema_of(path, SAMPLE)
    assert mistakes(yaml.load(front(path), EditorYaml), schema) == []
    assert mistakes(parse(front(path)).data, schema) == []  # every value as text


def test_sample_yaml_records_name_their_schema_on_the_first_line():
    for path in (ROOT / "content" / "partners").glob("*.yaml"):
        assert path.read_text(encoding="utf-8").startswith(MODELINE), path.name


def test_the_build_ignores_the_schema_comment(site: SiteFolder):
    site.write(ACME, MODELINE + partner(), dedent=False)
    site.write(PROG, program().replace("---\n", "---\n" + MODELINE, 1), dedent=False)
    assert site.check().lines == ["0 errors, 0 warnings; 2 records checked"]


def reject(site: SiteFolder, rel: str, written: str) -> tuple[list[str], list[str]]:
    """What the build and the schema each say of one record."""
    site.write(rel, written, dedent=False)
    return site.check().problems, mistakes(yaml.load(front(site.root / rel), EditorYaml),
                                           schema_of(site.root / rel, site_schemas(site.root)))


@pytest.mark.parametrize("rel, written, said", [
    (PROG, program(type="feild-trip"), "is not a program type; did you mean 'field-trip'?"),
    (PROG, program(titel="Robotics"), "unknown key 'titel'"),
    (PROG, program(apply_url="javascript:alert(1)"), "is not a web address"),
    (PROG, program(apply_url="https://me:pw@example.org/"), "contains a user name"),
    (PROG, program(sectors="[]"), "'sectors' is an empty list"),
    (PROG, program(grades="13"), "13 is not a grade"),
    (PROG, program(grades="[7, 7]"), "grade 7 is listed twice"),
    (PROG, program(cost="cheap"), "'cheap' is not a cost"),
    (PROG, program(location="{name: Hall, city: Town, region: west}"), "is not a region"),
    (PROG, program(verified="2026-02-30"), "is not a real date"),
    (PROG, program(capacity="0"), "the least allowed is 1"),
    (PROG, program(featured="yes"), "is not true or false"),
    (PROG, program(languages="[en, es, vi, so, fr, de, zh, ar, ru, ko, ja]"), "the limit is 10"),
    (ACME, partner(contact="{email: mailto:team@acme.example}"), "starts with mailto:"),
    (ACME, partner(title="Acme"), "unknown key 'title'"),
    (ACME, partner(summary=None), "summary"),
])
def test_what_the_build_rejects_the_schema_rejects(site: SiteFolder, rel, written, said):
    """Each case changes one key of a record both accept (the test below)."""
    build, schema = reject(site, rel, written)
    assert len(build) == 1 and said in build[0] and ": error: " in build[0]
    assert schema


@pytest.mark.parametrize("rel, written", [
    (PROG, program(audience="educators")),
    (PROG, program(sectors="maritime", partner="acme", grades="9", languages="es")),
    (PROG, program(grades="[K-2, 5]", audience="[students, families]")),
    (PROG, program(cost="{amount: 0}", capacity='"12"', featured='"false"')),
    (PROG, program(location="{name: Hall, city: Town, region: north, zip: 98012}")),
    (PROG, program(tags="", seasons="[]", stage="")),  # empty optional keys are left out
    (ACME, partner(contact="{phone: 5550131}", sectors="maritime")),
])
def test_a_single_value_for_a_list_and_empty_optional_keys_are_valid(site, rel, written):
    assert reject(site, rel, written) == ([], [])


SITE_WORDS = """\
vocabularies:
  types: [{slug: hackathon, name: Hackathon}]
"""


def test_build_py_schema_writes_a_sites_words_and_its_reference(site: SiteFolder):
    site.write("site.yaml", (site.root / "site.yaml").read_text() + SITE_WORDS)
    site.write("CONTRIBUTING.md",
               f"# Help\n\n{reference.START}\nstale reference\n{reference.END}\nend\n")
    assert site.run("schema", "--source", str(site.root)).code == 0
    made = json.loads((site.root / "schemas" / "program.schema.json").read_text())
    assert made["properties"]["type"]["enum"][-1] == "hackathon"
    assert made["$defs"]["Place"]["properties"]["region"]["enum"] == ["north", "south"]
    guide = (site.root / "CONTRIBUTING.md").read_text()
    assert "stale reference" not in guide
    assert "| `type` | yes | What kind of program it is. |" in guide
    assert guide.startswith("# Help\n") and guide.endswith(f"{reference.END}\nend\n")


def test_build_py_schema_writes_nothing_from_a_broken_site_yaml(site: SiteFolder):
    site.write("site.yaml", "title: [\n")
    result = site.run("schema", "--source", str(site.root), "--out", str(site.root / "out"))
    assert result.code == 1 and result.err.startswith("site.yaml:")
    assert not (site.root / "out").exists()
