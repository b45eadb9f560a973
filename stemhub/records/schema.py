"""The JSON Schema (draft 2020-12) of each record kind and of its translations, made from the
models the build checks records with, so the two cannot drift; editors use them to autocomplete
and underline mistakes. A site's schemas name its own words (site.yaml's vocabularies and
regions) beside the built-in ones."""
from __future__ import annotations

import functools
import json

from pydantic.json_schema import GenerateJsonSchema

from .fields import VOCABULARY
from .kinds import KINDS, Kind

DIALECT = "https://json-schema.org/draft/2020-12/schema"
FRONT_MATTER = "the front matter (between the `---` lines) of"


class RecordSchema(GenerateJsonSchema):
    """A model's JSON Schema as a partner writes the record: each word field lists the site's
    words, a key left empty is a key left out, a required list holds at least one item."""

    def __init__(self, vocab: dict[str, list[str]]):
        super().__init__()
        self.vocab = vocab

    def generate(self, schema, mode="validation") -> dict:
        made = _tidy(super().generate(schema, mode), self.vocab)
        for part in [made, *made.get("$defs", {}).values()]:
            _lists_required(part)
        return made

    def default_schema(self, schema) -> dict:
        """An optional key: left out, or empty (`~` or nothing after the colon) alike."""
        made = super().default_schema(schema)
        default = made.pop("default", None)
        options = made["anyOf"] if list(made) == ["anyOf"] else [made]
        if {"type": "null"} not in options:
            made = {"anyOf": [*options, {"type": "null"}]}
        return made if default is None else {**made, "default": default}

    def field_title_should_be_set(self, schema) -> bool:
        return False  # a key is its own title; its meaning is its description


def _tidy(node, vocab: dict[str, list[str]]):
    """Word fields with their words; descriptions on one line."""
    if isinstance(node, list):
        return [_tidy(x, vocab) for x in node]
    if not isinstance(node, dict):
        return node
    if VOCABULARY in node:
        node = {"enum": vocab[node[VOCABULARY]],
                **{k: v for k, v in node.items() if k != VOCABULARY}}
    return {k: " ".join(v.split()) if k == "description" and isinstance(v, str)
            else _tidy(v, vocab) for k, v in node.items()}


def _lists_required(part: dict) -> None:
    for name in part.get("required", ()):
        for option in part["properties"][name].get("anyOf", ()):
            if option.get("type") == "array":
                option["minItems"] = 1


def schemas(vocab: dict[str, list[str]]) -> dict[str, dict]:
    """File name -> JSON Schema, for every record kind and its translations: a fresh copy
    each call (a caller may change it), made once a process for each vocabulary (a build asks
    in each language, and the dev server at each rebuild)."""
    return json.loads(_schemas(json.dumps(vocab)))


@functools.lru_cache(maxsize=8)
def _schemas(vocab: str) -> str:
    """schemas() of a vocabulary given as JSON, as JSON."""
    vocab = json.loads(vocab)
    made = {}
    for kind in KINDS.values():
        made[f"{kind.singular}.schema.json"] = _of(kind.model, vocab, _record_files(kind))
        made[f"{kind.singular}.translation.schema.json"] = _of(
            kind.translation, vocab, f"A translation: {FRONT_MATTER} `content/{kind.name}/"
            "<file-name>.<lang>.md`. Only these text fields, each optional; every other fact comes "
            "from the original record.")
    return json.dumps(made)


def _record_files(kind: Kind) -> str:
    files = f"{FRONT_MATTER} `content/{kind.name}/<file-name>.md`"
    if ".yaml" in kind.extensions:
        files = f"the file `content/{kind.name}/<file-name>.yaml`, or {files}"
    return f"{kind.model.__doc__} These are the keys of {files}."


def _of(model, vocab: dict[str, list[str]], description: str) -> dict:
    made = RecordSchema(vocab).generate(model.__pydantic_core_schema__)
    return {"$schema": DIALECT, "description": description,
            **{k: v for k, v in made.items() if k != "description"}}


def text(schema: dict) -> str:
    """A schema as its file holds it."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
