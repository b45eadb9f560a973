"""Problems are values: where (file, line, column), how bad, and what to do about it."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import groupby
from typing import Iterable, NamedTuple

ERROR = "error"
WARNING = "warning"
# Problems of one kind in one file shown before one line counts the rest.
SHOWN = {WARNING: 10, ERROR: 20}


class Problem(NamedTuple):
    """One problem: a plain tuple, whose own order (path, line, column, ...) is the report
    order, so that 300,000 of them cost little time and memory."""

    path: str
    line: int
    col: int  # 0 when unknown
    severity: str
    message: str


@dataclass
class Problems:
    """Collects every problem of a run; nothing stops at the first one."""

    items: list[Problem] = field(default_factory=list)
    about: dict[Problem, str] = field(default_factory=dict)  # a problem -> the page or file
    # of another record it depends on ("programs/x/": a link to it, a translation of it)

    def error(self, path: str, line: int, col: int | None, message: str,
              about: str | None = None) -> None:
        self._add(Problem(printable(path), line, col or 0, ERROR, printable(message)), about)

    def warning(self, path: str, line: int, col: int | None, message: str,
                about: str | None = None) -> None:
        self._add(Problem(printable(path), line, col or 0, WARNING, printable(message)), about)

    def _add(self, problem: Problem, about: str | None) -> None:
        self.items.append(problem)
        if about is not None:
            self.about[problem] = printable(about)

    def errors(self, path: str, found: Iterable[tuple[int, int | None, str]]) -> None:
        """Errors of one file given as (line, column, message), as a file's flaws are: its
        name is made printable once, however many there are."""
        path, shown = printable(path), {}  # each message made printable once
        self.items.extend(Problem(path, line, col or 0, ERROR, shown.get(message) or
                                  shown.setdefault(message, printable(message)))
                          for line, col, message in found)

    def tell(self, notes: dict[str, str]) -> None:
        """Each note (file -> text) added to the first error of its file, in report order."""
        notes = {printable(path): note for path, note in notes.items()}
        first: dict[str, int] = {}
        for at, p in enumerate(self.items):
            if p.path in notes and p.severity == ERROR and (
                    p.path not in first or p < self.items[first[p.path]]):
                first[p.path] = at
        for path, at in first.items():
            p = self.items[at]
            self.items[at] = p._replace(message=f"{p.message} {notes[path]}")

    def has_errors(self) -> bool:
        return any(p.severity == ERROR for p in self.items)

    def failed(self, strict: bool) -> bool:
        return bool(self.items) if strict else self.has_errors()

    def sorted(self) -> list[Problem]:
        """Every problem once, in report order (problems mostly come in order, so sorting
        300,000 of them costs about one pass)."""
        return [p for p, _ in groupby(sorted(self.items))]

    def only(self, touched: set[str]) -> tuple[list[Problem], int]:
        """The problems in the files of touched (paths) and those about its pages or files (a
        link to a page a change removed), in report order; and how many others there are."""
        touched = {printable(path) for path in touched}
        found = self.sorted()
        shown = [p for p in found if p.path in touched or self.about.get(p) in touched]
        return shown, len(found) - len(shown)


def _cap_repeats(problems: list[Problem]) -> list[Problem]:
    """Show the problems of one kind in one file ten times (warnings) or twenty (errors), then
    one line that counts the rest; one pass, however many there are."""
    shown: list[Problem] = []
    groups: dict[tuple, list[int]] = {}  # (path, severity, kind) -> [count, last shown's index]
    kinds: dict[str, str] = {}  # message -> its kind, worked out once per message
    for p in problems:
        kind = kinds.get(p.message)
        if kind is None:
            kind = kinds[p.message] = _kind(p.message)
        group = groups.setdefault((p.path, p.severity, kind), [0, 0])
        group[0] += 1
        if group[0] <= SHOWN[p.severity]:
            group[1] = len(shown)
            shown.append(p)
    notes = {at: _more_like(shown[at], count - SHOWN[shown[at].severity])
             for count, at in groups.values() if count > SHOWN[shown[at].severity]}
    out = []
    for at, p in enumerate(shown):
        out.append(p)
        if at in notes:
            out.append(notes[at])
    return out


def _more_like(last: Problem, extra: int) -> Problem:
    """The line after the last one shown of a kind, counting those left out."""
    return Problem(last.path, last.line, last.col, last.severity,
                   f"{_head(last.message)}: {extra} more like this in this file")


def _head(message: str) -> str:
    """What a message is about: up to its first ': ', else its last '; ', quoted text aside
    ("sectors", "raw HTML is not rendered", "control character U+0009 is not allowed")."""
    plain = re.sub(r"'[^']*'", lambda m: "_" * len(m.group()), message)  # same length
    end = plain.find(": ")
    if end < 0:
        end = plain.rfind("; ")
    return message[:end] if end >= 0 else message


def _kind(message: str) -> str:
    """What a problem says, whatever value it names: quoted text, addresses, numbers left out."""
    return re.sub(r"'[^']*'|(?<!\S)\S*://\S*|\s/\S*|\d+", "", message)  # a word tried once


def printable(text: str) -> str:
    """Show control, invisible and bidirectional characters and line breaks escaped (U+000A),
    never raw."""
    if text.isprintable():  # none of _HIDDEN is: most text is passed back at once
        return text
    return _HIDDEN.sub(lambda m: f"U+{ord(m.group()):04X}", text)


_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\u2060\ufeff"
                     "\u202a-\u202e\u2066-\u2069]")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(problems: list[Problem], records: int, others: int = 0) -> str:
    """The last line: the problems shown, the records checked, and how many problems are in
    files left out (check --changed-since)."""
    errors = sum(p.severity == ERROR for p in problems)
    warnings = len(problems) - errors
    files = len({p.path for p in problems})
    where = f" in {plural(files, 'file')}" if problems else ""
    more = f"; {others} more in other files" if others else ""
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}{where}; " \
           f"{plural(records, 'record')} checked{more}"


def format_text(problems: list[Problem]) -> list[str]:
    return [f"{_where(p)}: {p.severity}: {p.message}" for p in _cap_repeats(problems)]


def _where(p: Problem) -> str:
    return f"{p.path}:{p.line}" + (f":{p.col}" if p.col else "")


def format_github(problems: list[Problem]) -> list[str]:
    """GitHub workflow commands, escaped as GitHub requires, so that nothing from the content
    can end the line, start a command of its own or set a property."""
    lines = []
    for p in _cap_repeats(problems):
        col = f",col={p.col}" if p.col else ""
        lines.append(f"::{p.severity} file={_property(p.path)},line={p.line}{col}::"
                     f"{_message(p.message)}")
    return lines


def _message(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _message(text).replace(":", "%3A").replace(",", "%2C")


def format_json(problems: list[Problem]) -> str:
    return json.dumps([{"path": p.path, "line": p.line, "col": p.col or None,
                        "severity": p.severity, "message": p.message}
                       for p in _cap_repeats(problems)], ensure_ascii=False, indent=1)


def write(problems: Problems, records: int, style: str, stream,
          touched: set[str] | None = None) -> None:
    """Every problem, sorted, then the summary line, in style text, github or json; with
    touched, only those Problems.only keeps, and the summary counts the others."""
    found, others = problems.only(touched) if touched is not None else (problems.sorted(), 0)
    if style == "json":
        print(format_json(found), file=stream)
        return
    lines = format_github(found) if style == "github" else format_text(found)
    for line in lines + [summary(found, records, others)]:
        print(line, file=stream)
