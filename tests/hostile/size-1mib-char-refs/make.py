"""A program body of 100,000 character references to ESC (`&#27;`): each is an error at its
line and column, twenty are shown, the rest counted (1 MiB; `size` for the benchmark)."""
import pathlib

from tests.conftest import PROGRAM_FRONT

SIZE = 1_048_000
REFS = 100_000
FRONT = PROGRAM_FRONT


def make(root: pathlib.Path, size: int = SIZE) -> None:
    count = REFS * size // SIZE
    line = "&#27;step " * 10 + "\n"
    text = FRONT + line * (count // 10)
    text += "x" * (size - len(text) - 1) + "\n"
    (root / "content" / "programs" / "robotics-club.md").write_text(text, "utf-8")
