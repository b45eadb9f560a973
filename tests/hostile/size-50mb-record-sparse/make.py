"""Builds what git cannot store."""
import pathlib
def make(root: pathlib.Path) -> None:
    path = root / "content" / "programs" / "huge.md"
    with open(path, "wb") as f:
        f.write(b"---\ntitle: Huge\n")
        f.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written, none to read
