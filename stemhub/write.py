"""Atomic output: the new site is written whole into <out>.tmp/new, then swapped for <out>.
<out>.tmp is removed whatever happens, so a failed or interrupted build leaves the old site."""
from __future__ import annotations

import os
import shutil
from pathlib import Path


class Staging:
    """with Staging(out) as s: s.put(path, data) ...; s.commit()"""

    def __init__(self, out: Path):
        self.out = out
        self.tmp = out.with_name(out.name + ".tmp")
        self.folder = self.tmp / "new"

    def __enter__(self) -> Staging:
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.folder.mkdir(parents=True)
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def put(self, path: str, data: str | bytes | Path) -> bool:
        """Write a page or file of the site: text, bytes, or a file to copy (moved when it is
        scratch inside the staging folder's parent)."""
        target = inside(self.folder, page_file(path))
        if isinstance(data, Path):
            if data.is_relative_to(self.tmp):
                os.replace(data, target)
            else:
                shutil.copyfile(data, target, follow_symlinks=False)
        else:
            target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return True

    def commit(self) -> None:
        """Swap the new site in for the old one."""
        if self.out.exists():
            os.rename(self.out, self.tmp / "old")
        os.rename(self.folder, self.out)


def page_file(url: str) -> str:
    """The file a page is served from: "" -> index.html, "programs/x/" -> programs/x/index.html;
    any other site path is its own file."""
    return url + "index.html" if url == "" or url.endswith("/") else url


def inside(root: Path, rel: str) -> Path:
    """root/rel, its folder made; never a path outside root."""
    if rel.startswith("/") or ".." in rel.split("/"):
        raise ValueError(f"refusing to write outside the output folder: {rel}")
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
