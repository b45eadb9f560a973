"""Problems are values: where (file, line, column), how bad, and what to do about it."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"
_SAME_KIND_SHOWN = 10


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int | None
    severity: str
    message: str

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col or 0, self.severity, self.message)


@dataclass
class Problems:
    """Collects every problem of a run; nothing stops at the first one."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int, col: int | None, message: str) -> None:
        self.items.append(Problem(printable(path), line, col, ERROR, printable(message)))

    def warning(self, path: str, line: int, col: int | None, message: str) -> None:
        self.items.append(Problem(printable(path), line, col, WARNING, printable(message)))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    def has_errors(self) -> bool:
        return any(p.severity == ERROR for p in self.items)

    def failed(self, strict: bool) -> bool:
        return bool(self.items) if strict else self.has_errors()

    def sorted(self) -> list[Problem]:
        """Every problem once, in report order."""
        return sorted(set(self.items), key=Problem.sort_key)

    def for_path(self, path: str) -> list[Problem]:
        return [p for p in self.items if p.path == path]


def _cap_repeats(problems: list[Problem]) -> list[Problem]:
    """Show repeated warnings of one kind in one file ten times, then count the rest."""
    seen: dict[tuple[str, str], list[Problem]] = {}
    out: list[Problem] = []
    for p in problems:
        kind = (p.path, _kind(p.message)) if p.severity == WARNING else None
        group = seen.setdefault(kind, []) if kind else None
        if group is None or len(group) < _SAME_KIND_SHOWN:
            out.append(p)
        if group is not None:
            group.append(p)
    for (path, _), group in sorted(seen.items()):
        if len(group) > _SAME_KIND_SHOWN:
            last = group[_SAME_KIND_SHOWN - 1]
            extra = len(group) - _SAME_KIND_SHOWN
            note = Problem(path, last.line, last.col, WARNING,
                           f"{last.message.split(': ', 1)[0]}: {extra} more like this in this file")
            out.insert(out.index(last) + 1, note)
    return out


def _kind(message: str) -> str:
    """What a warning says, whatever value it names: quoted text, addresses, numbers left out."""
    return re.sub(r"'[^']*'|\S*://\S*|\s/\S*|\d+", "", message)


def printable(text: str) -> str:
    """Show control, invisible and bidirectional characters escaped, never raw."""
    return "".join(f"U+{ord(c):04X}" if _hidden(c) else c for c in text)


def _hidden(c: str) -> bool:
    o = ord(c)
    return (o < 0x20 and c != "\n") or 0x7F <= o <= 0x9F or o in _INVISIBLE


_INVISIBLE = {0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x2060, 0xFEFF,
              *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(problems: list[Problem], records: int) -> str:
    errors = sum(p.severity == ERROR for p in problems)
    warnings = len(problems) - errors
    files = len({p.path for p in problems})
    where = f" in {plural(files, 'file')}" if problems else ""
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}{where}; " \
           f"{plural(records, 'record')} checked"


def format_text(problems: list[Problem]) -> list[str]:
    return [f"{_where(p)}: {p.severity}: {p.message}" for p in _cap_repeats(problems)]


def _where(p: Problem) -> str:
    return f"{p.path}:{p.line}" + (f":{p.col}" if p.col else "")


def format_github(problems: list[Problem]) -> list[str]:
    lines = []
    for p in _cap_repeats(problems):
        col = f",col={p.col}" if p.col else ""
        message = p.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        lines.append(f"::{p.severity} file={p.path},line={p.line}{col}::{message}")
    return lines


def format_json(problems: list[Problem]) -> str:
    return json.dumps([{"path": p.path, "line": p.line, "col": p.col,
                        "severity": p.severity, "message": p.message} for p in problems],
                      ensure_ascii=False, indent=1)
