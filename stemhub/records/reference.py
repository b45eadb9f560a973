"""The field reference in CONTRIBUTING.md: a table a record kind, made from its JSON Schema (the
models' field descriptions and the site's words), between two markers."""
from __future__ import annotations

from .kinds import KINDS

START, END = "<!-- fields:start -->", "<!-- fields:end -->"
NOTE = ("Written by `python build.py schema` from the field descriptions in "
        "`stemhub/records/models.py`: change them there, then run it.")


def markdown(schemas: dict[str, dict]) -> str:
    """The reference: each kind's keys, whether they are required, their meaning and words."""
    parts = [NOTE]
    for kind in KINDS.values():
        schema = schemas[f"{kind.singular}.schema.json"]
        parts += [f"### {schema['title']}", schema["description"],
                  "| key | required | meaning | allowed words |\n|---|---|---|---|\n"
                  + "\n".join(_rows(schema, schema))]
    parts.append("A translation (`<file-name>.<lang>.md`, beside its record) may hold only these "
                 "keys, each optional:\n\n" + "\n".join(
                     f"- {kind.name}: " + ", ".join(f"`{key}`" for key in _keys(
                         schemas[f"{kind.singular}.translation.schema.json"])) + "; the body"
                     for kind in KINDS.values()))
    return "\n\n".join(parts)


def _rows(part: dict, schema: dict, prefix: str = ""):
    for key, field in part["properties"].items():
        required = "yes" if key in part.get("required", ()) else "no"
        yield (f"| `{prefix}{key}` | {required} | {_cell(field['description'])} | "
               f"{_cell(', '.join(words(field)))} |")
        inner = nested(field, schema)
        if inner:
            yield from _rows(inner, schema, f"{prefix}{key}.")


def _keys(schema: dict, part: dict | None = None, prefix: str = "") -> list[str]:
    part = part or schema
    keys = []
    for key, field in part["properties"].items():
        inner = nested(field, schema)
        keys += _keys(schema, inner, f"{prefix}{key}.") if inner else [prefix + key]
    return keys


def _options(field: dict) -> list[dict]:
    options = field.get("anyOf", [field])
    return [x for option in options for x in [option, option.get("items", {})]]


def words(field: dict) -> list[str]:
    """The words a field takes (each once: true and "true" are one word to a partner)."""
    found = [option.get("enum", []) + ([option["const"]] if "const" in option else [])
             for option in _options(field)]
    spelt = [str(w).lower() if isinstance(w, bool) else w for group in found for w in group]
    return list(dict.fromkeys(spelt))


def nested(field: dict, schema: dict) -> dict | None:
    """The keys of an object a field holds (cost, location, contact), if it holds one."""
    refs = [option["$ref"] for option in _options(field) if "$ref" in option]
    return schema["$defs"][refs[0].rpartition("/")[2]] if refs else None


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rewrite(text: str, reference: str) -> str:
    """text with the reference between its markers; unchanged without them."""
    head, start, rest = text.partition(START)
    _, end, tail = rest.partition(END)
    if not (start and end):
        return text
    return f"{head}{START}\n{reference}\n{END}{tail}"
