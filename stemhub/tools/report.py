"""The content health report as rows in sections, written for the terminal (every text from
the content made printable) and as one self-contained HTML page (escaped, no script)."""
from __future__ import annotations

from dataclasses import dataclass

from ..problems import plural, printable
from ..records.languages import language_name
from ..site.catalog import Item, translation_file
from .health import Health, Stale
from .pages import page


@dataclass(frozen=True)
class Row:
    day: str  # YYYY-MM-DD, or ""
    name: str  # the record's title or name
    path: str  # the file to change
    note: str
    url: str | None = None  # the record's page
    mail: str | None = None  # a mailto: link that asks the partner to confirm


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[Row]
    empty: str = "Nothing."


def sections(h: Health) -> list[Section]:
    def row(item: Item, note: str, day=None, path: str | None = None, mail=None) -> Row:
        return Row(str(day or ""), _name(item), path or item.entry.source.rel, note,
                   h.root_url + item.url, mail)

    return [
        Section(f"Not confirmed in {h.stale_after_days} days, oldest first",
                [row(s.item, _ask(s), s.item.verified, mail=s.ask) for s in h.stale]),
        Section("Deadlines in the next 14 days",
                [row(p, _days_left(h, p), p.deadline) for p in h.deadlines]),
        Section("Programs ending in the next 14 days",
                [row(p, "its last day", p.schedule.end) for p in h.ending]),
        Section("Partners with no listed program",
                [row(x, _past(x)) for x in h.idle]),
        Section("Without an apply link or a contact",
                [row(x, "no contact" if x.kind == "partners" else "no apply link and no contact")
                 for x in h.unreachable]),
        Section("Translations missing or older than their original",
                [row(p, f"featured without a {language_name(lang)} translation",
                     path=translation_file(p, lang)) for p, lang in h.untranslated]
                + [Row("", _name(o), t.source.rel, f"older than {o.source.rel}")
                   for t, o in h.outdated]),
        Section("Translation coverage of the programs listed (summary and eligibility)",
                [Row("", language_name(lang), "content/programs/",
                     f"{done} of {plural(of, 'program')}") for lang, done, of in h.coverage],
                "One language only."),
        Section("Updates scheduled for a later day",
                [Row(str(s.day), s.name, s.entry.source.rel, "published that day")
                 for s in h.scheduled]),
        Section("Web addresses that fail or could not be checked",
                [row(x.item, f"{x.key} {_url(x)}: {x.checked.status}") for x in h.links or ()],
                _no_failing_link(h)),
    ]


def _name(record) -> str:
    """A record's title, or a partner's name (of an Item or an Entry)."""
    return getattr(record.record, "title", None) or record.record.name


def _ask(s: Stale) -> str:
    c = s.contact
    parts = [x for x in (c.name, c.email, c.phone) if x] if c else []
    return "ask " + ", ".join(parts) if parts else "no contact to ask"


def _days_left(h: Health, p: Item) -> str:
    days = (p.deadline - h.today).days
    return "today is the last day" if days == 0 else f"{plural(days, 'day')} left"


def _past(partner: Item) -> str:
    ended = len(partner.past)
    return f"{plural(ended, 'ended program')} only" if ended else "no program at all"


def _no_failing_link(h: Health) -> str:
    if h.links is None:
        return "Not checked (add --links)."
    return "Not checked: this computer seems offline." if h.offline else "Nothing."


def _url(link) -> str:
    return getattr(link.item, link.key)


def text(h: Health) -> str:
    """The report for the terminal: no raw control character reaches it."""
    lines = [f"Content health of {h.title} on {h.today}"]
    if h.errors:
        lines.append(f"{plural(h.errors, 'error')} in the content: the records that have them "
                     "are left out; run build.py check")
    for section in sections(h):
        lines += ["", f"{section.title} ({len(section.rows)})"]
        lines += [f"  {r.day + '  ' if r.day else ''}{r.name} ({r.path}): {r.note}"
                  for r in section.rows] or [f"  {section.empty}"]
    return "\n".join(printable(line) for line in lines) + "\n"


def html(h: Health) -> str:
    """The report as one HTML page: styles inside it, no script, every value escaped."""
    return page("health.html", health=h, sections=sections(h))
