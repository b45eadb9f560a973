"""The test suite's own rules (README.md, after the module table): the browser tests carry the
`browser` marker that the inner loop deselects, the README says how to run both, and no test
holds a time or memory bound (those are bench/'s)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_inner_loop_leaves_out_exactly_the_browser_tests():
    """-m "not browser" (the marker declared, --strict-markers) of a browser test file and this
    one: only this one is left."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "--strict-markers", "-m", "not browser", "tests/browser/test_sizes.py",
         "tests/test_suite.py"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert {line.split("::")[0] for line in done.stdout.splitlines() if "::" in line} == \
        {"tests/test_suite.py"}


def test_the_readme_says_how_to_run_one_file_without_the_browser_and_everything():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r'^    \S*python -m pytest -m "not browser" tests/test_\w+\.py', readme,
                     re.M)
    assert re.search(r"^    bash scripts/test$", readme, re.M)


def test_no_test_holds_a_time_or_memory_bound():
    """Waiting for a server with a deadline is fine (time.monotonic); measuring is not."""
    measured = re.compile(r"process_time|perf_counter|getrusage|ru_maxrss|tracemalloc|timeit")
    found = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "tests").rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if measured.search(line) and path.name != "test_suite.py"]
    assert not found, f"time or memory measured in tests (move the bound to bench/): {found}"
