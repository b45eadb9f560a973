"""Builds what git cannot store portably: file names that differ only in case or Unicode
form (they collide on Windows and macOS checkouts)."""
import pathlib
import unicodedata

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
PARTNER = "name: {name}\nkind: industry\nsummary: A partner.\nverified: 2026-10-01\nlogo: {logo}\n"


def make(root: pathlib.Path) -> None:
    partners = root / "content" / "partners"
    (partners / "logos").mkdir(parents=True, exist_ok=True)
    cafe = "logos/caf\u00e9.png"
    logos = {"acme": "logos/acme.png", "big": "logos/ACME.png", "cafe": cafe}
    for slug, logo in logos.items():
        (partners / logo).write_bytes(PNG)
        (partners / f"{slug}.yaml").write_text(PARTNER.format(name=slug, logo=logo),
                                                encoding="utf-8")
    (partners / unicodedata.normalize("NFD", cafe)).write_bytes(PNG)  # used by no partner
