"""Files published as they are: the theme's and the site's static/ (the site's win), and logos."""
from __future__ import annotations

import os
from pathlib import Path

from ..records.logos import published_path
from ..problems import Problems
from ..render.theme import THEME


def static_files(source: Path, logos: dict[str, str], problems: Problems) -> dict[str, Path]:
    """Site path ("static/style.css") -> file to copy. Symlinks are errors, never followed."""
    files = _tree(THEME / "static", "static/", None)
    files.update(_tree(source / "static", "static/", problems, source))
    _check_symlinks(source / "templates", source, problems)
    for slug, rel in logos.items():
        files[published_path(slug, rel)] = source / rel
    return files


def _tree(folder: Path, prefix: str, problems: Problems | None,
          source: Path | None = None) -> dict[str, Path]:
    found: dict[str, Path] = {}
    if not folder.is_dir():
        return found
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names) + [d for d in dirs if Path(root, d).is_symlink()]:
            path = Path(root, name)
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                if problems is not None:
                    problems.error(path.relative_to(source).as_posix(), 1, None,
                                   "symlinks are not allowed; replace the link with the real file")
            elif name not in (".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep"):
                found[prefix + rel] = path
    return found


def _check_symlinks(folder: Path, source: Path, problems: Problems) -> None:
    _tree(folder, "", problems, source)
