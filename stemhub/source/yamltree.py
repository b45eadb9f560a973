"""YAML text -> plain mappings, lists and text, with the line and column of every key and value.

Built from PyYAML's event stream, so nothing is guessed (every scalar stays text), aliases are
never expanded and deep nesting never recurses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

import yaml

from .text import Lines

MAX_DEPTH = 10
Path = tuple  # keys (str) and list indexes (int)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COMPLEX_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)*\?(?:[ \t]|$)|[{,][ \t]*\?[ \t]", re.M)


@dataclass
class Tree:
    """A parsed YAML document: data, positions and the problems met on the way."""

    data: object = None
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)
    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    flaws: list[tuple[int, int, str]] = field(default_factory=list)
    flawed: set[Path] = field(default_factory=set)  # paths whose value was refused

    def where(self, path: Path) -> tuple[int, int]:
        """Line and column of a value, else of its key, else of its nearest parent key."""
        if path in self.values:
            return self.values[path]
        while path:
            if path in self.keys:
                return self.keys[path]
            path = path[:-1]
        return (1, 1)


def parse(text: str, first_line: int = 1) -> Tree:
    offset = first_line - 1
    text = _cut_deep_flow(text.replace("\r", "\n"))  # a lone CR (an error) ends a line in YAML
    lines = Lines(text, first_line)
    keys = [(*lines.at(text.index("?", m.start())), "complex keys ('? ') are not allowed; "
                                                     "write 'key: value'")
            for m in _COMPLEX_KEY.finditer(text)]
    tree = Tree(flaws=list(keys))
    try:  # events are read one at a time: a million of them are never all held at once
        _Builder(tree, yaml.parse(text, Loader=_LOADER), offset).document()
    except yaml.MarkedYAMLError as err:  # only this is reported, with the complex keys
        mark = err.problem_mark or err.context_mark
        bad = text[mark.index:mark.index + 1] if mark.index < len(text) else ""
        return Tree(flaws=keys + [(mark.line + 1 + offset, mark.column + 1,
                                   _yaml_message(err, bad))])
    except yaml.YAMLError as err:  # pragma: no cover - reader errors are caught in text.decode
        return Tree(flaws=keys + [(first_line, None, f"this is not valid YAML: {err}")])
    _tab_flaws(text, lines, tree)
    return tree


def _cut_deep_flow(text: str) -> str:
    """Empty the flow collections nested past MAX_DEPTH ('[[...]]' -> '[]') before libyaml reads
    them, so that 50,000 '[' get the same one error as eleven, and libyaml's limit is never met."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return text
    cuts, depth, quote, start = [], 0, "", 0
    for i, c in enumerate(text):
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"" and depth:
            quote = c
        elif c in "[{":
            depth += 1
            start = i if depth == MAX_DEPTH + 1 else start
        elif c in "]}" and depth:
            if depth == MAX_DEPTH + 1 and i > start + 1:
                cuts.append((start + 1, i))
            depth -= 1
    kept, last = [], 0
    for begin, end in cuts:  # keep the line ends, so later lines keep their numbers
        kept += [text[last:begin], "\n" * text.count("\n", begin, end)]
        last = end
    return "".join(kept) + text[last:]


def _tab_flaws(text: str, lines: Lines, tree: Tree) -> None:
    """A tab is an error everywhere in YAML but inside a multi-line Markdown `description`."""
    keys = sorted(line for (path, (line, _)) in tree.keys.items() if len(path) == 1)
    start = tree.keys.get(("description",), (0, 0))[0]
    end = next((line for line in keys if line > start), 10**9) if start else 0
    flagged = {line for line, _, _ in tree.flaws}
    for m in re.finditer("\t", text):
        line, col = lines.at(m.start())
        if not start <= line < end and line not in flagged:
            tree.flaws.append((line, col, "control character U+0009 is not allowed; delete it"))


