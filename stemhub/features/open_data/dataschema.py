"""The JSON Schemas (draft 2020-12) of /data/programs.json and /data/partners.json, published
beside them. Each field's description is its model's (records/models.py), so the schema and the
content model cannot drift; the site's words are the enums."""
from __future__ import annotations

from ...records.grades import GRADES
from ...records.meetings import DAYS, PATTERN as TIME_PATTERN
from ...records.models import Contact, Cost, Partner, Place, Program, Schedule
from ...site.catalog import LISTED

BADGE = ("closed", "full", "waitlist", "closing-soon", "open")  # a listed program's
DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
SLUG = {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"}
DERIVED = {
    "slug": {**SLUG, "description": "Its file name without extension: its address's last part."},
    "url": {"type": "string", "format": "uri", "description": "The address of its page."},
    "date": DATE,
    "status": "Derived by the build from today: closed (the deadline has passed), "
              "closing-soon (it is 0-14 days away) or open. Ended and cancelled programs are "
              "not listed.",
    "badge": "The one status its card shows: the first that applies of closed, full, "
             "waitlist, closing-soon, open.",
    "stale": {"type": "boolean", "description": "Verified longer ago than the site's "
              "stale_after_days: shown as \"may be out of date\"."},
    "translations": {
        "type": "object", "propertyNames": {"pattern": "^[a-z]{2}(-[a-z]{2})?$"},
        "additionalProperties": {"type": "object"},
        "description": "Language code -> the text fields its translation gives, shaped as "
                       "here (location: {name}); the Markdown body aside."},
}


def nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def strict(properties: dict) -> dict:
    """An object with exactly these keys, every one present."""
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


def obj(fields: dict, properties: dict) -> dict:
    """strict(properties), each key that is a model field described by its docstring."""
    described = {name: {**schema, "description": " ".join(fields[name].description.split())}
                 if name in fields and "description" not in schema else schema
                 for name, schema in properties.items()}
    return strict(described)


CONTACT = obj(Contact.model_fields, {
    "name": nullable({"type": "string"}), "email": nullable({"type": "string"}),
    "phone": nullable({"type": "string"})})


def programs_schema(root: str, vocab: dict[str, list[str]]) -> dict:
    return _file(root, "programs", _program(vocab),
                 "The listed programs (open, closing soon or closed), in list order.")


def partners_schema(root: str, vocab: dict[str, list[str]]) -> dict:
    return _file(root, "partners", _partner(vocab), "Every published partner, by name.")


def _file(root: str, name: str, item: dict, what: str) -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{root}data/{name}.schema.json",
        "description": f"{root}data/{name}.json: {what} See docs/open-data.md.",
        **strict({
            "schema": {"type": "string", "format": "uri",
                       "description": "The address of this schema."},
            "generated": {"type": "string", "format": "date",
                          "description": "The build's today, in the site's time zone."},
            "site": strict({"title": {"type": "string"},
                            "url": {"type": "string", "format": "uri"},
                            "language": {"type": "string",
                                         "description": "The language of the records' text."}}),
            name: {"type": "array", "items": item},
        }),
    }


def _words(vocab: dict[str, list[str]], name: str) -> dict:
    return {"type": "array", "items": {"enum": vocab[name]}, "uniqueItems": True}


def _program(vocab: dict[str, list[str]]) -> dict:
    word = {"type": {"enum": vocab["types"]}, "stage": nullable({"enum": vocab["stage"]}),
            "availability": {"enum": vocab["availability"]}}
    lists = {"sectors": "sectors", "audience": "audience", "seasons": "seasons",
             "supports": "supports", "focus": "focus"}
    return obj(Program.model_fields, {
        "slug": DERIVED["slug"], "url": DERIVED["url"],
        "title": {"type": "string"}, "summary": {"type": "string"}, **word,
        **{k: _words(vocab, v) for k, v in lists.items()},
        "grades": {"type": "array", "items": {"enum": list(GRADES)}, "uniqueItems": True},
        "cost": obj(Cost.model_fields, {
            "amount": {"type": "number", "minimum": 0}, "per": nullable({"type": "string"}),
            "financial_aid": {"type": "boolean"},
            "free": {"type": "boolean", "description": "true when the amount is 0."}}),
        "paid": {"type": "boolean"},
        "online": {"type": "boolean", "description": "true when location is online (null)."},
        "location": nullable(obj(Place.model_fields, {
            "name": {"type": "string"}, "address": nullable({"type": "string"}),
            "city": {"type": "string"}, "zip": nullable({"type": "string"}),
            "region": {"enum": vocab["regions"]}})),
        "schedule": nullable(obj(Schedule.model_fields, {
            "start": nullable(DERIVED["date"]), "end": nullable(DERIVED["date"]),
            "days": {"type": "array", "items": {"enum": list(DAYS)}, "uniqueItems": True},
            "time": nullable({"type": "string", "pattern": TIME_PATTERN}),
            "times": nullable({"type": "string"})})),
        "deadline": nullable(DERIVED["date"]),
        "apply_url": nullable({"type": "string", "format": "uri"}),
        "contact": nullable(CONTACT),
        "languages": {"type": "array", "items": {"type": "string"}},
        "eligibility": nullable({"type": "string"}),
        "capacity": nullable({"type": "integer", "minimum": 1}),
        "tags": {"type": "array", "items": {"type": "string"}},
        "featured": {"type": "boolean"},
        "status": {"enum": list(LISTED), "description": DERIVED["status"]},
        "badge": {"enum": list(BADGE), "description": DERIVED["badge"]},
        "verified": DERIVED["date"], "verified_by": nullable({"type": "string"}),
        "stale": DERIVED["stale"],
        "partners": {"type": "array", "items": DERIVED["slug"], "minItems": 1,
                     "description": "The slugs of the partners that run it, the lead first."},
        "translations": DERIVED["translations"],
    })


def _partner(vocab: dict[str, list[str]]) -> dict:
    return obj(Partner.model_fields, {
        "slug": DERIVED["slug"], "url": DERIVED["url"], "name": {"type": "string"},
        "kind": {"enum": vocab["partner_kinds"]}, "summary": {"type": "string"},
        "website": nullable({"type": "string", "format": "uri"}),
        "logo": nullable({"type": "string", "format": "uri",
                          "description": "The address of its published logo."}),
        "sectors": _words(vocab, "sectors"), "regions": _words(vocab, "regions"),
        "offers": _words(vocab, "offers"),
        "contact": nullable(CONTACT),
        "verified": DERIVED["date"], "stale": DERIVED["stale"],
        "programs": {"type": "array", "items": DERIVED["slug"],
                     "description": "The slugs of its listed programs, in list order."},
        "translations": DERIVED["translations"],
    })
