"""The "List your program" form's rules and words (features/submit_form/): every rule of
the check it can hold, each with its own message in check's words; help written for people, in
every language the interface ships; no field a partner should not set."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from stemhub.options import Options
from stemhub.render import i18n
from stemhub.features.submit_form.form import form_context
from stemhub.features.submit_form.formtext import CHOICES, HELP, LABELS, SAYS
from stemhub.records.words import PER
from stemhub.tools.published import published
from tests.conftest import TODAY, SiteFolder

TEMPLATE = Path(__file__).resolve().parent.parent / "stemhub/theme/templates/submit-program.html"


@pytest.fixture
def context(site: SiteFolder) -> dict:
    return form_context(published(Options(site.root, date.fromisoformat(TODAY)), None).catalog)


def every(fields):
    for f in fields:
        yield f
        yield from every(f.fields)


def named(context: dict) -> dict:
    return {f.name: f for f in every(context["fields"] + context["partner_fields"])}


def test_every_pattern_has_its_own_message_the_zip_code_too(context):
    fields = named(context)
    assert fields["location.zip"].rules["pattern"] == r"^\d{5}(-\d{4})?$"
    for name, f in fields.items():
        if f.rules.get("pattern") or f.widget == "date":
            assert f.rules["say"] in SAYS, name


# What a partner might type, by the rule it breaks; check's message must be the form's (a value
# with no close language code: check's "did you mean" needs the locale data the form lacks).
SLIPS = {"location.zip": ("zip", "9822"), "cost.amount": ("number", "12,50"),
         "capacity": ("whole", "twelve"), "contact.phone": ("phone", "call us"),
         "contact.email": ("email", "kites.example.org"),
         "apply_url": ("url", "harbor.example.org/kites"), "languages": ("language", "français"),
         "grades": ("grade", "13")}


def test_the_form_says_what_check_says(site: SiteFolder, context):
    values = {key: value for key, (_, value) in SLIPS.items()}
    site.write("content/programs/slips.md", "---\n" + "\n".join([
            "title: Slips", "partner: acme", "summary: S.", "type: club",
            "sectors: [engineering-manufacturing]", f"grades: {values['grades']}",
            f"cost: {{amount: '{values['cost.amount']}'}}",
            f"location: {{name: Hall, city: Town, region: north, zip: '{values['location.zip']}'}}",
            f"capacity: {values['capacity']}", f"apply_url: {values['apply_url']}",
            f"languages: {values['languages']}",
            f"contact: {{phone: {values['contact.phone']}, email: {values['contact.email']}}}",
            "verified: 2026-10-01", "---", ""]))
    said = {m.group(1): m.group(2) for m in re.finditer(
        r"slips\.md:\d+:\d+: error: ([\w.]+): (.*)", site.check().out)}
    fields = named(context)
    for name, (rule, value) in SLIPS.items():
        assert fields[name].rules["say"] == rule, name
        assert said[name] == SAYS[rule] % {"value": value}, name


def test_an_end_before_the_start_is_a_rule_of_the_last_day(context):
    assert named(context)["schedule.end"].rules["after"] == "schedule.start"


def test_staff_fields_are_not_offered_and_verified_is_today(context):
    names = set(named(context))
    assert not names & {"featured", "draft", "verified", "org.verified", "org.logo"}
    assert {"verified_by", "availability"} <= names
    assert context["timezone"] == "America/Los_Angeles"  # submit.js writes today in it


def test_a_new_organisation_gets_the_partner_fields(context):
    fields = named(context)
    assert [n for n in ("org.name", "org.kind", "org.summary") if fields[n].required] == [
        "org.name", "org.kind", "org.summary"]
    assert fields["org.kind"].widget == "word" and fields["org.website"].rules["say"] == "url"
    assert "acme" in context["taken_partners"]


def test_help_is_written_for_people():
    for name, text in HELP.items():
        assert not re.search(r"\b(true|false|slug|front matter|YAML)\b|--|\bkey\b", text), name


def form_texts() -> set[str]:
    template = TEMPLATE.read_text(encoding="utf-8")
    return {*LABELS.values(), *HELP.values(), *SAYS.values(),
            *(c for pair in CHOICES.values() for c in pair),
            *re.findall(r'_\("((?:[^"\\]|\\.)+)"', template)}


@pytest.mark.parametrize("lang", ["es", "vi"])
def test_every_text_of_the_form_is_translated(lang):
    untranslated = sorted(t for t in form_texts() if i18n.gettext(lang)(t) == t)
    assert not untranslated, f"{lang}: {untranslated}"


def test_the_spanish_form_speaks_spanish(site: SiteFolder):
    out = site.built()
    page = (out / "es/submit/program/index.html").read_text(encoding="utf-8")
    spanish = i18n.gettext("es")
    assert spanish(HELP["title"]) in page and HELP["title"] not in page
    # English only where site.yaml and the records give no Spanish, and the cost.per words a
    # partner types, and marked so
    english = re.findall(r'lang="en">([^<]*)<', page.split("<main", 1)[1])
    assert set(english) == {"Acme Robotics", "North", "South", "Test Network", *PER}
