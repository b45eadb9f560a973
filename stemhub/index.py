"""The index stage: Pagefind's word index over the written record pages (those marked
data-pagefind-body), then search/ids.json, the Pagefind id of each search row, so text results
are matched to rows without fetching a fragment per result."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import zlib
from pathlib import Path

from .problems import Problems

GLOB = "{programs,partners,guides}/*/index.html"  # only record pages are read
TIMEOUT_SECONDS = 900
_URL = re.compile(rb'"url":"((?:[^"\\]|\\.)*)"')


def index_search(folder: Path, rows: list[str], problems: Problems) -> None:
    """Run Pagefind on the site in folder and write folder/search/ids.json; failures are
    problems of the build (a site whose search is broken is not published)."""
    shutil.rmtree(folder / "pagefind", ignore_errors=True)  # the dev server's last index
    failure = _pagefind(folder)
    if failure:
        problems.error("site.yaml", 1, None, f"the search index could not be built: {failure}")
        return
    ids = _fragment_ids(folder / "pagefind" / "fragment")
    found = [ids.get("/" + url, "") for url in rows]
    (folder / "search" / "ids.json").write_text(json.dumps(found, separators=(",", ":")))


def _pagefind(folder: Path) -> str | None:
    """None when Pagefind indexed the folder, else what went wrong."""
    try:
        from pagefind_bin import get_executable
        done = subprocess.run([str(get_executable()), "--site", str(folder), "--glob", GLOB,
                               "--silent"], capture_output=True, text=True,
                              timeout=TIMEOUT_SECONDS)
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
