"""A partner file of 150,000 '? ' keys: each is an error at its line, twenty are shown, the
rest counted (1 MiB; `size` for the benchmark)."""
import itertools
import pathlib
import string

SIZE = 1_048_000
KEYS = 150_000
HEAD = """name: Keys Inc
kind: industry
summary: Builds robots.
verified: 2026-10-01
"""


def make(root: pathlib.Path, size: int = SIZE) -> None:
    names = itertools.product(string.ascii_letters + string.digits, repeat=3)
    keys = "".join(f"? {''.join(n)}\n" for n in itertools.islice(names, KEYS * size // SIZE))
    text = HEAD + keys
    text += "#" + "." * (size - len(text) - 2) + "\n"
    (root / "content" / "partners" / "keys.yaml").write_text(text, "utf-8")
