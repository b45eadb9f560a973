"""Linear checking and the bounds of hostile content, each measured against its bound; exits 1
when one is missed.

    python bench/linear.py [--runs N] [--timeout SECONDS] [--only NAME ...] [--skip NAME ...]

- Shapes: the processor time (user + system) of the whole `python build.py check` process on
  each 1 MiB shape of the content model ("Files and YAML"), the record made by its hostile
  case's make.py (tests/hostile/size-1mib-*/, which takes the size) at 256 KB, 512 KB and
  1 MiB in the minimal test site, on tmpfs; medians of N runs. Bound: the content model's 2 s
  on one core for the 1 MiB record, counted after the time of `check` on the minimal site
  alone (the interpreter, imports and templates, the same for any site). Linear time shows as
  a ratio 1 MiB / 256 KB near 4 (quadratic would be 16), counted after it too.
- Cases: hostile cases that once held a time or memory bound in tests/test_hostile.py, checked
  then built in one fresh interpreter: its processor seconds and peak memory against theirs;
  and the whole corpus built one case after another in one interpreter.
- Units: pathological Markdown bodies (tests/test_markdown.py), a YAML alias bomb
  (tests/test_reading.py) and similar programs for 10,000 programs (tests/test_similar.py),
  timed in this process.
- Common words: a generated site of 1,000 programs built with and without a 20,000-letter word
  in ten of its programs: the word may add at most COMMON_BOUND seconds.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
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
from tests.conftest import TODAY, SiteFolder  # noqa: E402  (the minimal site)
from tests.test_hostile import prepare  # noqa: E402  (a hostile case laid over it)

BOUND = 2.0  # processor seconds to check a 1 MiB record of any shape
SHAPES = ("size-1mib-repeated-headings", "size-1mib-parens-after-url", "size-1mib-yaml-tabs",
          "size-1mib-complex-keys", "size-1mib-char-refs", "size-1mib-brackets",
          "size-1mib-lone-crs", "size-1mib-unknown-keys", "size-1mib-raw-html",
          "size-1mib-long-words", "size-1mib-language-codes", "size-1mib-control-chars",
          "size-1mib-deep-flow-many")
SIZES = (262_000, 524_000, 1_048_000)
CASES = {  # hostile case -> (processor seconds, peak MB) of check and build together
    "path-symlink-folder-logos": (10, None), "path-symlink-kind-folder": (10, None),
    "path-symlink-logo-etc-passwd": (10, None), "path-symlink-to-fifo-never-opened": (10, None),
    "path-symlink-record-dangling-and-static": (10, None), "size-20000-brackets": (10, None),
    "size-5000-nested-quotes": (10, None), "size-50mb-logo-sparse": (10, 300),
    "size-50mb-record-sparse": (10, 300), "size-emphasis-and-links-pathological": (10, None),
    "size-many-lines-table": (10, None), "yaml-billion-laughs": (10, 400),
    "yaml-nesting-50000-flow-mappings": (10, None), "yaml-nesting-50000-flow": (10, None)}
CORPUS = (60, 1024)  # every case built one after another in one interpreter
MARKDOWN = ("[" * 20000, ">" * 5000 + "x", "*" * 20000, "_" * 20000 + "x", "[a](" * 5000,
            "<" * 20000, "https://a.example/" + "(" * 20000, "https://a.example/" + ")" * 200000)
MARKDOWN_BOUND = 10.0
ALIAS_BOUND = 2.0
SIMILAR_BOUND = 2.0  # a scan of every program per program takes minutes
COMMON_PROGRAMS, COMMON_LETTERS, COMMON_BOUND = 1000, 20_000, 5.0

_CHILD = r"""
import contextlib, io, json, sys
sys.path.insert(0, sys.argv[1])
from stemhub.cli import main
for argv in json.loads(sys.argv[2]):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            main(argv)
        except SystemExit:
            pass
