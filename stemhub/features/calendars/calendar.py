"""Calendar files (RFC 5545) beside the pages. Each listed program's deadline as
programs/<slug>/deadline.ics while a family can still apply (site/table.py, deadline_file), and the
calendars a family subscribes to (subscriptions.py): every listed program's open deadline and its
session in calendar.ics, and one calendar for each sector and region, in each language's folder
and words. A program's events are made by the icalendar library (events.py) and serialized
(serialize.py) once a language, on every core, then placed in each calendar that holds them."""
from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from icalendar import vDuration, vText

from ...parallel import pmap
from ...problems import Problems
from ...render import i18n
from .subscriptions import Feed, feed_paths, feeds, programs_of
from ...site.catalog import Catalog
from ...site.editions import folders
from ...site.table import deadline_file
from .events import calendar, events, stamp
from .serialize import serialized

PRODID = "-//stemhub//program deadline//EN"
FEED_PRODID = "-//stemhub//calendars//EN"
REFRESH = timedelta(hours=12)  # how often a subscribed app should fetch a calendar again


def planned(catalog: Catalog) -> set[str]:
    """The site paths of the calendar files this build will write (pages may link them)."""
    paths = {path for p in catalog.programs() if (path := deadline_file(p))}
    for folder in folders(catalog.settings.readable.languages).values():
        paths.update(path for _, _, path in feed_paths(catalog.facets, folder))
    return paths


def files(made, problems: Problems):
    serialized = _all_serialized(made, problems)
    zone = made.catalog.settings.readable.timezone
    for edition in made.editions:
        _ = i18n.gettext(edition.lang)
        joined = {}  # program slug -> its events, as one piece for every calendar it is in
        for program in edition.catalog.programs():
            found = serialized[edition.lang, program.slug]
            joined[program.slug] = b"".join(found)
            deadline = deadline_file(program)
            if deadline and not edition.prefix:
                yield deadline, calendar({"prodid": PRODID, "version": "2.0"}, found[:1])
        for feed in feeds(edition.catalog, edition.prefix):
            programs = programs_of(edition.catalog, feed)
            yield feed.path, calendar(_properties(feed, made, _),
                                      [joined[p.slug] for p in programs], zone)


def _all_serialized(made, problems: Problems) -> dict[tuple[str, str], list[bytes]]:
    """(language, program slug) -> the program's events as the library writes them, its
    deadline first: serialized on every core, those of a program and translations unchanged
    since the last build kept."""
    root, when = made.catalog.settings.config.root_url, stamp(made.catalog.today)
    zone = ZoneInfo(made.catalog.settings.readable.timezone)
    programs = [(edition, p) for edition in made.editions for p in edition.catalog.programs()]
    keys = [(edition.lang, made.reuse.item(p)) for edition, p in programs]
    kept = made.reuse.table("calendars", keys)
    todo = [n for n, key in enumerate(keys) if key not in kept]

    def serialize(n: int, _problems) -> list[bytes]:
        edition, program = programs[n]
        page = root + edition.prefix + program.url
        found = events(program, root, page, when, i18n.gettext(edition.lang),
                       deadline_file(program) is not None, zone)
        return [serialized(event) for event in found]
    for n, found in zip(todo, pmap(serialize, todo, problems)):
        kept[keys[n]] = found
    return {(edition.lang, p.slug): kept[key] for (edition, p), key in zip(programs, keys)}


def _properties(feed: Feed, made, _) -> dict:
    """The calendar's own properties: its name in the app's list, its time zone, how often to
    fetch it again (RFC 7986, and the X-WR- and X-PUBLISHED-TTL names Apple, Google and
    Outlook read)."""
    site = made.catalog.settings.config
    name = _(site.title) if not feed.facet else _("%(site)s: %(name)s", site=site.title,
                                                name=_(feed.label))
    about = _("The last day to apply to each program, and the days it runs.")
    return {"prodid": FEED_PRODID, "version": "2.0", "calscale": "GREGORIAN",
            "method": "PUBLISH", "name": vText(name), "x-wr-calname": vText(name),
            "x-wr-caldesc": vText(about), "x-wr-timezone": vText(site.timezone),
            "refresh-interval": REFRESH, "x-published-ttl": vDuration(REFRESH)}
