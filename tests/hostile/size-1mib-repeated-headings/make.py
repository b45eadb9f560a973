"""A program body of 20,000 headings with the same text, after one that takes the id
schedule-1: the repeats get schedule, schedule-2, ... schedule-20000, each found without
counting again from 1 (1 MiB; `size` for the benchmark)."""
import pathlib

SIZE = 1_048_000
HEADINGS = 20_000
FRONT = """---
title: Robotics Club
partner: acme
summary: Build and program robots after school.
type: club
sectors: [engineering-manufacturing]
grades: 6-8
cost: free
location: online
verified: 2026-10-01
---
## Schedule 1

"""


def make(root: pathlib.Path, size: int = SIZE) -> None:
    count = HEADINGS * size // SIZE
    block = "## Schedule\n\nWe meet every week.\n\n"
    pad = "x" * max(0, (size - len(FRONT)) // count - len(block))
    body = f"## Schedule\n\nWe meet every week{pad}.\n\n" * count
    (root / "content" / "programs" / "robotics-club.md").write_text(FRONT + body, "utf-8")
