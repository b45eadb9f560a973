"""The Decap CMS admin (features/cms/: admin.py, decap.py): its configuration asks for every
field of every kind as the schemas give them, and admin/ exists only with a repository."""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
import yaml

from stemhub.features.cms import admin
from stemhub.features.cms.decap import config
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
        if f["widget"] in ("object", "word-or-group"):
            yield from _widgets(f["fields"], f"{prefix}{f['name']}.")


def _shapes(field: dict) -> list[dict]:
    return [s for s in field.get("anyOf", [field]) if s != {"type": "null"}]


def test_every_field_of_every_kind_is_in_the_decap_configuration(sample):
    settings, made = sample
    every = schemas(settings.vocab)
    collections = {c["name"]: c for c in made["collections"]}
    assert [n for n in collections if "-" not in n] == list(KINDS)
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
        words = [s["const"] for s in shapes if "const" in s]
        assert (widget, made.get("word")) == (("word-or-group", words[0]) if words
                                              else ("object", None)), where
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
HOSTILE_BRANCH = "content'x\"#2,{y}&<b>"  # a branch git allows


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
    assert page.count("<script") == 2 and 'content="noindex, nofollow"' in page
    assert '<script src="/admin/decap-cms.js"></script>' in page
    assert "admin/" not in (out / "index.html").read_text(encoding="utf-8")


def test_admin_page_has_its_own_policy_allowing_scripts_from_the_site_only():
    assert "script-src 'self' 'unsafe-eval';" in admin.CSP
    assert "'unsafe-inline'" not in admin.CSP.split("style-src")[0]


def test_admin_is_not_a_page_of_the_family_site(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + REPOSITORY)
    out = site.built()
    assert (out / "admin" / "index.html").is_file()
    with pytest.raises(AssertionError):  # by design, not a page of the family site
        audit_page((out / "admin" / "index.html").read_text(encoding="utf-8"), "admin")
    assert "admin" not in glob(["", "es/"])


# The SRI hash unpkg.com served for decap-cms@3.16.3/dist/decap-cms.js, which the site pinned
# before it served Decap itself: the vendored script is that same file.
UNPKG_SRI = "A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p"


def test_the_vendored_decap_files_are_the_pinned_ones():
    files = dict(admin.decap_files())
    assert admin.VERSION == "3.16.3"
    digest = base64.b64encode(hashlib.sha384(files["decap-cms.js"]).digest()).decode()
    assert digest == UNPKG_SRI
    chunks = [n for n in files if n.endswith(".decap-cms.js")]
    assert len(chunks) == 94 and sum(n.endswith(".wasm") for n in files) == 2
    assert not any(n.endswith(".map") for n in files)  # no source maps
    script = files["decap-cms.js"].decode("utf-8")
    assert '__webpack_require__.u=e=>e+".decap-cms.js"' in script  # chunks load beside it


def test_admin_serves_every_decap_file_from_the_site(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + REPOSITORY)
    out = site.built()
    for name, data in admin.decap_files():
        assert (out / "admin" / name).read_bytes() == data, name
    assert (out / "admin" / "word-or-group.js").is_file()


def test_a_changed_decap_file_fails_the_build(site: SiteFolder, tmp_path, monkeypatch):
    hashes = tmp_path / "decap.sha256"
    lines = admin.HASHES.read_text(encoding="utf-8").splitlines()
    hashes.write_text("\n".join(["0" * 64 + lines[0][64:], *lines[1:]]) + "\n", encoding="utf-8")
    monkeypatch.setattr(admin, "HASHES", hashes)
    admin.decap_files.cache_clear()
    site.write("site.yaml", SITE_YAML + REPOSITORY)
    try:
        result = site.build(tmp_path / "out")
    finally:
        admin.decap_files.cache_clear()
    assert result.code == 1 and not (tmp_path / "out").exists()
    assert "site.yaml:1: error: admin/: stemhub's copy of Decap CMS 3.16.3 does not match its " \
           "pinned hashes; reinstall stemhub" in result.err


