"""The "List your program" form (submit-program.html, at /submit/program/): its fields and
rules made from the program and partner JSON Schemas the build generates for this site
(records/schema.py) plus the cross-field rules of the models, so that the form, `check` and
editors hold one set of rules; its words are in formtext.py. static/submit.js reads the rules
from each field's data attributes and writes the record files in the browser: the program's,
and the partner's too for an organisation not listed yet."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ...records.fields import SLUG
from ...records.words import PER
from ...render import i18n
from ...records.meetings import day_names
from ...records.schema import schemas
from ...records.validate import WINDOWS_NAMES
from ...site.catalog import Catalog
from .formtext import CHOICES, HELP, LABELS, PATTERNS, SAYS

URL = "submit/program/"
NEW_PARTNER = "(new)"  # the partner select's value for a partner not listed yet: not a slug
NEW = "org."  # the names of the new partner's fields start with it
# Not offered: staff decide what is featured or a draft; `verified` is the day the file is
# made (submit.js writes it, in the site's timezone); a partner's description is its body and
# a logo is a file of its own.
NOT_OFFERED = {"featured", "draft", "verified", "logo", "description"}
# Cross-field rules (records/validate.py, models.py): needed only when another field has a
# word (grades when students sign up); a date not before another (Schedule's end).
NEEDED_WHEN = {"grades": ("audience", "students")}
AFTER = {"schedule.end": "schedule.start"}
YES_NO = {True, False, "true", "false"}


@dataclass
class Field:
    name: str  # the key path in the record: "location.city" ("org.name" for a new partner)
    widget: str  # text, long, date, word, words, list, yesno, partner, group
    required: bool = False
    rules: dict = field(default_factory=dict)  # pattern, say, max, min, items, default, when,
    # word, after
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
    def help(self) -> str:
        return HELP.get(self.name, "")

    @property
    def choices(self) -> tuple[str, str]:
        return CHOICES.get(self.name, (self.word, self.label))


def form_context(catalog: Catalog) -> dict:
    """What submit-program.html is given (docs/templates.md)."""
    made = schemas(catalog.settings.vocab)
    words = {w: n for names in catalog.settings.names.values() for w, n in names.items()}
    words.update(day_names(catalog.lang))  # the days are Babel's, already in the language
    program, partner = made["program.schema.json"], made["partner.schema.json"]
    reserved = {*WINDOWS_NAMES, "page"}
    return {
        "fields": _fields(program, program, "", words),
        "partner_fields": _fields(partner, partner, NEW, words),
        "partners": sorted(((p.slug, p.name) for p in catalog.all("partners")),
                           key=lambda p: p[1].casefold()),
        "slug_rule": SLUG.pattern,
        "taken": sorted({*catalog.items["programs"], *reserved}),
        "taken_partners": sorted({*catalog.items["partners"], *reserved}),
        "new_file": new_file_url(catalog.settings.config),
        "new_partner": NEW_PARTNER,
        "timezone": catalog.settings.readable.timezone,
        "says": SAYS,
        # the cost.per words a partner types, English on every page: its help's placeholders
        "typed": {w: i18n.marked(w, "en", catalog.lang) for w in PER},
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
            for key, node in part["properties"].items() if key not in NOT_OFFERED]


def _field(name: str, node: dict, required: bool, schema: dict, words: dict) -> Field:
    """One key of the schema as a form field, by the shape of its schema."""
    options = [o for o in node.get("anyOf", [node]) if o != {"type": "null"}]
    made = Field(name, "text", required)
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
    made.rules.update(_rules(one, node.get("default"), name, made.widget))
    if name == "partner":
        made.widget = "partner"
    return made


def _rules(one: dict, default, name: str, widget: str) -> dict:
    """What submit.js checks a value against, from its schema (words are the options'), and
    the message of its pattern ("say": a key of formtext.SAYS)."""
    key = name.rsplit(".", 1)[-1]
    rules = {"pattern": one.get("pattern"), "max": one.get("maxLength"),
             "min": one.get("minimum"),  # of a number written in digits
             "say": "date" if widget == "date" else PATTERNS.get(key)}
    if widget == "date":
        rules["pattern"] = None  # submit.js reads the date as people write it
    if isinstance(default, list):
        rules["default"] = default
    if name in NEEDED_WHEN:
        rules["when"], rules["word"] = NEEDED_WHEN[name]
    if name in AFTER:
        rules["after"] = AFTER[name]
    return rules
