"""The cost of a second language: the same N-program site built with one language and with two.

    .venv/bin/python bench/languages.py [N] [--runs R] [--dir DIR]

writes the site of bench/generate.py N (default 10,000) into DIR (default /dev/shm, tmpfs), then a
copy whose site.yaml lists [en, es] and in which one program in five and one partner in five have
a Spanish translation (title, summary and body; the rest are mirrored in English with the note).
Each is built R times (default 3), in turn, in bench/measure.py's wrapper: wall seconds, our own
peak memory (the build and its workers, Pagefind apart) and the index stage's seconds, medians,
and the two-language build's ratio to the one-language build measured in the same run."""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import generate  # noqa: E402
from bench.measure import build, medians, revision  # noqa: E402

SHARE = 5  # one record in SHARE has a Spanish translation
PROGRAM_ES = """---
title: "Programa {n} en español"
summary: Un programa de la red, con su resumen traducido al español para las familias.
---
Los estudiantes se reúnen cada semana con mentores de empresas de la región. Construyen,
prueban y presentan un proyecto a sus familias al final del período.
"""
PARTNER_ES = """---
summary: Una organización de la región que trabaja con escuelas y familias.
---
Trabaja con escuelas de la región y ofrece programas para estudiantes y familias.
"""


def two_languages(one: Path, two: Path) -> None:
    """A copy of the one-language site with Spanish added (site.yaml and translations)."""
    shutil.rmtree(two, ignore_errors=True)
    shutil.copytree(one, two)
    site = (two / "site.yaml").read_text()
    (two / "site.yaml").write_text(site.replace("languages: [en]", "languages: [en, es]")
                                   if "languages:" in site else site + "languages: [en, es]\n")
    for kind, text in (("programs", PROGRAM_ES), ("partners", PARTNER_ES)):
        for i, path in enumerate(sorted((two / "content" / kind).iterdir())):
            if i % SHARE == 0:
                slug = path.name.rsplit(".", 1)[0]
                path.with_name(f"{slug}.es.md").write_text(text.format(n=i))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=Path("/dev/shm"))
    args = parser.parse_args(argv)
    one, two = args.dir / f"lang-{args.n}-one", args.dir / f"lang-{args.n}-two"
    shutil.rmtree(one, ignore_errors=True)
    generate.main(args.n, one, hugo=False)
    two_languages(one, two)
    runs: dict[str, list[dict]] = {"one": [], "two": []}
    for _ in range(args.runs):
        for name, site in (("one", one), ("two", two)):
            runs[name].append(build(site, args.dir / f"lang-{args.n}-{name}-out"))
    found = {name: medians(r) for name, r in runs.items()}
    print(f"{args.n} programs, medians of {args.runs}, stemhub at {revision()}")
    print("| languages | wall s | our peak MB | index s |\n|---|---|---|---|")
    for name, label in (("one", "en"), ("two", "en, es")):
        m = found[name]
        print(f"| {label} | {m['seconds']:.1f} | {max(m['self_peak'], m['workers_peak'])} | "
              f"{m['index_seconds']:.1f} |")
    print(f"two / one: wall {found['two']['seconds'] / found['one']['seconds']:.2f}, "
          f"index {found['two']['index_seconds'] / found['one']['index_seconds']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
