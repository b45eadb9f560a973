"""Problems in a record's data, at the line and column they are about: schema errors explained
in plain words, and warnings on what the schema accepts (http:// addresses)."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache

from pydantic import BaseModel, ValidationError

from ..problems import Problems
from ..source.slips import CURLY, CURLY_MESSAGE
from ..source.yamltree import Path, Tree

_DIGITS = re.compile(r"^\d+(\.\d+)?$")


@dataclass
class _Read:
    """A record as read, for explaining its errors: its model, positions and data, the keys
    left empty and the numbers a comma split (`{amount: 1,200}`)."""

    model: type[BaseModel]
    tree: Tree
    data: dict
    translation: bool
    empty: dict[Path, object] = field(default_factory=dict)
    split: dict[Path, str] = field(default_factory=dict)


def report(model: type[BaseModel], data: dict, tree: Tree, rel: str, context: dict,
           problems: Problems, translation: bool = False):
    """Validate data against a model; every error becomes a problem where it sits. A key the
    model lacks is an error even when it is left empty."""
    cleaned, empty = _without_missing(data, ())
    read = _Read(model, tree, data, translation, empty, _split_numbers(data, ()))
    unknown = [path for path in empty if path not in tree.flawed and _unknown(model, path)]
    for path in unknown:
        problems.error(rel, *tree.keys.get(path, tree.where(path)), _unknown_key(path, read))
    try:
        record = model.model_validate(cleaned, context=context)
    except ValidationError as err:
        for e in err.errors(include_url=False):
            path = _real_path(cleaned, e["loc"])
            refused = any(path[:n] in tree.flawed for n in range(len(path) + 1))
            if refused and e["type"] != "extra_forbidden":
                continue  # its value was refused already (an alias, a tag, too deep)
            problems.error(rel, *_explain(e, path, read))
        return None
    return None if unknown else record


URL_FIELDS = (("website",), ("apply_url",), ("base_url",), ("repository", "url"),
              ("announcement", "url"))


def http_warnings(data: dict, tree, rel: str, problems: Problems) -> None:
    """Every http:// URL field gets a warning, whatever else is wrong with the record."""
    for path in URL_FIELDS:
        value = data
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, str) and value.strip().lower().startswith("http://"):
            problems.warning(rel, *tree.where(path), f"{'.'.join(path)}: {value.strip()} uses "
                                                     "http; use https:// if the site supports it")


def _without_missing(value, path: Path):
    """Drop keys whose value is missing (no value, ~, "" or spaces) or an empty list, so an
    optional one takes its default; remember where they were and what they held."""
    empty: dict[Path, object] = {}
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if v == [] or _missing(v):
                empty[path + (k,)] = v
                continue
            out[k], sub = _without_missing(v, path + (k,))
            empty.update(sub)
        return out, empty
    return value, empty


def _missing(value) -> bool:
    """No value, ~, "" or only spaces."""
    return value is None or (isinstance(value, str) and value.strip() in ("", "~"))


def _split_numbers(value, path: Path) -> dict[Path, str]:
    """`{amount: 1,200}` is YAML for amount: 1 and a key 200: each such digits key -> the
    number as written ("amount: 1,200"), found in one pass."""
    found: dict[Path, str] = {}
    if not isinstance(value, dict):
        return found
    run: list = []
    for key, item in [*value.items(), (None, None)]:
        if run and isinstance(key, str) and _DIGITS.match(key) and _missing(item):
            run.append(key)
            continue
        for part in run[2:]:
            found[path + (part,)] = f"{run[0]}: {run[1].strip()}," + ",".join(run[2:])
        run = [key, item] if isinstance(item, str) and _DIGITS.match(item.strip()) else []
        found.update(_split_numbers(item, path + (key,)))
    return found


def _real_path(data, loc: tuple) -> Path:
    """The error location as keys and indexes of the data (pydantic adds schema tags)."""
    path: list = []
    node = data
    for i, part in enumerate(loc):
        if isinstance(node, dict) and isinstance(part, str) and (part in node or i == len(loc) - 1):
            path.append(part)
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            path.append(part)
            node = node[part]
    return tuple(path)


def _dotted(path: Path) -> str:
    return ".".join(p for p in path if isinstance(p, str))


