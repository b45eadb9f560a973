"""The "List your program" form (submit-program.html, at /submit/program/): its fields, help and
rules made from the program JSON Schema the build generates for this site (records/schema.py),
so that the form, `check` and editors hold one set of rules. static/submit.js reads the rules
from each field's data attributes and writes the record file in the browser."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..records.fields import SLUG
from ..records.schema import schemas
from ..records.validate import WINDOWS_NAMES
from ..translatable import N_
from .catalog import Catalog

URL = "submit/program/"
NEW_PARTNER = "(new)"  # the partner select's value for a partner not listed yet: not a slug
# The field's name, as the form shows it; a key not named here shows as itself.
LABELS = {
    "title": N_("Program name"), "partner": N_("Who runs it"), "summary": N_("Summary"),
    "type": N_("Type of program"), "stage": N_("Pathway stage"), "sectors": N_("Career areas"),
    "audience": N_("Who signs up"), "grades": N_("Grades"), "cost": N_("Cost"),
    "cost.amount": N_("Amount in US dollars"), "cost.per": N_("What the amount pays for"),
    "cost.financial_aid": N_("Financial aid is offered"), "paid": N_("Students are paid"),
    "location": N_("Where"), "location.name": N_("Place name"),
    "location.address": N_("Street address"), "location.city": N_("Town or city"),
    "location.zip": N_("ZIP code"), "location.region": N_("Region"), "schedule": N_("When"),
    "schedule.start": N_("First day"), "schedule.end": N_("Last day"),
    "schedule.times": N_("Days and times"), "seasons": N_("Times of year"),
    "deadline": N_("Deadline to apply"), "apply_url": N_("Link to apply"),
    "contact": N_("Whom families ask"), "contact.name": N_("Name"), "contact.email": N_("E-mail"),
    "contact.phone": N_("Phone"), "languages": N_("Languages"),
    "supports": N_("Help that comes with it"), "focus": N_("Designed for"),
    "eligibility": N_("Who can join"), "capacity": N_("Number of places"),
    "tags": N_("Search words"), "featured": N_("Feature it on the home page"),
    "availability": N_("Availability"), "draft": N_("Draft: not published yet"),
    "verified": N_("Verified on"), "verified_by": N_("Verified by"),
}
# A group that is one word or its fields: the word's choice, and the fields'.
CHOICES = {"cost": (N_("Free"), N_("It costs money")),
           "location": (N_("Online"), N_("In person"))}
# Needed only when another field has a word (records/validate.py: grades for students).
NEEDED_WHEN = {"grades": ("audience", "students")}
YES_NO = {True, False, "true", "false"}


@dataclass
class Field:
    name: str  # the key path in the record: "location.city"
    widget: str  # text, long, date, word, words, list, yesno, partner, group
    help: str = ""  # the schema's description
    required: bool = False
    rules: dict = field(default_factory=dict)  # pattern, max, min, items, default, when, word
    options: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    fields: list[Field] = field(default_factory=list)  # a group's own fields
    word: str | None = None  # a group's one-word alternative: "free", "online"

    @property
    def id(self) -> str:
        return "sh-f-" + self.name.replace(".", "-").replace("_", "-")

    @property
    def label(self) -> str:
        return LABELS.get(self.name, self.name.rsplit(".", 1)[-1].replace("_", " "))

    @property
    def choices(self) -> tuple[str, str]:
        return CHOICES.get(self.name, (self.word, self.label))


def form_context(catalog: Catalog) -> dict:
    """What submit-program.html is given (docs/templates.md)."""
    schema = schemas(catalog.settings.vocab)["program.schema.json"]
    words = {w: n for names in catalog.settings.names.values() for w, n in names.items()}
    return {
        "fields": _fields(schema, schema, "", words),
        "partners": sorted(((p.slug, p.name) for p in catalog.all("partners")),
                           key=lambda p: p[1].casefold()),
        "slug_rule": SLUG.pattern,
        "taken": sorted({*catalog.items["programs"], *WINDOWS_NAMES, "page"}),
        "new_file": new_file_url(catalog.settings.config),
        "new_partner": NEW_PARTNER,
    }


def new_file_url(config) -> str | None:
    """GitHub's new-file page of the site's repository, when site.yaml names one on GitHub."""
    repo = config.repository if config else None
    if not repo or (urlsplit(repo.url).hostname or "").lower() != "github.com":
        return None
    return repo.page("new")


def _fields(part: dict, schema: dict, prefix: str, words: dict) -> list[Field]:
    required = set(part.get("required", ()))
    return [_field(prefix + key, node, key in required, schema, words)
            for key, node in part["properties"].items()]


def _field(name: str, node: dict, required: bool, schema: dict, words: dict) -> Field:
    """One key of the schema as a form field, by the shape of its schema."""
    options = [o for o in node.get("anyOf", [node]) if o != {"type": "null"}]
    made = Field(name, "text", node.get("description", ""), required)
    refs = [o["$ref"] for o in options if "$ref" in o]
    if refs:
        part = schema["$defs"][refs[0].rsplit("/", 1)[-1]]
        made.widget, made.fields = "group", _fields(part, schema, name + ".", words)
        made.word = next((o["const"] for o in options if "const" in o), None)
        return made
    one = options[0]
    if len(options) == 2 and options[1].get("type") == "array":
        made.rules["items"] = options[1].get("maxItems")
        made.widget = "words" if "enum" in one else "list"
    elif "enum" in one:
        made.widget = "yesno" if set(one["enum"]) <= YES_NO else "word"
    elif one.get("format") == "date":
        made.widget = "date"
    elif one.get("maxLength", 0) >= 300:
        made.widget = "long"
    made.options = [(w, words.get(w, w)) for w in one.get("enum", ())]
    made.rules.update(_rules(one, node.get("default"), name))
    if name == "partner":
        made.widget = "partner"
    return made


def _rules(one: dict, default, name: str) -> dict:
    """What submit.js checks a value against, from its schema; words are the options'."""
    rules = {"pattern": one.get("pattern"), "max": one.get("maxLength"),
             "min": one.get("minimum")}  # of a number written in digits
    if isinstance(default, list):
        rules["default"] = default
    if name in NEEDED_WHEN:
        rules["when"], rules["word"] = NEEDED_WHEN[name]
    return rules
