"""`build`'s memory between runs, in the site folder's .stemhub-cache/ (git ignores it): what
reuse.Reuse kept from the last successful build (build.pickle) and when that build's files were
all written (build.since). A build of the same code, dependencies, options and output folder
starts from it: it reads again only the files whose stat changed, renders again only the pages
whose fingerprint changed, and hard-links the others from the output folder when nothing touched
them since. Anything else starts from nothing. Deleting the folder, or `build --fresh`, makes
the next build a full one; a cache that cannot be read or written is ignored."""
from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import pickle
import sys
from pathlib import Path

from .reuse import Reuse

FOLDER = Path(".stemhub-cache")
FORMAT = 1  # raise when what is saved changes shape


def key(source: Path, out: Path, base_url: str | None, drafts: bool) -> tuple:
    """What the cache must have been made with: the code (every file of the package), the
    installed packages, Python, the folders and the options that change pages."""
    return (FORMAT, _code(), sys.version, str(source), str(out), base_url, drafts)


def load(source: Path, made_with: tuple, out: Path) -> tuple[Reuse, int | None]:
    """(what the last build kept, when it ended: None when out is not the folder it wrote),
    or (a new Reuse, None)."""
    try:
        with open(source / FOLDER / "build.since", "rb") as f:
            state, since, folder = pickle.load(f)
        with open(source / FOLDER / "build.pickle", "rb") as f:
            if pickle.load(f) != (made_with, state):
                return Reuse(), None
            reuse = pickle.load(f)
    except Exception:  # noqa: BLE001 - a missing, old or damaged cache: build it all
        return Reuse(), None
    reuse.state = state
    return reuse, since if _identity(out) == folder else None


def save(source: Path, made_with: tuple, reuse: Reuse, since: int, out: Path) -> None:
    """Keep reuse for the next build, which may keep the files of out written before since.
    When the build made nothing new, only build.since is written again."""
    try:
        (source / FOLDER).mkdir(exist_ok=True)
        if reuse.state is None or not reuse.unchanged():
            reuse.state = os.urandom(8).hex()
            _write(source / FOLDER / "build.pickle", (made_with, reuse.state), reuse)
        _write(source / FOLDER / "build.since", (reuse.state, since, _identity(out)))
    except OSError:  # a read-only site folder builds from nothing each time
        pass


def _write(path: Path, *values) -> None:
    scratch = path.with_name(path.name + ".~new")
    try:
        with open(scratch, "wb") as f:
            for value in values:
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
