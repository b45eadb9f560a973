"""/data/programs.csv: one row a listed program, made from the same data as programs.json
(plain.py), for people who open it in a spreadsheet. UTF-8 with a byte-order mark
(Excel reads the file as UTF-8 only with one), CRLF line ends and quoting by the csv module.
A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
return; OWASP's "CSV injection") gets a leading apostrophe, so it shows as text."""
from __future__ import annotations

import csv
import io
import itertools
from typing import Iterable, Iterator

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LIST_JOIN = "; "
COLUMNS = (
    "slug", "url", "title", "summary", "type", "stage", "sectors", "audience", "grades",
    "cost.amount", "cost.per", "cost.financial_aid", "cost.free", "paid", "online",
    "location.name", "location.address", "location.city", "location.zip", "location.region",
    "schedule.start", "schedule.end", "schedule.days", "schedule.time",
    "schedule.times", "seasons", "deadline", "apply_url",
    "contact.name", "contact.email", "contact.phone", "languages", "supports", "focus",
    "eligibility", "capacity", "tags", "featured", "availability", "status", "badge",
    "verified", "verified_by", "stale", "partners",
)


def table(programs: Iterable[dict]) -> Iterator[str]:
    """The CSV file of programs as plain.program gives them (translations are left out), as
    pieces of text: a byte-order mark (spreadsheets read the file as UTF-8 by it), then a line
    a row."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    yield "\ufeff"
    rows = ([cell(_value(p, column)) for column in COLUMNS] for p in programs)
    for row in itertools.chain([COLUMNS], rows):
        writer.writerow(row)
        yield out.getvalue()
        out.seek(0)
        out.truncate()


def _value(program: dict, column: str):
    head, _, inner = column.partition(".")
    value = program[head]
    return (value or {}).get(inner) if inner else value


def cell(value) -> str:
    """A value as spreadsheet-safe text: lists joined with "; ", true/false, empty for none."""
    if value is None:
        return ""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = LIST_JOIN.join(value)
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
