"""Partner logos: a path that stays inside content/partners/, to a real PNG, JPEG or WebP."""
from __future__ import annotations

import os
import posixpath
import unicodedata
from pathlib import Path

from ..problems import Problems
from .validate import Entry

MAX_LOGO_BYTES = 200_000
_SIGNATURES = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}


def check_logos(partners: list[Entry], images: dict[str, Path], problems: Problems,
                unsure: bool = False) -> dict:
    """Check every partner's logo (of those with errors too, when it could be read); report
    images no partner uses, unless unsure (a partner file has errors: it may name any).
    Returns slug -> image path."""
    used: dict[str, str] = {}
    named: set[str | None] = set()
    for entry in partners:
        logo = entry.record.logo
        if logo is None:
            continue
        line, col = entry.doc.tree.where(("logo",))
        rel = _inside_partners(logo)
        named.add(rel)
        message = _logo_problem(logo, rel, images)
        if message:
            problems.error(entry.source.rel, line, col, f"logo: {message}")
        else:
            used[entry.slug] = rel
    for rel in sorted(set(images) - named) if not unsure else ():
        problems.error(rel, 1, None, "no partner uses this image as its logo; "
                                     "delete it or name it in a partner's logo:")
    _clashes(images, problems)
    return used


def _clashes(images: dict[str, Path], problems: Problems) -> None:
    """Two images whose names differ only in case or Unicode form are one file on Windows and
    macOS: the later in path order is an error naming the other."""
    first: dict[str, str] = {}
    for rel in sorted(images):
        key = unicodedata.normalize("NFC", rel.casefold())
        if key in first:
            problems.error(rel, 1, None, f"this file name differs from {first[key]} only in "
                                         "case or Unicode form, so the two collide on Windows "
                                         "and macOS checkouts; rename or delete one of them")
        else:
            first[key] = rel


def published_path(slug: str, rel: str) -> str:
    """Where a partner's logo is published: assets/logos/<slug>.<ext>."""
    return f"assets/logos/{slug}{posixpath.splitext(rel)[1].lower()}"


def _inside_partners(logo: str) -> str | None:
    if "\\" in logo or logo.startswith("/") or ":" in logo:
        return None
    rel = posixpath.normpath(posixpath.join("content/partners", logo))
    return rel if rel.startswith("content/partners/") else None


def _logo_problem(logo: str, rel: str | None, images: dict[str, Path]) -> str | None:
    ext = posixpath.splitext(logo)[1].lower()
    if ext == ".svg":
        return "SVG logos are refused (opened directly they can run script); use PNG, JPEG or WebP"
    if rel is None:
        return f"'{logo}' leads outside content/partners/; write a path like logos/acme.png"
    if ext not in (".png", ".jpg", ".jpeg", ".webp"):
        return f"'{logo}' is not a PNG, JPEG or WebP file"
    if rel not in images:
        return f"there is no file {rel}; add it or correct the path"
    size = os.lstat(images[rel]).st_size
    if size > MAX_LOGO_BYTES:
        return f"{rel} is {size:,} bytes; the limit is {MAX_LOGO_BYTES:,}"
    with open(images[rel], "rb", opener=lambda p, f: os.open(p, f | os.O_NOFOLLOW)) as f:
        head = f.read(12)
    if not _matches(ext, head):
        return f"{rel} is not really a {ext[1:].upper()} image (its bytes say otherwise); " \
               "export it again as PNG, JPEG or WebP"
    return None


def _matches(ext: str, head: bytes) -> bool:
    if ext == ".webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    return head.startswith(_SIGNATURES[ext])
