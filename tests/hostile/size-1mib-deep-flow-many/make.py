"""A partner file whose `sectors` holds, ten levels down, 260,000 flow lists one level too deep:
each is emptied before libyaml reads it, all in one pass (1 MiB; `size` for the benchmark)."""
import pathlib

SIZE = 1_048_000
LISTS = 260_000
HEAD = """name: Deep Inc
kind: industry
summary: Builds robots.
verified: 2026-10-01
sectors: """


def make(root: pathlib.Path, size: int = SIZE) -> None:
    deep = "[a]," * (LISTS * size // SIZE)
    text = HEAD + "[" * 10 + deep + "]" * 10 + "\n"
    text += "#" + "." * (size - len(text) - 2) + "\n"
    (root / "content" / "partners" / "deep.yaml").write_text(text, "utf-8")
