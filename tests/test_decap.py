"""The Decap CMS admin (outputs/admin.py, outputs/decap.py): its configuration asks for every
field of every kind as the schemas give them, and admin/ exists only with a repository."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from stemhub.outputs import admin
from stemhub.outputs.decap import config
from stemhub.outputs.pagefind import glob
from stemhub.problems import Problems
from stemhub.records.kinds import KINDS
from stemhub.records.schema import schemas
from stemhub.records.settings import Repository, load_settings
from tests.conftest import SITE_YAML, SiteFolder
from tests.test_hostile import audit_page

ROOT = Path(__file__).resolve().parent.parent
REPOSITORY = "repository:\n  url: https://github.com/acme/stem-site\n"


@pytest.fixture(scope="module")
def sample():
    """The sample site's settings, with a repository, and its Decap configuration."""
    settings = load_settings(ROOT, Problems())
    settings.config = settings.config.model_copy(
        update={"repository": Repository(url="https://github.com/acme/stem-site")})
    return settings, config(settings)


def _leaves(part: dict, schema: dict, prefix: str = ""):
    """(key, field, required) of every key of a schema, nested keys as "cost.amount"."""
    for key, field in part["properties"].items():
        yield prefix + key, field, key in part.get("required", ())
        refs = [s["$ref"].rpartition("/")[2] for s in field.get("anyOf", [field])
                if "$ref" in s]
        if refs:
            yield from _leaves(schema["$defs"][refs[0]], schema, f"{prefix}{key}.")


def _widgets(fields: list[dict], prefix: str = ""):
    for f in fields:
        yield prefix + f["name"], f
        if f["widget"] == "object":
            yield from _widgets(f["fields"], f"{prefix}{f['name']}.")


def _shapes(field: dict) -> list[dict]:
    return [s for s in field.get("anyOf", [field]) if s != {"type": "null"}]


def test_every_field_of_every_kind_is_in_the_decap_configuration(sample):
    settings, made = sample
    every = schemas(settings.vocab)
    collections = {c["name"]: c for c in made["collections"]}
    assert list(collections) == list(KINDS)
    for kind in KINDS.values():
        schema = every[f"{kind.singular}.schema.json"]
        fields = dict(_widgets(collections[kind.name]["fields"]))
        keys = [key for key, _, _ in _leaves(schema, schema)]
        body = [] if ".yaml" in kind.extensions else ["body"]
        assert list(fields) == keys + body, kind.name
        for key, field, required in _leaves(schema, schema):
            assert fields[key]["required"] is required, f"{kind.name} {key}"
            assert fields[key]["hint"] == field["description"]
            _assert_widget_fits(fields[key], field, f"{kind.name} {key}")


def _assert_widget_fits(made: dict, field: dict, where: str) -> None:
    """The widget writes a value the field takes."""
    shapes = _shapes(field)
    words = [w for s in shapes for w in s.get("enum", [])]
    listed = any(s.get("type") == "array" for s in shapes)
    widget = made["widget"]
    if any("$ref" in s for s in shapes):
        assert widget == "object", where
    elif words and set(words) <= {True, False, "true", "false"}:
        assert widget == "boolean", where
    elif words:
        assert (widget, made["options"], made["multiple"]) == ("select", words, listed), where
    elif listed:
        assert widget == "list", where
    elif shapes[0].get("format") == "date":
        assert (widget, made["format"], made["time_format"]) == \
            ("datetime", "YYYY-MM-DD", False), where
    else:
        types = shapes[0]["type"] if isinstance(shapes[0]["type"], list) else [shapes[0]["type"]]
        assert widget in {"integer": ["number"], "number": ["number"]}.get(
            types[0], ["string", "text", "markdown", "image"]), where


def test_collections_read_the_files_as_the_build_does(sample):
    _, made = sample
    by_name = {c["name"]: c for c in made["collections"]}
    assert (by_name["partners"]["extension"], by_name["partners"]["format"]) == ("yaml", "yml")
    for name in ("programs", "guides", "updates", "pages"):
        assert (by_name[name]["extension"], by_name[name]["format"]) == ("md", "frontmatter")
        assert by_name[name]["folder"] == f"content/{name}"
    assert made["backend"] == {"name": "github", "repo": "acme/stem-site", "branch": "main"}
    assert made["publish_mode"] == "editorial_workflow"
    program = dict(_widgets(by_name["programs"]["fields"]))
    assert program["type"]["options"][:2] == ["field-trip", "job-shadow"]
    assert program["location.region"]["options"] == [r.slug for r in
                                                      sample[0].config.regions]
    assert program["deadline"]["default"] == "" and "default" not in program["verified"]


def test_no_admin_without_a_repository(site: SiteFolder):
    out = site.built()
    assert not (out / "admin").exists()


HOSTILE_TITLE = "Net: \"work\" # {x} & <b>'y'</b> - *z* | >"
HOSTILE_BRANCH = "content: 'x' #2, [y]"


def test_admin_with_a_repository_quotes_what_site_yaml_gives(site: SiteFolder):
    site.write("site.yaml", SITE_YAML.replace("title: Test Network",
                                              "title: '" + HOSTILE_TITLE.replace("'", "''") + "'")
               + REPOSITORY + "  branch: '" + HOSTILE_BRANCH.replace("'", "''") + "'\n")
    out = site.built()
    made = yaml.safe_load((out / "admin" / "config.yml").read_text(encoding="utf-8"))
    assert made["backend"] == {"name": "github", "repo": "acme/stem-site",
                               "branch": HOSTILE_BRANCH}
    page = (out / "admin" / "index.html").read_text(encoding="utf-8")
    assert "<b>" not in page and "&lt;b&gt;" in page
    assert page.count("<script") == 1 and f'integrity="{admin.INTEGRITY}"' in page
    assert f'src="{admin.SCRIPT}"' in page and 'content="noindex, nofollow"' in page
    assert "admin/" not in (out / "index.html").read_text(encoding="utf-8")


def test_admin_page_has_its_own_policy_allowing_only_the_pinned_decap():
    assert "@3." in admin.DECAP and admin.DECAP.endswith("/dist/")
    assert f"script-src {admin.DECAP} 'unsafe-eval';" in admin.CSP
    assert "'unsafe-inline'" not in admin.CSP.split("style-src")[0]


def test_admin_is_not_a_page_of_the_family_site(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + REPOSITORY)
    out = site.built()
    assert (out / "admin" / "index.html").is_file()
    with pytest.raises(AssertionError):  # by design, not a page of the family site
        audit_page((out / "admin" / "index.html").read_text(encoding="utf-8"), "admin")
    assert "admin" not in glob(["", "es/"])
