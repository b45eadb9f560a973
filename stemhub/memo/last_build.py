"""What `build` remembers between runs: what the last successful build read and wrote (Last),
as plain JSON in the user's cache folder ($XDG_CACHE_HOME/stemhub/builds/, else
~/.cache/stemhub/builds/), one file per source and output folder, never in the site folder: a
pull request can commit anything there. What is read back is checked field by field; anything
else (another shape, type, version, code or option) is ignored and the build is a full one.
When nothing the build reads changed (every file of site.yaml, content/, templates/ and static/
by its stat, the git history, the day) and the output folder is as it left it, the build is
done: its problems are said again and nothing is written. Else everything is built again (the
dev server keeps what it can in memory: in_memory.py). `build --fresh`, or deleting the file, makes
the next build a full one; a cache that cannot be read or written is ignored.

A .stemhub-cache/ in the site folder, where older versions kept their pickles, is never read:
check reports one that git tracks (committed()), as a pull request could have added it."""
from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..options import search_index
from ..problems import ERROR, WARNING, Problem, Problems, printable
from .stamps import RACY_NS, fingerprint, mark, walk
from ..source.history import last_changes, tracked

FORMAT = 3  # raise when what is saved changes shape
INPUTS = ("site.yaml", "content", "templates", "static")
OLD_FOLDER = ".stemhub-cache"  # where older versions kept their cache, in the site folder


@dataclass
class Last:
    """What the last successful build read and wrote."""

    made_with: tuple  # key()
    read: Inputs  # what it read
    today: date
    zone: str  # the site's time zone, in which "today" is taken
    since: int | None  # when its files were all written (time.time_ns()); None when the
    # output folder is not the one it wrote
    files: frozenset[str]  # every file it wrote there
    problems: list[Problem]
    records: int  # how many record and translation files it read
    folder: tuple | None = None  # the output folder's identity


@dataclass
class Inputs:
    """Every file a build reads, by its stat, and the git history it reads."""

    taken: int  # when (time.time_ns()), before the build read anything
    mark: bytes | None  # their fingerprint
    newest: int  # the latest time one of them changed

    @classmethod
    def of(cls, source: Path) -> Inputs:
        taken = time.time_ns()
        stamps = [(rel, mark(s)) for rel, s in walk(source, INPUTS)]
        return cls(taken, fingerprint((stamps, last_changes(source))),
                   max((m[0] for _, m in stamps), default=0))

    def same(self, before: Inputs) -> bool:
        """Whether nothing changed since before was taken: the same stats, none so close to
        it that a change within the same clock tick could hide."""
        return (self.mark is not None and self.mark == before.mark
                and self.newest < before.taken - RACY_NS)


@dataclass
class Begun:
    """A build as it starts: what its cache must have been made with, what it reads now, the
    file it remembers in, and the last build, when its cache may be used."""

    made_with: tuple
    now: Inputs
    kept: Path | None  # None: nowhere to keep it
    last: Last | None

    @classmethod
    def of(cls, source: Path, out: Path, base_url: str | None, drafts: bool,
           fresh: bool) -> Begun:
        made_with, now, kept = key(source, out, base_url, drafts), Inputs.of(source), \
            _file(source, out)
        last = None if fresh or kept is None else _last(kept, made_with, out)
        return cls(made_with, now, kept, last)


def key(source: Path, out: Path, base_url: str | None, drafts: bool) -> tuple:
    """What the cache must have been made with: the code (every file of the package), the
    installed packages, Python, the folders and the options that change pages."""
    return (FORMAT, _code(), sys.version, str(source), str(out), base_url, drafts, search_index())


def done(out: Path, last: Last, today: date, now: Inputs) -> bool:
    """Whether the build is done already: nothing it reads changed and the output folder
    holds exactly the files the last build wrote, untouched since."""
    if last.since is None or last.today != today or not now.same(last.read):
        return False
    written = dict(walk(out, ("",)))
    return written.keys() == last.files and all(
        s.st_mtime_ns <= last.since for s in written.values())


def save(begun: Begun, out: Path, last: Last) -> None:
    """Remember last, the build that made out, for the next build (replaced whole)."""
    if begun.kept is None:
        return
    last.folder = _identity(out)
    scratch = begun.kept.with_name(f"{begun.kept.name}.{os.getpid()}.~new")
    try:
        begun.kept.parent.mkdir(parents=True, exist_ok=True)
        scratch.write_text(json.dumps(_plain(last), separators=(",", ":")), encoding="utf-8")
        os.replace(scratch, begun.kept)
    except OSError:  # a cache that cannot be written: the next build is a full one
        with contextlib.suppress(OSError):
            scratch.unlink(missing_ok=True)


