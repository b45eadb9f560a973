"""Site folder -> classified files. Every file under content/ is accounted for; none is skipped
silently, and no symlink is ever followed or opened."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..problems import Problems

_IGNORED = {"README.md", ".gitkeep", ".DS_Store", "Thumbs.db", "desktop.ini"}
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".webp"}
OTHER_IMAGES = {".svg", ".gif", ".bmp", ".tif", ".tiff", ".ico", ".avif", ".heic"}
_LANG_PART = re.compile(r"^[a-z]{2}(-[a-z]{2})?$", re.I)


@dataclass(frozen=True)
class SourceFile:
    """One record or translation file: where it is and what its name says it is."""

    kind: str
    slug: str
    lang: str | None  # None for an original record
    ext: str  # ".md" or ".yaml"
    rel: str  # path relative to the site folder, with "/"
    path: Path


@dataclass
class Inventory:
    records: list[SourceFile]
    images: dict[str, Path]  # "content/partners/logos/x.png" -> path


def inventory(source: Path, kinds: dict[str, tuple[str, ...]], problems: Problems) -> Inventory:
    """Walk content/ and classify every entry; report what is not a record. kinds: each record
    kind's folder -> the file extensions its records may have."""
    inv = Inventory([], {})
    content = source / "content"
    if content.is_symlink():
        problems.error("content", 1, None, "content/ is a symlink; make it a real folder")
        return inv
    if not content.is_dir():
        return inv
    for entry in _entries(content):
        rel = entry.path.relative_to(source).as_posix()
        _classify(entry, rel, kinds, inv, problems)
    return inv


@dataclass(frozen=True)
class _Entry:
    path: Path
    parts: tuple[str, ...]  # relative to content/
    symlink: bool
    is_dir: bool


def ignored(name: str) -> bool:
    """Files left alone in any folder of a site: notes and the litter of file managers."""
    return name in _IGNORED


def _entries(content: Path):
    stack = [content]
    while stack:
        folder = stack.pop()
        with os.scandir(folder) as it:
            found = sorted(it, key=lambda e: e.name, reverse=True)
        for e in found:
            path = Path(e.path)
            parts = path.relative_to(content).parts
            symlink = e.is_symlink()
            is_dir = not symlink and e.is_dir(follow_symlinks=False)
            if is_dir:
                stack.append(path)
            yield _Entry(path, parts, symlink, is_dir)


def _classify(entry: _Entry, rel: str, kinds: dict[str, tuple[str, ...]], inv: Inventory,
              problems: Problems) -> None:
    name, parts = entry.parts[-1], entry.parts
    if entry.symlink:
        problems.error(rel, 1, None, "symlinks are not allowed under content/; "
                                     "replace the link with the real file")
    elif entry.is_dir:
        if len(parts) == 1 and parts[0] not in kinds:
            problems.error(rel, 1, None, f"unknown folder '{name}'; content/ holds only "
                                         + ", ".join(kinds))
    elif ignored(name):
        return
    elif len(parts) == 1:
        problems.error(rel, 1, None, "files directly in content/ are not read; move it into "
                                     "one of " + ", ".join(f"content/{k}/" for k in kinds))
    elif parts[0] not in kinds:
        return  # reported with its unknown folder
    elif parts[0] == "partners" and os.path.splitext(name)[1].lower() in IMAGE_EXTENSIONS:
        inv.images[rel] = entry.path
    elif parts[0] == "partners" and os.path.splitext(name)[1].lower() in OTHER_IMAGES:
        problems.error(rel, 1, None, _unread_message(name, os.path.splitext(name)[1], "partners",
                                                     ()))
    elif len(parts) > 2:
        where = "images (logos)" if parts[0] == "partners" else "no sub-folders"
        problems.error(rel, 1, None, f"files in sub-folders of content/{parts[0]}/ are not "
                                     f"read (it holds {where}); move it up a level")
    else:
        _record_file(entry.path, parts[0], kinds[parts[0]], name, rel, inv, problems)


def _record_file(path: Path, kind: str, allowed: tuple[str, ...], name: str, rel: str,
                 inv: Inventory, problems: Problems) -> None:
    stem, ext = os.path.splitext(name)
    if name.startswith(".") or name.endswith("~") or ext not in allowed:
        problems.error(rel, 1, None, _unread_message(name, ext, kind, allowed))
        return
    slug, _, lang = stem.partition(".")
    if lang and not _LANG_PART.match(lang):
        slug, lang = stem, ""  # dots that do not name a language: a bad slug, reported later
    if lang and ext != ".md":
        problems.error(rel, 1, None, f"a translation is a .md file; rename it to {slug}.{lang}.md")
        return
    inv.records.append(SourceFile(kind, slug, lang.lower() or None, ext, rel, path))


def _unread_message(name: str, ext: str, kind: str, allowed: tuple[str, ...]) -> str:
    if name.startswith("."):
        return "hidden files are not read; delete it or give it a name without a leading dot"
    if name.endswith("~") or ext.lower() in {".bak", ".swp", ".tmp", ".orig"}:
        return "this looks like an editor backup; delete it"
    stem = os.path.splitext(name)[0]
    if ext.lower() in {".md", ".markdown", ".mdown"}:
        return f"Markdown records must end in .md; rename it to {stem}.md"
    if ext.lower() in {".yml", ".yaml"} and kind == "partners":
        return f"YAML partner files must end in .yaml; rename it to {stem}.yaml"
    if ext.lower() == ".svg":
        return "SVG images are not allowed (opened directly they can run script); use PNG, " \
               "JPEG or WebP"
    if ext.lower() in OTHER_IMAGES and kind == "partners":
        return "this file is not read: a logo is a PNG, JPEG or WebP image (.png, .jpg, " \
               ".jpeg or .webp)"
    if ext.lower() in IMAGE_EXTENSIONS | OTHER_IMAGES:
        return "images belong under content/partners/ (logos) or static/"
    return f"this file is not read: content/{kind}/ holds only " \
           + " and ".join(f"{a} files" for a in allowed)
