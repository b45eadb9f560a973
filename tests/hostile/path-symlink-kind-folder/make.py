"""Builds what git cannot store."""
import pathlib
import os
def make(root: pathlib.Path) -> None:
    outside = root.parent / "outside-updates"
    outside.mkdir(exist_ok=True)
    (outside / "news.md").write_text("---\ntitle: News\ndate: 2026-11-01\nsummary: S.\n---\n")
    os.symlink(outside, root / "content" / "updates")
