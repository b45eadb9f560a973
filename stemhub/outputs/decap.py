"""The configuration of Decap CMS (admin/config.yml), made from the records' JSON Schemas
(records/schema.py), so its forms ask for every field of every kind, with the same required
keys, words and meanings (docs/decap.md). Labels are the keys, as the field reference and the
check's messages name them."""
from __future__ import annotations

from ..records.kinds import KINDS, Kind
from ..records.schema import schemas
from ..records.settings import Settings

UPLOADS = "static/uploads"  # pictures in Markdown: published at /static/uploads/
BOOLEANS = {True, False, "true", "false"}
LONG_TEXT = 300  # a plain text field this long or longer gets a box of several lines
BODY = {"label": "body", "name": "body", "widget": "markdown", "required": False,
        "hint": "The text of the page, in Markdown."}
# A partner's logo: an image widget that uploads into content/partners/logos/ and writes
# logos/<file>, as the logo field wants it.
LOGO = {"widget": "image", "media_folder": "logos", "public_folder": "logos"}


def config(settings: Settings) -> dict:
    """The whole configuration of a site whose site.yaml names a repository."""
    site = settings.config
    made = schemas(settings.vocab)
    return {
        "backend": {"name": "github", "repo": site.repository.name,
                    "branch": site.repository.branch},
        "publish_mode": "editorial_workflow",
        "site_url": site.root_url,
        "display_url": site.root_url,
        "media_folder": UPLOADS,
        "public_folder": "/" + UPLOADS,
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [collection(kind, made[f"{kind.singular}.schema.json"])
                        for kind in KINDS.values()],
    }


def collection(kind: Kind, schema: dict) -> dict:
    """A folder collection: a kind's files, new ones as .md (partners as .yaml)."""
    yaml = ".yaml" in kind.extensions
    fields = widgets(schema, schema)
    return {
        "name": kind.name, "label": kind.name.capitalize(), "label_singular": schema["title"],
        "description": schema["description"], "folder": f"content/{kind.name}",
        "create": True, "slug": "{{slug}}",
        "identifier_field": "name" if "name" in schema["properties"] else "title",
        "extension": "yaml" if yaml else "md", "format": "yml" if yaml else "frontmatter",
        "editor": {"preview": False},
        "fields": fields if yaml else [*fields, BODY],
    }


def widgets(part: dict, schema: dict) -> list[dict]:
    """The fields of an object of the schema (a record, or the cost, place, ... in one)."""
    required = set(part.get("required", ()))
    return [_field(key, field, key in required, schema)
            for key, field in part["properties"].items()]


def _field(key: str, field: dict, required: bool, schema: dict) -> dict:
    made = {"label": key, "name": key, **widget(key, field, schema), "required": required,
            "hint": field["description"]}
    if made["widget"] == "datetime" and not required:
        made["default"] = ""  # else Decap fills in today
    return made


def widget(key: str, field: dict, schema: dict) -> dict:
    """The Decap widget of one field, from the shapes its schema allows."""
    shapes = [s for s in field.get("anyOf", [field]) if s != {"type": "null"}]
    words = [w for s in shapes for w in s.get("enum", [])]
    listed = any(s.get("type") == "array" for s in shapes)
    refs = [s["$ref"].rpartition("/")[2] for s in shapes if "$ref" in s]
    if refs:
        return {"widget": "object", "fields": widgets(schema["$defs"][refs[0]], schema)}
    if words and set(words) <= BOOLEANS:
        return {"widget": "boolean"}
    if words:
        return {"widget": "select", "options": words, "multiple": listed}
    if listed:
        return {"widget": "list"}
    if key == "logo":
        return LOGO
    return _scalar(shapes[0])


def _scalar(shape: dict) -> dict:
    kind = shape["type"][0] if isinstance(shape["type"], list) else shape["type"]
    if shape.get("format") == "date":
        return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD",
                "time_format": False, "picker_utc": True}
    if kind in ("integer", "number"):
        return {"widget": "number", "value_type": "int" if kind == "integer" else "float",
                "min": shape["minimum"]}
    if "pattern" in shape or shape.get("maxLength", LONG_TEXT) < LONG_TEXT:
        return {"widget": "string"}
    return {"widget": "text" if "maxLength" in shape else "markdown"}
