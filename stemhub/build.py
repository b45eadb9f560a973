"""The build, in the order of the data flow: read -> validate -> link -> render -> write."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .catalog import Catalog, link
from .config import Settings, load_settings
from .documents import load
from .links import check_links
from .logos import check_logos
from .pages import Bodies, page_table
from .problems import Problems
from .read import inventory
from .render import Theme
from .static import static_files
from .validate import check_names, check_translations, validate
from .write import write

_ID = re.compile(r'\bid="([^"]+)"')


@dataclass
class Options:
    source: Path
    today: date | None = None  # None: the date now in the site's time zone
    base_url: str | None = None
    drafts: bool = False


@dataclass
class Site:
    """A built site in memory: page HTML by site path, and files to copy."""

    pages: dict[str, str] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    records: int = 0


def make_site(opts: Options, problems: Problems, today_of, dev: dict | None = None) -> Site:
    """Everything but writing: every problem of every file is collected in problems."""
    settings = load_settings(opts.source, problems, opts.base_url)
    if dev and settings.config:  # the dev server serves the site at its own root
        settings.config = settings.config.model_copy(update={"base_url": dev["root"]})
    today = opts.today or today_of(settings.readable.timezone)
    inv = inventory(opts.source, problems)
    check_names(inv.records, problems)
    docs = [d for f in inv.records if (d := load(f, problems))]
    entries = [e for d in docs if (e := validate(d, settings, today, problems))]
    originals = {(e.kind, e.slug): e for e in entries if e.source.lang is None}
    known = {k: {f.slug for f in inv.records if f.kind == k and f.lang is None}
             for k in ("partners", "programs", "guides", "updates", "pages")}
    for f in inv.records:  # records with errors still exist for references
        if f.lang is None:
            originals.setdefault((f.kind, f.slug), None)
    translations = check_translations(
        originals, [e for e in entries if e.source.lang], settings, problems)
    records = [e for e in entries if e.source.lang is None]
    logos = check_logos([e for e in records if e.kind == "partners"], inv.images, problems)
    catalog = link(records, translations, known, logos, settings, today, opts.drafts, problems)
    site = Site(records=len(inv.records))
    if settings.config is not None:
        site.files = static_files(opts.source, logos, problems)
        _render(catalog, settings, opts.source, site, problems, dev)
    return site


def _render(catalog: Catalog, settings: Settings, source: Path, site: Site,
            problems: Problems, dev: dict | None) -> None:
    config = settings.config
    theme = Theme(source, config.base_path, problems)
    bodies = Bodies(catalog, set(site.files), theme.ids, problems)
    common = {"site": config, "catalog": catalog, "today": catalog.today, "lang":
              settings.readable.languages[0], "nav": _nav(catalog),
              "announcement": _announcement(config, catalog.today),
              "dev": {**dev, "problems": len(problems.items)} if dev else None}
    ids: dict[str, set[str]] = {}
    for spec in page_table(catalog, bodies):
        html = theme.render(spec.template, {**common, **spec.context, "page_url": spec.url,
                                            "canonical": config.root_url + spec.url}, spec.url)
        if html is not None:
            site.pages[spec.url] = html
            ids[spec.url] = set(_ID.findall(html))
    check_links(bodies.links, ids, set(site.files), catalog.unpublished, problems)


def _nav(catalog: Catalog) -> list:
    pages = [p for p in catalog.all("pages") if p.nav is not None]
    return sorted(pages, key=lambda p: (p.nav, p.slug))


def _announcement(config, today: date):
    a = config.announcement
    if a is None or (a.until and today > a.until):
        return None
    return a


def build(opts: Options, out: Path, strict: bool, problems: Problems, today_of) -> Site:
    """Make the site and, when it has no problem that fails the build, write it to out."""
    site = make_site(opts, problems, today_of)
    if not problems.failed(strict):
        write(site.pages, site.files, out)
    return site
