"""A program body of 524,000 lines that end with a lone CR: each is an error at its line,
twenty are shown, the rest counted (1 MiB; `size` for the benchmark)."""
import pathlib

from tests.conftest import PROGRAM_FRONT

SIZE = 1_048_000
FRONT = PROGRAM_FRONT


def make(root: pathlib.Path, size: int = SIZE) -> None:
    text = FRONT + "a\r" * ((size - len(FRONT)) // 2)
    (root / "content" / "programs" / "robotics-club.md").write_bytes(text.encode("utf-8"))
