"""The build, in the order of the data flow: read -> validate -> link -> render -> outputs ->
write. Each step is one named call of make_site, build or write_outputs."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path

from .features import enabled, left_out
from .records.kinds import KINDS
from .outputs import every_output
from .outputs.made import Made
from .outputs.static import collect
from .options import Options
from .problems import Problems
from .records.logos import check_logos
from .records.settings import Settings, load_settings
from .records.validate import (Entry, check_names, check_translation_dates, check_translations,
                               unread, validate)
from .memo import last_build
from .memo.in_memory import Fresh
from .render.bodies import render_bodies, render_broken
from .render.context import Preview, common
from .render.links import check_links, waiting_pages
from .render.pages import Rendering, Sink, TemplateLinks, render_pages
from .render.theme import Theme
from .site.catalog import link
from .site.pagefind import files as pagefind_files
from .site.editions import editions
from .site.public import public_pages
from .site.table import page_table
from .source.documents import load
from .source.files import Inventory, SourceFile, inventory
from .source.history import last_changes
from .source.strays import check_strays
from .write import Staging, page_file


@dataclass
class Folder:
    """A site folder as read: its settings, its files, its valid records and translations, and
    those with errors (checked on whatever could be read, never published)."""

    settings: Settings
    today: date
    found: Inventory
    records: list[Entry]
    translations: list[Entry]
    broken: list[Entry]


@dataclass
class Site:
    """What a build made: the folder it read, how many pages it rendered, and what the outputs
    are given (None when site.yaml could not be read)."""

    folder: Folder
    pages: int = 0
    made: Made | None = None
    urls: list[str] = field(default_factory=list)  # every page's site path
    rendering: Rendering | None = None  # the dev server's: what rendered the pages

    @property
    def records(self) -> int:
        """How many record and translation files it read."""
        return len(self.folder.found.records)


@contextmanager
def no_cycle_collector():
    """The build makes millions of short-lived objects and almost no reference cycles: the
    cycle collector's passes over them cost a third of the time and free next to nothing."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def make_site(opts: Options, problems: Problems, today_of, sink: Sink | None = None,
              reuse: Fresh = Fresh()) -> Site:
    """Everything but the outputs and the final swap: every problem of every file is collected
    in problems, and every page is handed to sink (None: rendered and checked, not kept).
    reuse: what the dev server kept from its last rebuild (memo/in_memory.py)."""
    with no_cycle_collector():
        return _make_site(opts, problems, today_of, sink, reuse)


def _make_site(opts: Options, problems: Problems, today_of, sink: Sink | None,
               reuse: Fresh) -> Site:
    local = f"http://127.0.0.1:{opts.preview_port}/" if opts.preview_port else None
    folder = read_folder(opts, problems, today_of, local, reuse)
    settings, today, found = folder.settings, folder.today, folder.found
    records, translations = folder.records, folder.translations
    if translations:
        check_translation_dates(translations, {(e.kind, e.slug): e for e in records},
                                last_changes(opts.source), problems)
    unread_files = unread(found.records, records)
    partners = [e for e in records + folder.broken if e.kind == "partners" and not e.source.lang]
    logos = check_logos(partners, found.images, problems,
                        unsure=any(f.kind == "partners" for f in unread_files))
    known = {kind: {f.slug for f in found.records if f.kind == kind and f.lang is None}
             for kind in KINDS}
    catalog = link(records, translations, known, logos, settings, today, opts.drafts, problems)
    site = Site(folder)
    if settings.config is None:
        return site
    features = enabled(settings.config)
    static = collect(opts.source, logos, left_out(features), problems)
    preview = local and Preview(local, opts.preview_port)
    languages = editions(catalog)
    files = set(static).union(pagefind_files([e.lang for e in languages]),  # what pages may link
                              *(f.links(catalog) for f in features))
    folders = {e.lang: e.prefix for e in languages}
    names = frozenset(f.name for f in features)
    themes = {e.lang: Theme(opts.source, settings.config.base_path,
                            common(e.catalog, preview, e.prefix, names), folders)
              for e in languages}
    bodies = render_bodies(languages, themes, files, problems, reuse)
    render_broken(folder.broken, languages, themes, files, bodies, problems)
    cards = {key: card.html for key, card in bodies.cards.items()}
    for theme in themes.values():
        theme.keep_cards(cards)
    specs = page_table(languages, bodies, features)
    rendered = render_pages(specs, themes, bodies, files, sink, problems, reuse)
    waiting = waiting_pages(unread_files, list(folders.values()))
    check_links(bodies.links, rendered.ids, files, catalog.unpublished, waiting, problems)
    site.pages, site.urls = len(specs), [spec.url for spec in specs]
    if reuse.keeps:
        checker = TemplateLinks(themes[languages[0].lang], set(site.urls), files)
        site.rendering = Rendering(languages, specs, themes, bodies, files, checker)
    site.made = Made(languages, static, bodies.cards, sink and sink.folder, sink and sink.last,
                     public_pages(specs, today), rendered.changed, reuse, features)
    return site


