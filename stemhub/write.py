"""Atomic output: the new site is written whole beside the old one, then swapped in."""
from __future__ import annotations

import os
import shutil
from pathlib import Path


def write(pages: dict[str, str], files: dict[str, Path], out: Path) -> None:
    """Write every page and file into <out>.tmp/new, then swap it for out.
    <out>.tmp is removed whatever happens, so a failed build leaves the old site as it was."""
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    new = tmp / "new"
    try:
        for url, html in pages.items():
            _put(new, page_file(url)).write_text(html, encoding="utf-8")
        for rel, source in files.items():
            shutil.copyfile(source, _put(new, rel), follow_symlinks=False)
        if out.exists():
            os.rename(out, tmp / "old")
        os.rename(new, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def page_file(url: str) -> str:
    """The file a page is served from: "" -> index.html, "programs/x/" -> programs/x/index.html."""
    return url + "index.html" if url == "" or url.endswith("/") else url


def _put(root: Path, rel: str) -> Path:
    if rel.startswith("/") or ".." in rel.split("/"):
        raise ValueError(f"refusing to write outside the output folder: {rel}")
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
