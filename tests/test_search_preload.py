"""What the search page fetches early when its URL has words (docs/search.md, "On a slow
connection"): the links to Pagefind's script, entry file and WebAssembly that search.html holds
for search.js, under the base path and in each language, and the WebAssembly names against the
files Pagefind itself writes. The browser side is in tests/browser/test_search_slow.py."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from stemhub.site.pagefind import STEMMED, wasm_file
from tests.conftest import SITE_YAML, SiteFolder

TEMPLATE = re.compile(r'<template id="sh-pagefind">(.*?)</template>', re.S)


def links(html: str) -> list[dict[str, str]]:
    found = TEMPLATE.search(html)
    assert found, "no #sh-pagefind template on the search page"
    return [dict(re.findall(r'([a-z-]+)(?:="([^"]*)")?', tag))
            for tag in re.findall(r"<link ([^>]*)>", found.group(1))]


def test_the_search_page_holds_pagefinds_files_under_the_base_path_in_each_language(tmp_path):
    site = SiteFolder(tmp_path / "src")
    site.write("site.yaml", SITE_YAML.replace("https://example.org/", "https://example.org/stem/")
               .replace("languages: [en, es]", "languages: [en, es, vi]"))
    out = site.built()
    for folder, wasm in (("", "en"), ("es/", "es"), ("vi/", "unknown")):
        found = links((out / folder / "search/index.html").read_text("utf-8"))
        assert found == [
            {"rel": "modulepreload", "href": "/stem/pagefind/pagefind.js"},
            {"rel": "preload", "as": "fetch", "crossorigin": "anonymous",
             "href": "/stem/pagefind/pagefind-entry.json", "data-ts": ""},
            {"rel": "preload", "as": "fetch", "crossorigin": "anonymous",
             "href": f"/stem/pagefind/wasm.{wasm}.pagefind"}], folder


def test_other_pages_fetch_nothing_of_pagefind(tmp_path):
    out = SiteFolder(tmp_path / "src").built()
    for page in ("index.html", "programs/index.html", "browse/index.html"):
        assert "pagefind" not in (out / page).read_text("utf-8"), page


def test_the_webassembly_named_is_the_one_pagefind_writes_for_each_language(tmp_path):
    """Pagefind (the pinned version) over one page in each stemmed language, a regional
    variant and a few it does not stem: its entry file names the WebAssembly of each."""
    langs = sorted(STEMMED) + ["pt-BR", "sr-Latn", "en-US", "vi", "zh", "ja", "sw", "haw"]
    for lang in langs:
        page = tmp_path / "site" / lang / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f'<html lang="{lang}"><body><p>running words</p></body></html>')
    from pagefind_bin import get_executable
    subprocess.run([str(get_executable()), "--site", str(tmp_path / "site"), "--output-path",
                    str(tmp_path / "index"), "--silent"], check=True, timeout=120)
    entry = json.loads((tmp_path / "index/pagefind-entry.json").read_text("utf-8"))["languages"]
    for lang in langs:
        pagefind = entry[lang.lower()]["wasm"] or "unknown"
        assert wasm_file(lang) == f"pagefind/wasm.{pagefind}.pagefind", lang
        assert (tmp_path / "index" / Path(wasm_file(lang)).name).is_file(), lang
