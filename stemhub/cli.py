"""Command line: build | check | serve | schema | changes, and the staff's new | report |
digest. Exit 0 done, 1 problems in the content, 2 usage error."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from functools import partial
from pathlib import Path

from . import problems as fmt
from .build import Options, build, make_site, read_folder
from .changes import describe
from .records import reference
from .records.kinds import KINDS
from .records.schema import schemas, text
from .records.settings import load_settings, today_in
from .problems import Problems, printable
from .source.revision import RevisionError, export
from .tools import digest, report
from .tools.health import health
from .tools.linkcheck import CACHE, check_links
from .tools.published import Published, Unreadable, published
from .tools.scaffold import Refused, kind_named, new_record

COMMANDS = ("build", "check", "serve", "schema", "changes", "new", "report", "digest")


class UsageError(Exception):
    pass


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
    b.add_argument("--fresh", action="store_true", help="build everything again, not from what "
                   "the last build kept in .stemhub-cache/build.pickle")
    c.add_argument("--format", choices=("text", "github", "json"), default="text")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--host", default="127.0.0.1")
    j = sub.add_parser("schema", help="write the records' JSON Schemas, and the field reference "
                       "between the markers of CONTRIBUTING.md")
    j.add_argument("--source", default=".", help="site folder (default: current folder)")
    j.add_argument("--out", help="folder of the schemas (default: schemas/ in the source folder)")
    d = sub.add_parser("changes", help="say in sentences what the content changes from another "
                       "version of it (a pull request's job summary)")
    d.add_argument("--before", required=True, help="the other version: a site folder, or a git "
                   "ref (main, HEAD~1, a commit) of the repository the source folder is in")
    d.add_argument("--source", default=".", help="site folder (default: current folder)")
    d.add_argument("--today", help="the date taken as today, YYYY-MM-DD")
    d.add_argument("--format", choices=("text", "markdown"), default="text")
    _staff_parsers(sub)
    return top


def _staff_parsers(sub) -> None:
    n = sub.add_parser("new", help="write a new record from its kind's commented template")
    n.add_argument("kind", choices=[k.singular for k in KINDS.values()])
    n.add_argument("slug", help="its file name without extension (robotics-club)")
    n.add_argument("--partner", help="a new program's partner (its slug)")
    r = sub.add_parser("report", help="what in the content needs attention, in the terminal "
                       "and as one HTML page")
    r.add_argument("--out", help="also write the report as this HTML file")
    r.add_argument("--links", action="store_true", help="also check the records' web addresses "
                   "(answers are kept a day in .stemhub-cache/)")
    g = sub.add_parser("digest", help="an e-mail-ready HTML page of what is new, for the "
                       "newsletter")
    g.add_argument("--since", required=True, help="what is new since this day, YYYY-MM-DD")
    g.add_argument("--out", help="the HTML file to write (default: standard output)")
    for p in (n, r, g):
        p.add_argument("--source", default=".", help="site folder (default: current folder)")
    for p in (r, g):
        p.add_argument("--today", help="the date taken as today, YYYY-MM-DD")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv.insert(0, "build")
    top = parser()
    args = top.parse_args(argv)
    if args.command == "schema":
        return _schema(args, top)
    try:
        opts = _options(args)
        out = _out_folder(args, opts.source) if args.command == "build" else None
        if args.command == "changes":
            return _changes(args, opts)
        if args.command in STAFF:
            return STAFF[args.command](args, opts)
    except UsageError as err:
        top.error(str(err))  # exits 2
    if args.command == "serve":
        from .serve import serve
        return serve(opts, args.host, args.port, _today_of)
    problems = Problems()
    if args.command == "build":
        records = build(opts, out, args.strict, problems, _today_of, args.fresh)
        _print(problems, records, "text", sys.stderr)
    else:
        site = make_site(opts, problems, _today_of)
        _print(problems, site.records, args.format, sys.stdout)
    return 1 if problems.failed(args.strict) else 0


def _schema(args, top: argparse.ArgumentParser) -> int:
    """The JSON Schemas of this site's records (its own words included) and the reference."""
    source = Path(args.source)
    if not source.is_dir():
        top.error(f"the source folder {args.source} does not exist")
    problems = Problems()
    settings = load_settings(source, problems)
    if problems.has_errors():
        for line in fmt.format_text(problems.sorted()):
            print(line, file=sys.stderr)
        return 1
    made = schemas(settings.vocab)
    _write_schemas(made, Path(args.out) if args.out else source / "schemas")
    guide = source / "CONTRIBUTING.md"
    if guide.is_file():
        written = guide.read_text(encoding="utf-8")
        guide.write_bytes(reference.rewrite(written, reference.markdown(made)).encode("utf-8"))
    return 0


