"""The build, in the order of the data flow: read -> validate -> link -> render -> index ->
write."""
from __future__ import annotations

import gc
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from .site.catalog import link
from .records.settings import Settings, load_settings
from .source.documents import load
from .outputs.pagefind import index_search
from .records.logos import check_logos
from .parallel import pmap
from .problems import Problems
from .source.files import KINDS, SourceFile, inventory
from .render.pages import Sink, render_site
from .outputs.static import static_files
from .records.validate import check_names, check_translations, validate
from .write import Staging


@dataclass
class Options:
    source: Path
    today: date | None = None  # None: the date now in the site's time zone
    base_url: str | None = None
    drafts: bool = False


@dataclass
class Site:
    """What a build made: how many pages, the files to copy, how many records it read."""

    pages: int = 0
    rows: list[str] = field(default_factory=list)  # site path of each search row
    files: dict[str, Path] = field(default_factory=dict)
    records: int = 0


def make_site(opts: Options, problems: Problems, today_of, sink: Sink | None = None,
              dev: dict | None = None) -> Site:
    """Everything but the final swap: every problem of every file is collected in problems,
    and every page is handed to sink (None: rendered and checked, not kept)."""
    # The build makes millions of short-lived objects and almost no reference cycles: the
    # cycle collector's passes over them cost a third of the time and free next to nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _make_site(opts, problems, today_of, sink, dev)
    finally:
        if collecting:
            gc.enable()


def _make_site(opts: Options, problems: Problems, today_of, sink: Sink | None,
               dev: dict | None) -> Site:
    settings = load_settings(opts.source, problems, opts.base_url)
    if dev and settings.config:  # the dev server serves the site at its own root
        settings.config = settings.config.model_copy(update={"base_url": dev["root"]})
    today = opts.today or today_of(settings.readable.timezone)
    inv = inventory(opts.source, problems)
    check_names(inv.records, problems)
    read = partial(_read_record, settings, today)
    entries = [e for e in pmap(read, inv.records, problems) if e is not None]
    originals: dict = {(f.kind, f.slug): None for f in inv.records if f.lang is None}
    originals.update({(e.kind, e.slug): e for e in entries if e.source.lang is None})
    translations = check_translations(
        originals, [e for e in entries if e.source.lang], settings, problems)
    records = [e for e in entries if e.source.lang is None]
    logos = check_logos([e for e in records if e.kind == "partners"], inv.images, problems)
    known = {kind: {slug for (k, slug) in originals if k == kind} for kind in KINDS}
    catalog = link(records, translations, known, logos, settings, today, opts.drafts, problems)
    site = Site(records=len(inv.records))
    if settings.config is not None:
        site.files = static_files(opts.source, logos, problems)
        site.pages, site.rows = render_site(catalog, opts.source, site.files, problems, sink, dev)
    return site


def _read_record(settings: Settings, today: date, source: SourceFile, problems: Problems):
    doc = load(source, problems)
    entry = doc and validate(doc, settings, today, problems)
    if doc:
        doc.tree.data = None  # the record holds it now; positions stay for later problems
    return entry


def build(opts: Options, out: Path, strict: bool, problems: Problems, today_of) -> Site:
    """Make the site into a staging folder and swap it in, unless a problem fails the build."""
    with Staging(out) as staging:
        site = make_site(opts, problems, today_of, staging.put)
        if not problems.failed(strict):
            index_search(staging.new, site.rows, problems)
        if not problems.failed(strict):
            staging.commit(site.files)
    return site
