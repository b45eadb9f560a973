"""What one version of a site folder changes from another, in sentences a reviewer reads ("adds
1 program: Robotics Club (grades 6-8, free)", "changes the deadline of Welding Weekends from
March 1 to March 15"), as Markdown for a GitHub job summary or as plain text lines."""
from __future__ import annotations

import re
from datetime import date
from string import punctuation

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from pydantic import BaseModel

from .build import Folder
from .problems import Problems, plural, printable, summary
from .records.grades import label
from .records.kinds import KINDS
from .records.models import Cost
from .render.i18n import format_money, format_per

NAMES_SHOWN = 10  # names after "adds 12 programs:" before "and 2 more"
PHRASES_SHOWN = 20  # sentences a kind before "and 5 more changes"
VALUE_SHOWN = 80  # characters of a value before "…"
LONG_TEXT = {"body": "description", "summary": "summary", "eligibility": "eligibility"}
# (a partner's description, in a .yaml file or below its .md front matter, is its body here)
LABELS = {"apply_url": "application link", "partner": "partners", "verified": "verified date",
          "verified_by": "verifier", "draft": "draft status", "featured": "featured status",
          "paid": "paid status", "publish_on": "publication date", "nav": "navigation place",
          "order": "place in the list", "kind": "kind of organisation",
          "updated": "updated date", "location.name": "place", "location.city": "town",
          "location.zip": "ZIP code", "schedule.start": "start date",
          "schedule.end": "end date", "schedule.days": "days", "schedule.time": "hours",
          "schedule.times": "times", "contact.name": "contact",
          "contact.email": "contact e-mail", "contact.phone": "contact phone"}
NAME_FIELDS = ("title", "name")
REACH = ("website", "apply_url", "contact.email", "contact.phone")  # where a family is sent:
# a change to one is always listed, its values in full, never folded into "and N more"
LISTED = (*REACH, "body")  # always listed: a description's Markdown may hold links too


class Content(str):
    """Text that comes from a record: escaped for the channel it is written to."""


Phrase = tuple  # of str (our words) and Content


class Kept(tuple):
    """A phrase listed whatever the number of others: a changed link, e-mail, phone or
    description."""


def describe(before: Folder, after: Folder, problems: Problems, style: str) -> str:
    """The change summary of after against before: markdown or text."""
    old, new = _keyed(before), _keyed(after)
    unread = _unread(before) | _unread(after)
    groups = {kind: _kind_phrases(kind, old, new, unread) for kind in KINDS}
    errors = summary(problems.sorted(), len(after.found.records)) \
        if problems.has_errors() else None
    write = _markdown if style == "markdown" else _text
    return write({k: v for k, v in groups.items() if v}, errors)


def _keyed(folder: Folder) -> dict[tuple, object]:
    """(kind, slug, lang) -> entry: records with lang None, translations with theirs."""
    return {(e.kind, e.slug, e.source.lang): e for e in folder.records + folder.translations}


def _unread(folder: Folder) -> set[tuple]:
    """The files that are there but could not be read as valid records or translations."""
    there = {(f.kind, f.slug, f.lang) for f in folder.found.records}
    return there - set(_keyed(folder))


def _kind_phrases(kind: str, old: dict, new: dict, unread: set) -> list[Phrase]:
    keys = sorted((k for k in old.keys() | new.keys() if k[0] == kind and k not in unread),
                  key=lambda k: (k[1], k[2] or ""))
    originals = [k for k in keys if k[2] is None]
    added = [new[k] for k in originals if k not in old]
    removed = [old[k] for k in originals if k not in new]
    phrases = [_listed("adds", added, kind, detail=True), _listed("removes", removed, kind)]
    for key in originals:
        if key in old and key in new:
            phrases.extend(_field_changes(old[key], new[key], _name(new[key])))
    phrases += _translations([k for k in keys if k[2]], old, new)
    return _folded([p for p in phrases if p])


