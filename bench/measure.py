"""Timing and memory of the benchmarked commands, shared by run.py and search.py.

A process's peak (ru_maxrss) as os.wait4 reports it covers its largest descendant, and Linux
starts a child's count at its parent's resident size when it forks (and keeps it across exec). So
the peak of `build.py build` is Pagefind's peak or more, and Pagefind run by the build starts
counting at the build's size. Hence:

- our own peak: the build runs in a wrapper process (`python bench/measure.py REPORT -- ARGS`, ARGS
  as for build.py), which reads getrusage in-process: the build process itself, and its forked
  workers just before the index stage (the output stemhub.outputs.pagefind.files, i.e. Pagefind)
  starts;
- Pagefind's peak: Pagefind run apart, from this small process, with the binary and arguments of
  stemhub/outputs/pagefind.py, over a built site.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-12-01"


def timed(argv: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB) of the largest process of one command."""
    seconds, peak, _ = _run(argv, sample=False)
    return seconds, peak


def sampled(argv: list[str]) -> tuple[float, int, int]:
    """timed(), and the peak of the whole process tree's memory (MB), sampled every
    SAMPLE_SECONDS: the sum of each process's proportional set size (PSS), so pages forked
    workers share with their parent count once."""
    return _run(argv, sample=True)


SAMPLE_SECONDS = 0.1


def _run(argv: list[str], sample: bool) -> tuple[float, int, int]:
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        tree = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG if sample else 0)
            if pid:
                break
            tree = max(tree, _tree_pss(proc.pid))
            time.sleep(SAMPLE_SECONDS)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(argv)}\n"
                             f"{err.read().decode(errors='replace')[-2000:]}")
    return seconds, usage.ru_maxrss // 1024, tree // 1024


def _tree_pss(root: int) -> int:
    """The summed PSS (kB) of root and its descendants now (each thread's children file)."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            for task in os.scandir(f"/proc/{pid}/task"):
                todo += [int(c) for c in Path(task.path, "children").read_text().split()]
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def revision() -> str:
    """The commit measured, and whether stemhub/ differs from it (others may be editing it)."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout
    head = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    return head + (" (stemhub/ with uncommitted changes)" if git("status", "--porcelain",
                                                                  "stemhub").strip() else "")


def pagefind_argv(site: Path, glob: str | None = None) -> list[str]:
    """Pagefind as stemhub/outputs/pagefind.py runs it (its glob unless another is given)."""
    from pagefind_bin import get_executable

    from stemhub.outputs.pagefind import EXCLUDE, glob as pages
    return [str(get_executable()), "--site", str(site), "--glob", glob or pages([""]),
            "--exclude-selectors", EXCLUDE, "--silent"]


def pagefind_alone(site: Path) -> tuple[float, int]:
    """Pagefind over a built site, afresh (its earlier output removed): seconds, peak MB."""
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    return timed(pagefind_argv(site))


def build(site: Path, out: Path, clean: bool = True, tree: bool = False) -> dict:
    """One build (Pagefind included) in the wrapper, afresh unless not clean (then over out's
    last build): wall seconds, the largest process's peak (MB), with tree the whole tree's
    sampled peak (tree_pss, MB), and the wrapper's report (see report_build)."""
    if clean:
        shutil.rmtree(out, ignore_errors=True)
    report = out.with_name(out.name + ".measure.json")
    argv = [sys.executable, str(Path(__file__).resolve()), str(report), "--", "build",
            "--source", str(site), "--out", str(out), "--today", TODAY] + (
        ["--fresh"] if clean else [])  # else from the cache of the last build (memo/last_build.py)
    seconds, tree_peak, tree_pss = _run(argv, sample=tree)
    found = json.loads(report.read_text())
    report.unlink()
    return {"seconds": seconds, "tree_peak": tree_peak, "tree_pss": tree_pss, **found}


def medians(runs: list[dict]) -> dict:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def report_build(report: Path, argv: list[str]) -> int:
    """Run build.py's main with argv in this process; write our peaks (MB) and the index stage's
    seconds to report as JSON."""
    sys.path.insert(0, str(ROOT))
    import stemhub.outputs
    from stemhub.cli import main
    from stemhub.outputs import pagefind

    seen: dict = {}

    def timed_index(*args, **kwargs):
        seen["workers_peak"] = _peak(resource.RUSAGE_CHILDREN)  # reaped workers, no Pagefind yet
        start = time.perf_counter()
        try:
            yield from pagefind.files(*args, **kwargs)
        finally:
            seen["index_seconds"] = time.perf_counter() - start

    stemhub.outputs.OUTPUTS = tuple(timed_index if output is pagefind.files else output
                                    for output in stemhub.outputs.OUTPUTS)
    code = main(argv)
    if "index_seconds" not in seen and "--fresh" not in argv:  # the index kept whole
        seen.update(workers_peak=_peak(resource.RUSAGE_CHILDREN), index_seconds=0.0)
    if "index_seconds" not in seen:
        raise SystemExit("the build never reached stemhub.outputs.pagefind.files (bench/measure.py "
                         "wraps it in stemhub.outputs.OUTPUTS: has the build changed?)")
    report.write_text(json.dumps({"self_peak": _peak(resource.RUSAGE_SELF), **seen}))
    return code


def _peak(who: int) -> int:
    return resource.getrusage(who).ru_maxrss // 1024


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[2] != "--":
        raise SystemExit("usage: python bench/measure.py REPORT.json -- build --source ...")
    sys.exit(report_build(Path(sys.argv[1]), sys.argv[3:]))
