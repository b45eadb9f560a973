"""Builds what git cannot store."""
import pathlib
import unicodedata
def make(root: pathlib.Path) -> None:
    programs = root / "content" / "programs"
    text = (programs / "robotics-club.md").read_bytes()
    for form in ("NFC", "NFD"):
        (programs / (unicodedata.normalize(form, "caf\u00e9") + ".md")).write_bytes(text)
