"""The build's performance goals against Hugo plus Pagefind on the same programs, measured in one
run on this machine, printed as one table with the machine and the versions:

    .venv/bin/python bench/run.py [N ...] [--statewide N] [--runs R] [--no-search]

(defaults: 4000 10000, --statewide 100000, 3 runs; --statewide 0 leaves it out; needs hugo:
apt-get install hugo). Everything is on tmpfs (/dev/shm).

- For each N: the site of bench/generate.py N (--hugo: the same programs as a Hugo site) and a
  copy with a second language (bench/languages.py), built in turn with Hugo followed by Pagefind
  over its program pages, R alternating runs, medians: the cold build (`--fresh`), everything a
  real build writes. Then warm rebuilds of the one-language site over its own last output, from
  what that build remembered (stemhub/memo/last_build.py): nothing changed, and one program's title changed
  (R each, medians).
- At the statewide size: one cold build of each (a run takes minutes), and the memory of the whole
  process tree, sampled: the sum of every process's proportional share (PSS), so pages the
  forked workers share with the build count once.
- At 10,000 programs (unless --no-search): bench/search.py's keystroke latency (median of the
  searching keys) and the largest view's bytes.
- "Our process": the build's own peak and its workers' (measure.py), Pagefind apart.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from languages import two_languages
from measure import ROOT, build, medians, pagefind_argv, revision, timed

SEARCH_AT = 10_000
EDITED = "program-7"  # the record a warm rebuild changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[4000, 10_000])
    parser.add_argument("--statewide", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-search", action="store_true")
    args = parser.parse_args(argv)
    if not shutil.which("hugo"):
        raise SystemExit("hugo is needed for the baseline: apt-get install hugo")
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-bench-", dir="/dev/shm"))
    measured, rows = revision(), []
    try:
        found = {n: measure(n, scratch, args.runs) for n in args.sizes}
        for n, m in found.items():
            rows += size_rows(n, m)
        if args.statewide:
            state = measure(args.statewide, scratch, 1, warm=False, languages=(1,))
            rows += statewide_rows(args.statewide, state, found.get(SEARCH_AT))
        if not args.no_search:
            rows += search_rows(scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(machine(measured))
    print("| goal | programs | stemhub | baseline | ratio or value | met |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


def measure(n: int, scratch: Path, runs: int, warm: bool = True,
            languages: tuple[int, ...] = (1, 2)) -> dict:
    """Cold builds (one and two languages), Hugo + Pagefind, and warm rebuilds at n programs."""
    one, hugo_site = scratch / f"s{n}", scratch / f"s{n}-hugo"
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(n), str(one), "--hugo"],
                   check=True, stdout=subprocess.DEVNULL)
    sites = {1: one}
    if 2 in languages:
        sites[2] = scratch / f"s{n}-two"
        two_languages(one, sites[2])
    cold: dict[int, list] = {k: [] for k in sites}
    hugo = []
    for _ in range(runs):
        for k, site in sites.items():
            cold[k].append(build(site, scratch / f"out{n}-{k}", tree=True))
        hugo.append(hugo_and_pagefind(hugo_site))
    found = {"cold": {k: medians(v) for k, v in cold.items()}, "hugo": medians(hugo),
             "pages": sum(1 for _ in (scratch / f"out{n}-1").rglob("*.html"))}
    if warm:
        out = scratch / f"out{n}-1"
        found["unchanged"] = medians([build(one, out, clean=False) for _ in range(runs)])
        found["edited"] = medians([edited_build(one, out, run) for run in range(runs)])
    for path in [*sites.values(), hugo_site, *scratch.glob(f"out{n}-*")]:
        shutil.rmtree(path, ignore_errors=True)
    print(f"{n}: measured", file=sys.stderr, flush=True)
    return found


def hugo_and_pagefind(site: Path) -> dict:
    out = site / "public"
    shutil.rmtree(out, ignore_errors=True)
    hugo_seconds, hugo_peak = timed(["hugo", "--source", str(site), "--quiet"])
    pf_seconds, pf_peak = timed(pagefind_argv(out, "programs/*/index.html"))
    return {"seconds": hugo_seconds + pf_seconds, "hugo": hugo_seconds,
            "peak": max(hugo_peak, pf_peak)}


def edited_build(site: Path, out: Path, run: int) -> dict:
    """A rebuild over out after one program's title changed (put back after)."""
    record = site / "content/programs" / f"{EDITED}.md"
    original = record.read_text(encoding="utf-8")
    record.write_text(re.sub(r"^title: (.*)$", rf"title: \1 {run}", original, count=1,
                             flags=re.M), encoding="utf-8")
    try:
        return build(site, out, clean=False)
    finally:
        record.write_text(original, encoding="utf-8")


