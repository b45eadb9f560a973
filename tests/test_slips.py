"""Slips a partner makes by hand (a misspelt key, a number with commas, a key indented one space
too far, curly quotes, a tab, no space after ':', ...), generated over the sample's programs and
partners: `check` and the JSON Schemas (schemas/, as an editor reads the YAML) give each the same
verdict, so that no slip passes one and not the other. Each case is read and validated in
process, not built."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from stemhub.build import read_record
from stemhub.problems import ERROR, Problems
from stemhub.records.settings import load_settings
from stemhub.source.files import SourceFile
from tests.rulekit import PROG, PROGRAM_FIELDS, program
from tests.test_schema import ROOT, SAMPLE, EditorYaml, mistakes, schema_of

TODAY = date(2026, 12, 1)
PROGRAMS = sorted(p for p in (ROOT / "content" / "programs").glob("*.md") if p.name.count(".") == 1)
PARTNERS = sorted((ROOT / "content" / "partners").glob("*.yaml"))
_PAIR = re.compile(r"^( *)(?:- )?([a-z_]+): (?!\||>|$)(.+)$")  # a `key: value` line


def split(path: Path) -> tuple[list[str], str]:
    """A record's YAML lines, and what follows them in the file (a .md file's body)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".yaml":
        return text.splitlines(), ""
    _, front, body = re.split(r"^---[ \t]*\n", text, 2, re.M)
    return front.splitlines(), body


def pairs(lines: list[str], top: bool | None = None) -> list[int]:
    """Indexes of the `key: value` lines (top: only the unindented ones; False: only nested)."""
    found = [i for i, line in enumerate(lines) if _PAIR.match(line)]
    return [i for i in found if top is None or (lines[i][0] != " ") == top]


def without(lines: list[str], key: str) -> list[str]:
    """The lines without a top-level key and the lines nested under it."""
    out, inside = [], False
    for line in lines:
        inside = line.startswith(f"{key}:") or (inside and line.startswith(" "))
        out += [] if inside else [line]
    return out


def swap(word: str, n: int) -> str:
    n %= len(word) - 1
    return word[:n] + word[n + 1] + word[n] + word[n + 2:]


def quoted(line: str, left: str, right: str) -> str | None:
    m = _PAIR.match(line)
    value = m.group(3)
    if value[0] == '"' == value[-1] and "\\" not in value:
        value = value[1:-1]
    if value[0] in "\"'[{" or "#" in value:
        return None
    return f"{line[:m.start(3)]}{left}{value}{right}"


def slips(lines: list[str], n: int, optional: str):
    """(slip, key, lines) for each slip of a record's lines, key the one it hits (or ""); n
    varies which line each slip hits."""
    top, nested = pairs(lines, True), pairs(lines, False)
    t = top[n % len(top)]
    key = _PAIR.match(lines[t]).group(2)
    edit = lambda i, new: lines[:i] + [new] + lines[i + 1:]  # noqa: E731
    yield "key-typo", key, edit(t, lines[t].replace(key, swap(key, n), 1))
    yield "key-capital", key, edit(t, lines[t].replace(key, key.capitalize(), 1))
    yield "unknown-key-no-value", "", lines + [f"{swap('deadline', n)}:"]
    yield "known-key-no-value", optional, without(lines, optional) + [f"{optional}:"]
    if any(x.startswith("cost:") for x in lines):
        yield "comma-flow", "", without(lines, "cost") + ["cost: {amount: 1,200, per: year}"]
        yield "comma-block", "", without(lines, "cost") + ["cost:", "  amount: 1,200"]
        yield "comma-capacity", "", without(lines, "capacity") + ["capacity: 1,200"]
    yield "no-space-after-colon", key, edit(t, lines[t].replace(": ", ":", 1))
    for name, left, right in (("straight-quotes", '"', '"'), ("single-quotes", "'", "'"),
                              ("curly-quotes", "“", "”"), ("unclosed-quote", '"', "")):
        hit = nested if name == "curly-quotes" else nested[n % len(nested):][:1]
        for i in (t, *hit):
            new = quoted(lines[i], left, right)
            if new:
                yield name, _PAIR.match(lines[i]).group(2), edit(i, new)
    if t > 0 and t - 1 in top:
        yield "indent", key, edit(t, " " + lines[t])
    if nested:
        i = nested[n % len(nested)]
        yield "indent-deeper", _PAIR.match(lines[i]).group(2), edit(i, " " + lines[i])
        yield "tab-indent", _PAIR.match(lines[i]).group(2), edit(i, "\t" + lines[i].lstrip())
        if i > 0 and lines[i - 1].startswith("  ") and lines[i - 1][2] != " ":
            yield "indent-less", _PAIR.match(lines[i]).group(2), edit(i, lines[i][1:])


