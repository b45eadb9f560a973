"""No dead ends: the page of a program that cannot be joined now (closed, ended, cancelled, full
or on a waitlist) shows up to three similar programs open now, chosen at build time. Similar,
and open to the same child: a sector in common; the same way of signing up (a student or a
family, a teacher for a class, educators: `signs_up`); a grade in common (for a program without
grades, any program); and designed for no group (`focus`) the program itself is not designed
for (a girls' club is offered from a girls' program, never from one for everybody). Nearest
deadline first (none last), then list order.

Open programs are indexed once by (sector, who, grade), each bucket holding the first three of
each set of focus groups in that order, so a program looks at a few buckets, never at every
program: linear in the site's size."""
from __future__ import annotations

from datetime import date
from heapq import nsmallest

from ..records.kinds import program_order
from .catalog import OPEN

SHOWN = 3
NEEDS_OTHERS = ("closed", "ended", "cancelled")
CANNOT_JOIN = ("full", "waitlist")  # availability that leaves a family looking elsewhere
ANY_GRADE = "*"
WHO = {"students": "learners", "families": "learners", "class": "class",
       "educators": "educators"}  # signs_up -> who can take a place of the other's


def needs_others(program) -> bool:
    """Whether a program's page shows similar open ones: it cannot be joined now."""
    return program.status in NEEDS_OTHERS or program.availability in CANNOT_JOIN


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
    return {WHO[w] for w in p.signs_up}


def _keys(p, grades) -> list[tuple[str, str, str]]:
    return [(s, who, g) for s in p.sectors for who in _who(p) for g in grades]


def _index(ranked: list) -> dict[tuple[str, str, str], dict[frozenset, list]]:
    """(sector, who, grade) -> focus groups -> the first SHOWN programs of that bucket in rank
    order (no later one can be chosen). A program is in the ANY_GRADE bucket of its sectors and
    ways of signing up too."""
    index: dict[tuple[str, str, str], dict[frozenset, list]] = {}
    for p in ranked:
        for key in _keys(p, [ANY_GRADE, *(p.grades or ())]):
            bucket = index.setdefault(key, {}).setdefault(frozenset(p.focus or ()), [])
            if len(bucket) < SHOWN:
                bucket.append(p)
    return index


def _similar(program, index: dict) -> list:
    focus = frozenset(program.focus or ())
    found = {id(p): p for key in _keys(program, program.grades or (ANY_GRADE,))
             for groups, bucket in index.get(key, {}).items() if groups <= focus
             for p in bucket}
    return nsmallest(SHOWN, found.values(), key=_rank)
