"""The Atom feeds of each language, in its folder like its pages (feed.xml, es/feed.xml), with
the text of that language's edition: feed.xml, the published updates, the last published first
(an update counts from its `publish_on` day when that is later than its `date`);
feeds/programs.xml, the programs open for applications, the most recently verified first (a
record has no "listed on" date, so a program newly listed or newly confirmed with its partner
comes first). At most MOST entries each. An entry's id is its page's absolute URL; its dates
are midnight, in the site's time zone, of the day the record gives (site/public.py)."""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from ...problems import Problems
from ...render import i18n
from ...site.catalog import Item
from ...site.editions import Edition
from ...site.public import changed_on, on_public_site
from ...translatable import N_
from .atom import Entry, Feed, Text, document
from ...outputs.made import Made

UPDATES, PROGRAMS = "feed.xml", "feeds/programs.xml"
FEEDS = (UPDATES, PROGRAMS)  # site paths in a language's folder; pages link them
MOST = 50


def files(made: Made, problems: Problems):
    for edition in made.editions:
        yield edition.prefix + UPDATES, document(updates_feed(edition))
        yield edition.prefix + PROGRAMS, document(programs_feed(edition))


def updates_feed(edition: Edition) -> Feed:
    catalog = edition.catalog
    updates = sorted((u for u in catalog.all("updates") if on_public_site(u, catalog.today)),
                     key=_newest_first)
    return _feed(edition, UPDATES, "updates/", N_("Updates"), updates[:MOST])


def programs_feed(edition: Edition) -> Feed:
    catalog = edition.catalog
    programs = sorted((p for p in catalog.all("programs")
                       if p.applying and on_public_site(p, catalog.today)), key=_newest_first)
    return _feed(edition, PROGRAMS, "programs/", N_("Open for applications"),
                 programs[:MOST])


def _newest_first(item: Item) -> tuple:
    return -changed_on(item).toordinal(), item.slug


def _feed(edition: Edition, path: str, page: str, title: str, items: list[Item]) -> Feed:
    settings = edition.catalog.settings
    root, zone = settings.config.root_url + edition.prefix, ZoneInfo(settings.readable.timezone)
    _ = i18n.gettext(edition.lang)
    entries = [_entry(item, root, zone) for item in items]
    site = _(settings.config.title)
    return Feed(root + path, root + page, f"{_(title)} · {site}", site, edition.lang,
                _midnight(edition.catalog.today, zone), entries)


def _entry(item: Item, root: str, zone: ZoneInfo) -> Entry:
    day = _midnight(changed_on(item), zone)
    return Entry(root + item.url, _text(item, "title"), _text(item, "summary"), day,
                 day if item.kind == "updates" else None, getattr(item, "author", None))


def _text(item: Item, field: str) -> Text:
    lang = item.lang_of(field)
    return Text(getattr(item, field), None if lang == item.lang else lang)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)
