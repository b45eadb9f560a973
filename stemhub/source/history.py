"""When each file of a site folder that is a git checkout last changed: from one pass over its
history (newest first, so each file's first sighting is its last change), with files changed
since the last commit counting as changed now."""
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
    changed: dict[str, float] = {}
    when = 0.0
    for field in log.split("\0"):
        field = field.strip("\n")
        if field.startswith("\x01"):
            when = float(field[1:].split("\n")[0])
            field = field[1:].partition("\n")[2]
        if field:
            changed.setdefault(field, when)
    for path in (_git(root, "ls-files", "-z", "-m", "-o", "--exclude-standard", "--", folder)
                 or "").split("\0"):
        if path:
            changed[path] = math.inf
    return changed


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                              timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None
