"""Where a build writes. Staging, a build's atomic output: the new site is written whole into
<out>.tmp/new, then swapped for <out>; <out>.tmp is removed whatever happens, so a failed or
interrupted build leaves the old site. Files, the dev server's folder, rewritten in place: only
files whose bytes changed."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path


class Staging:
    """with Staging(out) as s: s.put(path, data) ...; s.commit()"""

    last = None  # a build keeps no file of the last one: it writes every file

    def __init__(self, out: Path):
        self.out = out
        self.tmp = out.with_name(out.name + ".tmp")
        self.folder = self.tmp / "new"
        self.written: set[str] = set()  # every file put in this process (the workers that
        # render pages put them in theirs), relative to the folder
        self.folders: set[str] = set()  # the folders made in this process, relative to it

    def __enter__(self) -> Staging:
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.folder.mkdir(parents=True)
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def put(self, path: str, data: str | bytes | Path) -> bool:
        """Write a page or file of the site: text, bytes, or a file to copy (moved when it is
        scratch inside the staging folder's parent)."""
        rel = page_file(path)
        target = inside(self.folder, rel, self.folders)
        self.written.add(rel)
        if isinstance(data, Path):
            if data.is_relative_to(self.tmp):
                os.replace(data, target)
            else:
                shutil.copyfile(data, target, follow_symlinks=False)
        else:
            target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return True

    def keep(self, path: str) -> bool:
        """Never: nothing of the last build is kept."""
        return False

    def commit(self) -> int:
        """Swap the new site in for the old one: the time its files were all written."""
        done = time.time_ns()
        if self.out.exists():
            os.rename(self.out, self.tmp / "old")
        os.rename(self.folder, self.out)
        return done


def page_file(url: str) -> str:
    """The file a page is served from: "" -> index.html, "programs/x/" -> programs/x/index.html;
    any other site path is its own file."""
    return url + "index.html" if url == "" or url.endswith("/") else url


def inside(root: Path, rel: str, made: set[str] | None = None) -> Path:
    """root/rel, its folder made (unless it is in made: the folders made already, relative to
    root, to which it is added); never a path outside root."""
    if rel.startswith("/") or ".." in rel.split("/"):
        raise ValueError(f"refusing to write outside the output folder: {rel}")
    path = root / rel
    folder = rel.rpartition("/")[0]
    if made is None or folder not in made:
        path.parent.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(folder)
    return path


class Files:
    """What one step of the dev server writes into its folder (a sink of the build)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.last = folder  # where kept files are: it is rewritten in place
        self.files: set[str] = set()  # what it wrote last time, relative to the folder
        self.written: set[str] = set()  # what it writes this time
        self.marks: dict[str, int] = {}  # a file -> the hash of the bytes it last wrote
        self.changed = False

    def start(self) -> None:
        self.written, self.changed = set(), False

    def keep(self, path: str) -> bool:
        """The file of path kept as it is."""
        self.written.add(page_file(path))
        return True

    def put(self, path: str, data: str | bytes | Path) -> bool:
        """Write a file only when its bytes changed, so the browser reloads only for real
        changes; True when it did. The file is replaced whole (the index may be reading)."""
        rel = page_file(path)
        self.written.add(rel)
        if isinstance(data, Path):
            if data == self.folder / rel:
                return False
            data = data.read_bytes()
        elif isinstance(data, str):
            data = data.encode("utf-8")
        mark = hash(data)
        if self.marks.get(rel) == mark:
            return False
        self.marks[rel] = mark
        target = inside(self.folder, rel)
        if _same(target, data):
            return False
        scratch = target.with_name(target.name + ".~new")
        scratch.write_bytes(data)
        os.replace(scratch, target)
        self.changed = True
        return True

    def prune(self, prune: bool) -> set[str]:
        """Delete the files written last time and not this time (when prune: a broken
        record's page stays while it is broken); the site paths of the pages deleted."""
        gone = self.files - self.written if prune else set()
        for rel in gone:
            (self.folder / rel).unlink(missing_ok=True)
            self.marks.pop(rel, None)
        self.files = self.written | (self.files - gone)
        self.changed = self.changed or bool(gone)
        return {rel.removesuffix("index.html") for rel in gone}


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except FileNotFoundError:
        return False
