"""The names of Pagefind's files that the search page fetches before its script asks for them
(search.html preloads them when the URL has words): Pagefind 1.5's script, its entry file and the
WebAssembly of a page's language."""
from __future__ import annotations

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
