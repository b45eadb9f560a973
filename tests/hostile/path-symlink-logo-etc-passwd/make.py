"""Builds what git cannot store."""
import pathlib
import os
def make(root: pathlib.Path) -> None:
    logos = root / "content" / "partners" / "logos"
    logos.mkdir(parents=True, exist_ok=True)
    os.symlink("/etc/passwd", logos / "logo.png")
