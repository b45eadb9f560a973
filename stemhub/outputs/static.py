"""Files published as they are: the theme's and the site's static/ (the site's win), and logos.
collect() runs before rendering, so Markdown can only point at files that exist; files() is the
output that publishes them."""
from __future__ import annotations

import os
from pathlib import Path

from ..problems import Problems
from ..records.logos import published_path
from ..render.theme import THEME
from ..source.files import ignored


def collect(source: Path, logos: dict[str, str], left_out: set[str],
            problems: Problems) -> dict[str, Path]:
    """Site path ("static/style.css") -> file to copy. Symlinks are errors, never followed.
    left_out: the theme's files of the features turned off (the site's own are published)."""
    files = {path: file for path, file in _tree(THEME / "static", "static/", None).items()
             if path not in left_out}
    files.update(_tree(source / "static", "static/", problems, source))
    _tree(source / "templates", "", problems, source)  # only its symlinks matter here
    for slug, rel in logos.items():
        files[published_path(slug, rel)] = source / rel
    return files


def files(site, problems: Problems):
    yield from site.static.items()


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
            elif not ignored(name):
                found[prefix + rel] = path
    return found