def test_sign_in_settings_reach_decap(site: SiteFolder):
    site.write("site.yaml", SITE_YAML + REPOSITORY + "  base_url: https://auth.example.org/\n"
               "  site_domain: acme.github.io\n")
    made = yaml.safe_load((site.built() / "admin/config.yml").read_text(encoding="utf-8"))
    assert made["backend"] == {"name": "github", "repo": "acme/stem-site", "branch": "main",
                               "base_url": "https://auth.example.org",
                               "site_domain": "acme.github.io"}


@pytest.mark.parametrize("key, value, message", [
    ("site_domain", "https://acme.github.io", "'https://acme.github.io' is not a host name alone; "
     "write only the name, like example.org"),
    ("site_domain", "127.0.0.1", "'127.0.0.1' uses an IP address; use the site's host name"),
    ("site_domain", "localhost", "'localhost' has no public host name (like example.org)"),
    ("base_url", "auth.example.org", "'auth.example.org' is not a web address; write it in full, "
     "starting with https://"),
])
def test_bad_sign_in_settings_are_errors_at_their_line(site: SiteFolder, key, value, message):
    site.write("site.yaml", SITE_YAML + REPOSITORY + f"  {key}: {value}\n")
    column = 5 + len(key)  # "  key: " then the value
    assert site.check().problems == [f"site.yaml:14:{column}: error: repository.{key}: {message}"]


def test_partners_as_md_and_translations_have_their_collections(sample):
    settings, made = sample
    by_name = {c["name"]: c for c in made["collections"]}
    md = by_name["partners-md"]
    assert (md["extension"], md["format"], md["folder"]) == ("md", "frontmatter",
                                                             "content/partners")
    fields = [f["name"] for f in md["fields"]]
    assert "description" not in fields and fields[-1] == "body"
    assert md["view_filters"] == [{"label": "Hide translations", "field": "name",
                                   "pattern": "."}]
    every = schemas(settings.vocab)
    for kind in KINDS.values():
        schema = every[f"{kind.singular}.translation.schema.json"]
        for lang in settings.config.languages[1:]:
            found = by_name[f"{kind.name}-{lang}"]
            assert (found["folder"], found["extension"], found["create"]) == \
                (f"content/{kind.name}", f"{lang}.md", False)
            assert [f["name"] for f in found["fields"]] == [*schema["properties"], "body"]
            assert not any(f["required"] for f in found["fields"])
    assert by_name["programs-es"]["label"] == "Programs in Spanish"


def test_free_and_online_are_a_word_or_a_group(sample):
    _, made = sample
    program = {c["name"]: c for c in made["collections"]}["programs"]
    fields = dict(_widgets(program["fields"]))
    assert (fields["cost"]["widget"], fields["cost"]["word"]) == ("word-or-group", "free")
    assert (fields["location"]["widget"], fields["location"]["word"]) == \
        ("word-or-group", "online")
    assert [f["name"] for f in fields["location"]["fields"]][:2] == ["name", "address"]


def test_schedule_days_are_ticked_and_a_translation_gives_its_per_and_tags(sample):
    _, made = sample
    by_name = {c["name"]: c for c in made["collections"]}
    fields = dict(_widgets(by_name["programs"]["fields"]))
    days = fields["schedule.days"]
    assert (days["widget"], days["multiple"]) == ("select", True)
    assert days["options"] == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert fields["schedule.time"]["widget"] == "string"
    assert "15:30-17:00" in fields["schedule.time"]["hint"]
    spanish = dict(_widgets(by_name["programs-es"]["fields"]))
    assert spanish["cost"]["widget"] == "object"
    assert [f["name"] for f in spanish["cost"]["fields"]] == ["per"]
    assert spanish["tags"]["widget"] == "list"
