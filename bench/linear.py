"""Checking is linear in the size of a record: the processor time of `python build.py check`, as
a whole process, on each hostile shape of tests/hostile/size-1mib-*/ made at 256 KB, 512 KB and
1 MiB (each case's make.py takes the size), in the minimal test site, on tmpfs. Prints a Markdown
table of medians; linear time shows as a ratio 1 MiB / 256 KB near 4 (quadratic would be 16),
counted after the time `check` takes on the minimal site alone (the interpreter and imports).

    python bench/linear.py [--runs N] [--timeout SECONDS] [case ...]
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.conftest import TODAY, SiteFolder  # noqa: E402  (the minimal site of the tests)

CASES = ("size-1mib-repeated-headings", "size-1mib-parens-after-url", "size-1mib-yaml-tabs",
         "size-1mib-complex-keys", "size-1mib-char-refs", "size-1mib-control-chars",
         "size-1mib-deep-flow-many", "size-1mib-language-codes")
SIZES = (262_000, 524_000, 1_048_000)


def make_site(folder: Path, case: str | None, size: int) -> Path:
    """The minimal test site, with the case's record made at this size."""
    SiteFolder(folder)
    if case:
        spec = importlib.util.spec_from_file_location(case, ROOT / "tests/hostile" / case /
                                                      "make.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.make(folder, size)
    return folder


def check_seconds(folder: Path, runs: int, timeout: float) -> float | None:
    """Median processor seconds (user + system) of the whole `python build.py check` process on
    the folder: what it costs on one core, whatever else the machine is doing. None past the
    timeout (wall seconds)."""
    times = []
    for _ in range(runs):
        proc = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "check", "--source",
                                 str(folder), "--today", TODAY], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, cwd=ROOT)
        start = time.monotonic()
        while (done := os.wait4(proc.pid, os.WNOHANG))[0] == 0:
            if time.monotonic() - start > timeout:
                proc.kill()
                proc.wait()
                return None
            time.sleep(0.01)
        usage = done[2]
        times.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(times)


def shown(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s wall" if seconds is None else f"{seconds:.2f} s"


def main(argv: list[str]) -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--runs", type=int, default=3)
    args.add_argument("--timeout", type=float, default=60)
    args.add_argument("cases", nargs="*", default=CASES)
    opts = args.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-linear-",
                                    dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    try:
        base = check_seconds(make_site(scratch / "base", None, 0), opts.runs, opts.timeout)
        print(f"`check` on the minimal site alone: {base:.2f} s of processor time (taken off "
              "for the ratio)\n")
        print("| shape | 256 KB | 512 KB | 1 MiB | ratio 1 MiB / 256 KB |")
        print("|---|---|---|---|---|")
        for case in opts.cases:
            times = [check_seconds(make_site(scratch / f"{case}-{size}", case, size),
                                   opts.runs, opts.timeout) for size in SIZES]
            ratio = "" if None in times else \
                f"{(times[-1] - base) / max(times[0] - base, 1e-3):.1f}"
            cells = " | ".join(shown(t, opts.timeout) for t in times)
            print(f"| {case.removeprefix('size-1mib-')} | {cells} | {ratio} |", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