def _folded(phrases: list[Phrase]) -> list[Phrase]:
    """The phrases in order, those after the first PHRASES_SHOWN counted in "and N more
    changes", but for the Kept ones, listed all."""
    shown, others = [], 0
    for phrase in phrases:
        if isinstance(phrase, Kept) or others < PHRASES_SHOWN:
            shown.append(phrase)
            others += not isinstance(phrase, Kept)
    rest = len(phrases) - len(shown)
    return shown + ([(f"and {plural(rest, 'more change')}",)] if rest else [])


def _listed(verb: str, entries: list, kind: str, detail: bool = False) -> Phrase:
    """"adds 2 programs: A (grades 6-8, free), B"; () when there are none."""
    if not entries:
        return ()
    names = [(_name(e), " (", _detail(e.record), ")") if detail and _detail(e.record)
             else (_name(e),) for e in entries]
    return (f"{verb} {plural(len(entries), KINDS[kind].singular)}: ", *_joined(names))


def _joined(items: list[tuple]) -> tuple:
    """Items one after another, at most NAMES_SHOWN of them: "A, B, C and 4 more"."""
    joined: list = []
    for i, item in enumerate(items[:NAMES_SHOWN]):
        joined += [", "] if i else []
        joined += item
    if len(items) > NAMES_SHOWN:
        joined.append(f" and {len(items) - NAMES_SHOWN} more")
    return tuple(joined)


def _detail(record) -> Content:
    """What a family first asks of a new program: its grades and its cost; a draft says so."""
    grades = getattr(record, "grades", None)
    words = [f"{'grade' if len(grades) == 1 else 'grades'} {label(grades)}" if grades else "",
             _cost(record.cost) if hasattr(record, "cost") else "",
             "draft" if getattr(record, "draft", False) else ""]
    return Content(", ".join(w for w in words if w))


def _name(entry) -> Content:
    record = entry.record
    return Content(getattr(record, "title", None) or getattr(record, "name", entry.slug))


def _translations(keys: list[tuple], old: dict, new: dict) -> list[Phrase]:
    """"adds a Spanish translation of A", "edits the Vietnamese translations of B, C": one
    sentence for each thing done in each language."""
    done: dict[tuple[str, str], list] = {}
    for key in keys:
        verb = _translation_verb(old.get(key), new.get(key))
        original = new.get(key[:2] + (None,)) or old[key[:2] + (None,)]
        if verb:
            done.setdefault((verb, key[2]), []).append((_name(original),))
    phrases = []
    for (verb, lang), names in done.items():
        the = "a" if verb == "adds" else "the"
        head = f"{verb} {the} {_language(lang)} translation of " if len(names) == 1 else \
            f"{verb} {'' if verb == 'adds' else 'the '}{_language(lang)} translations of "
        phrases.append((head, *_joined(names)))
    return phrases


def _translation_verb(old, new) -> str | None:
    if old is None:
        return "adds"
    if new is None:
        return "removes"
    if old.record != new.record or old.doc.body != new.doc.body:
        return "edits"
    return None


def _language(code: str) -> str:
    try:
        return Locale.parse(code, sep="-").get_display_name("en")
    except (ValueError, UnknownLocaleError):
        return code


def _field_changes(old, new, name: Content) -> list[Phrase]:
    """One sentence per field that differs, in the model's order, the body last."""
    before, after = _fields(old), _fields(new)
    keys = dict.fromkeys([*after, *before])
    phrases: list[Phrase] = []
    for key in keys:
        if before.get(key) != after.get(key):
            phrase = _field_change(key, before.get(key), after.get(key), name)
            phrases.append(Kept(phrase) if key in LISTED else phrase)
    return phrases


def _fields(entry) -> dict[str, object]:
    """Every field of a record, those of a place, schedule or contact one by one
    ("location.zip"), and its body (a .yaml partner's description)."""
    fields: dict[str, object] = {}
    for key, value in entry.record:
        nested = isinstance(value, BaseModel) and not isinstance(value, Cost)
        if key == "location":  # a program's: none is online
            fields[key] = "online" if value is None else "in person"
        elif not nested:
            fields[key] = value
        if nested:
            fields.update((f"{key}.{k}", v) for k, v in value)
    description = fields.pop("description", None)  # a partner's in its .yaml file
    fields["body"] = entry.doc.body or description
    return fields


