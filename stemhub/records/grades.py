"""Grades: one grade, a list, or ranges ("K-5", "9 – 12"), normalised to an ordered list."""
from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, WithJsonSchema

from .fields import list_of, problem
from ..translatable import N_

# Translators: PK is pre-kindergarten and K kindergarten, each a grade's short label.
GRADES = (N_("PK"), N_("K"), "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")
_RANGE = re.compile(r"^\s*([^\s\-–]+)\s*[-–]\s*([^\s\-–]+)\s*$")
_HINT = "(use PK, K or 1-12)"
_ONE = "([Pp][Kk]|[Kk]|0*([1-9]|1[0-2]))"
# JSON Schema of a list item: a grade (YAML reads 9 as a number) or a range ("K-5")
_ITEM = {"type": ["string", "integer"], "minimum": 1, "maximum": 12,
         "pattern": rf"^\s*{_ONE}(\s*[-–]\s*{_ONE})?\s*$"}


def _grade(text: str) -> int:
    key = text.strip().upper()
    if key.isdigit() and key.isascii():
        key = str(int(key))
    if key not in GRADES:
        raise problem(f"{text.strip()} is not a grade {_HINT}")
    return GRADES.index(key)


def _item(value: Any) -> tuple[int, ...]:
    """One list item: a grade or a range, as positions in GRADES."""
    if not isinstance(value, str):
        raise problem(f"must be a grade or a range like K-5 {_HINT}")
    m = _RANGE.match(value)
    if not m:
        return (_grade(value),)
    low, high = _grade(m.group(1)), _grade(m.group(2))
    if high < low:
        raise problem(f"{value.strip()} is backwards; write the lower grade first "
                      f"({GRADES[high]}-{GRADES[low]})")
    return tuple(range(low, high + 1))


def _flatten(items: list[tuple[int, ...]]) -> tuple[str, ...]:
    seen: set[int] = set()
    for i, item in enumerate(items):
        twice = seen.intersection(item)
        if twice:
            raise problem(f"grade {GRADES[min(twice)]} is listed twice; keep it once", i)
        seen.update(item)
    return tuple(GRADES[i] for i in sorted(seen))


Grades = Annotated[list_of(Annotated[tuple[int, ...], BeforeValidator(_item),
                             WithJsonSchema(_ITEM)], unique=False),
                   AfterValidator(_flatten)]


def label(grades: tuple[str, ...]) -> str:
    """A short human label: "K-5", "9", "K-2, 5"."""
    runs: list[list[int]] = []
    for i in sorted(GRADES.index(g) for g in grades):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(GRADES[r[0]] if len(r) == 1 else f"{GRADES[r[0]]}-{GRADES[r[-1]]}"
                     for r in runs)
