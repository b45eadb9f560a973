"""The names of Pagefind's files that the search page fetches before its script asks for them
(search.html preloads them when the URL has words): Pagefind 1.5's script, its entry file and the
WebAssembly of a page's language; and the search page's first step, the one inline script of the
site, that adds those links (docs/search.md, "On a slow connection")."""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

# The languages Pagefind 1.5 stems, each with a WebAssembly file of its own named for the page's
# language code ("wasm.pt-br.pagefind"); any other language gets "wasm.unknown.pagefind".
# tests/test_search_preload.py checks this against the files Pagefind writes.
STEMMED = frozenset("ar ca da de el en eo es et eu fi fr ga hi hu hy id it lt nb ne nl nn no "
                    "pl pt ro ru sr sv ta tr yi".split())


def wasm_file(lang: str) -> str:
    """The site path of the WebAssembly Pagefind loads on a page of <html lang=lang>:
    "pagefind/wasm.en.pagefind", "pagefind/wasm.unknown.pagefind" for Vietnamese."""
    code = lang.lower()
    return f"pagefind/wasm.{code if code.partition('-')[0] in STEMMED else 'unknown'}.pagefind"


def files(langs: list[str]) -> set[str]:
    """The site paths of Pagefind's files that search pages link (to fetch them early)."""
    return ({"pagefind/pagefind.js", "pagefind/pagefind-entry.json"}
            | {wasm_file(lang) for lang in langs})


@dataclass(frozen=True)
class Inline:
    """A script the page holds (`script`), and the CSP source that allows it and nothing else
    (`csp`: its digest)."""
    script: Markup
    csp: str


def _inline(file: Path) -> Inline:
    text = file.read_text("utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Inline(Markup(text), f"'sha256-{digest}'")


# With words in the URL (more than one letter, as search.js), add search.html's #sh-pagefind links
# at once: inline, before the style sheet, it runs as soon as the head arrives, where a script
# file waits for its own round trip and then for the style sheet.
EARLY = _inline(Path(__file__).parent.parent / "theme" / "inline" / "search-early.js")
