"""Builds what git cannot store."""
import pathlib
import os
def make(root: pathlib.Path) -> None:
    os.symlink(root / "nowhere.md", root / "content" / "programs" / "gone.md")
    (root / "static").mkdir(exist_ok=True)
    os.symlink("/etc/passwd", root / "static" / "passwd.css")
