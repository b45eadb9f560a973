"""Build-time benchmark: stemhub against Hugo on the same generated programs, on tmpfs. Our build
runs Pagefind itself (stemhub/outputs/pagefind.py); Hugo is followed by Pagefind over its program pages.
Prints a Markdown table of medians and the ratio to the baseline measured in the same run.

    python bench/run.py [N ...]        (default: 1000 10000; needs hugo: apt-get install hugo)

Peaks (see measure.py): "stemhub peak" is our largest process, the build or one of its forked
workers, read in-process; "Pagefind peak" is Pagefind run apart over our built site with the
build's own arguments, since a child's peak as the kernel counts it starts at its parent's size.
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from measure import ROOT, build, medians, pagefind_alone, pagefind_argv, revision, timed

RUNS = 3


def bench(n: int, scratch: Path) -> str:
    site, hugo_site = scratch / f"s{n}", scratch / f"s{n}-hugo"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(n), str(site), "--hugo"],
                   check=True)
    out, hugo_out = scratch / f"out{n}", hugo_site / "public"

    ours = medians([build(site, out) for _ in range(RUNS)])
    pf_peak = statistics.median(pagefind_alone(out)[1] for _ in range(RUNS))
    hugo_runs = []
    for _ in range(RUNS):
        shutil.rmtree(hugo_out, ignore_errors=True)
        t_hugo, m_hugo = timed(["hugo", "--source", str(hugo_site), "--quiet"])
        t_pf, _ = timed(pagefind_argv(hugo_out, "programs/*/index.html"))
        hugo_runs.append({"seconds": t_hugo + t_pf, "peak": m_hugo})
    hugo = medians(hugo_runs)
    pages = sum(1 for _ in out.rglob("*.html"))
    print(f"{n}: build process {ours['self_peak']:.0f} MB, its workers {ours['workers_peak']:.0f} "
          f"MB, whole tree {ours['tree_peak']:.0f} MB; index stage {ours['index_seconds']:.1f} s",
          file=sys.stderr, flush=True)
    return (f"| {n:,} | {pages:,} | {ours['seconds']:.1f} s | {ours['index_seconds']:.1f} s | "
            f"{hugo['seconds']:.1f} s | {ours['seconds'] / hugo['seconds']:.2f} | "
            f"{max(ours['self_peak'], ours['workers_peak']):.0f} MB | {pf_peak:.0f} MB | "
            f"{hugo['peak']:.0f} MB |")


def main(sizes: list[int]) -> None:
    if not shutil.which("hugo"):
        raise SystemExit("hugo is needed for the baseline: apt-get install hugo")
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-bench-", dir="/dev/shm"))
    measured = revision()
    try:
        print("| programs | our pages | stemhub build (Pagefind included) | of it, index stage | "
              "Hugo + Pagefind | ratio | stemhub peak | Pagefind peak | Hugo peak |")
        print("|---|---|---|---|---|---|---|---|---|")
        for n in sizes:
            print(bench(n, scratch), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    ended = revision()
    print(f"\nstemhub at {measured}" + (f", then {ended} by the end" if ended != measured else ""))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