def _changes(args, opts: Options) -> int:
    """The new version checked as check does, the old one read, their records compared."""
    with tempfile.TemporaryDirectory(prefix="stemhub-before-") as scratch:
        before = _before_folder(args.before, opts.source, Path(scratch))
        problems = Problems()
        after = make_site(opts, problems, _today_of).folder
        old = read_folder(Options(before, after.today), Problems(), _today_of)
    print(describe(old, after, problems, args.format), end="")
    return 1 if problems.has_errors() else 0


def _new(args, opts: Options) -> int:
    settings = load_settings(opts.source, Problems())
    try:
        path = new_record(opts.source, kind_named(args.kind), args.slug, args.partner,
                          settings.vocab)
    except Refused as err:
        raise UsageError(str(err)) from None
    print(f"wrote {printable(str(path))}: fill in every key without a value, then run "
          "build.py check")
    return 0


def _report(args, opts: Options) -> int:
    """The report informs: it exits 0 whatever it finds."""
    site = _published(opts)
    if site is None:
        return 1
    check = partial(check_links, cache=opts.source / CACHE) if args.links else None
    found = health(site, check)
    print(report.text(found), end="")
    if args.out:
        Path(args.out).write_text(report.html(found), encoding="utf-8")
    return 0


def _digest(args, opts: Options) -> int:
    since, site = _date(args.since, "--since"), _published(opts)
    if site is None:
        return 1
    made = digest.html(digest.digest(site, since))
    if args.out:
        Path(args.out).write_text(made, encoding="utf-8")
    else:
        print(made, end="")
    return 0


def _published(opts: Options) -> Published | None:
    """The published records; None (said on standard error) when site.yaml cannot be read."""
    try:
        return published(opts, _today_of)
    except Unreadable as err:
        print(f"stemhub: {err}", file=sys.stderr)
        return None


STAFF = {"new": _new, "report": _report, "digest": _digest}


def _before_folder(before: str, source: Path, scratch: Path) -> Path:
    """--before: a folder as it is, else a git ref whose site folder is copied into scratch."""
    if Path(before).is_dir():
        return Path(before).resolve()
    try:
        export(source, before, scratch)
    except RevisionError as err:
        raise UsageError(str(err)) from None
    return scratch


def _write_schemas(made: dict[str, dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in made.items():
        (out / name).write_bytes(text(schema).encode("utf-8"))


def _options(args) -> Options:
    source = Path(args.source)
    if not source.is_dir():
        raise UsageError(f"the source folder {args.source} does not exist")
    today = _date(args.today, "--today") if getattr(args, "today", None) else None
    base_url = getattr(args, "base_url", None)
    return Options(source.resolve(), today, base_url, getattr(args, "drafts", False))


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} {text!r} is not a date (YYYY-MM-DD)") from None


def _out_folder(args, source: Path) -> Path:
    out = Path(args.out).resolve() if args.out else source / "site"
    if out == source or source.is_relative_to(out):
        raise UsageError(f"--out {out} is or contains the source folder; choose another")
    if out.is_relative_to(source) and out != source / "site":
        raise UsageError(f"--out {out} lies inside the source folder; use site/ or a folder "
                         "outside it")
    return out


def _today_of(zone: str) -> date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return today_in(zone, int(epoch))
    return today_in(zone, time.time())


def _print(problems: Problems, records: int, style: str, stream) -> None:
    found = problems.sorted()
    if style == "json":
        print(fmt.format_json(found), file=stream)
        return
    lines = fmt.format_github(found) if style == "github" else fmt.format_text(found)
    for line in lines + [fmt.summary(found, records)]:
        print(line, file=stream)
