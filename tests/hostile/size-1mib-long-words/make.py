"""A program body of 52 words of 20,000 letters each: shown whole, checked and built in
linear time (1 MiB; `size` for the benchmark)."""
import pathlib
import string

from tests.conftest import PROGRAM_FRONT

SIZE = 1_048_000
LETTERS = 20_000
FRONT = PROGRAM_FRONT


def make(root: pathlib.Path, size: int = SIZE) -> None:
    words = (size - len(FRONT)) // (LETTERS + 2)
    body = "".join(string.ascii_lowercase[n % 26] + "a" * (LETTERS - 1) + "\n\n"
                   for n in range(words))
    (root / "content" / "programs" / "robotics-club.md").write_text(FRONT + body, "utf-8")
