"""YAML that cannot be read -> where the slip most likely is and how to fix it, in plain words:
a key indented unlike the keys beside it, curly quotes, a missing space after ':', a quote never
closed. Only runs on a syntax error, once a file, and looks at a few lines near it."""
from __future__ import annotations

import re

import yaml

CURLY = "“”‘’„"
CURLY_MESSAGE = "curly quotes “ ” are not quotes in YAML: use straight quotes \" or none"
_VALUE_START = re.compile(r"^[ \t]*(?:-[ \t]+)?(?:[^\s:#][^:#]*:[ \t]+)?")
_KEY = re.compile(r"^( *)(-[ \t]+)?([^\s:#'\"{\[][^:#]*?):(?:[ \t]|$)")
_GLUED = re.compile(r"^ *(?:-[ \t]+)?([A-Za-z_][\w-]*):(?=[^\s/])")


def explain(err: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """Line (from 1), column (from 1) and message for a YAML syntax error."""
    mark = err.problem_mark or err.context_mark
    problem = (err.problem or err.context or "").strip()
    lines = text.split("\n")
    at = min(mark.line, len(lines) - 1)
    for rule in (_fixed, _curly, _glued, _indent, _unclosed):
        found = rule(problem, err, lines, at, text[mark.index:mark.index + 1])
        if found:
            return found
    if "mapping values are not allowed" in problem:
        return at + 1, mark.column + 1, "a ':' here is not allowed; put the value in quotes"
    return at + 1, mark.column + 1, f"this is not valid YAML ({problem}); check the " \
                                    "indentation and quotes"


def _fixed(problem, err, lines, at, bad):
    col = err.problem_mark.column + 1 if err.problem_mark else 1
    if bad == "\t":
        return at + 1, col, "a tab is used for indentation; indent YAML with spaces"
    if "found duplicate anchor" in problem or "found undefined alias" in problem:
        return at + 1, col, "anchors and aliases (& and *) are not allowed; write the value out"
    return None


def _curly(problem, err, lines, at, bad):
    """A value that starts with a curly quote, on the line of the error."""
    start = _VALUE_START.match(lines[at]).end()
    if lines[at][start:start + 1] in tuple(CURLY):
        return at + 1, start + 1, CURLY_MESSAGE
    return None


def _glued(problem, err, lines, at, bad):
    """`type:club`: a key and its value with no space after the ':', read as one word."""
    for i in (at, _above(lines, at)):
        m = _GLUED.match(lines[i]) if i is not None else None
        if m:
            key = m.group(1)
            return i + 1, m.end(1) + 1, f"put a space after the ':' of '{key}' " \
                                        f"({key}: {lines[i][m.end(1) + 1:].strip()[:40]})"
    return None


def _indent(problem, err, lines, at, bad):
    """A key (or list item) indented more or less than the ones beside it."""
    if not ("mapping values are not allowed" in problem or "expected key" in problem
            or "expected <block end>" in problem):
        return None
    m = _KEY.match(lines[at]) or re.match(r"^( *)(-)[ \t]", lines[at])
    if not m:
        return None
    n = len(m.group(1))
    beside = _beside(lines, at, n, deeper="mapping values" in problem)
    if beside is None:
        return None
    name = f"'{m.group(3).strip()[:40]}'" if m.lastindex == 3 else "this '-' item"
    what = "items" if m.group(2) else "keys"
    return at + 1, n + 1, f"{name} is indented {_spaces(n)} but the {what} beside it " \
                          f"{beside}: line them up"


def _beside(lines, at, n, deeper):
    """The indentation of the keys beside line at (indented n): the line above when line at is
    deeper than it and it has a value; else the least indentation above that is more than n."""
    i = _above(lines, at)
    if i is None:
        return None
    above = len(lines[i]) - len(lines[i].lstrip(" "))
    if deeper:
        m = _KEY.match(lines[i])
        return above if above < n and m and lines[i][m.end():].strip() else None
    least = None
    while i is not None:
        indent = len(lines[i]) - len(lines[i].lstrip(" "))
        if indent <= n:
            break
        least = indent if least is None else min(least, indent)
        i = _above(lines, i)
    return least


def _unclosed(problem, err, lines, at, bad):
    """A quote never closed, a key with no ':', a backslash in double quotes."""
    context = (err.context or "")
    mark = err.context_mark
    if "quoted scalar" in context and "end of stream" in problem:
        quote = lines[mark.line][mark.column]
        return mark.line + 1, mark.column + 1, f"this {quote} is never closed; end the value " \
                                               f"with {quote} on the same line"
    if "expected ':'" in problem and mark is not None:
        word = lines[mark.line].strip()[:40]
        return mark.line + 1, mark.column + 1, f"'{word}' has no ':' after it; write " \
                                               "'key: value', or join it to the line above"
    if "unknown escape" in problem:
        return at + 1, err.problem_mark.column, "a backslash in double quotes starts an " \
                                                "escape; use single quotes ' ' instead"
    return None


def _above(lines, at):
    """The nearest line above at that holds something other than a comment."""
    i = at - 1
    while i >= 0 and (not lines[i].strip() or lines[i].lstrip().startswith("#")):
        i -= 1
    return i if i >= 0 else None


def _spaces(n: int) -> str:
    return "1 space" if n == 1 else f"{n} spaces"
