"""Build-time benchmark: stemhub against Hugo on the same generated programs, both followed by
Pagefind, on tmpfs. Prints a Markdown table of medians and the ratio to the baseline measured in
the same run.

    python bench/run.py [N ...]        (default: 1000 10000; needs hugo: apt-get install hugo)
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
PAGEFIND = [sys.executable, "-m", "pagefind", "--quiet"]


def timed(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of the largest process of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(argv)}")
    return seconds, usage.ru_maxrss // 1024


def median_of(make_argvs) -> tuple[float, list[int]]:
    """Median total wall time of a sequence of commands, and each command's median peak."""
    totals, peaks = [], []
    for _ in range(RUNS):
        results = [timed(argv) for argv in make_argvs()]
        totals.append(sum(r[0] for r in results))
        peaks.append([r[1] for r in results])
    return statistics.median(totals), [int(statistics.median(p)) for p in zip(*peaks)]


def bench(n: int, scratch: Path) -> list[str]:
    site, hugo_site = scratch / f"s{n}", scratch / f"s{n}-hugo"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(n), str(site), "--hugo"],
                   check=True)
    out, hugo_out = scratch / f"out{n}", hugo_site / "public"

    def ours():
        shutil.rmtree(out, ignore_errors=True)
        return [[sys.executable, str(ROOT / "build.py"), "build", "--source", str(site),
                 "--out", str(out), "--today", "2026-12-01"],
                PAGEFIND + ["--site", str(out), "--glob", "programs/*/index.html"]]

    def hugo():
        shutil.rmtree(hugo_out, ignore_errors=True)
        return [["hugo", "--source", str(hugo_site), "--quiet"],
                PAGEFIND + ["--site", str(hugo_out), "--glob", "programs/*/index.html"]]

    (t_ours, (m_build, m_pf)), (t_hugo, (m_hugo, _)) = median_of(ours), median_of(hugo)
    pages = sum(1 for _ in out.rglob("*.html"))
    return [f"| {n:,} | {pages:,} | {t_ours:.1f} s | {t_hugo:.1f} s | {t_ours / t_hugo:.2f} | "
            f"{m_build} MB | {m_pf} MB | {m_hugo} MB |"]


def main(sizes: list[int]) -> None:
    if not shutil.which("hugo"):
        raise SystemExit("hugo is needed for the baseline: apt-get install hugo")
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-bench-", dir="/dev/shm"))
    try:
        print("| programs | our pages | stemhub + Pagefind | Hugo + Pagefind | ratio | "
              "stemhub peak | Pagefind peak | Hugo peak |")
        print("|---|---|---|---|---|---|---|---|")
        for n in sizes:
            for row in bench(n, scratch):
                print(row, flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