def _yaml_message(err: yaml.MarkedYAMLError, bad: str) -> str:
    problem = (err.problem or err.context or "").strip()
    if "nesting depth" in problem:  # libyaml's own limit, far above ours
        return f"nesting is deeper than {MAX_DEPTH} levels; flatten it"
    if bad == "\t":
        return "a tab is used for indentation; indent YAML with spaces"
    if "mapping values are not allowed" in problem:
        return "a ':' here is not allowed; put the value in quotes"
    if "found duplicate anchor" in problem or "found undefined alias" in problem:
        return "anchors and aliases (& and *) are not allowed; write the value out"
    return f"this is not valid YAML ({problem}); check the indentation and quotes"


class _Builder:
    def __init__(self, tree: Tree, events: Iterator, offset: int):
        self.tree, self.events, self.offset = tree, events, offset
        self.ahead = next(events)  # the next event, looked at before it is taken

    def flaw(self, event, message: str, path: Path | None = None) -> None:
        if path is not None:
            self.tree.flawed.add(path)
        m = event.start_mark
        self.tree.flaws.append((m.line + 1 + self.offset, m.column + 1, message))

    def pos(self, event) -> tuple[int, int]:
        return (event.start_mark.line + 1 + self.offset, event.start_mark.column + 1)

    def next(self):
        event, self.ahead = self.ahead, next(self.events, None)
        return event

    def document(self) -> None:
        self.next()  # StreamStart
        documents = 0
        while not isinstance(self.ahead, yaml.StreamEndEvent):
            start = self.next()
            documents += 1
            if start.version or start.tags:
                self.flaw(start, "YAML directives (%YAML, %TAG) are not allowed; delete the line")
            if documents > 1:
                self.flaw(start, "only one YAML document is allowed; delete the second '---'")
            if documents == 1:
                self.tree.data = self.node((), 1)
            else:
                self.skip(self.next())
            end = self.next()
            if end.explicit:
                self.flaw(end, "the document end marker '...' is not allowed; delete it")

    def node(self, path: Path, depth: int):
        event = self.next()
        self.tree.values[path] = self.pos(event)
        if isinstance(event, yaml.AliasEvent):
            self.flaw(event, "aliases (*name) are not allowed; write the value out", path)
            return None
        if event.anchor:
            self.flaw(event, "anchors (&name) are not allowed; delete the anchor", path)
        if event.tag:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            self.flaw(event, f"YAML tags ({tag}) are not allowed; delete the tag", path)
        if isinstance(event, yaml.ScalarEvent):
            return event.value
        if depth > MAX_DEPTH:
            self.flaw(event, f"nesting is deeper than {MAX_DEPTH} levels; flatten it", path)
            self.skip(event)
            return None
        if isinstance(event, yaml.SequenceStartEvent):
            return self.sequence(path, depth)
        return self.mapping(path, depth)

    def skip(self, event) -> None:
        """Pass over the rest of a node whose first event was just read."""
        level = 1 if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)) else 0
        while level:
            event = self.next()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                level += 1
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                level -= 1

    def sequence(self, path: Path, depth: int) -> list:
        items = []
        while not isinstance(self.ahead, yaml.SequenceEndEvent):
            items.append(self.node(path + (len(items),), depth + 1))
        self.next()
        return items

    def mapping(self, path: Path, depth: int) -> dict:
        result: dict = {}
        while not isinstance(self.ahead, yaml.MappingEndEvent):
            key_event = self.ahead
            if not isinstance(key_event, yaml.ScalarEvent):
                self.flaw(key_event, "a key must be plain text; write 'key: value'", path)
                self.skip(self.next())
                self.skip(self.next())
                continue
            self.next()
            key = key_event.value
            if key_event.anchor or key_event.tag:
                self.flaw(key_event, "anchors and tags are not allowed on keys; delete them")
            sub = path + (key,)
            if key in result or sub in self.tree.keys:
                line = self.tree.keys[sub][0]
                self.flaw(key_event, f"duplicate key '{key}' (also on line {line}); keep one")
                self.skip(self.next())
                continue
            self.tree.keys[sub] = self.pos(key_event)
            result[key] = self.node(sub, depth + 1)
        self.next()
        return result
