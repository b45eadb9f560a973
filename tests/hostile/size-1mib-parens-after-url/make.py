"""Five paragraphs, each a bare URL followed by a run of over 200,000 ')': each run is trimmed off
the link in one pass (1 MiB; `size` for the benchmark)."""
import pathlib

SIZE = 1_048_000
RUNS = 5
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
"""


def make(root: pathlib.Path, size: int = SIZE) -> None:
    head = "See https://example.org/robotics"
    run = ")" * ((size - len(FRONT)) // RUNS - len(head) - 2)
    body = "".join(f"{head}{run}\n\n" for _ in range(RUNS))
    (root / "content" / "programs" / "robotics-club.md").write_text(FRONT + body, "utf-8")
