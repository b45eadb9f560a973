"""Pagefind's word index over the written record pages (those marked data-pagefind-body), and
search/ids.json: for each search row, the shortest start of its
Pagefind page id that no other page's id starts with, so text results are matched to rows
without fetching a fragment per result, in about half the bytes of the whole ids."""
from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import zlib
from pathlib import Path

from ..records.kinds import SEARCHED
from ..problems import Problems
from .made import Made
from .search import search_rows

# Only the record pages of the searched kinds are read: "{partners,programs,guides}/*/index.html"
GLOB = "{%s}/*/index.html" % ",".join(k.section.strip("/") for k in SEARCHED)
# The theme's words on every record (headings, fact labels, actions, the partner cards, other
# programs' cards, sharing, the footer) would match every page and only slow the index and the
# search: Pagefind leaves them out.
EXCLUDE = ("#sh-facts, #sh-about, #sh-partners, .sh-partner-cards, .sh-facts dt, .sh-key dt, "
           ".sh-actions, .sh-similar, .sh-share, .sh-record-foot")
TIMEOUT_SECONDS = 900
_URL = re.compile(rb'"url":"((?:[^"\\]|\\.)*)"')


def files(made: Made, problems: Problems):
    """Pagefind's files and search/ids.json. Failures are problems of the build (a site whose
    search is broken is not published). When no searched page changed since an index was made
    in the same folder (the dev server), that index is kept as it is."""
    sections = tuple(kind.section for kind in SEARCHED)
    ids = made.folder / "search" / "ids.json"
    if ids.exists() and not any(url.startswith(sections) for url in made.changed):
        yield from _index_files(made.folder / "pagefind")
        yield "search/ids.json", ids
        return
    with tempfile.TemporaryDirectory(dir=made.folder.parent) as scratch:
        failure = _pagefind(made.folder, Path(scratch))
        if failure:
            problems.error("site.yaml", 1, None, f"the search index could not be built: {failure}")
            return
        ids = _ids(Path(scratch) / "fragment", search_rows(made.catalog), problems)
        yield from _index_files(Path(scratch))
        yield "search/ids.json", ids


def _index_files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield "pagefind/" + path.relative_to(folder).as_posix(), path


def _ids(fragments: Path, rows: list, problems: Problems) -> str:
    ids = _fragment_ids(fragments)
    short = shortest_prefixes(list(ids.values()))
    found = [short.get(ids.get("/" + item.url), "") for item in rows]
    for item in [item for item, start in zip(rows, found) if not start]:
        problems.error("site.yaml", 1, None, f"/{item.url} is not in the search index: its "
                       "template must mark the record with data-pagefind-body")
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


def _pagefind(folder: Path, output: Path) -> str | None:
    """None when Pagefind indexed the folder into output, else what went wrong."""
    try:
        from pagefind_bin import get_executable
        done = subprocess.run(
            [str(get_executable()), "--site", str(folder), "--output-path", str(output),
             "--glob", GLOB, "--exclude-selectors", EXCLUDE, "--silent"],
            capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
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
