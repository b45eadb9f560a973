"""What the dev server watches: every file under the site's inputs. On Linux the kernel tells
(inotify: a save is seen at once, for no work in between); elsewhere every file's stat is
compared, a few times a second (a scan of a 4,000-program site takes about 30 ms)."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from pathlib import Path

INPUTS = ("site.yaml", "content", "templates", "static")
POLL_SECONDS = 0.25  # between scans, where there is no inotify
_EVENTS = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800  # modify, attrib,
# close-write, moved from/to, create, delete, delete-self, move-self
_IS_DIR, _CREATE, _MOVED_TO = 0x40000000, 0x100, 0x80
_HEAD = struct.Struct("iIII")


class Polling:
    """Every file's stat, compared at each check."""

    fd = None

    def __init__(self, source: Path):
        self.roots = [source / name for name in INPUTS]
        self.seen = self._scan()

    def changed(self) -> set[str]:
        """The files added, changed or removed since the last call."""
        now = self._scan()
        if now == self.seen:
            return set()
        found = {path for path in now.keys() | self.seen.keys()
                 if now.get(path) != self.seen.get(path)}
        self.seen = now
        return found

    def _scan(self) -> dict[str, tuple]:
        found: dict[str, tuple] = {}
        for root in self.roots:
            for folder, _, names in os.walk(root) if root.is_dir() else [(root.parent, [],
                                                                          [root.name])]:
                for name in names:
                    try:
                        s = os.stat(os.path.join(folder, name), follow_symlinks=False)
                    except OSError:
                        continue
                    found[os.path.join(folder, name)] = (s.st_mtime_ns, s.st_size, s.st_ino)
        return found


class Inotify:
    """The kernel's notices for the site's folders; fd is read when it has some."""

    def __init__(self, source: Path):
        self.libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        self.folders: dict[int, str] = {}
        self.top = self._add(str(source), top=True)  # site.yaml, and folders made later
        for name in INPUTS[1:]:
            if (source / name).is_dir():
                self._add(str(source / name))

    def _add(self, folder: str, top: bool = False) -> int:
        """Watch a folder (and, below the top, its sub-folders); its watch descriptor."""
        wd = self.libc.inotify_add_watch(self.fd, os.fsencode(folder), _EVENTS)
        if wd >= 0:
            self.folders[wd] = folder
        if not top:
            for e in os.scandir(folder):
                if e.is_dir(follow_symlinks=False):
                    self._add(e.path)
        return wd

    def changed(self) -> set[str]:
        """The watched files and folders changed since the last call (reads the notices)."""
        seen: set[str] = set()
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return seen
            seen |= self._read(data)

    def _read(self, data: bytes) -> set[str]:
        """The paths the notices name among the site's inputs; new folders are watched
        too."""
        relevant, at = set(), 0
        while at < len(data):
            wd, mask, _, size = _HEAD.unpack_from(data, at)
            name = data[at + _HEAD.size:at + _HEAD.size + size].rstrip(b"\0").decode(
                errors="replace")
            at += _HEAD.size + size
            folder = self.folders.get(wd)
            if folder is None:
                continue
            if wd == self.top and name not in INPUTS:
                continue
            relevant.add(os.path.join(folder, name))
            if mask & _IS_DIR and mask & (_CREATE | _MOVED_TO):
                self._add(os.path.join(folder, name))
        return relevant


def watcher(source: Path):
    """Inotify on Linux, else Polling."""
    if sys.platform.startswith("linux"):
        try:
            return Inotify(source)
        except (OSError, AttributeError):
            pass
    return Polling(source)
