"""YAML text -> plain mappings, lists and text, with the line and column of every key and value.

Built from PyYAML's event stream, so nothing is guessed (every scalar stays text), aliases are
never expanded and deep nesting never recurses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

import yaml

from . import slips
from .text import Lines

MAX_DEPTH = 10
Path = tuple  # keys (str) and list indexes (int)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COMMENT = re.compile(r"[ \t]+#")
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
        questions = {line: col for line, col, _ in keys}
        _Builder(tree, yaml.parse(text, Loader=_LOADER), offset, text, questions).document()
    except yaml.MarkedYAMLError as err:  # only this is reported, with the complex keys
        return Tree(flaws=keys + [_syntax_flaw(err, text, offset)])
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


def _syntax_flaw(err: yaml.MarkedYAMLError, text: str, offset: int) -> tuple[int, int, str]:
    if "nesting depth" in (err.problem or ""):  # libyaml's own limit, far above ours
        mark = err.problem_mark
        return (mark.line + 1 + offset, mark.column + 1,
                f"nesting is deeper than {MAX_DEPTH} levels; flatten it")
    line, col, message = slips.explain(err, text)
    return line + offset, col, message


class _Builder:
    def __init__(self, tree: Tree, events: Iterator, offset: int, text: str,
                 questions: dict[int, int]):
        self.tree, self.events, self.offset, self.text = tree, events, offset, text
        self.questions = questions  # line -> column of a complex key's '?', reported already
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
            self.comment_after(event)
            return event.value
        if depth > MAX_DEPTH:
            self.flaw(event, f"nesting is deeper than {MAX_DEPTH} levels; flatten it", path)
            self.skip(event)
            return None
        if isinstance(event, yaml.SequenceStartEvent):
            return self.sequence(path, depth)
        return self.mapping(path, depth)

    def comment_after(self, event) -> None:
        """`title: Team #4` is YAML for the title 'Team' and a comment: an error, so that no
        '#' cuts a value short unseen."""
        found = _COMMENT.match(self.text, event.end_mark.index) if not event.style else None
        if found and event.value:
            line = event.end_mark.line + 1 + self.offset
            self.tree.flaws.append((line, event.end_mark.column + len(found.group()),
                                    f"YAML reads ' #' as the start of a comment, so the value "
                                    f"stops at '{event.value[-20:]}'; put the whole value in "
                                    "quotes, or move the comment to a line of its own"))

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
            self.tree.keys[sub] = line, col = self.pos(key_event)
            if col > self.questions.get(line, col):  # a '? key': no second error for it
                self.tree.flawed.add(sub)
            result[key] = self.node(sub, depth + 1)
        self.next()
        return result
