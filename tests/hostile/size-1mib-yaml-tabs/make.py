"""A partner file with 300,000 tabs, ten on each of 30,000 comment lines: every tab is an
error at its own line and column, twenty are shown, the rest counted (1 MiB; `size` for the
benchmark)."""
import pathlib

SIZE = 1_048_000
LINES = 30_000
HEAD = """name: Tabs Inc
kind: industry
summary: Builds robots.
verified: 2026-10-01
"""


def make(root: pathlib.Path, size: int = SIZE) -> None:
    count = LINES * size // SIZE
    note = "n" * ((size - len(HEAD)) // count - 13)
    lines = "".join(f"# {note}" + "\t" * 10 + "\n" for _ in range(count))
    (root / "content" / "partners" / "tabs.yaml").write_text(HEAD + lines, "utf-8")
