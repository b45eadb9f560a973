"""The public pages of the page table, for the sitemap: every page a search engine may list, in
every language, with the date it last changed where the records on it tell (lastmod).
Left out: 404.html, the pages that ask search engines not to list them (a program's printable
flyer repeats its page), and the pages of records the published site does not have (drafts and updates not yet published, which
--drafts and the dev server build)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .catalog import Item, published, publishing_day
from .table import PageSpec

NOT_LISTED = ("404.html",)


@dataclass(frozen=True)
class Public:
    url: str  # site path without the base path: "", "es/programs/x/"
    lang: str
    lastmod: date | None  # None: no record dates this page


def changed_on(item: Item) -> date | None:
    """The date a record's page last changed, as the record tells: a program's or partner's
    `verified`, a guide's `updated`, an update's publishing day (its `date`, or `publish_on`
    when later); a page has none."""
    record = item.entry.record
    if item.kind == "updates":
        return publishing_day(record)
    return getattr(record, "verified", None) or getattr(record, "updated", None)


def public_pages(specs: list[PageSpec], today: date) -> list[Public]:
    """The pages of specs a search engine may list, in their order."""
    dates: dict[int, date | None] = {}  # id(item) -> its date, None when not public; a
    # record is on many lists, and each is looked at once
    return [Public(spec.url, spec.lang, _lastmod(spec.context, today, dates))
            for spec in specs if _public(spec, today)]


def _public(spec: PageSpec, today: date) -> bool:
    item = spec.context.get("item")
    if not spec.public or item is not None and not on_public_site(item, today):
        return False
    return spec.url.rpartition("/")[2] not in NOT_LISTED


def on_public_site(item: Item, today: date) -> bool:
    """Whether the published site has the record (the dev server and --drafts build more)."""
    return published(item.entry, today, drafts=False) is None


def _lastmod(context: dict, today: date, dates: dict[int, date | None]) -> date | None:
    """A record's page: the record's date; a list: the newest date of the published records
    on it (a pathway page's stages too); any other page: None."""
    if "item" in context:
        return changed_on(context["item"])
    items = list(context.get("items", ()))
    for stage in context.get("stages", {}).values():
        items += stage
    for item in items:
        if id(item) not in dates:
            dates[id(item)] = changed_on(item) if on_public_site(item, today) else None
    return max(filter(None, (dates[id(item)] for item in items)), default=None)
