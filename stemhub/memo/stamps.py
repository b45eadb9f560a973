"""How a build tells what it reads from what the last build read: a file by its stat (and by
its bytes when the stat cannot be trusted), a value by a digest that is the same in every
process (in_memory.py, last_build.py)."""
from __future__ import annotations

import hashlib
import io
import os
import pickle
from pathlib import Path

RACY_NS = 2_000_000_000  # a file changed this soon before it was read may change again
# within the same clock tick, unseen by its stat: its bytes are compared instead


def fingerprint(value) -> bytes | None:
    """A digest of plain values (tuples, strings, numbers, dates) that is the same in every
    process, unlike hash(); None when value holds something else."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: equal values give equal bytes, however they are shared
    try:
        pickler.dump(value)
    except (pickle.PicklingError, ValueError):  # ValueError: a set met twice (fast mode)
        return None
    return hashlib.blake2b(buffer.getbuffer(), digest_size=16).digest()


def mark(s: os.stat_result) -> tuple:
    """What tells a file's versions apart: (mtime_ns, size, inode)."""
    return s.st_mtime_ns, s.st_size, s.st_ino


def stamp(path: Path) -> tuple | None:
    try:
        return mark(os.stat(path, follow_symlinks=False))
    except OSError:
        return None


def digest(path: Path) -> str:
    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
    except OSError:
        return ""


def stamps(folder: Path) -> tuple:
    """(path, stamp) of everything in folder, to tell whether anything in it changed."""
    return tuple((rel, mark(s)) for rel, s in walk(folder, ("",)))


def walk(root: Path, names: tuple[str, ...]):
    """(path relative to root, its stat) of every file under root/name for each name ("":
    root itself), in a fixed order; a symlink as the link itself, never followed."""
    for name in names:
        top = root / name if name else root
        if top.is_file() or top.is_symlink():
            yield name, top.lstat()
        else:
            yield from _files(str(top), name + "/" if name else "")


def _files(folder: str, rel: str):
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:  # gone, or not a folder
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _files(entry.path, rel + entry.name + "/")
        else:
            yield rel + entry.name, entry.stat(follow_symlinks=False)
