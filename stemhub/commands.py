"""The commands but build, each run with the modules it needs (cli.py parses the command line
and runs a build)."""
from __future__ import annotations

import sys
import tempfile
from functools import partial
from pathlib import Path

from . import problems as fmt
from .build import make_site, read_folder
from .changes import describe
from .options import Options, UsageError, parse_date, today_of
from .problems import Problems, printable, write
from .records import reference
from .records.kinds import page_of
from .records.schema import schemas, text
from .records.settings import load_settings
from .source.revision import RevisionError, changed_files, export
from .tools import digest, report
from .tools.health import health
from .tools.linkcheck import check_links, links_cache
from .tools.published import Published, Unreadable, published
from .tools.scaffold import Refused, kind_named, new_record


def run(args) -> int:
    """Run the command args name (any but build); its exit status."""
    opts = Options.of(args)
    if args.command in RUN:
        return RUN[args.command](args, opts)
    if args.command == "serve":
        from .dev.serve import serve  # the dev server's web modules, for serve alone
        return serve(opts, args.host, args.port, today_of)
    touched = _touched(opts.source, args.changed_since) if args.changed_since else None
    problems = Problems()
    site = make_site(opts, problems, today_of)
    write(problems, site.records, args.format, sys.stdout, touched)
    return 1 if problems.failed(args.strict) else 0


def _touched(source: Path, ref: str) -> set[str] | None:
    """check --changed-since: the files changed since ref and their pages, whose problems are
    printed (problems.Problems.only); None, all of them, when site.yaml changed, which can
    cause a problem anywhere."""
    try:
        changed = changed_files(source, ref)
    except RevisionError as err:
        raise UsageError(str(err)) from None
    if "site.yaml" in changed:
        return None
    return changed | {page for page in map(page_of, changed) if page}


def _schema(args, opts: Options) -> int:
    """The JSON Schemas of this site's records (its own words included) and the reference."""
    source = opts.source
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
        after = make_site(opts, problems, today_of).folder
        old = read_folder(Options(before, after.today), Problems(), today_of)
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
    check = partial(check_links, cache=links_cache()) if args.links else None
    found = health(site, check)
    print(report.text(found), end="")
    if args.out:
        Path(args.out).write_text(report.html(found), encoding="utf-8")
    return 0


def _digest(args, opts: Options) -> int:
    since, site = parse_date(args.since, "--since"), _published(opts)
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
        return published(opts, today_of)
    except Unreadable as err:
        print(f"stemhub: {err}", file=sys.stderr)
        return None


def _before_folder(before: str, source: Path, scratch: Path) -> Path:
    """--before: a commit whose site folder is copied into scratch (never a folder: one named
    like the commit could be part of the change)."""
    try:
        export(source, before, scratch)
    except RevisionError as err:
        raise UsageError(str(err)) from None
    return scratch


def _write_schemas(made: dict[str, dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in made.items():
        (out / name).write_bytes(text(schema).encode("utf-8"))


RUN = {"schema": _schema, "changes": _changes, "new": _new, "report": _report, "digest": _digest}