def _field_change(key: str, a, b, name: Content) -> Phrase:
    if key in LONG_TEXT:
        return (f"edits the {LONG_TEXT[key]} of ", name)
    if key in NAME_FIELDS:
        return ("renames ", Content(a), " to ", Content(b))
    what = LABELS.get(key, key.rpartition(".")[2].replace("_", " "))
    years = not (isinstance(a, date) and isinstance(b, date) and a.year == b.year)
    shown_a, shown_b = _shown(key, a, years), _shown(key, b, years)
    if shown_a is None:
        return (f"sets the {what} of ", name, " to ", shown_b)
    if shown_b is None:
        return (f"removes the {what} of ", name)
    return (f"changes the {what} of ", name, " from ", shown_a, " to ", shown_b)


def _shown(key: str, value, years: bool) -> Content | None:
    """A value as a reviewer reads it; None when there is none."""
    if value is None or value == []:
        return None
    text = _words(key, value, years)
    short = len(text) <= VALUE_SHOWN or key in REACH  # a link's end may be what changed
    return Content(text if short else text[:VALUE_SHOWN - 1] + "…")


def _words(key: str, value, years: bool) -> str:
    if isinstance(value, date):
        return format_date(value, "MMMM d, y" if years else "MMMM d", locale="en")
    if isinstance(value, Cost):
        return _cost(value)
    if key == "grades":
        return label(value)
    if isinstance(value, list):
        return ", ".join(_words(key, v, years) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _cost(cost: Cost) -> str:
    """free, $40, $185 per week (financial aid)."""
    if cost.free:
        return "free"
    text = format_money(cost.amount, "en") + (f" {format_per(cost.per)}" if cost.per else "")
    return text + (" (financial aid)" if cost.financial_aid else "")


def _markdown(groups: dict[str, list[Phrase]], errors: str | None) -> str:
    lines = ["### What this changes in the listings", ""]
    if errors:
        lines += [f"**The new version has problems:** {errors}. The check marks each on its "
                  "line; records with errors are left out below.", ""]
    for kind, phrases in groups.items():
        lines += [f"**{kind.capitalize()}**", ""]
        lines += ["- " + "".join(_escape(p) if isinstance(p, Content) else p for p in phrase)
                  for phrase in phrases] + [""]
    if not groups:
        lines += ["No listing is added, removed or changed.", ""]
    return "\n".join(lines)


def _text(groups: dict[str, list[Phrase]], errors: str | None) -> str:
    lines = ["What this changes in the listings"]
    if errors:
        lines.append(f"The new version has problems: {errors}; records with errors are left out.")
    for kind, phrases in groups.items():
        lines.append(f"{kind.capitalize()}:")
        lines += ["- " + "".join(printable(p) if isinstance(p, Content) else p for p in phrase)
                  for phrase in phrases]
    if not groups:
        lines.append("No listing is added, removed or changed.")
    return "\n".join(lines) + "\n"


_MARKDOWN = {ord(c): "\\" + c for c in punctuation}
_MARKDOWN.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", 0x200B: "&#8203;"})
_MARKDOWN.update({c: " " for c in (*range(0x20), 0x7f, 0x85, 0x2028, 0x2029)})
_REFERENCE = re.compile(r"[@#]|(?<=GH-)", re.IGNORECASE)  # @name, #12, org/repo#12, GH-12


def _escape(text: str) -> str:
    """Text shown as itself in GitHub Markdown: every character Markdown or HTML could read as
    syntax escaped, line breaks and control characters made spaces, and a zero-width space
    after each @, # and GH- so that no mention or reference notifies or links anyone (GitHub
    finds those in the text Markdown makes, where a backslash escape is already gone)."""
    return _REFERENCE.sub("\\g<0>\u200b", text).translate(_MARKDOWN)
