"""`build.py digest`: what is new in the directory since a day, as an e-mail-ready HTML page
for the network's newsletter: the updates dated since then, the new programs, and the
deadlines of the next 30 days. Only published records (no drafts, no update before its day),
with absolute links (base_url), styles on the elements themselves and no script.

A program is new when its file was added to the repository on or after the day (a file not
yet committed counts as added today); in a site folder that is not a git checkout, when it was
verified on or after the day. Only programs a family can still apply to are listed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..records.grades import label
from ..render.i18n import format_money, format_per
from ..site.catalog import Item
from ..source.history import additions
from .pages import page
from .published import Published

DEADLINE_DAYS = 30


@dataclass
class Digest:
    title: str
    root_url: str  # base_url, ending in /
    since: date
    today: date
    updates: list[Item]  # newest first
    programs: list[Item]  # new, in list order (by deadline)
    deadlines: list[Item]  # in the next 30 days, by deadline


def digest(site: Published, since: date) -> Digest:
    catalog, config = site.catalog, site.folder.settings.config
    today = site.folder.today
    is_new = _newness(site, since)
    applying = [p for p in catalog.ordered("programs") if p.applying]
    last = today + timedelta(days=DEADLINE_DAYS)
    return Digest(config.title, config.root_url, since, today,
                  [u for u in catalog.ordered("updates") if u.date >= since],
                  [p for p in applying if is_new(p)],
                  [p for p in applying if p.deadline and p.deadline <= last])


def _newness(site: Published, since: date):
    """Whether a program is new since the day: added to git since its start in the site's
    time zone, else (not a checkout) verified since."""
    added = additions(site.source)
    if added is None:
        return lambda p: p.verified >= since
    zone = ZoneInfo(site.folder.settings.readable.timezone)
    start = datetime.combine(since, time(), zone).timestamp()
    return lambda p: added.get(p.entry.source.rel, 0) >= start


def html(d: Digest) -> str:
    return page("digest.html", digest=d, day=_day, grades=label, money=format_money,
                per=format_per)


def _day(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"
