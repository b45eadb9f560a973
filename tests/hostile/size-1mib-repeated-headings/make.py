"""A program body of 20,000 headings with the same text, after one that takes the id
schedule-1: the repeats get schedule, schedule-2, ... schedule-20000, each found without
counting again from 1 (1 MiB; `size` for the benchmark)."""
import pathlib

from tests.conftest import PROGRAM_FRONT

SIZE = 1_048_000
HEADINGS = 20_000
FRONT = PROGRAM_FRONT + '## Schedule 1\n\n'


def make(root: pathlib.Path, size: int = SIZE) -> None:
    count = HEADINGS * size // SIZE
    block = "## Schedule\n\nWe meet every week.\n\n"
    pad = "x" * max(0, (size - len(FRONT)) // count - len(block))
    body = f"## Schedule\n\nWe meet every week{pad}.\n\n" * count
    (root / "content" / "programs" / "robotics-club.md").write_text(FRONT + body, "utf-8")
