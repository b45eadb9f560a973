"""The configuration of Decap CMS (admin/config.yml), made from the records' JSON Schemas
(records/schema.py), so its forms ask for every field of every kind, with the same required
keys, words and meanings (docs/decap.md). Labels are the keys, as the field reference and the
check's messages name them."""
from __future__ import annotations

from ...records.kinds import KINDS, Kind
from ...records.languages import language_name
from ...records.repository import Repository
from ...records.schema import schemas
from ...records.settings import Settings

UPLOADS = "static/uploads"  # pictures in Markdown: published at /static/uploads/
BOOLEANS = {True, False, "true", "false"}
LONG_TEXT = 300  # a plain text field this long or longer gets a box of several lines
BODY = {"label": "body", "name": "body", "widget": "markdown", "required": False,
        "hint": "The text of the page, in Markdown."}
WORD_OR_GROUP = "word-or-group"  # admin/word-or-group.js: free or a cost, online or a place
# A partner's logo: an image widget that uploads into content/partners/logos/ and writes
# logos/<file>, as the logo field wants it.
LOGO = {"widget": "image", "media_folder": "logos", "public_folder": "logos"}


def config(settings: Settings) -> dict:
    """The whole configuration of a site whose site.yaml names a repository."""
    site = settings.config
    made = schemas(settings.vocab)
    return {
        "backend": backend(site.repository),
        "publish_mode": "editorial_workflow",
        "site_url": site.root_url,
        "display_url": site.root_url,
        "media_folder": UPLOADS,
        "public_folder": "/" + UPLOADS,
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [c for kind in KINDS.values()
                        for c in collections(kind, made, site.languages[1:])],
    }


def backend(repository: Repository) -> dict:
    """GitHub, signing in through the OAuth service site.yaml names (Netlify's without one).
    The branch as it is: Decap percent-encodes it in every address it calls."""
    made = {"name": "github", "repo": repository.name, "branch": repository.branch}
    if repository.base_url:
        made["base_url"] = repository.base_url.rstrip("/")
    if repository.site_domain:
        made["site_domain"] = repository.site_domain
    return made


def collections(kind: Kind, made: dict, languages: list[str]) -> list[dict]:
    """A kind's folder collections: its records (partners' .yaml and .md files apart, as Decap
    reads one extension a collection), then its translations in each other language."""
    schema = made[f"{kind.singular}.schema.json"]
    fields = widgets(schema, schema)
    label = kind.name.capitalize()
    found = [_folder(kind, kind.name, label, "md", schema,
                     [*(f for f in fields if f["name"] != "description"), BODY])]
    if ".yaml" in kind.extensions:
        found = [_folder(kind, kind.name, label, "yaml", schema, fields),
                 {**found[0], "name": f"{kind.name}-md", "label": f"{label} (.md files)"}]
    translation = made[f"{kind.singular}.translation.schema.json"]
    unique = [k for k in schema["required"] if k not in translation["properties"]]
    if unique:  # a translation lacks it: the filter hides translations from the records' list
        found[-1]["view_filters"] = [{"label": "Hide translations", "field": unique[0],
                                      "pattern": "."}]
    return found + [_translations(kind, lang.lower(), translation, schema["title"])
                    for lang in languages]


def _translations(kind: Kind, lang: str, schema: dict, singular: str) -> dict:
    """The collection of a kind's translations in one language: content/<kind>/<slug>.<lang>.md,
    only the fields a translation holds; new ones are made in GitHub's editor (docs/decap.md)."""
    name = language_name(lang)
    return {**_folder(kind, f"{kind.name}-{lang}", f"{kind.name.capitalize()} in {name}",
                      f"{lang}.md", schema, [*widgets(schema, schema), BODY]),
            "label_singular": f"{singular} in {name}", "create": False}


def _folder(kind: Kind, name: str, label: str, extension: str, schema: dict,
            fields: list[dict]) -> dict:
    """The folder collection of the files of content/<kind> that end in .<extension>."""
    properties = schema["properties"]
    return {
        "name": name, "label": label, "label_singular": schema["title"],
        "description": schema["description"], "folder": f"content/{kind.name}",
        "create": True, "slug": "{{slug}}",
        "identifier_field": next(k for k in ("name", "title", "summary") if k in properties),
        "extension": extension, "format": "yml" if extension == "yaml" else "frontmatter",
        "editor": {"preview": False}, "fields": fields,
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
    if refs:  # a group of keys, or one word instead
        group = widgets(schema["$defs"][refs[0]], schema)
        word = [s["const"] for s in shapes if "const" in s]
        return {"widget": WORD_OR_GROUP, "word": word[0], "fields": group} if word else \
            {"widget": "object", "fields": group}
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
