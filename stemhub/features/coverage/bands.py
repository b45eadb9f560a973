"""Grade bands, the coverage page's columns: PK, K-5, 6-8 and 9-12. A program is in each band
it has a grade in, when a student or a family can join it (a program only for educators gives
the grades they teach, and is in none), as on the grade lists."""
from __future__ import annotations

from ...records.grades import GRADES

BANDS = (("PK", frozenset(GRADES[:1])), ("K-5", frozenset(GRADES[1:7])),
         ("6-8", frozenset(GRADES[7:10])), ("9-12", frozenset(GRADES[10:])))


def in_band(program, grades: frozenset[str]) -> bool:
    return program.joinable and not grades.isdisjoint(program.grades or ())
