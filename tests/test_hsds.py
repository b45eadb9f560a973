"""The HSDS 3.0 export under /data/hsds/ validates against Open Referral's JSON Schemas
(tests/hsds/, resolved locally), with every key one the schemas name, ids that are unique and
stay the same from build to build, and links that lead somewhere (docs/open-data.md)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.opendata_site import make

SCHEMAS = Path(__file__).parent / "hsds"
BASE = "https://hsds.test/schema/"


def closed(node):
    """A schema whose objects take no key it does not name: a misspelt field fails."""
    if isinstance(node, dict):
        node = {k: closed(v) for k, v in node.items()}
        if "properties" in node:
            node["additionalProperties"] = False
        return node
    return [closed(x) for x in node] if isinstance(node, list) else node


REGISTRY = Registry().with_resources(
    (BASE + p.name, Resource.from_contents(closed(json.loads(p.read_text())),
                                           default_specification=DRAFT202012))
    for p in SCHEMAS.glob("*.json"))


def validator(table: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": BASE + table + ".json"}, registry=REGISTRY,
                                format_checker=FormatChecker())


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return make(tmp_path_factory.mktemp("src") / "site")


@pytest.fixture(scope="module")
def out(site) -> Path:
    return site.built()


def contents(out: Path, name: str) -> list[dict]:
    page = json.loads((out / "data/hsds" / f"{name}.json").read_text(encoding="utf-8"))
    assert page["total_items"] == page["size"] == len(page["contents"])
    return page["contents"]


@pytest.mark.parametrize("name, table", [("services", "service"),
                                         ("organizations", "organization"),
                                         ("taxonomies", "taxonomy"),
                                         ("taxonomy_terms", "taxonomy_term")])
def test_every_object_validates_against_its_hsds_schema(out: Path, name: str, table: str):
    check = validator(table)
    found = contents(out, name)
    assert found
    for item in found:
        check.validate(item)


def test_the_strict_schemas_catch_a_misspelt_field(out: Path):
    service = contents(out, "services")[0]
    service["schedules"][0]["valid_form"] = "2027-01-01"
    assert len(list(validator("service").iter_errors(service))) == 1


def test_services_are_the_listed_programs_with_their_facts(out: Path):
    services = contents(out, "services")
    assert [s["url"].split("/")[-2] for s in services] == \
        ["hostile", "robotics-club", "closed-program"]
    hostile = services[0]
    place = hostile["service_at_locations"][0]["location"]
    assert place["location_type"] == "physical" and round(place["latitude"]) == 48
    assert place["addresses"][0]["state_province"] == "WA"
    assert hostile["cost_options"][0] == {**hostile["cost_options"][0], "amount": 12.5,
                                          "currency": "USD"}
    assert hostile["contacts"][0]["phones"][0]["extension"] == 12
    assert hostile["schedules"][0]["description"] == "-9am to 3pm"
    assert services[1]["service_at_locations"][0]["location"]["location_type"] == "virtual"
    assert services[2]["alert"] == "Closed"


def test_attributes_carry_what_hsds_has_no_field_for(out: Path):
    terms = {t["id"]: t["code"] for t in contents(out, "taxonomy_terms")}
    hostile = contents(out, "services")[0]
    facts = {terms[a["taxonomy_term_id"]]: a.get("value") for a in hostile["attributes"]}
    assert {"grade:k", "grade:1", "grade:2", "type:camp", "sector:maritime",
            "focus:girls", "status:closing-soon"} <= set(facts)
    assert facts["fact:deadline"] and facts["fact:paid"] == "true"


def ids_of(node) -> list[str]:
    if isinstance(node, dict):
        return [node["id"]] * ("id" in node) + [i for v in node.values() for i in ids_of(v)]
    return [i for v in node for i in ids_of(v)] if isinstance(node, list) else []


def all_contents(out: Path) -> list:
    return [contents(out, n) for n in ("services", "organizations", "taxonomies",
                                       "taxonomy_terms")]


def test_ids_are_unique_and_links_lead_to_objects(out: Path):
    ids = ids_of(all_contents(out))
    assert len(ids) == len(set(ids))
    organizations = {o["id"] for o in contents(out, "organizations")}
    terms = {t["id"] for t in contents(out, "taxonomy_terms")}
    for s in contents(out, "services"):
        assert s["organization_id"] in organizations
        assert {a["taxonomy_term_id"] for a in s["attributes"]} <= terms


def test_ids_stay_the_same_when_the_site_changes(site, out: Path, tmp_path: Path):
    site.write("content/programs/another.md", (site.root / "content/programs/robotics-club.md")
               .read_text().replace("Robotics Club", "Another"))
    again = site.built(out=tmp_path / "again")
    before = set(ids_of(all_contents(out)))
    after = set(ids_of(all_contents(again)))
    assert before < after
