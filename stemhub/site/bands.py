"""Grade bands, the coverage page's columns: PK, K-5, 6-8 and 9-12. A program is in each band
it has a grade in, when a student or a family can join it (a program only for educators gives
the grades they teach, and is in none), as on the grade lists."""
from __future__ import annotations

from ..records.grades import GRADES

BANDS = (("PK", GRADES[:1]), ("K-5", GRADES[1:7]), ("6-8", GRADES[7:10]),
         ("9-12", GRADES[10:]))


def in_band(program, grades: tuple[str, ...]) -> bool:
    return program.joinable and bool(set(program.grades or ()) & set(grades))
