"""Records saved in the wrong place: a .md, .yaml or .yml file at the site folder's root (other
than site.yaml) or in a root folder named like a kind (programs/, partners/, ...), whose keys
say it is a record, is an error naming the folder it belongs in. Other files there (a README,
tooling) stay unread; a file over the record size limit or a symlink is never opened."""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..problems import Problems
from .documents import MAX_RECORD_BYTES, read_text
from .files import ignored

EXTENSIONS = (".md", ".yaml", ".yml")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)", re.M)
_FENCE = re.compile(r"^---[ \t]*$", re.M)


def check_strays(source: Path, kinds: dict[str, frozenset[str]], problems: Problems) -> None:
    """kinds: each kind's folder -> the keys its records may hold."""
    for path in _candidates(source, kinds):
        kind = _kind_of(_top_keys(path), kinds)
        if kind:
            problems.error(path.relative_to(source).as_posix(), 1, None,
                           f"a {kind[:-1]} file belongs in content/{kind}/")


def _candidates(source: Path, kinds) -> list[Path]:
    found = []
    for folder in [source, *(source / kind for kind in kinds)]:
        if folder.is_symlink() or not folder.is_dir():
            continue
        with os.scandir(folder) as it:
            for e in it:
                if (e.name.endswith(EXTENSIONS) and e.is_file(follow_symlinks=False)
                        and not ignored(e.name) and (folder != source or e.name != "site.yaml")):
                    found.append(Path(e.path))
    return sorted(found)


def _top_keys(path: Path) -> set[str]:
    """The keys at the start of a line of a YAML file, or of a Markdown file's front matter."""
    text = read_text(path, path.name, MAX_RECORD_BYTES, Problems()) or ""  # unread if too big
    if path.suffix == ".md":
        fences = _FENCE.finditer(text)
        first, second = next(fences, None), next(fences, None)
        if not first or first.start() != 0 or not second:
            return set()
        text = text[first.end():second.start()]
    return set(_TOP_KEY.findall(text))


def _kind_of(keys: set[str], kinds: dict[str, frozenset[str]]) -> str | None:
    """The kind whose records hold title or name and another of these keys: the one most keys
    belong to; on a tie, the kind with the fewest keys (the most particular)."""
    fits = [(len(keys & fields), -len(fields), kind) for kind, fields in kinds.items()
            if keys & fields & {"title", "name"} and len(keys & fields) >= 2]
    return max(fits)[2] if fits else None
