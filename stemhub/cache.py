"""`build`'s memory between runs, in the site folder's .stemhub-cache/ (git ignores it): what
reuse.Reuse kept from the last successful build (build.pickle), and what that build read and
wrote (build.last). A build of the same code, packages, options and output folder starts from
it. When nothing it reads changed (every file of site.yaml, content/, templates/ and static/ by
its stat, the git history, the day) and the output folder is as it left it, the build is done:
its problems are said again and nothing is written. Else it reads again only the files whose
stat changed, renders again only the pages whose fingerprint changed, and hard-links the others
from the output folder when nothing touched them since. Deleting the folder, or `build
--fresh`, makes the next build a full one; a cache that cannot be read or written is ignored."""
from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import pickle
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .problems import Problem
from .stamps import RACY_NS, fingerprint, mark, walk
from .source.history import last_changes

if TYPE_CHECKING:  # the build's modules are imported only when a build has work to do
    from .reuse import Reuse

FOLDER = Path(".stemhub-cache")
FORMAT = 2  # raise when what is saved changes shape
INPUTS = ("site.yaml", "content", "templates", "static")


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
    state: str | None = None  # the name of the Reuse it saved in build.pickle
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
    """A build as it starts: what its cache must have been made with, what it reads now, and
    the last build, when its cache may be used."""

    made_with: tuple
    now: Inputs
    last: Last | None

    @classmethod
    def of(cls, source: Path, out: Path, base_url: str | None, drafts: bool,
           fresh: bool) -> Begun:
        made_with = key(source, out, base_url, drafts)
        return cls(made_with, Inputs.of(source), None if fresh else last(source, made_with, out))


def key(source: Path, out: Path, base_url: str | None, drafts: bool) -> tuple:
    """What the cache must have been made with: the code (every file of the package), the
    installed packages, Python, the folders and the options that change pages."""
    return (FORMAT, _code(), sys.version, str(source), str(out), base_url, drafts)


def last(source: Path, made_with: tuple, out: Path) -> Last | None:
    """What the last build read and wrote, when it was made with made_with; its output
    folder's files may be kept only when out is still that folder."""
    try:
        with open(source / FOLDER / "build.last", "rb") as f:
            found = pickle.load(f)
    except Exception:  # noqa: BLE001 - a missing, old or damaged cache: build it all
        return None
    if not isinstance(found, Last) or found.made_with != made_with:
        return None
    if _identity(out) != found.folder:
        found.since = None
    return found


def done(out: Path, last: Last, today: date, now: Inputs) -> bool:
    """Whether the build is done already: nothing it reads changed and the output folder
    holds exactly the files the last build wrote, untouched since."""
    if last.since is None or last.today != today or not now.same(last.read):
        return False
    written = dict(walk(out, ("",)))
    return written.keys() == last.files and all(
        s.st_mtime_ns <= last.since for s in written.values())


def reuse(source: Path, last: Last | None) -> Reuse:
    """What the last build kept, or a new Reuse."""
    from .reuse import Reuse  # here: a build with nothing to do never imports it
    if last is None:
        return Reuse()
    try:
        with open(source / FOLDER / "build.pickle", "rb") as f:
            found = Reuse.of_pieces(_pieces(f))
    except Exception:  # noqa: BLE001 - as in last()
        return Reuse()
    return found if found.state == last.state else Reuse()


def _pieces(f):
    """Each of the values _write put in the file f."""
    while True:
        try:
            yield pickle.load(f)
        except EOFError:
            return


def save(source: Path, out: Path, reuse: Reuse, last: Last) -> None:
    """Keep reuse and last (the build that made out) for the next build. When the build made
    nothing new, only build.last is written again."""
    try:
        (source / FOLDER).mkdir(exist_ok=True)
        if reuse.state is None or not reuse.unchanged():
            reuse.state = os.urandom(8).hex()
            _write(source / FOLDER / "build.pickle", *reuse.pieces())
        last.state, last.folder = reuse.state, _identity(out)
        _write(source / FOLDER / "build.last", last)
    except OSError:  # a read-only site folder builds from nothing each time
        pass


def _write(path: Path, *values) -> None:
    """values pickled one after the other into path (replaced whole)."""
    scratch = path.with_name(path.name + ".~new")
    try:
        with open(scratch, "wb") as f:
            for value in values:  # each pickled apart, holding only its own objects
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(scratch, path)
    finally:
        with contextlib.suppress(OSError):
            scratch.unlink(missing_ok=True)


def _identity(folder: Path) -> tuple | None:
    """Which folder this is: a build swaps in a new one, so the inode changes with each."""
    try:
        s = os.stat(folder)
    except OSError:
        return None
    return s.st_dev, s.st_ino


def _code() -> str:
    digest = hashlib.blake2b(digest_size=16)
    root = Path(__file__).parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}"
                       for d in importlib.metadata.distributions()):
        digest.update(dist.encode() + b"\0")
    return digest.hexdigest()
