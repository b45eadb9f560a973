"""No dead ends: the page of a closed, full, ended or cancelled program shows up to three similar
programs open now, chosen at build time. Similar: a sector in common, a grade in common (for a
program without grades, any program) and the same people signing up (students and families, or
educators); nearest deadline first (none last), then list order.

Open programs are indexed once by (sector, who, grade), each bucket in that order, so a program
looks at the first three of a few buckets, never at every program: linear in the site's size."""
from __future__ import annotations

from datetime import date
from heapq import nsmallest

from ..records.kinds import program_order
from .catalog import OPEN

SHOWN = 3
NEEDS_OTHERS = ("closed", "ended", "cancelled")
ANY_GRADE = "*"


def needs_others(program) -> bool:
    """Whether a program's page shows similar open ones: it cannot be joined now."""
    return program.status in NEEDS_OTHERS or program.availability == "full"


def open_now(program) -> bool:
    """Open or closing soon, with places (neither full nor waitlist)."""
    return program.status in OPEN and program.availability == "open"


def similar_open(programs: list) -> dict[str, list]:
    """Slug -> up to three similar programs open now, for each program that needs them (never
    itself: a program that needs others is not open now)."""
    index = _index(sorted((p for p in programs if open_now(p)), key=_rank))
    return {p.slug: _similar(p, index) for p in programs if needs_others(p)}


def _rank(p) -> tuple:
    return (p.deadline is None, p.deadline or date.min, program_order(p))


def _who(p) -> set[str]:
    return {"educators" if a == "educators" else "learners" for a in p.audience}


def _keys(p) -> list[tuple[str, str, str]]:
    grades = [ANY_GRADE, *(p.grades or ())]
    return [(s, who, g) for s in p.sectors for who in _who(p) for g in grades]


def _index(ranked: list) -> dict[tuple[str, str, str], list]:
    """(sector, who, grade) -> the first SHOWN programs of that bucket in rank order (no later
    one can be chosen). A program is in the ANY_GRADE bucket of its sectors and audiences too."""
    index: dict[tuple[str, str, str], list] = {}
    for p in ranked:
        for key in _keys(p):
            bucket = index.setdefault(key, [])
            if len(bucket) < SHOWN:
                bucket.append(p)
    return index


def _similar(program, index: dict) -> list:
    grades = program.grades or (ANY_GRADE,)
    found = {id(p): p for s in program.sectors for who in _who(program) for g in grades
             for p in index.get((s, who, g), ())}
    return nsmallest(SHOWN, found.values(), key=_rank)
