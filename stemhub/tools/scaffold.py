"""`build.py new`: a new record's file, written from its kind's JSON Schema (the models' field
descriptions and the site's words), so the template cannot drift from what `check` accepts.
Every key a record needs is there with no value (check names its line until it is filled);
every optional key is there commented out, with its meaning above it."""
from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

from ..problems import Problems, printable
from ..records.fields import suggest
from ..records.kinds import KINDS, Kind
from ..records.reference import nested, words
from ..records.schema import schemas
from ..records.validate import slug_problem
from ..source.files import inventory

WIDTH = 92
# Keys a new record needs although its schema cannot say so: a program's audience is students
# unless the partner says otherwise, and then it needs grades (validate.py, _grades_needed).
NEEDED = {"programs": ("grades",)}
HEAD = """\
Fill in every key below that has no value yet; `build.py check` names each one left empty.
A line starting with # is help: keep it or delete it. To use an optional key, delete the
'# ' in front of it (and of the keys inside it)."""
BODY = "<!-- Below this line: the description, in Markdown. This comment is not shown. -->\n"


class Refused(Exception):
    """Why the record cannot be written (a bad slug, a record that exists, no such partner)."""


def kind_named(singular: str) -> Kind:
    return next(k for k in KINDS.values() if k.singular == singular)


def new_record(source: Path, kind: Kind, slug: str, partner: str | None,
               vocab: dict[str, list[str]]) -> Path:
    """Write content/<kind>/<slug>.<ext> from the kind's template; Refused if it may not be."""
    _check(source, kind, slug, partner)
    ext = ".yaml" if ".yaml" in kind.extensions else ".md"
    path = source / "content" / kind.name / f"{slug}{ext}"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as out:
            out.write(template(kind, vocab, partner, ext))
    except FileExistsError:
        raise Refused(f"{path} already exists; it is not overwritten") from None
    return path


def _check(source: Path, kind: Kind, slug: str, partner: str | None) -> None:
    flaw = slug_problem(kind.name, slug)
    if flaw:
        raise Refused(printable(flaw))
    found = inventory(source, {k.name: k.extensions for k in KINDS.values()}, Problems())
    same = _key(slug)
    for f in found.records:
        if f.kind == kind.name and f.lang is None and _key(f.slug) == same:
            raise Refused(f"{f.rel} is already a {kind.singular} named '{slug}'; choose "
                          "another name, or edit that file")
    if partner is None:
        return
    if kind.name != "programs":
        raise Refused("--partner is for a new program")
    partners = sorted({f.slug for f in found.records if f.kind == "partners" and f.lang is None})
    if partner not in partners:
        raise Refused(printable(f"there is no partner '{partner}'{suggest(partner, partners)} "
                                "Partners live in content/partners/<file name>.yaml"))


def _key(slug: str) -> str:
    return unicodedata.normalize("NFC", slug).casefold()


def template(kind: Kind, vocab: dict[str, list[str]], partner: str | None, ext: str) -> str:
    """The text of a new record of kind: .yaml keys, or .md front matter and a body."""
    schema = schemas(vocab)[f"{kind.singular}.schema.json"]
    filled = {"partner": partner} if partner else {}
    needed = set(schema.get("required", ())) | set(NEEDED.get(kind.name, ()))
    lines = _help(HEAD, "")
    for key, field in schema["properties"].items():
        lines += _block(key, field, schema, key in needed, "", filled.get(key))
    front = "\n".join(lines) + "\n"
    if ext == ".yaml":
        line = f"# yaml-language-server: $schema=../../schemas/{kind.singular}.schema.json\n"
        return line + front
    return f"---\n{front}---\n{BODY}"


def _block(key: str, field: dict, schema: dict, needed: bool, pad: str,
           value: str | None = None) -> list[str]:
    """A key with its meaning above it, and the keys inside it; commented out (once) unless
    needed. Inside a needed key that also takes a word instead (cost: free, location: online),
    every key is commented out: the key's own line is what must be filled."""
    allowed = words(field)
    meaning = field["description"] + (f" Words: {', '.join(allowed)}." if allowed else "")
    lines = _help(meaning, pad) + [f"{pad}{key}:" + (f" {value}" if value else "")]
    inner = nested(field, schema) or {"properties": {}}
    for name, sub in inner["properties"].items():
        shown = not needed or (not allowed and name in inner.get("required", ()))
        lines += _block(name, sub, schema, shown, pad + "  ")
    return lines if needed else [f"# {line}" for line in lines]


def _help(text: str, pad: str) -> list[str]:
    return [f"{pad}# {line}" for part in text.splitlines()
            for line in textwrap.wrap(part, WIDTH - len(pad), break_on_hyphens=False)]
