"""No dead ends (stemhub.site.similar): the page of a program that cannot be joined now (closed,
ended, cancelled, full, on a waitlist) gets up to three similar programs open now that the same
child can join: a sector in common, a grade in common, the same way of signing up (a student or
a family, a teacher for a class, educators), and no group it is designed for that the program
itself is not; nearest deadline first. Chosen from an index, so a big site stays fast."""
from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from stemhub.site.catalog import Item
from stemhub.site.similar import similar_open

DAY = date(2026, 12, 1)


def prog(slug, status="open", sectors=("aerospace",), grades=("9", "10"), deadline=None,
         availability="open", audience=("students",), type="course",
         focus=()) -> SimpleNamespace:
    p = SimpleNamespace(slug=slug, title=slug.title(), status=status, sectors=list(sectors),
                        grades=grades, deadline=deadline and DAY + timedelta(days=deadline),
                        availability=availability, audience=list(audience), type=type,
                        focus=list(focus))
    p.signs_up = Item.signs_up.func(p)  # the catalog's own rule: a field trip's class
    return p


def slugs(found: dict, slug: str) -> list[str] | None:
    return None if slug not in found else [p.slug for p in found[slug]]


def test_only_programs_that_cannot_be_joined_get_others():
    programs = [prog("a", "closed"), prog("b", "ended"), prog("c", "cancelled"),
                prog("d", availability="full"), prog("e"), prog("f", "closing-soon", deadline=3),
                prog("g", availability="waitlist")]
    found = similar_open(programs)
    assert sorted(found) == ["a", "b", "c", "d", "g"]
    assert slugs(found, "a") == ["f", "e"]  # open now: not full, not on a waitlist
    assert slugs(found, "g") == ["f", "e"]  # a waitlist is no dead end either


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


def test_a_class_trip_and_a_course_a_student_joins_are_never_similar():
    programs = [prog("trip-full", type="field-trip", availability="full"),
                prog("course-closed", "closed"),
                prog("trip", type="field-trip", deadline=1),
                prog("course", deadline=2),
                prog("family-trip", type="field-trip", audience=["families"], deadline=3)]
    found = similar_open(programs)
    assert slugs(found, "trip-full") == ["trip"]  # a teacher books it for a class
    assert slugs(found, "course-closed") == ["course", "family-trip"]  # families sign up


def test_a_program_for_some_groups_is_offered_only_from_one_for_them():
    programs = [prog("general", "closed"),
                prog("for-girls", "ended", focus=["girls"]),
                prog("for-girls-low-income", availability="waitlist",
                     focus=["low-income", "girls"]),
                prog("girls-club", focus=["girls"], deadline=1),
                prog("rural-girls", focus=["girls", "rural"], deadline=2),
                prog("everyone", deadline=3)]
    found = similar_open(programs)
    assert slugs(found, "general") == ["everyone"]
    assert slugs(found, "for-girls") == ["girls-club", "everyone"]
    assert slugs(found, "for-girls-low-income") == ["girls-club", "everyone"]


def test_a_bucket_full_of_programs_for_one_group_does_not_hide_the_others():
    programs = [prog("general", "closed")] + \
        [prog(f"girls-{i}", focus=["girls"], deadline=i) for i in range(1, 6)] + \
        [prog("everyone", deadline=9)]
    assert slugs(similar_open(programs), "general") == ["everyone"]


def ten_thousand() -> list[SimpleNamespace]:
    """Half of them closed, in ten sectors and twelve grades, one in seven for one group of five:
    bench/linear.py times them."""
    sectors = [f"s{i}" for i in range(10)]
    groups = ["girls", "rural", "low-income", "foster-youth", "english-learners"]
    return [prog(f"p{i}", "closed" if i % 2 else "open", sectors=[sectors[i // 2 % 10]],
                 grades=(str(1 + i // 2 % 12), str(1 + (i // 2 + 1) % 12)), deadline=i % 300,
                 focus=[groups[i // 20 % 5]] if i % 7 == 3 else ())
            for i in range(10_000)]


def test_ten_thousand_programs_each_closed_one_gets_three():
    found = similar_open(ten_thousand())
    assert len(found) == 5_000 and all(len(v) == 3 for v in found.values())
