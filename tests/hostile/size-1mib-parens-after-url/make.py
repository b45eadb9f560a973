"""Five paragraphs, each a bare URL followed by a run of over 200,000 ')': each run is trimmed off
the link in one pass (1 MiB; `size` for the benchmark)."""
import pathlib

from tests.conftest import PROGRAM_FRONT

SIZE = 1_048_000
RUNS = 5
FRONT = PROGRAM_FRONT


def make(root: pathlib.Path, size: int = SIZE) -> None:
    head = "See https://example.org/robotics"
    run = ")" * ((size - len(FRONT)) // RUNS - len(head) - 2)
    body = "".join(f"{head}{run}\n\n" for _ in range(RUNS))
    (root / "content" / "programs" / "robotics-club.md").write_text(FRONT + body, "utf-8")
