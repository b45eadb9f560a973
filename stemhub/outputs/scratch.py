"""Large output files written piece by piece into a scratch folder beside the pages' folder, so
that no output holds a whole big file (or everything it is made of) in memory at once; the sink
moves or copies each file into place, and the folder is removed after."""
from __future__ import annotations

import itertools
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from .made import Made


@contextmanager
def scratch(made: Made):
    """with scratch(made) as write: yield site_path, write(pieces) -- write() puts an iterable
    of text pieces into a new file and returns its path."""
    with tempfile.TemporaryDirectory(dir=made.folder.parent) as folder:
        names = itertools.count()

        def write(pieces: Iterable[str]) -> Path:
            path = Path(folder) / str(next(names))
            with path.open("w", encoding="utf-8", newline="") as out:
                out.writelines(pieces)
            return path
        yield write
