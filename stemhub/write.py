"""Atomic output: the new site is written whole into <out>.tmp/new, then swapped for <out>.
<out>.tmp is removed whatever happens, so a failed or interrupted build leaves the old site."""
from __future__ import annotations

import os
import shutil
from pathlib import Path


class Staging:
    """with Staging(out) as s: s.put(url, html) ...; s.commit(files)"""

    def __init__(self, out: Path):
        self.out = out
        self.tmp = out.with_name(out.name + ".tmp")
        self.new = self.tmp / "new"

    def __enter__(self) -> Staging:
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.new.mkdir(parents=True)
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def put(self, url: str, html: str) -> None:
        _put(self.new, page_file(url)).write_text(html, encoding="utf-8")

    def commit(self, files: dict[str, Path]) -> None:
        """Copy the files, then swap the new site in for the old one."""
        for rel, source in files.items():
            shutil.copyfile(source, _put(self.new, rel), follow_symlinks=False)
        if self.out.exists():
            os.rename(self.out, self.tmp / "old")
        os.rename(self.new, self.out)


def page_file(url: str) -> str:
    """The file a page is served from: "" -> index.html, "programs/x/" -> programs/x/index.html."""
    return url + "index.html" if url == "" or url.endswith("/") else url


def _put(root: Path, rel: str) -> Path:
    if rel.startswith("/") or ".." in rel.split("/"):
        raise ValueError(f"refusing to write outside the output folder: {rel}")
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
