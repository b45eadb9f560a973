"""Exact problem lines for the facts added to the content model on 2026-12-07: schedule.days and
schedule.time, cost.per words, and what a program's translation may add (cost: {per}, tags)."""
from __future__ import annotations

from tests.rulekit import PROG, case, program, rule_test

P = PROG
ES = "content/programs/robotics-club.es.md"
TIMED = "\n  start: 2027-01-04\n  end: 2027-05-28"  # schedule: line 11, start 12, end 13


def schedule(extra: str) -> str:
    return TIMED + extra  # the added key is on line 14


CASES = [
    # --- schedule.days -----------------------------------------------------------------------
    case("days-ok", {P: program(schedule=schedule("\n  days: [mon, wed]"))}, []),
    case("days-one-day-ok", {P: program(schedule=schedule("\n  days: sat"))}, []),
    case("days-full-name", {P: program(schedule=schedule("\n  days: [mon, Wednesday]"))}, [
        f"{P}:14:15: error: schedule.days: 'Wednesday' is not a day of the week; did you "
        "mean 'wed'? Allowed: mon, tue, wed, thu, fri, sat, sun",
    ]),
    case("days-unknown", {P: program(schedule=schedule("\n  days: [weekdays]"))}, [
        f"{P}:14:10: error: schedule.days: 'weekdays' is not a day of the week. Allowed: mon, "
        "tue, wed, thu, fri, sat, sun",
    ]),
    case("days-repeated", {P: program(schedule=schedule("\n  days: [tue, thu, tue]"))}, [
        f"{P}:14:20: error: schedule.days: 'tue' is listed twice; keep one",
    ]),
    case("days-never-between-the-dates",
         {P: program(schedule="\n  start: 2027-01-05\n  end: 2027-01-07\n  days: [fri, sat]")}, [
        f"{P}:14:9: error: schedule.days: none of the days (fri, sat) falls between start "
        "2027-01-05 and end 2027-01-07; check the days and the dates",
    ]),
    case("days-a-long-term-ok",
         {P: program(schedule="\n  start: 2027-01-05\n  end: 2027-01-11\n  days: [mon]")}, []),
    case("days-and-end-before-start",
         {P: program(schedule="\n  start: 2027-01-05\n  end: 2027-01-01\n  days: [fri]")}, [
        f"{P}:13:8: error: schedule.end: 2027-01-01 is before start 2027-01-05; check the dates",
    ]),
    # --- schedule.time -----------------------------------------------------------------------
    case("time-ok", {P: program(schedule=schedule('\n  time: "15:30-17:00"'))}, []),
    case("time-unquoted-ok", {P: program(schedule=schedule("\n  time: 09:00-12:00"))}, []),
    case("time-am-pm", {P: program(schedule=schedule("\n  time: 3:30pm-5pm"))}, [
        f"{P}:14:9: error: schedule.time: '3:30pm-5pm' is not HH:MM-HH:MM; write 24-hour "
        'times: "15:30-17:00"',
    ]),
    case("time-one-digit-hour", {P: program(schedule=schedule("\n  time: 9:00-12:00"))}, [
        f"{P}:14:9: error: schedule.time: '9:00-12:00' is not HH:MM-HH:MM; write 24-hour "
        'times: "09:00-12:00"',
    ]),
    case("time-words", {P: program(schedule=schedule("\n  time: after school"))}, [
        f"{P}:14:9: error: schedule.time: 'after school' is not HH:MM-HH:MM; write 24-hour "
        'times: "15:30-17:00"',
    ]),
    case("time-not-a-time", {P: program(schedule=schedule("\n  time: 15:30-24:00"))}, [
        f"{P}:14:9: error: schedule.time: '15:30-24:00' is not a time of day; hours go from "
        '00 to 23 and minutes from 00 to 59 ("15:30-17:00")',
    ]),
    case("time-backwards", {P: program(schedule=schedule("\n  time: 17:00-15:30"))}, [
        f"{P}:14:9: error: schedule.time: '17:00-15:30' does not end after it starts; write "
        'the start first, both on the same day ("15:30-17:00")',
    ]),
    case("time-no-length", {P: program(schedule=schedule("\n  time: 15:30-15:30"))}, [
        f"{P}:14:9: error: schedule.time: '15:30-15:30' does not end after it starts; write "
        'the start first, both on the same day ("15:30-17:00")',
    ]),
    case("time-long-run-of-spaces", {P: program(schedule=schedule(
        '\n  time: "1' + " " * 20000 + 'x"'))}, [
        f"{P}:14:9: error: schedule.time: '1{' ' * 59}…' is not HH:MM-HH:MM; write 24-hour "
        'times: "15:30-17:00"',
    ]),
    case("time-a-list", {P: program(schedule=schedule("\n  time: [15:30-17:00]"))}, [
        f"{P}:14:9: error: schedule.time: must be text, not a list or a set of keys",
    ]),
    # --- cost.per ----------------------------------------------------------------------------
    case("per-word-ok", {P: program(cost="\n  amount: 25\n  per: week")}, []),
    case("per-free-text-ok", {P: program(cost="\n  amount: 25\n  per: for three days")}, []),
    # --- translations: cost: {per} and tags --------------------------------------------------
    case("translation-per-of-free-text-ok",
         {P: program(cost="\n  amount: 25\n  per: for three days"),
          ES: "---\ncost:\n  per: por tres días\n---\n"}, []),
    case("translation-per-of-a-word",
         {P: program(cost="\n  amount: 25\n  per: week"),
          ES: "---\ncost:\n  per: por semana\n---\n"}, [
        f"{ES}:3:3: error: cost.per cannot be translated: the original's 'week' is a word the "
        "site translates by itself; delete this key",
    ]),
    case("translation-per-of-free-cost",
         {ES: "---\ncost:\n  per: por semana\n---\n"}, [
        f"{ES}:2:1: error: 'cost' cannot be translated: the original has no such field",
    ]),
    case("translation-amount-not-allowed",
         {P: program(cost="\n  amount: 25\n  per: for three days"),
          ES: "---\ncost:\n  amount: 30\n---\n"}, [
        f"{ES}:3:3: error: 'amount' cannot be translated; a translation holds only per (facts "
        "come from the original)",
    ]),
    case("translation-tags-ok", {ES: "---\ntags: [robótica, programación]\n---\n"}, []),
    case("translation-tags-too-many",
         {ES: "---\ntags: [" + ", ".join(f"t{n}" for n in range(21)) + "]\n---\n"}, [
        f"{ES}:2:7: error: tags: has 21 items; the limit is 20",
    ]),
    case("translation-tag-too-long", {ES: "---\ntags: [" + "r" * 31 + "]\n---\n"}, [
        f"{ES}:2:8: error: tags: is 31 characters long; the limit is 30",
    ]),
    case("translation-tag-repeated", {ES: "---\ntags: [robótica, robótica]\n---\n"}, [
        f"{ES}:2:18: error: tags: 'robótica' is listed twice; keep one",
    ]),
    # --- reserved page names -----------------------------------------------------------------
    *(case(f"page-slug-{name}", {f"content/pages/{name}.md": "---\ntitle: T\n---\n"}, [
        f"content/pages/{name}.md:1: error: '{name}' is a name the site uses itself; choose "
        "another page file name",
    ]) for name in ("glossary", "admin", "submit")),
]


test_rule = rule_test(CASES)
