"""Problems in a record's data, at the line and column they are about: schema errors explained
in plain words, and warnings on what the schema accepts (http:// addresses)."""
from __future__ import annotations

import difflib
from functools import cache

from pydantic import BaseModel, ValidationError

from ..problems import Problems
from ..source.yamltree import Path, Tree


def report(model: type[BaseModel], data: dict, tree: Tree, rel: str, context: dict,
           problems: Problems, translation: bool = False):
    """Validate data against a model; every error becomes a problem where it sits."""
    cleaned, empty = _without_missing(data, ())
    try:
        return model.model_validate(cleaned, context=context)
    except ValidationError as err:
        for e in err.errors(include_url=False):
            path = _real_path(cleaned, e["loc"])
            refused = any(path[:n] in tree.flawed for n in range(len(path) + 1))
            if refused and e["type"] != "extra_forbidden":
                continue  # its value was refused already (an alias, a tag, too deep)
            line, col, message = _explain(e, path, model, tree, empty, translation)
            problems.error(rel, line, col, message)
        return None


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
            if v is None or v == [] or (isinstance(v, str) and v.strip() in ("", "~")):
                empty[path + (k,)] = v
                continue
            out[k], sub = _without_missing(v, path + (k,))
            empty.update(sub)
        return out, empty
    return value, empty


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


def _explain(e: dict, path: Path, model, tree: Tree, empty: dict, translation: bool):
    kind, field = e["type"], _dotted(path)
    if kind == "missing":
        line, col = tree.where(path) if path in empty or len(path) > 1 else (1, None)
        if empty.get(path) == []:
            return line, col, f"'{field}' is an empty list; list at least one"
        return line, col, f"'{field}' is required; add it"
    if kind == "extra_forbidden":
        line, col = tree.keys.get(path, tree.where(path))
        return line, col, _unknown_key(path, model, translation)
    if kind == "stemhub":
        ctx = e.get("ctx") or {}
        path = path + tuple(ctx.get("at") or ())
        field = _dotted(path)
        item = ctx.get("item")
        if item is not None and path + (item,) in tree.values:
            path = path + (item,)
            if path + ("slug",) in tree.values:  # a {slug, name} item: point at its slug
                path = path + ("slug",)
        line, col = tree.where(path)
        return line, col, f"{field}: {e['msg']}" if field else e["msg"]
    line, col = tree.where(path)
    return line, col, f"{field}: {_plain(kind, e['msg'])}"


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


def _unknown_key(path: Path, model, translation: bool) -> str:
    key = path[-1]
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
    for part in path:
        if isinstance(part, int):
            continue
        field = getattr(model, "model_fields", {}).get(part)
        model = _model_of(field.annotation) if field else None
        if model is None:
            return []
    return list(getattr(model, "model_fields", {}))


def _model_of(annotation):
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found:
            return found
    return None
