"""A record file -> its front matter (as a positioned YAML tree) and Markdown body."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..problems import Problems
from .files import SourceFile
from .text import decode
from .yamltree import Tree, parse

MAX_RECORD_BYTES = 1_048_576
_FENCE = re.compile(r"^---[ \t]*$")


@dataclass
class Document:
    source: SourceFile
    tree: Tree
    body: str | None  # Markdown after the front matter (None for a .yaml file)
    body_line: int  # line number of the body's first line


def load(source: SourceFile, problems: Problems) -> Document | None:
    """Read one file by size, decode, split and parse it; None when nothing could be read. A
    Markdown file whose front matter is no mapping still gives its body (tree.data is then
    not a dict), so that the body is checked in the same run."""
    text = read_text(source.path, source.rel, MAX_RECORD_BYTES, problems)
    if text is None:
        return None
    if not text.strip():
        problems.error(source.rel, 1, None, "the file is empty; fill it in or delete it")
        return None
    if source.ext == ".yaml":
        return _finish(source, parse(text), None, 0, problems)
    split = _split_front_matter(text, source.rel, problems)
    if split is None:
        return None
    front, body, body_line = split
    return _finish(source, parse(front, 2), body, body_line, problems)


def read_text(path: Path, rel: str, limit: int, problems: Problems) -> str | None:
    """Checked text of a file, refused by size before it is read; flaws reported."""
    try:
        size = os.lstat(path).st_size
        if size > limit:
            problems.error(rel, 1, None, f"the file is {size:,} bytes; the limit is {limit:,}")
            return None
        with open(path, "rb", opener=_no_follow) as f:
            data = f.read(limit + 1)
    except OSError as err:
        problems.error(rel, 1, None, f"the file cannot be read ({err.strerror})")
        return None
    text, flaws = decode(data)
    problems.errors(rel, flaws)
    return None if flaws and not text else text


def _no_follow(path, flags):
    return os.open(path, flags | getattr(os, "O_NOFOLLOW", 0))


def _split_front_matter(text: str, rel: str, problems: Problems):
    lines = text.split("\n")
    if not _FENCE.match(lines[0]):
        blank = not lines[0].strip() and any(_FENCE.match(x) for x in lines[:5])
        message = ("front matter must start on the first line; delete the blank lines above "
                   "'---'" if blank else "the file must start with a '---' line, then the "
                   "front matter (title: ...), then another '---' line")
        problems.error(rel, 1, None, message)
        return None
    for i in range(1, len(lines)):
        if _FENCE.match(lines[i]):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    dots = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "..."), None)
    if dots is not None:
        problems.error(rel, dots + 1, 1, "front matter must end with a '---' line, not '...'")
    else:
        problems.error(rel, 1, None, "the front matter is not closed; add a '---' line after it")
    return None


def _finish(source: SourceFile, tree: Tree, body, body_line, problems: Problems):
    problems.errors(source.rel, tree.flaws)
    if tree.data is None and not tree.flaws:
        tree.data = {}
    if not isinstance(tree.data, dict):
        if not tree.flaws:
            what = "a list" if isinstance(tree.data, list) else "plain text"
            where, example = ("the file", "name") if body is None else ("the front matter",
                                                                        "title")
            problems.error(source.rel, 1 if body is None else 2, None,
                           f"{where} is {what}; it must be keys and values ({example}: ...)")
        if body is None:
            return None
    return Document(source, tree, body, body_line)
