"""How problems are printed (content-model.md, "Command line"; issue 17): GitHub workflow
commands escaped so that nothing from the content can start a line, a command or a property of
its own; text output without raw line breaks; repeats of one kind in one file shown 20 times
(errors) or 10 (warnings), then counted, in every format; a note added to a file's first error;
the problems check --changed-since keeps."""
from __future__ import annotations

import json
import re

import pytest

from stemhub.problems import Problem, Problems, format_github, format_json, format_text
from tests.conftest import SiteFolder
from tests.rulekit import program

# (path, message) pairs: each path could break the line or set a property if printed raw.
HOSTILE = [("content/programs/a\nb.md", "two\nlines"),
           ("content/programs/a\r\nb.md", "cr\r\nlf"),
           ("x.md,line=99,title=Fake", "a: b, c"),
           ("x.md::warning file=y.md::fake", "x\n::error file=other.md,line=1::fake"),
           ("::stop-commands::tok", "::stop-commands::token"),
           ("100% sure,%0A.md", "100% sure, %0A already escaped"),
           ("a%2Cb%3Ac.md\r", "%25 and %3A stay as written")]
ANNOTATION = re.compile(r"::(error|warning) file=([^,:]*),line=(\d+)(?:,col=(\d+))?::(.*)")


def unescape(text: str) -> str:
    """GitHub's reading of an escaped value: every %XX back to its character, %25 last."""
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_annotation(line: str) -> tuple[str, str, int, int, str]:
    """(severity, file, line, col, message) of one workflow command, as the runner reads it."""
    m = ANNOTATION.fullmatch(line)
    assert m, f"not one well-formed annotation: {line!r}"
    severity, path, at, col, message = m.groups()
    return severity, unescape(path), int(at), int(col or 0), unescape(message)


# --- --format github ------------------------------------------------------------------------

@pytest.mark.parametrize("path, message", HOSTILE)
def test_github_line_is_one_command_that_reads_back(path: str, message: str):
    [line] = format_github([Problem(path, 7, 3, "error", message)])
    assert "\n" not in line and "\r" not in line
    assert parse_annotation(line) == ("error", path, 7, 3, message)


@pytest.mark.parametrize("path", ["x.md,line=99,title=Fake", "x.md::warning file=y.md::fake",
                                  "::stop-commands::tok", "a.md,col=1"])
def test_github_properties_cannot_add_a_property_or_end_the_command(path: str):
    [line] = format_github([Problem(path, 1, 0, "warning", "m")])
    command, _, rest = line[2:].partition(" ")
    properties, _, message = rest.partition("::")  # the runner ends the properties at '::'
    keys = [pair.partition("=")[0] for pair in properties.split(",")]
    assert (command, keys, message) == ("warning", ["file", "line"], "m")


def test_github_through_problems_reads_back_the_printable_path():
    problems = Problems()
    problems.error("content/programs/a\nb,c::d.md", 2, None, "bad\r\nvalue: 'x,y'")
    [line] = format_github(problems.sorted())
    assert parse_annotation(line) == ("error", "content/programs/aU+000Ab,c::d.md", 2, 0,
                                      "badU+000DU+000Avalue: 'x,y'")


def test_check_format_github_one_annotation_per_problem_for_a_hostile_file_name(
        site: SiteFolder):
    name = "content/programs/x\n::error file=site.yaml,line=1::fake,y.md"
    site.write(name, program(capacity="0"), dedent=False)
    site.write("content/programs/robotics-club.md", program(capacity="0"), dedent=False)
    r = site.check("--format", "github")
    lines = r.out.splitlines()
    summary = lines.pop()
    assert summary.startswith("3 errors, 0 warnings in 2 files")
    parsed = [parse_annotation(line) for line in lines]
    shown = "content/programs/xU+000A::error file=site.yaml,line=1::fake,y.md"
    assert sorted((p[1], p[2]) for p in parsed) == [
        ("content/programs/robotics-club.md", 11), (shown, 1), (shown, 11)]
    assert all(p[0] == "error" for p in parsed)


# --- text output ----------------------------------------------------------------------------

