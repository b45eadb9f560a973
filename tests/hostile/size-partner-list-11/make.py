"""Eleven partners (files git could store, written here to keep the case short)."""
import pathlib


def make(root: pathlib.Path) -> None:
    partners = root / "content" / "partners"
    for i in range(1, 11):
        (partners / f"p{i}.yaml").write_text(
            f"name: Partner {i}\nkind: industry\nsummary: Partner number {i}.\n"
            "verified: 2026-10-01\n", encoding="utf-8")
    program = root / "content" / "programs" / "robotics-club.md"
    names = ", ".join(["acme"] + [f"p{i}" for i in range(1, 11)])
    text = program.read_text(encoding="utf-8")
    program.write_text(text.replace("partner: acme", f"partner: [{names}]"), encoding="utf-8")
