"""A program naming 100,000 valid-looking language codes (aa-AA, aa-AB, ...): one error at the key saying the limit, checked in time linear in the file (1 MiB;
`size` for the benchmark)."""
import itertools
import pathlib
import string

SIZE = 1_048_000
CODES = 100_000
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
languages:
"""


def make(root: pathlib.Path, size: int = SIZE) -> None:
    codes = itertools.product(string.ascii_lowercase, string.ascii_lowercase,
                              string.ascii_uppercase, string.ascii_uppercase)
    items = "".join(f"- {a}{b}-{c}{d}\n"
                    for a, b, c, d in itertools.islice(codes, CODES * size // SIZE))
    text = FRONT + items
    text += "#" + "." * (size - len(text) - 10) + "\n---\nRobots.\n"
    (root / "content" / "programs" / "robotics-club.md").write_text(text, "utf-8")