def test_text_output_shows_line_breaks_and_controls_escaped():
    problems = Problems()
    problems.error("content/programs/a\nb.md", 1, None, "value 'x\ny\rz\u2028w\x1b' is bad")
    [line] = format_text(problems.sorted())
    assert line == ("content/programs/aU+000Ab.md:1: error: value 'xU+000AyU+000DzU+2028wU+001B' "
                    "is bad")


def test_check_text_output_keeps_a_hostile_file_name_on_one_line(site: SiteFolder):
    site.write("content/programs/x\ny.md", program(), dedent=False)
    r = site.check()
    assert r.out.splitlines()[0].startswith("content/programs/xU+000Ay.md:1: error: ")
    assert len(r.out.splitlines()) == 2


# --- repeats of one kind in one file --------------------------------------------------------

def many(severity: str, n: int, path: str = "a.md") -> list[Problem]:
    return [Problem(path, i + 1, 4, severity, f"tags: 'tag{i}' is bad") for i in range(n)]


def test_errors_of_one_kind_shown_twenty_times_then_counted():
    lines = format_text(many("error", 25))
    assert lines[:20] == [f"a.md:{i + 1}:4: error: tags: 'tag{i}' is bad" for i in range(20)]
    assert lines[20:] == ["a.md:20:4: error: tags: 5 more like this in this file"]


def test_repeats_counted_per_file_and_per_kind_and_the_count_follows_its_last_shown():
    found = sorted(many("error", 21, "a.md") + many("error", 21, "b.md") +
                   [Problem("a.md", 30, 1, "error", "other: 'x' is wrong")])
    lines = format_text(found)
    assert lines[20] == "a.md:20:4: error: tags: 1 more like this in this file"
    assert lines[21] == "a.md:30:1: error: other: 'x' is wrong"
    assert [line for line in lines if "more like this" in line] == [
        "a.md:20:4: error: tags: 1 more like this in this file",
        "b.md:20:4: error: tags: 1 more like this in this file"]
    assert len(lines) == 2 * 21 + 1


def test_count_line_names_what_the_message_is_about():
    found = [Problem("a.md", i, 1, "error", "complex keys ('? ') are not allowed; write "
                                            "'key: value'") for i in range(1, 23)]
    assert format_text(found)[-1] == ("a.md:20:1: error: complex keys ('? ') are not allowed: "
                                      "2 more like this in this file")


def test_the_same_problem_twice_is_shown_and_counted_once():
    problems = Problems()
    for _ in range(2):
        for i in range(21):
            problems.error("a.md", i + 1, 4, f"tags: 'tag{i}' is bad")
    assert format_text(problems.sorted())[-1] == "a.md:20:4: error: tags: 1 more like this in " \
                                                 "this file"


def test_github_and_json_capped_like_text():
    found = many("error", 300)
    github = format_github(found)
    data = json.loads(format_json(found))
    assert len(github) == len(data) == 21
    assert github[-1] == "::error file=a.md,line=20,col=4::tags: 280 more like this in this file"
    assert data[-1] == {"path": "a.md", "line": 20, "col": 4, "severity": "error",
                        "message": "tags: 280 more like this in this file"}


def test_a_note_goes_to_the_first_error_of_its_file_in_report_order():
    found = Problems()
    found.warning("a.md", 1, 1, "old")
    found.error("a.md", 5, 1, "late")
    found.error("a.md", 2, 3, "early")
    found.error("b.md", 1, 1, "other")
    found.tell({"a.md": "(2 links to this page wait on it)"})
    assert [p.message for p in found.sorted()] == [
        "old", "early (2 links to this page wait on it)", "late", "other"]


def test_only_keeps_the_files_touched_and_the_problems_about_them():
    found = Problems()
    found.warning("c.md", 1, 1, "stale")
    found.error("b.md", 3, None, "the link /programs/a/ leads nowhere", about="programs/a/")
    found.error("a.md", 1, 1, "broken")
    found.error("d.md", 3, None, "the link /x/ leads nowhere", about="x/")
    shown, others = found.only({"content/programs/a.md", "programs/a/", "a.md"})
    assert ([p.path for p in shown], others) == (["a.md", "b.md"], 2)