def corpus() -> list:
    cases = []
    for n, path in enumerate(PROGRAMS[::5] + PARTNERS[::3]):
        lines, body = split(path)
        optional = "website" if path.suffix == ".yaml" else "eligibility"
        for slip, key, changed in slips(lines, n, optional):
            cases.append(pytest.param(path, changed, body, id=f"{path.stem}:{slip}:{key}"))
    return cases


SETTINGS = load_settings(ROOT, Problems())


def check_verdict(tmp_path: Path, original: Path, text: str) -> list[str]:
    """The errors `check` reports for the file alone."""
    written = tmp_path / original.name
    written.write_text(text, encoding="utf-8")
    kind = original.parent.name
    source = SourceFile(kind, written.stem, None, written.suffix, f"content/{kind}/{written.name}",
                        written)
    problems = Problems()
    read_record(SETTINGS, TODAY, source, problems)
    return [p.message for p in problems.items if p.severity == ERROR]


def schema_verdict(original: Path, front: str) -> list[str]:
    """The mistakes an editor shows: a YAML syntax error, or what the JSON Schema refuses."""
    try:
        data = yaml.load(front, EditorYaml)
    except yaml.YAMLError as err:
        return [str(err).splitlines()[0]]
    return mistakes(data, schema_of(original, SAMPLE))


@pytest.mark.parametrize("original, lines, body", corpus())
def test_check_and_the_schema_agree_on_every_slip(tmp_path, original, lines, body):
    front = "\n".join(lines) + "\n"
    text = front if original.suffix == ".yaml" else f"---\n{front}---\n{body}"
    by_check, by_schema = check_verdict(tmp_path, original, text), schema_verdict(original, front)
    assert bool(by_check) == bool(by_schema), (by_check, by_schema)


SLIPS = ("key-typo", "key-capital", "unknown-key-no-value", "known-key-no-value", "comma-flow",
         "comma-block", "comma-capacity", "no-space-after-colon", "straight-quotes",
         "single-quotes", "curly-quotes", "unclosed-quote", "indent", "indent-deeper",
         "tab-indent", "indent-less")


def test_the_corpus_holds_every_slip():
    made = {case.id.split(":")[1] for case in corpus()}
    assert made == set(SLIPS)


GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
_TABLE = GUIDE.split("The most common mistakes:")[1].split("\n\n")[1]
ROWS = re.findall(r"^\| `(.+?)` \| (`.+?`) \| .+ \|$", _TABLE, re.M)


def test_contributing_lists_ten_slips():
    assert len(ROWS) == 10


@pytest.mark.parametrize("said, written", ROWS, ids=[said[:40] for said, _ in ROWS])
def test_each_slip_in_contributing_gets_the_message_it_shows(site, said, written):
    """The example (lines joined by <br>) in place of its key in a valid program: check prints
    the row's message, and only it ("..." ends a message at its list of allowed words)."""
    lines = re.findall(r"`([^`]*)`", written)
    key = re.match(r"[a-z_]+", lines[0]).group()
    rest = program(**{key: None}) if key in PROGRAM_FIELDS else program()
    site.write(PROG, "---\n" + "\n".join(lines) + "\n" + rest.removeprefix("---\n"),
               dedent=False)
    problems = site.check().problems
    assert len(problems) == 1 and ": error: " in problems[0], problems
    message = problems[0].split(": error: ", 1)[1]
    assert message.startswith(said[:-3]) if said.endswith("...") else message == said