"""


def make_site(folder: Path, shape: str | None, size: int = 0) -> Path:
    """The minimal test site, with the shape's record made at size."""
    SiteFolder(folder)
    if shape:
        spec = importlib.util.spec_from_file_location(shape, ROOT / "tests/hostile" / shape /
                                                      "make.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.make(folder, size)
    return folder


def run(argvs: list[list[str]], timeout: float) -> tuple[float, float] | None:
    """Processor seconds (user + system) and peak memory (MB) of one fresh interpreter running
    the CLI invocations in turn; None past the timeout (wall seconds)."""
    proc = subprocess.Popen([sys.executable, "-c", _CHILD, str(ROOT), json.dumps(argvs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    start = time.monotonic()
    while (done := os.wait4(proc.pid, os.WNOHANG))[0] == 0:
        if time.monotonic() - start > timeout:
            proc.kill()
            proc.wait()
            return None
        time.sleep(0.01)
    usage = done[2]
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def check(folder: Path) -> list[str]:
    return ["check", "--source", str(folder), "--today", TODAY]


def build(folder: Path, out: Path) -> list[str]:
    return ["build", "--source", str(folder), "--out", str(out), "--today", TODAY]


def median_seconds(argvs: list[list[str]], runs: int, timeout: float) -> float | None:
    times = [run(argvs, timeout) for _ in range(runs)]
    return None if None in times else statistics.median(t[0] for t in times)


def verdict(value: float | None, bound: float | None) -> tuple[str, bool]:
    ok = value is not None and (bound is None or value < bound)
    return ("met" if ok else "**missed**"), ok


def shapes(scratch: Path, names: list[str], runs: int, timeout: float) -> bool:
    base = median_seconds([check(make_site(scratch / "base", None))], runs, timeout)
    print(f"`check` on the minimal site alone: {base:.2f} s of processor time (taken off for "
          "the ratio)\n")
    print("| shape | 256 KB | 512 KB | 1 MiB | ratio 1 MiB / 256 KB | 1 MiB less the site alone "
          "| bound | |")
    print("|---|---|---|---|---|---|---|---|")
    met = True
    for name in names:
        times = [median_seconds([check(make_site(scratch / f"{name}-{size}", name, size))],
                                runs, timeout) for size in SIZES]
        ratio = "" if None in times else f"{(times[-1] - base) / max(times[0] - base, 1e-3):.1f}"
        cells = " | ".join(f"> {timeout:.0f} s wall" if t is None else f"{t:.2f} s"
                           for t in times)
        added = None if times[-1] is None else times[-1] - base
        word, ok = verdict(added, BOUND)
        met &= ok
        print(f"| {name.removeprefix('size-1mib-')} | {cells} | {ratio} | "
              f"{'' if added is None else f'{added:.2f} s'} | {BOUND:.0f} s | {word} |",
              flush=True)
    return met


def cases(scratch: Path, names: list[str], timeout: float) -> bool:
    print("\n| case (check, then build) | processor | bound | peak memory | bound | |")
    print("|---|---|---|---|---|---|")
    met, corpus = True, []
    for name in names:
        folder = prepare(name, scratch / name / "src").root
        corpus.append(build(folder, scratch / name / "out"))
        if name in CASES:
            found = run([check(folder), build(folder, scratch / name / "out")], timeout)
            met &= _row(name, found, CASES[name])
    return _row(f"the corpus ({len(names)} cases) built in one interpreter",
                run(corpus, timeout * 4), CORPUS) and met


def _row(name: str, found: tuple[float, float] | None, bounds) -> bool:
    seconds, peak = found or (None, None)
    (word, ok), (mem_word, mem_ok) = verdict(seconds, bounds[0]), verdict(peak, bounds[1])
    shown = "none" if seconds is None else f"{seconds:.2f} s"
    print(f"| {name} | {shown} | {bounds[0] or ''} s | {peak or 0:.0f} MB | "
          f"{bounds[1] or '-'} MB | {word if ok and mem_ok else '**missed**'} |", flush=True)
    return ok and mem_ok


def units() -> bool:
    from stemhub.site.similar import similar_open
    from stemhub.source.yamltree import parse
    from tests.test_markdown import md
    from tests.test_similar import ten_thousand
    met = True
    print("\n| unit (in this process) | processor | bound | |\n|---|---|---|---|")
    for text in MARKDOWN:
        start = time.process_time()
        md(text)
        met &= _unit(f"Markdown `{text[:24]}` x{len(text):,}", start, MARKDOWN_BOUND)
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + [
        f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 30)]
    start = time.process_time()
    parse("\n".join(bomb) + "\n")
    met &= _unit("YAML alias bomb (10^30 nodes if expanded)", start, ALIAS_BOUND)
    programs = ten_thousand()
    start = time.process_time()
    similar_open(programs)
    return _unit("similar programs open now, for 10,000 programs", start, SIMILAR_BOUND) and met


def _unit(name: str, start: float, bound: float) -> bool:
    seconds = time.process_time() - start
    word, ok = verdict(seconds, bound)
    print(f"| {name} | {seconds:.2f} s | {bound:.0f} s | {word} |", flush=True)
    return ok


def common_words(scratch: Path) -> bool:
    """The common-words step (outputs/common.py) with and without long words in the index."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import main as generate
    from measure import build as timed_build
    site = scratch / "common"
    generate(COMMON_PROGRAMS, site, False)
    plain = timed_build(site, scratch / "common-out")["seconds"]
    for n in range(0, COMMON_PROGRAMS, COMMON_PROGRAMS // 10):
        page = site / f"content/programs/program-{n}.md"
        page.write_text(page.read_text("utf-8") + "\n" + "w" * COMMON_LETTERS + "\n", "utf-8")
    hostile = timed_build(site, scratch / "common-out")["seconds"]
    word, ok = verdict(hostile - plain, COMMON_BOUND)
    print(f"\n| {COMMON_PROGRAMS:,} programs, wall seconds of a cold build | without | with a "
          f"{COMMON_LETTERS:,}-letter word in ten | added | bound | |\n|---|---|---|---|---|---|\n"
          f"| | {plain:.1f} s | {hostile:.1f} s | {hostile - plain:.1f} s | "
          f"{COMMON_BOUND:.0f} s | {word} |")
    return ok


def main(argv: list[str]) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--runs", type=int, default=3)
    args.add_argument("--timeout", type=float, default=60)
    args.add_argument("--only", nargs="*", default=None, help="shapes, cases or sections "
                      "(shapes, cases, units, common) to run")
    args.add_argument("--skip", nargs="*", default=[], help="sections to leave out")
    opts = args.parse_args(argv)
    chosen = set(opts.only or ())
    wanted = lambda section, names: [n for n in names if n in chosen] or (  # noqa: E731
        list(names) if (not chosen or section in chosen) and section not in opts.skip else [])
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-linear-",
                                    dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    try:
        met = True
        if names := wanted("shapes", SHAPES):
            met &= shapes(scratch, names, opts.runs, opts.timeout)
        if names := wanted("cases", sorted(p.name for p in (ROOT / "tests/hostile").iterdir()
                                           if (p / "expected.txt").is_file())):
            met &= cases(scratch, names, opts.timeout)
        if wanted("units", ["units"]):
            met &= units()
        if wanted("common", ["common"]):
            met &= common_words(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("\nEvery bound met." if met else "\nA bound was missed.")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
