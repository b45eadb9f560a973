"""`build.py new` (issue 21): a record's file from its kind's commented template, which check
refuses at each empty key's line until it is filled, and accepts once it is."""
from __future__ import annotations

import re

import pytest

from tests.conftest import PARTNER, TODAY

# A value for every key a template may leave empty, as a partner would write it.
FILL = {"title": "Welding Weekends", "summary": "Learn to weld on Saturdays.", "type": "camp",
        "sectors": "[construction-trades]", "grades": "9-12", "cost": "free",
        "location": "online", "verified": TODAY, "partner": "acme", "name": "Beta Labs",
        "kind": "nonprofit", "audience": "[families]", "updated": TODAY, "date": TODAY}
EMPTY = re.compile(r"^ *([a-z_]+):$")
FILES = {"program": "content/programs/welding.md", "partner": "content/partners/welding.yaml",
         "guide": "content/guides/welding.md", "update": "content/updates/welding.md",
         "page": "content/pages/welding.md"}


def placeholders(text: str) -> dict[int, str]:
    """Line number -> key of every key written without a value (not commented out)."""
    return {n: m.group(1) for n, line in enumerate(text.splitlines(), 1)
            if (m := EMPTY.match(line))}


def filled(text: str) -> str:
    return "\n".join(EMPTY.sub(lambda m: f"{m.group()} {FILL[m.group(1)]}", line)
                     for line in text.splitlines()) + "\n"


def error_lines(result) -> dict[int, str]:
    return {int(line.split(":")[1]): line for line in result.problems}


@pytest.mark.parametrize("kind", FILES)
def test_a_new_record_is_refused_at_each_empty_key_then_passes_check_once_filled(site, kind):
    result = site.run("new", kind, "welding", "--source", str(site.root))
    assert result.code == 0, result.err
    path = site.root / FILES[kind]
    assert result.out == f"wrote {path}: fill in every key without a value, then run " \
                         "build.py check\n"
    text = path.read_text(encoding="utf-8")
    empty = placeholders(text)
    assert empty, "a template without a key to fill"
    errors = error_lines(site.check())
    assert set(errors) == set(empty)  # every empty key is named at its line, nothing else
    for line, key in empty.items():
        assert key in errors[line] and ": error: " in errors[line]
    path.write_text(filled(text), encoding="utf-8")
    checked = site.check()
    assert checked.code == 0 and checked.problems == [], checked.out


def test_the_template_is_the_models_keys_with_their_meanings(site):
    site.run("new", "program", "welding", "--partner", "acme", "--source", str(site.root))
    text = (site.root / FILES["program"]).read_text(encoding="utf-8")
    assert text.startswith("---\n") and "\n---\n<!-- " in text
    assert "yaml-language-server" not in text  # a .md file's front matter cannot use it
    assert "\npartner: acme\n" in text
    assert sorted(placeholders(text).values()) == sorted(
        ["title", "summary", "type", "sectors", "grades", "cost", "location", "verified"])
    # required keys uncommented, optional ones commented out, each under its meaning
    assert "\n# Its name, in plain text, at most 120 characters.\ntitle:\n" in text
    assert "\n# # The last day to apply, YYYY-MM-DD.\n# deadline:\n" in text
    assert "# # A person's name" not in text  # nested keys are commented out once
    assert "#   # A person's name or a role (Program coordinator).\n#   name:\n" in text
    # the site's own words: its regions
    assert "Words: north, south." in text


def test_a_partner_is_a_yaml_file_that_points_editors_to_its_schema(site):
    site.run("new", "partner", "beta", "--source", str(site.root))
    text = (site.root / "content/partners/beta.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == \
        "# yaml-language-server: $schema=../../schemas/partner.schema.json"


def test_an_existing_record_is_never_overwritten(site):
    site.write("content/partners/beta.md", "---\nname: Beta\n---\n")
    for kind, slug, there in [("program", "robotics-club", "content/programs/robotics-club.md"),
                              ("partner", "acme", "content/partners/acme.yaml"),
                              ("partner", "beta", "content/partners/beta.md")]:
        before = (site.root / there).read_bytes()
        result = site.run("new", kind, slug, "--source", str(site.root))
        assert result.code == 2
        assert f"error: {there} is already a {kind} named '{slug}'; choose another name, " \
               "or edit that file" in result.err
        assert (site.root / there).read_bytes() == before
    assert not (site.root / "content/partners/beta.yaml").exists()
    assert (site.root / "content/partners/acme.yaml").read_text() == PARTNER


@pytest.mark.parametrize("argv, message", [
    (["program", "Robotics_Club"], "the file name 'Robotics_Club' is not allowed: use at "
     "most 80 lower-case letters a-z, digits and single hyphens (robotics-club.md)"),
    (["guide", "con"], "'con' is a reserved name; choose another file name"),
    (["page", "search"], "'search' is a name the site uses itself; choose another page file "
     "name"),
    (["page", "es"], "'es' is a name the site uses itself; choose another page file name"),
    (["program", "welding", "--partner", "acm"], "there is no partner 'acm'; did you mean "
     "'acme'? Partners live in content/partners/<file name>.yaml"),
    (["program", "welding", "--partner", "zz\x1b[31m"], "there is no partner "
     "'zzU+001B[31m'. Partners live in content/partners/<file name>.yaml"),
    (["guide", "welding", "--partner", "acme"], "--partner is for a new program"),
])
def test_a_bad_name_or_partner_is_refused_with_what_to_do(site, argv, message):
    result = site.run("new", *argv, "--source", str(site.root))
    assert result.code == 2
    assert result.err.endswith(f"error: {message}\n")
    assert not (site.root / "content/guides").exists()
    assert sorted(p.name for p in (site.root / "content/programs").iterdir()) == \
        ["robotics-club.md"]