def size_rows(n: int, m: dict) -> list[list[str]]:
    hugo, rows = m["hugo"], []
    for k, label in ((1, "one language"), (2, "two languages")):
        ours = m["cold"][k]["seconds"]
        rows.append([f"cold build, {label}, below Hugo + Pagefind", f"{n:,}", secs(ours),
                     f"{secs(hugo['seconds'])} (Hugo {secs(hugo['hugo'])})",
                     f"{ours / hugo['seconds']:.2f}", met(ours < hugo["seconds"])])
    cold = m["cold"][1]["seconds"]
    for key, label in (("unchanged", "nothing changed"), ("edited", "one record changed")):
        ours, bar = m[key]["seconds"], min(cold / 4, hugo["hugo"])
        rows.append([f"warm rebuild, {label}: under a quarter of our cold build and Hugo's cold "
                     "build", f"{n:,}", secs(ours),
                     f"{secs(cold / 4)} (a quarter of {secs(cold)}); Hugo {secs(hugo['hugo'])}",
                     f"{ours / bar:.2f}", met(ours < bar)])
    own = max(m["cold"][1]["self_peak"], m["cold"][1]["workers_peak"])
    rows.append(["our own process under 500 MB (one language)", f"{n:,}", f"{own:.0f} MB",
                 "500 MB", f"{own / 500:.2f}", met(own < 500)])
    return rows


def statewide_rows(n: int, m: dict, ten: dict | None) -> list[list[str]]:
    ours = m["cold"][1]
    rows = [[f"statewide: under 3 minutes on {os.cpu_count()} cores", f"{n:,}",
             secs(ours["seconds"]), f"180 s; Hugo + Pagefind {secs(m['hugo']['seconds'])}",
             f"{ours['seconds'] / 180:.2f}", met(ours["seconds"] < 180)],
            ["statewide: whole process tree within 2 GB (Pagefind included)", f"{n:,}",
             f"{ours['tree_pss']:.0f} MB", "2,000 MB", f"{ours['tree_pss'] / 2000:.2f}",
             met(ours["tree_pss"] < 2000)]]
    if ten:
        growth = ours["seconds"] / ten["cold"][1]["seconds"]
        rows.append([f"statewide: time grows at most linearly ({SEARCH_AT:,} -> {n:,})",
                     f"{n:,}", f"{growth:.1f} times", f"{n / SEARCH_AT:.0f} times",
                     f"{growth / (n / SEARCH_AT):.2f}", met(growth <= 1.1 * n / SEARCH_AT)])
    return rows


def search_rows(scratch: Path) -> list[list[str]]:
    """Keystroke latency and the largest view at SEARCH_AT programs (bench/search.py)."""
    import search
    site, out = search.generate(SEARCH_AT, scratch), scratch / f"out{SEARCH_AT}-search"
    build(site, out)
    rows = []
    with search.LoggedServer(out) as server, search.chromium() as browser:
        views = [search.transfer(browser, server, f"search/?q={q}", q)
                 for q in (search.QUERY, search.WORST)]
        views.append(search.transfer(browser, server, f"search/?{search.FILTERS}", "filters"))
        for words, queries in search.TYPED.items():
            t = search.latency(browser, server, queries)
            rows.append([f"search keystroke under 100 ms (median), {words}", f"{SEARCH_AT:,}",
                         f"{t['median']:.0f} ms (slowest {t['max']:.0f})", "100 ms",
                         f"{t['median'] / 100:.2f}", met(t["median"] < 100)])
    largest = max(views, key=lambda v: v["total"])
    rows.append(["no search view over 300 KB", f"{SEARCH_AT:,}",
                 f"{search.kb(largest['total'])} (`/{largest['path']}`)", "300 KB",
                 f"{largest['total'] / 300_000:.2f}", met(largest["total"] <= 300_000)])
    shutil.rmtree(out, ignore_errors=True)
    return rows


def machine(measured: str) -> str:
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()
    pagefind = subprocess.run(pagefind_argv(Path("."))[:1] + ["--version"], capture_output=True,
                              text=True).stdout.strip()
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
            f"{hugo[1] if len(hugo) > 1 else 'hugo'}, {pagefind}; stemhub at {measured}, "
            f"{revision()} by the end; medians; tmpfs\n")


def secs(seconds: float) -> str:
    return f"{seconds:.1f} s"


def met(ok: bool) -> str:
    return "met" if ok else "**missed**"


if __name__ == "__main__":
    sys.exit(main())
