"""What the dev server watches: every file under the site's inputs, told by watchfiles (the
kernel's notices: inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows; stat
polling where there are none or WATCHFILES_FORCE_POLLING is set). The site folder is watched
as a whole, so that a site.yaml saved by rename or a templates/ folder made later is seen;
changes elsewhere in it (.git/, notes) are left out."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from threading import Event

from watchfiles import Change, watch

INPUTS = ("site.yaml", "content", "templates", "static")
QUIET_MS = 20  # a save's burst of changes is over after this long with none: one batch
LONGEST_MS = 1_600  # a longer burst (a git checkout) is cut into batches this long


def changes(source: Path, stop: Event) -> Iterator[set[str]]:
    """Each burst of changes to the site's inputs, as the paths it changed, until stop is
    set (it waits for the next burst: run it on a thread of its own)."""
    root = source.resolve()
    for batch in watch(root, watch_filter=_among_inputs(root), step=QUIET_MS,
                       debounce=LONGEST_MS, stop_event=stop):
        yield {path for _, path in batch}


def _among_inputs(root: Path):
    """watchfiles' filter: true for a path under one of the site's INPUTS."""
    top = len(root.parts)

    def keep(change: Change, path: str) -> bool:
        parts = Path(path).parts
        return len(parts) > top and parts[top] in INPUTS

    return keep
