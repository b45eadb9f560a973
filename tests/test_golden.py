"""One small site, built and compared byte for byte with its expected output.
After an intended change of output: UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
Pagefind's own output (pagefind/, and the Pagefind ids in search/ids.json) changes with its
version: it is checked by tests/test_index.py, not here."""
from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from tests.conftest import SiteFolder

GOLDEN = Path(__file__).parent / "golden"


def files(folder: Path) -> dict[str, bytes]:
    found = {p.relative_to(folder).as_posix(): p for p in sorted(folder.rglob("*")) if p.is_file()}
    return {name: path.read_bytes() for name, path in found.items()
            if not name.startswith("pagefind/") and not name.endswith("search/ids.json")}


def test_golden_site(tmp_path: Path):
    runner = SiteFolder.__new__(SiteFolder)
    runner.root, runner.search_index = GOLDEN / "site", True  # search/common.json is compared
    out = tmp_path / "out"
    result = runner.build(out)
    assert result.code == 0, result.err
    assert result.err.splitlines()[-1] == \
        "0 errors, 1 warning in 1 file; 10 records checked"
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN / "expected", ignore_errors=True)
        shutil.copytree(out, GOLDEN / "expected",
                        ignore=lambda folder, names: {"pagefind", "ids.json"} & set(names))
    got, want = files(out), files(GOLDEN / "expected")
    assert sorted(got) == sorted(want)
    for name in sorted(want):
        if got[name] != want[name]:
            diff = difflib.unified_diff(want[name].decode().splitlines(),
                                        got[name].decode().splitlines(), name, name, lineterm="")
            raise AssertionError("\n".join(list(diff)[:60]))
