"""No dead ends (stemhub.site.similar): a closed, full, ended or cancelled program's page gets up to
three similar programs open now: a sector in common, a grade in common, the same people signing up;
nearest deadline first. Chosen from an index, so a big site stays fast."""
from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from stemhub.site.similar import similar_open

DAY = date(2026, 12, 1)


def prog(slug, status="open", sectors=("aerospace",), grades=("9", "10"), deadline=None,
         availability="open", audience=("students",)) -> SimpleNamespace:
    return SimpleNamespace(slug=slug, title=slug.title(), status=status, sectors=list(sectors),
                           grades=grades, deadline=deadline and DAY + timedelta(days=deadline),
                           availability=availability, audience=list(audience))


def slugs(found: dict, slug: str) -> list[str] | None:
    return None if slug not in found else [p.slug for p in found[slug]]


def test_only_programs_that_cannot_be_joined_get_others():
    programs = [prog("a", "closed"), prog("b", "ended"), prog("c", "cancelled"),
                prog("d", availability="full"), prog("e"), prog("f", "closing-soon", deadline=3),
                prog("g", availability="waitlist")]
    found = similar_open(programs)
    assert sorted(found) == ["a", "b", "c", "d"]
    assert slugs(found, "a") == ["f", "e"]  # open now: not full, not on a waitlist


def test_same_sector_overlapping_grades_then_nearest_deadline_at_most_three():
    programs = [prog("closed", "closed", sectors=["aerospace", "maritime"], grades=("7", "8")),
                prog("other-sector", sectors=["energy-environment"], grades=("7",), deadline=1),
                prog("other-grades", grades=("11", "12"), deadline=1),
                prog("late", grades=("8", "9"), deadline=90),
                prog("no-deadline", grades=("7",)),
                prog("soon", "closing-soon", sectors=["maritime"], grades=("8",), deadline=5),
                prog("sooner", "closing-soon", grades=("6", "7"), deadline=2),
                prog("grade-less", grades=None, deadline=1)]
    assert slugs(similar_open(programs), "closed") == ["sooner", "soon", "late"]


def test_a_program_without_grades_takes_any_grade_and_educators_get_educators():
    programs = [prog("teachers-closed", "closed", grades=None, audience=["educators"]),
                prog("kids", grades=("3",), deadline=1),
                prog("teachers", grades=("3",), audience=["educators"], deadline=9),
                prog("all", grades=None, audience=["families", "educators"], deadline=20),
                prog("family-closed", "closed", grades=("3",), audience=["families"])]
    found = similar_open(programs)
    assert slugs(found, "teachers-closed") == ["teachers", "all"]
    assert slugs(found, "family-closed") == ["kids"]  # "all" has no grade to share


def ten_thousand() -> list[SimpleNamespace]:
    """Half of them closed, in ten sectors and twelve grades: bench/linear.py times them."""
    sectors = [f"s{i}" for i in range(10)]
    return [prog(f"p{i}", "closed" if i % 2 else "open", sectors=[sectors[i // 2 % 10]],
                 grades=(str(1 + i // 2 % 12), str(1 + (i // 2 + 1) % 12)), deadline=i % 300)
            for i in range(10_000)]


def test_ten_thousand_programs_each_closed_one_gets_three():
    found = similar_open(ten_thousand())
    assert len(found) == 5_000 and all(len(v) == 3 for v in found.values())
