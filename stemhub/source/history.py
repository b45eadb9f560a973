"""When each file of a site folder that is a git checkout last changed, or was added: from one
pass over its history (newest first, so each file's first sighting is its last change), with
files changed since the last commit counting as changed (or added) now."""
from __future__ import annotations

import math
import subprocess
from pathlib import Path

TIMEOUT_SECONDS = 60


def last_changes(root: Path, folder: str = "content") -> dict[str, float] | None:
    """Site path ("content/programs/x.md") -> when it last changed (seconds since 1970;
    infinity: not committed yet), or None when root is not in a git checkout."""
    log = _git(root, "log", "--relative", "--name-only", "-z", "--format=%x01%ct", "--", folder)
    if log is None:
        return None
    changed = _first_sightings(log)
    for path in _listed(root, folder, "-m", "-o"):
        changed[path] = math.inf
    return changed


def additions(root: Path, folder: str = "content") -> dict[str, float] | None:
    """Site path -> when it was last added to the repository (a renamed file counts as added
    under its new name; infinity: not committed yet), or None when root is not in a git
    checkout."""
    log = _git(root, "log", "--relative", "--name-only", "-z", "--no-renames",
               "--diff-filter=A", "--format=%x01%ct", "--", folder)
    if log is None:
        return None
    added = _first_sightings(log)
    for path in _listed(root, folder, "-o"):
        added[path] = math.inf
    return added


def tracked(root: Path, folder: str) -> list[str]:
    """The files under root/folder that git tracks, as paths relative to root (none when root
    is not in a git checkout)."""
    return _listed(root, folder)


def _first_sightings(log: str) -> dict[str, float]:
    """Each path of a `git log --name-only -z --format=%x01%ct` -> its newest commit's time."""
    seen: dict[str, float] = {}
    when = 0.0
    for field in log.split("\0"):
        field = field.strip("\n")
        if field.startswith("\x01"):
            when = float(field[1:].split("\n")[0])
            field = field[1:].partition("\n")[2]
        if field:
            seen.setdefault(field, when)
    return seen


def _listed(root: Path, folder: str, *which: str) -> list[str]:
    """Files git lists as tracked (no which), modified (-m) or not yet added (-o), ignored
    files left out."""
    listed = _git(root, "ls-files", "-z", *which, "--exclude-standard", "--", folder) or ""
    return [path for path in listed.split("\0") if path]


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                              timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None
