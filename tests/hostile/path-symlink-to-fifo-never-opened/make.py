"""Builds what git cannot store."""
import pathlib
import os
def make(root: pathlib.Path) -> None:
    # Opening a FIFO blocks until a writer comes: a build that follows the link hangs.
    os.mkfifo(root / "trap.fifo")
    logos = root / "content" / "partners" / "logos"
    logos.mkdir(parents=True, exist_ok=True)
    os.symlink(root / "trap.fifo", logos / "trap.png")
    os.symlink(root / "trap.fifo", root / "content" / "programs" / "trap.md")
