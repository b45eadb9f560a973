"""Command line: build | check | serve | schema | changes, and the staff's new | report |
digest. Exit 0 done, 1 problems in the content, 2 usage error. A build with nothing to do since
the last one ends here, before the rest of the package is imported (which takes longer)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .memo import last_build
from .options import Options, UsageError, today_of
from .problems import Problems, write

COMMANDS = ("build", "check", "serve", "schema", "changes", "new", "report", "digest")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="stemhub", description="Build a STEM-opportunity "
                                  "directory from content/ and site.yaml into a static site.")
    sub = top.add_subparsers(dest="command", metavar="{" + ",".join(COMMANDS) + "}")
    b = sub.add_parser("build", help="validate and write the site (the default command)")
    c = sub.add_parser("check", help="validate everything, write nothing")
    s = sub.add_parser("serve", help="build into memory and serve with live reload")
    for p in (b, c, s):
        p.add_argument("--source", default=".", help="site folder (default: current folder)")
        p.add_argument("--today", help="the date taken as today, YYYY-MM-DD")
        p.add_argument("--drafts", action="store_true", help="also build drafts")
    for p in (b, c):
        p.add_argument("--strict", action="store_true", help="warnings fail too")
    b.add_argument("--out", help="output folder (default: site/ in the source folder)")
    b.add_argument("--base-url", help="publish at this URL instead of site.yaml's base_url")
    b.add_argument("--fresh", action="store_true", help="build everything again, even when "
                   "nothing changed since the last build")
    c.add_argument("--format", choices=("text", "github", "json"), default="text")
    c.add_argument("--changed-since", metavar="REF", help="check everything, but print only the "
                   "problems in files changed since this git ref (a pull request's base) and "
                   "those the change causes elsewhere")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--host", default="127.0.0.1")
    j = sub.add_parser("schema", help="write the records' JSON Schemas, and the field reference "
                       "between the markers of CONTRIBUTING.md")
    j.add_argument("--source", default=".", help="site folder (default: current folder)")
    j.add_argument("--out", help="folder of the schemas (default: schemas/ in the source folder)")
    d = sub.add_parser("changes", help="say in sentences what the content changes from another "
                       "version of it (a pull request's job summary)")
    d.add_argument("--before", required=True, help="the other version: a commit (main, HEAD~1, "
                   "a SHA) of the git repository the source folder is in")
    d.add_argument("--source", default=".", help="site folder (default: current folder)")
    d.add_argument("--today", help="the date taken as today, YYYY-MM-DD")
    d.add_argument("--format", choices=("text", "markdown"), default="text")
    _staff_parsers(sub)
    return top


def _staff_parsers(sub) -> None:
    n = sub.add_parser("new", help="write a new record from its kind's commented template")
    n.add_argument("kind", metavar="kind", choices=_Singulars(), help="%(choices)s")
    n.add_argument("slug", help="its file name without extension (robotics-club)")
    n.add_argument("--partner", help="a new program's partner (its slug)")
    r = sub.add_parser("report", help="what in the content needs attention, in the terminal "
                       "and as one HTML page")
    r.add_argument("--out", help="also write the report as this HTML file")
    r.add_argument("--links", action="store_true", help="also check the records' web addresses "
                   "(answers are kept a day in your cache folder)")
    g = sub.add_parser("digest", help="an e-mail-ready HTML page of what is new, for the "
                       "newsletter")
    g.add_argument("--since", required=True, help="what is new since this day, YYYY-MM-DD")
    g.add_argument("--out", help="the HTML file to write (default: standard output)")
    for p in (n, r, g):
        p.add_argument("--source", default=".", help="site folder (default: current folder)")
    for p in (r, g):
        p.add_argument("--today", help="the date taken as today, YYYY-MM-DD")


class _Singulars:
    """The kinds' singular names, the choices of `new`, looked up only when argparse checks or
    shows them: the kinds import the records' schema."""

    def __iter__(self):
        from .records.kinds import KINDS
        return iter([k.singular for k in KINDS.values()])

    def __contains__(self, name) -> bool:
        return name in list(self)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "build")
    top = parser()
    args = top.parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        from . import commands
        return commands.run(args)
    except UsageError as err:
        top.error(str(err))  # exits 2


def _build(args) -> int:
    """The site built into its output folder; when nothing changed since the last build, its
    problems said again and nothing written or imported."""
    opts = Options.of(args)
    out = _out_folder(args, opts.source)
    problems = Problems()
    begun = last_build.Begun.of(opts.source, out, opts.base_url, opts.drafts, args.fresh)
    last = begun.last
    if last and last_build.done(out, last, opts.today or today_of(last.zone), begun.now):
        problems.items.extend(last.problems)
        records = last.records
    else:
        from .build import build
        records = build(opts, out, args.strict, problems, today_of, begun)
    write(problems, records, "text", sys.stderr)
    return 1 if problems.failed(args.strict) else 0


def _out_folder(args, source: Path) -> Path:
    out = Path(args.out).resolve() if args.out else source / "site"
    if out == source or source.is_relative_to(out):
        raise UsageError(f"--out {out} is or contains the source folder; choose another")
    if out.is_relative_to(source) and out != source / "site":
        raise UsageError(f"--out {out} lies inside the source folder; use site/ or a folder "
                         "outside it")
    return out