def _explain(e: dict, path: Path, read: _Read):
    kind, name, tree = e["type"], _dotted(path), read.tree
    if kind == "missing":
        line, col = tree.where(path) if path in read.empty or len(path) > 1 else (1, None)
        if read.empty.get(path) == []:
            return line, col, f"'{name}' is an empty list; list at least one"
        return line, col, f"'{name}' is required; add it"
    if kind == "extra_forbidden":
        line, col = tree.keys.get(path, tree.where(path))
        return line, col, _unknown_key(path, read)
    message = _plain(kind, e["msg"])
    if kind == "stemhub":
        ctx = e.get("ctx") or {}
        path = path + tuple(ctx.get("at") or ())
        name, message = _dotted(path), e["msg"]
        item = ctx.get("item")
        if item is not None and path + (item,) in tree.values:
            path = path + (item,)
            if path + ("slug",) in tree.values:  # a {slug, name} item: point at its slug
                path = path + ("slug",)
        if ctx.get("key") and path in tree.keys:
            return *tree.keys[path], f"{name}: {message}"
    if _curly(read.data, path):
        message = CURLY_MESSAGE
    return *tree.where(path), f"{name}: {message}" if name else message


def _curly(data, path: Path) -> bool:
    """The value at path (or an item of it) starts with a curly quote."""
    for part in path:
        if not isinstance(data, (dict, list)):
            return False
        data = data.get(part) if isinstance(data, dict) else data[part]
    items = data if isinstance(data, list) else [data]
    return any(isinstance(x, str) and x.lstrip().startswith(tuple(CURLY)) for x in items)


def _plain(kind: str, msg: str) -> str:
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "must be a set of keys on their own lines (like name: ..., city: ...)"
    if kind in ("list_type", "tuple_type"):
        return "must be a list"
    if kind == "string_type":
        return "must be text, not a list or a set of keys"
    return msg


DERIVED = {"status": "the build works out the status itself: delete it (availability: can "
                     "say waitlist, full or cancelled)",
           "stale": "the build works out whether a record is stale from verified: delete it"}


def _unknown(model, path: Path) -> bool:
    """A key (left empty) that the model it sits in does not have."""
    parent = _model_at(model, path[:-1])
    return parent is not None and path[-1] not in parent.model_fields


def _unknown_key(path: Path, read: _Read) -> str:
    key, model, translation = path[-1], read.model, read.translation
    if path in read.split:
        first, _, number = read.split[path].partition(": ")
        return f"unknown key '{key}': the comma in {number} splits the number; write " \
               f"numbers without commas ({first}: {number.replace(',', '')})"
    if len(path) == 1 and key in DERIVED and not translation:
        return f"unknown key '{key}'; {DERIVED[key]}"
    allowed = _fields_at(model, path[:-1])
    if translation and not allowed:
        return f"'{key}' cannot be translated here"
    near = _sharing_letters(str(key), allowed)
    close = near and difflib.get_close_matches(str(key), near, n=1, cutoff=0.6)
    if close:
        return f"unknown key '{key}'; did you mean '{close[0]}'?"
    if translation:
        return f"'{key}' cannot be translated; a translation holds only " \
               f"{', '.join(allowed)} (facts come from the original)"
    return f"unknown key '{key}'; allowed keys: {', '.join(allowed)}"


def _sharing_letters(key: str, allowed: list[str]) -> list[str]:
    """The allowed keys that share enough letters with key for difflib to find them close (a
    ratio of 0.6 needs 0.3 times both lengths in common): the same suggestion, with no letters
    counted for a key that shares none, so 100,000 unknown keys cost no 1,100,000 comparisons."""
    shared: dict[str, int] = {}
    for letter in set(key):
        count = key.count(letter)
        for name, times in _letters(tuple(allowed)).get(letter, ()):
            shared[name] = shared.get(name, 0) + min(count, times)
    return [name for name, n in shared.items() if n >= 0.3 * (len(key) + len(name))]


@cache
def _letters(allowed: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
    """Letter -> (each allowed key holding it, how many times)."""
    index: dict[str, list[tuple[str, int]]] = {}
    for name in allowed:
        for letter in set(name):
            index.setdefault(letter, []).append((name, name.count(letter)))
    return index


def _fields_at(model, path: Path) -> list[str]:
    """The keys a (nested) model accepts, for suggestions."""
    return list(getattr(_model_at(model, path), "model_fields", {}))


def _model_at(model, path: Path):
    """The (nested) model whose keys sit at path, or None (a list or text is there)."""
    for part in path:
        if isinstance(part, int):
            continue
        declared = getattr(model, "model_fields", {}).get(part)
        model = _model_of(declared.annotation) if declared else None
        if model is None:
            return None
    return model


def _model_of(annotation):
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found:
            return found
    return None
