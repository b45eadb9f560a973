"""N_("Free"): marks interface text written in Python for the translation catalogs
(scripts/catalogs extracts it into stemhub/locale/); the text stays English here and is
translated where a template shows it, with _()."""
from __future__ import annotations


def N_(text: str) -> str:
    return text
