"""A partner file of 100,000 unknown keys: each is an error at its key, twenty are shown, the
rest counted (1 MiB; `size` for the benchmark)."""
import pathlib

SIZE = 1_048_000
KEYS = 100_000
HEAD = """name: Keys Inc
kind: industry
summary: Builds robots.
verified: 2026-10-01
"""


def make(root: pathlib.Path, size: int = SIZE) -> None:
    keys = "".join(f"k{n:05d}: x\n" for n in range(KEYS * size // SIZE))
    text = HEAD + keys
    text += "#" + "." * (size - len(text) - 2) + "\n"
    (root / "content" / "partners" / "keys.yaml").write_text(text, "utf-8")