def read_folder(opts: Options, problems: Problems, today_of,
                local_url: str | None = None, reuse: Fresh = Fresh()) -> Folder:
    """site.yaml and every file under content/, read and validated: what check and build
    start from, and what the change summary compares."""
    settings = load_settings(opts.source, problems, opts.base_url, local_url)
    today = opts.today or today_of(settings.readable.timezone)
    reuse.begin(opts.source, today)
    found = inventory(opts.source, {k.name: k.extensions for k in KINDS.values()}, problems)
    last_build.committed(opts.source, problems)
    check_names(found.records, problems)
    check_strays(opts.source, {k.name: frozenset(k.model.model_fields) for k in KINDS.values()},
                 problems)
    records, translations, broken = read_records(found, settings, today, problems, reuse)
    return Folder(settings, today, found, records, translations, broken)


def read_records(found: Inventory, settings: Settings, today: date, problems: Problems,
                 reuse: Fresh = Fresh()) -> tuple[list[Entry], list[Entry], list[Entry]]:
    """Every record and translation file read and validated (on every core): the valid
    records, the translations of valid records that keep the contract, and the entries left
    out (broken: those with errors, and the translations not kept), to check what they hold."""
    read = partial(read_record, settings, today)
    entries = [e for e in reuse.records(found.records, read, problems) if e is not None]
    valid = [e for e in entries if not e.broken]
    originals: dict = {(f.kind, f.slug): None for f in found.records if f.lang is None}
    originals.update({(e.kind, e.slug): e for e in valid if e.source.lang is None})
    translations = check_translations(
        originals, [e for e in valid if e.source.lang], settings, problems)
    kept = {id(t) for t in translations}
    broken = [e for e in entries if e.broken or e.source.lang and id(e) not in kept]
    return [e for e in valid if e.source.lang is None], translations, broken


def read_record(settings: Settings, today: date, source: SourceFile, problems: Problems):
    """One record or translation file read and validated: its entry, or None."""
    doc = load(source, problems)
    entry = doc and validate(doc, settings, today, problems)
    if doc:
        doc.tree.data = None  # the record holds it now; positions stay for later problems
    return entry


def write_outputs(made: Made, sink: Sink, problems: Problems, outputs=None) -> None:
    """Every output's files, the core's then the features' (outputs/__init__.py); or those of
    outputs (the dev server runs some later)."""
    with no_cycle_collector():
        for output in outputs or every_output(made):
            for path, data in output(made, problems):
                sink.put(path, data)


def build(opts: Options, out: Path, strict: bool, problems: Problems, today_of,
          begun: last_build.Begun) -> int:
    """Make the site into a staging folder and swap it in, unless a problem fails the build;
    then remember what it read and wrote (memo/last_build.py). How many record and translation files it
    read."""
    with Staging(out) as staging:
        site = make_site(opts, problems, today_of, staging)
        if site.made and not problems.failed(strict):
            write_outputs(site.made, staging, problems)
        if not problems.failed(strict):
            last_build.save(begun, out, last_build.Last(
                begun.made_with, begun.now, site.folder.today,
                site.folder.settings.readable.timezone, staging.commit(),
                written(site, staging), list(problems.items), site.records))
    return site.records


def written(site: Site, staging: Staging) -> frozenset[str]:
    """Every file a build wrote: its pages (the workers that render them write them) and
    what it put into staging itself (the outputs' files)."""
    return frozenset(map(page_file, site.urls)) | staging.written
