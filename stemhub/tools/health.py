"""`build.py report`: what in the published content needs a person's attention, found in the
records as check reads them. Only published records count (no drafts, no update before its
day); ended and cancelled programs need nothing more."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from ..records.addresses import mailto
from ..records.models import Contact
from ..records.validate import CLOSING_SOON_DAYS, Entry, outdated
from ..site.catalog import OPEN, Item, publishing_day, untranslated_featured
from ..source.history import last_changes
from .linkcheck import Checked
from .published import Published

SOON_DAYS = CLOSING_SOON_DAYS  # "in the next 14 days": deadlines and ends
URL_FIELDS = ("website", "apply_url")


@dataclass(frozen=True)
class Stale:
    """A record last confirmed too long ago, whom to ask and the e-mail that asks."""

    item: Item
    contact: Contact | None
    ask: str | None  # a mailto: link with its subject and body, when there is an address


@dataclass(frozen=True)
class Link:
    """An external address of a record that fails, with what the checker found."""

    item: Item
    key: str
    checked: Checked


@dataclass(frozen=True)
class Scheduled:
    """An update the published site shows from a later day."""

    day: date
    entry: Entry

    @property
    def name(self) -> str:
        return self.entry.record.title


@dataclass
class Health:
    title: str
    root_url: str  # base_url, ending in /: pages' addresses are made from it
    today: date
    stale_after_days: int
    errors: int  # errors check reports (their records are left out of this report)
    stale: list[Stale] = field(default_factory=list)
    deadlines: list[Item] = field(default_factory=list)
    ending: list[Item] = field(default_factory=list)
    idle: list[Item] = field(default_factory=list)  # partners with no listed program
    unreachable: list[Item] = field(default_factory=list)  # open programs with no apply
    # link and no contact (their own or their lead partner's), partners with no contact
    untranslated: list[tuple[Item, str]] = field(default_factory=list)  # (program, lang)
    outdated: list[tuple[Entry, Entry]] = field(default_factory=list)  # (translation, original)
    # (language, programs whose summary and eligibility it has, programs): each other language
    coverage: list[tuple[str, int, int]] = field(default_factory=list)
    scheduled: list[Scheduled] = field(default_factory=list)  # by day
    links: list[Link] | None = None  # None: not checked
    offline: bool = False  # no address could be checked: the network failed for every one


def health(site: Published, check: Callable[[list[str]], dict[str, Checked]] | None = None
           ) -> Health:
    """What needs attention; with check (linkcheck.py's check_links, given the cache), also
    the records' web addresses that fail."""
    catalog, folder, config = site.catalog, site.folder, site.folder.settings.config
    programs = [p for p in catalog.all("programs") if p.status not in ("ended", "cancelled")]
    partners = catalog.all("partners")
    found = Health(config.title, config.root_url, folder.today,
                   folder.settings.readable.stale_after_days,
                   sum(p.severity == "error" for p in site.problems.items))
    found.stale = [_stale(x, config.title, config.root_url)
                   for x in sorted(programs + partners, key=lambda x: (x.verified, x.url))
                   if x.stale]
    found.deadlines = sorted((p for p in programs if p.status == "closing-soon"),
                             key=lambda p: (p.deadline, p.slug))
    found.ending = _ending(programs, folder.today)
    found.idle = [x for x in partners if not x.programs]
    found.unreachable = [p for p in programs if p.status in OPEN and not p.apply_url
                         and not _contact(p)] + [x for x in partners if not x.contact]
    found.untranslated = list(untranslated_featured(
        catalog.all("programs"), folder.settings.readable.languages[1:]))
    found.outdated = _outdated(site)
    found.coverage = [(lang, sum(_translated(p, lang) for p in programs), len(programs))
                      for lang in [x.lower() for x in folder.settings.readable.languages[1:]]]
    found.scheduled = _scheduled(site.folder.records, folder.today)
    if check:
        found.links, found.offline = _failing(site, check)
    return found


def _translated(program: Item, lang: str) -> bool:
    """Its summary, and its eligibility where it has one, given in lang."""
    t = program.translations.get(lang)
    return bool(t and getattr(t.record, "summary", None)
                and (not program.record.eligibility or getattr(t.record, "eligibility", None)))


def _ending(programs: list[Item], today: date) -> list[Item]:
    """The programs whose last day is in the next 14 days, by that day."""
    soon = today + timedelta(days=SOON_DAYS)
    return sorted((p for p in programs if p.schedule and p.schedule.end
                   and today <= p.schedule.end <= soon), key=lambda p: (p.schedule.end, p.slug))


def _scheduled(records: list[Entry], today: date) -> list[Scheduled]:
    """The updates, drafts aside, published after today, by that day."""
    found = (Scheduled(publishing_day(e.record), e) for e in records
             if e.kind == "updates" and not e.record.draft)
    return sorted((s for s in found if s.day > today), key=lambda s: (s.day, s.entry.slug))


def _outdated(site: Published) -> list[tuple[Entry, Entry]]:
    """The translations of published records older than their original, in git."""
    items = site.catalog.items
    originals = {(e.kind, e.slug): e for e in site.folder.records if e.slug in items[e.kind]}
    translations = [t for t in site.folder.translations if (t.kind, t.slug) in originals]
    return list(outdated(translations, originals, last_changes(site.source)))


def _failing(site: Published, check) -> tuple[list[Link], bool]:
    """The addresses that fail or could not be checked, and whether none could (offline)."""
    held = _external_links(site)
    answers = check(sorted(held))
    if answers and not any(c.reached for c in answers.values()):
        return [], True
    return [Link(item, key, answers[url]) for url, places in sorted(held.items())
            if not answers[url].ok for item, key in places], False


def _contact(item: Item) -> Contact | None:
    """Whom to ask about a record: its own contact, else its lead partner's."""
    own = item.contact
    if own or not getattr(item, "partners", None):
        return own
    return item.partners[0].contact


def _stale(item: Item, site: str, root_url: str) -> Stale:
    contact = _contact(item)
    if not (contact and contact.email):
        return Stale(item, contact, None)
    name = getattr(item, "title", None) or item.name
    body = (f"Hello{' ' + contact.name if contact.name else ''},\n\n{site} lists {name} at "
            f"{root_url}{item.url}\nWe last confirmed it on {_day(item.verified)}. Is "
            "everything on that page still right: the dates, the cost, how to apply and whom "
            "to ask? Please reply with any change, or just to say it is all correct.\n\n"
            f"Thank you,\n{site}")
    return Stale(item, contact, mailto(contact.email, f"Please confirm: {name}", body))


def _day(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _external_links(site: Published) -> dict[str, list[tuple[Item, str]]]:
    """Each web address of a published record's fields -> the records and keys that hold it."""
    held: dict[str, list[tuple[Item, str]]] = {}
    for kind in ("partners", "programs"):
        for item in site.catalog.all(kind):
            for key in URL_FIELDS:
                url = getattr(item, key, None)
                if url:
                    held.setdefault(url, []).append((item, key))
    return held
