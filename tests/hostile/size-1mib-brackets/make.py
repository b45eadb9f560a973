"""A program body of 1 MiB of '[' on one line: shown as text, no link (1 MiB; `size` for the
benchmark)."""
import pathlib

from tests.conftest import PROGRAM_FRONT

SIZE = 1_048_000
FRONT = PROGRAM_FRONT


def make(root: pathlib.Path, size: int = SIZE) -> None:
    text = FRONT + "[" * (size - len(FRONT) - 1) + "\n"
    (root / "content" / "programs" / "robotics-club.md").write_text(text, "utf-8")
