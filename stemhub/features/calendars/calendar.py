"""Calendar files (RFC 5545) beside the pages, in every language's folder and words: a listed
program's own files (links.py: deadline.ics while a family can still apply, dates.ics with
the days it runs), and the calendars a family subscribes to (subscriptions.py): every listed
program's open deadline and its days in calendar.ics, and one calendar for each grade band,
sector and region. A program's events are made by the icalendar library (events.py) and
serialized (serialize.py) once a language, on every core, then placed in each file that holds
them."""
from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from icalendar import vDuration, vText

from ...parallel import pmap
from ...problems import Problems
from ...render import i18n
from ...site.catalog import Catalog
from ...site.editions import folders
from . import links
from .events import calendar, event, head, stamp, uid
from .serialize import serialized
from .subscriptions import Feed, feed_paths, feeds, programs_of

PRODID = "-//stemhub//program//EN"  # a program's own files: deadline.ics, dates.ics
FEED_PRODID = "-//stemhub//calendars//EN"
REFRESH = timedelta(hours=12)  # how often a subscribed app should fetch a calendar again


def planned(catalog: Catalog) -> set[str]:
    """The site paths of the calendar files this build will write (pages may link them)."""
    paths = set()
    for folder in folders(catalog.settings.readable.languages).values():
        paths |= links.planned(catalog, folder)
        paths.update(path for _, _, path in feed_paths(catalog.facets, folder))
    return paths


def files(made, problems: Problems):
    written = _all_serialized(made, problems)
    zone = made.catalog.settings.readable.timezone
    own = head({"prodid": PRODID, "version": "2.0"})  # of every program's own file
    for edition in made.editions:
        _ = i18n.gettext(edition.lang)
        joined = {}  # program slug -> its events, as one piece for every calendar it is in
        for program in edition.catalog.programs():
            found = written[edition.lang, program.slug]
            joined[program.slug] = b"".join(data for _kind, data in found)
            for kind, data in found:
                yield (edition.prefix + program.url + links.NAMES[kind],
                       calendar(own, [data], zone))
        for feed in feeds(edition.catalog, edition.prefix):
            programs = programs_of(edition.catalog, feed)
            yield feed.path, calendar(head(_properties(feed, made, _)),
                                      [joined[p.slug] for p in programs], zone)


def _all_serialized(made, problems: Problems) -> dict[tuple[str, str], list[tuple]]:
    """(language, program slug) -> the program's events as the library writes them, (kind,
    bytes), its deadline first: serialized on every core, those of a program and translations
    unchanged since the last build kept."""
    root, when = made.catalog.settings.config.root_url, stamp(made.catalog.today)
    zone = ZoneInfo(made.catalog.settings.readable.timezone)
    programs = [(edition, p) for edition in made.editions for p in edition.catalog.programs()]
    keys = [(edition.lang, made.reuse.item(p)) for edition, p in programs]
    kept = made.reuse.table("calendars", keys)
    todo = [n for n, key in enumerate(keys) if key not in kept]

    def serialize(n: int, _problems) -> list[tuple]:
        edition, program = programs[n]
        page = root + edition.prefix + program.url
        found = links.own_entries(program, page, i18n.gettext(edition.lang), edition.lang)
        return [(e.kind, serialized(event(e, uid(root, program, e.kind), page, when, zone,
                                          _one_language(program, e.kind)))) for e in found]
    for n, found in zip(todo, pmap(serialize, todo, problems)):
        kept[keys[n]] = found
    return {(edition.lang, p.slug): kept[key] for (edition, p), key in zip(programs, keys)}


def _one_language(program, kind: str) -> bool:
    """Whether the record's text in an entry (title and summary, and the schedule's words
    in its days when it has them) is in the language of the entry's labels, its page's."""
    times = kind == "session" and program.schedule.times
    fields = ("title", "summary") + (("schedule.times",) if times else ())
    return all(program.lang_of(f) == program.lang for f in fields)


def _properties(feed: Feed, made, _) -> dict:
    """The calendar's own properties: its name in the app's list, its time zone, how often to
    fetch it again (RFC 7986, and the X-WR- and X-PUBLISHED-TTL names Apple, Google and
    Outlook read)."""
    site = made.catalog.settings.config
    name = _(site.title) if not feed.facet else _("%(site)s: %(name)s", site=site.title,
                                                name=feed.name(_))
    about = _("The last day to apply to each program, and the days it runs.")
    return {"prodid": FEED_PRODID, "version": "2.0", "calscale": "GREGORIAN",
            "method": "PUBLISH", "name": vText(name), "x-wr-calname": vText(name),
            "x-wr-caldesc": vText(about), "x-wr-timezone": vText(site.timezone),
            "refresh-interval": REFRESH, "x-published-ttl": vDuration(REFRESH)}