def committed(source: Path, problems: Problems) -> None:
    """An error at each file of the site folder's .stemhub-cache/ that git tracks (never
    read: a pull request could have committed it)."""
    for rel in tracked(source, OLD_FOLDER):
        problems.error(rel, 1, None, f"{rel} is committed to git, but {OLD_FOLDER}/ is a "
                       "build's scratch space that must not be in the repository (stemhub "
                       f"never reads it): remove it from git with `git rm -r --cached "
                       f"{OLD_FOLDER}` and commit")


def user_folder() -> Path | None:
    """stemhub's folder in the user's cache folder (XDG_CACHE_HOME when it is an absolute path,
    as the XDG spec says, else ~/.cache), never the site folder, whose files a pull request can
    write; None without a home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    try:
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    except RuntimeError:  # no home folder
        return None
    return root / "stemhub"


def _file(source: Path, out: Path) -> Path | None:
    """The file that remembers the builds of source into out; None without a home."""
    root = user_folder()
    if root is None:
        return None
    pair = hashlib.blake2b(os.fsencode(source.resolve()) + b"\0" + os.fsencode(out.resolve()),
                           digest_size=16).hexdigest()
    return root / "builds" / f"{pair}.json"


def _plain(last: Last) -> dict:
    """last as plain JSON values (_last reads them back)."""
    read = last.read
    return {"made_with": list(last.made_with),
            "read": [read.taken, _optional(read.mark, bytes.hex), read.newest],
            "today": last.today.isoformat(), "zone": last.zone, "since": last.since,
            "files": sorted(last.files), "problems": [list(p) for p in last.problems],
            "records": last.records, "folder": _optional(last.folder, list)}


def _last(path: Path, made_with: tuple, out: Path) -> Last | None:
    """What the last build of made_with read and wrote, or None when path holds anything
    else; its output folder's files may be kept only when out is still that folder."""
    try:
        data = json.loads(path.read_bytes())
        if _a(data, dict).keys() != _FIELDS or data["made_with"] != list(made_with):
            return None
        taken, marked, newest = _a(data["read"], list)
        found = Last(made_with, Inputs(_a(taken, int), _optional(marked, bytes.fromhex),
                                       _a(newest, int)),
                     date.fromisoformat(data["today"]), _a(data["zone"], str),
                     _optional(data["since"], lambda n: _a(n, int)),
                     frozenset(_a(f, str) for f in _a(data["files"], list)),
                     [_problem(*_a(p, list)) for p in _a(data["problems"], list)],
                     _a(data["records"], int),
                     _optional(data["folder"], _pair))
    except (OSError, ValueError, TypeError, RecursionError):  # missing, old or damaged
        return None
    if _identity(out) != found.folder:
        found.since = None
    return found


_FIELDS = {"made_with", "read", "today", "zone", "since", "files", "problems", "records",
           "folder"}


def _a(value, *kinds: type):
    """value, when its type is one of kinds (exactly: True is no int here)."""
    if type(value) not in kinds:
        raise TypeError(f"{type(value).__name__} where {kinds} was expected")
    return value


def _optional(value, read):
    return None if value is None else read(value)


def _pair(value) -> tuple[int, int]:
    first, second = _a(value, list)
    return _a(first, int), _a(second, int)


def _problem(path, line, col, severity, message) -> Problem:
    """A problem as _plain wrote it: printable text (problems.py), a known severity."""
    if (_a(line, int) < 0 or _a(col, int) < 0 or severity not in (ERROR, WARNING)
            or printable(_a(path, str)) != path or printable(_a(message, str)) != message):
        raise ValueError("not a problem")
    return Problem(path, line, col, severity, message)


def _identity(folder: Path) -> tuple | None:
    """Which folder this is: a build swaps in a new one, so the inode changes with each."""
    try:
        s = os.stat(folder)
    except OSError:
        return None
    return s.st_dev, s.st_ino


def _code() -> str:
    digest = hashlib.blake2b(digest_size=16)
    root = Path(__file__).parent.parent  # the whole stemhub package
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}"
                       for d in importlib.metadata.distributions()):
        digest.update(dist.encode() + b"\0")
    return digest.hexdigest()
