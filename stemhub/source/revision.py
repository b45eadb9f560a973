"""A site folder as a git commit had it: its site.yaml and content/ copied out of the repository
into a folder of their own, so that they are read like any other site folder; and which of its
files changed since a commit."""
from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

SITE_PATHS = ("site.yaml", "content")  # all that the records are read from
TIMEOUT_SECONDS = 120


class RevisionError(Exception):
    """The ref names no commit of the repository the site folder is in."""


def export(source: Path, ref: str, into: Path) -> None:
    """Write site.yaml and content/ of the site folder source, as commit ref had them, into
    the folder into (the paths the commit lacks are left out). ref is only ever a commit of
    the repository, never a file or folder of that name."""
    sha = None if ref.startswith("-") else _git(source, "rev-parse", "--verify", "--quiet",
                                                 f"{ref}^{{commit}}")
    if not sha:
        raise RevisionError(f"'{ref}' is not a commit of the git repository that holds "
                            f"{source}")
    commit = sha.decode("ascii").strip()
    listed = _git(source, "ls-tree", "--name-only", commit, "--", *SITE_PATHS)
    if listed is None:
        raise RevisionError(f"git could not list the files of '{ref}'")
    paths = listed.decode("utf-8").split()
    if not paths:
        return
    archive = _git(source, "archive", "--format=tar", commit, "--", *paths)
    if archive is None:
        raise RevisionError(f"git could not copy {' and '.join(paths)} out of '{ref}'")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def changed_files(source: Path, ref: str) -> set[str]:
    """The paths, relative to the site folder source, of its files added, changed, renamed
    (both names) or removed since commit ref, uncommitted and untracked files included."""
    if ref.startswith("-") or _git(source, "rev-parse", "--verify", "--quiet",
                                   f"{ref}^{{commit}}") is None:
        raise RevisionError(f"'{ref}' is not a commit of a git repository that holds {source}")
    diff = _git(source, "diff", "--name-only", "--no-renames", "-z", "--relative",
                f"{ref}^{{commit}}", "--")
    untracked = _git(source, "ls-files", "-z", "--others", "--exclude-standard")
    if diff is None or untracked is None:
        raise RevisionError(f"git could not compare {source} with '{ref}'")
    return {p for p in (diff + untracked).decode("utf-8", "replace").split("\0") if p}


def _git(cwd: Path, *args: str) -> bytes | None:
    """git's output, run in cwd (paths and the archive are relative to it), None on failure."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True,
                              timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None
