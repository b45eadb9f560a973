"""Pagefind's word index over the written record pages (those marked data-pagefind-body), the
common-word files made from it (common.py), and search/ids.json: for each search row, the
shortest start of its Pagefind page id that no other page's id starts with, so text results
are matched to rows without fetching a fragment per result, in about half the bytes of the
whole ids."""
from __future__ import annotations

import importlib.metadata
import json
import os
import re
import subprocess
import tempfile
import zlib
from pathlib import Path

from ..options import search_index
from ..records.kinds import SEARCHED
from ..problems import Problems
from . import common
from .made import Made
from .search import search_rows



def glob(folders: list[str]) -> str:
    """Only the record pages of the searched kinds are read, in every language's folder:
    "{partners,programs,guides,es/partners,...}/*/index.html". Each page's <html lang> puts it
    in its language's index, stemmed as that language is."""
    return "{%s}/*/index.html" % ",".join(folder + kind.section.strip("/")
                                          for folder in folders for kind in SEARCHED)


# The theme's words on every record (headings, fact labels, actions, the partner cards, other
# programs' cards, sharing, the footer) would match every page and only slow the index and the
# search: Pagefind leaves them out.
EXCLUDE = ("#sh-facts, #sh-about, #sh-partners, .sh-partner-cards, .sh-facts dt, .sh-key dt, "
           ".sh-actions, .sh-similar, .sh-share, .sh-record-foot")
TIMEOUT_SECONDS = 900
_URL = re.compile(rb'"url":"((?:[^"\\]|\\.)*)"')


def files(made: Made, problems: Problems):
    """Pagefind's files and search/ids.json. Failures are problems of the build (a site whose
    search is broken is not published). When no searched page changed since the last build
    made its index, that index is kept as it is. None in the tests' mode without a search
    index (options.search_index)."""
    if not search_index():
        return
    folders = [e.prefix + "search/" for e in made.editions]
    last = made.last
    if last and all((last / f / "common.json").exists() for f in folders) and not _searched(made):
        yield from _index_files(last / "pagefind")
        for f in folders:
            yield from _kept(last, f)
        return
    with tempfile.TemporaryDirectory(dir=made.folder.parent) as scratch:
        pages, index = Path(scratch) / "pages", Path(scratch) / "index"
        prefixes = [e.prefix for e in made.editions]
        in_order(made.folder, pages, prefixes)
        failure = _pagefind(pages, index, glob(prefixes), made.reuse.keeps)
        if failure:
            problems.error("site.yaml", 1, None, f"the search index could not be built: {failure}")
            return
        found = _fragment_ids(index / "fragment")
        for e, f in zip(made.editions, folders):
            rows = search_rows(e.catalog)
            yield f + "ids.json", _ids(found, e.prefix, rows, problems)
            yield from common.files(f, index, [found.get("/" + e.prefix + item.url)
                                               for item in rows])
        yield from _index_files(index)


def in_order(folder: Path, pages: Path, prefixes: list[str]) -> None:
    """The searched record pages of folder linked into pages in the order of their paths.
    Pagefind indexes pages in the order it lists them, and a folder lists its files in the
    order they were made on some file systems (tmpfs): the workers write pages in any order,
    so without this the index would differ from build to build."""
    for prefix in prefixes:
        for kind in SEARCHED:
            section = prefix + kind.section
            for page in sorted((folder / section).glob("*/index.html")):
                rel = page.relative_to(folder)
                (pages / rel).parent.mkdir(parents=True)
                os.link(page, pages / rel)


def _kept(last: Path, folder: str):
    """The last build's ids.json and common-word files of a language's search folder."""
    for name in ["ids.json", "common.json"] + sorted(
            "common/" + p.name for p in (last / folder / "common").glob("*.json")):
        yield folder + name, last / folder / name


def _searched(made: Made) -> bool:
    """Whether a searched page changed, in any language."""
    sections = tuple(e.prefix + kind.section for e in made.editions for kind in SEARCHED)
    return any(url.startswith(sections) for url in made.changed)


def _index_files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.name == "pagefind-entry.json":  # its languages come in any order: sorted here
            entry = json.loads(path.read_text(encoding="utf-8"))
            yield "pagefind/" + path.name, json.dumps(entry, ensure_ascii=False, sort_keys=True,
                                                      separators=(",", ":"))
        elif path.is_file():
            yield "pagefind/" + path.relative_to(folder).as_posix(), path


def _ids(every: dict[str, str], folder: str, rows: list, problems: Problems) -> str:
    """The ids.json of one language (folder "" or "es/"): its rows' shortest id starts, unique
    among the ids of its language's index."""
    ids = {url: every.get("/" + folder + url) for url in (item.url for item in rows)}
    short = shortest_prefixes([i for i in ids.values() if i])
    found = [short.get(ids[item.url], "") for item in rows]
    for item in [item for item, start in zip(rows, found) if not start]:
        problems.error("site.yaml", 1, None, f"/{folder}{item.url} is not in the search index: "
                       "its template must mark the record with data-pagefind-body")
    return json.dumps(found, separators=(",", ":"))


def shortest_prefixes(ids: list[str]) -> dict[str, str]:
    """Pagefind id ("en_1a2b3c4") -> the shortest start of its hash ("1a2") that starts no
    other id's hash. Neighbours in sorted order are the ids that share the longest starts."""
    hashes = sorted(i.partition("_")[2] for i in ids)
    short = {}
    for i, h in enumerate(hashes):
        shared = max([len(os.path.commonprefix([h, hashes[j]]))
                      for j in (i - 1, i + 1) if 0 <= j < len(hashes)], default=0)
        short[h] = h[:shared + 1]
    return {i: short[i.partition("_")[2]] for i in ids}


def _pagefind(folder: Path, output: Path, pages: str, behind: bool = False) -> str | None:
    """None when Pagefind indexed the folder into output, else what went wrong. behind: at
    the lowest processor priority (in the dev server, so that a save's preview, a rebuild and
    the browser come first)."""
    try:
        from pagefind_bin import get_executable
        installed = importlib.metadata.version("pagefind_bin")
        if installed != common.PAGEFIND:
            return (f"Pagefind {installed} is installed, but stemhub reads the index of "
                    f"Pagefind {common.PAGEFIND} only: run pip install -e . to install that "
                    "version")
        done = subprocess.run(
            [str(get_executable()), "--site", str(folder), "--output-path", str(output),
             "--glob", pages, "--exclude-selectors", EXCLUDE, "--silent"],
            capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
            preexec_fn=(lambda: os.nice(19)) if behind else None)
    except (ImportError, OSError) as err:
        return f"Pagefind is not installed ({err}); run pip install -e ."
    except subprocess.TimeoutExpired:
        return f"Pagefind ran longer than {TIMEOUT_SECONDS} s"
    if done.returncode:
        return f"Pagefind failed: {(done.stderr or done.stdout).strip()[-500:]}"
    return None


def _fragment_ids(fragments: Path) -> dict[str, str]:
    """Page URL -> Pagefind id ("en_1a2b3c4"), read from the start of each fragment file."""
    ids = {}
    for path in fragments.glob("*.pf_fragment"):
        head = zlib.decompressobj(wbits=31).decompress(path.read_bytes(), 4096)
        m = _URL.search(head)
        if m:
            ids[json.loads(b'"' + m.group(1) + b'"')] = path.name.removesuffix(".pf_fragment")
    return ids
