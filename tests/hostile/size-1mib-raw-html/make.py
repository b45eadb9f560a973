"""A program body of 60,000 raw HTML tags, two on each of 30,000 lines of a paragraph, one holding a
bare URL: shown as text, no link made, each a warning at its line, ten shown, the rest counted
(1 MiB; `size` for the benchmark)."""
import pathlib

from tests.conftest import PROGRAM_FRONT

SIZE = 1_048_000
FRONT = PROGRAM_FRONT
LINE = '<a href="https://x.example/">x</a>\n'


def make(root: pathlib.Path, size: int = SIZE) -> None:
    text = FRONT + LINE * ((size - len(FRONT)) // len(LINE))
    text += "x" * (size - len(text) - 1) + "\n"
    (root / "content" / "programs" / "robotics-club.md").write_text(text, "utf-8")
