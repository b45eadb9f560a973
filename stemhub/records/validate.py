"""Documents -> typed records (and translations), or problems naming file, line and column."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from typing import TYPE_CHECKING

from pydantic import BaseModel

from ..source.documents import Document
from ..source.yamltree import Tree
from .explain import http_warnings, report
from .fields import SLUG
from .models import Record
from .kinds import KINDS
from .words import PER
from .partial import partial
from ..problems import Problems
from ..source.files import SourceFile

if TYPE_CHECKING:  # config reads site.yaml with this module's checks
    from .settings import Settings

WINDOWS_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                 *(f"lpt{i}" for i in range(1, 10))}
SITE_NAMES = {*KINDS, "search", "browse", "pathways", "data", "feed", "feeds", "sitemap",
              "calendar", "coverage", "embed", "static", "assets", "pagefind", "404", "index",
              "glossary", "admin", "submit"}
LANGUAGE_SHAPED = re.compile(r"^[a-z]{2}(-[a-z]{2})?$")
CLOSING_SOON_DAYS = 14
GONE = ("ended", "cancelled")  # the statuses of programs families no longer see listed


@dataclass(frozen=True)
class Entry:
    """A record or translation, with the document it came from (for positions). A broken one
    (it has errors) holds only the fields that could be read: it is checked, never published."""

    source: SourceFile
    doc: Document
    record: Record
    broken: bool = False

    @property
    def kind(self) -> str:
        return self.source.kind

    @property
    def slug(self) -> str:
        return self.source.slug


def check_names(files: list[SourceFile], problems: Problems) -> None:
    """Slug rules, reserved names and clashes, by file name alone."""
    seen: dict[tuple, SourceFile] = {}
    for f in sorted(files, key=lambda f: f.rel):
        message = slug_problem(f.kind, f.slug)
        if message:
            problems.error(f.rel, 1, None, message)
        key = (f.kind, unicodedata.normalize("NFC", f.slug).casefold(), f.lang)
        if key in seen:
            problems.error(f.rel, 1, None, f"the file name '{f.slug}' is already used by "
                                           f"{seen[key].rel}; rename one of them")
        else:
            seen[key] = f


def unread(files: list[SourceFile], records: list[Entry]) -> list[SourceFile]:
    """The record files (not translations) that gave no valid record."""
    valid = {(e.kind, e.slug) for e in records}
    return [f for f in files if f.lang is None and (f.kind, f.slug) not in valid]


def slug_problem(kind: str, slug: str) -> str | None:
    if not SLUG.match(slug) or len(slug) > 80:
        return (f"the file name '{slug}' is not allowed: use at most 80 lower-case letters "
                "a-z, digits and single hyphens (robotics-club.md)")
    if slug in WINDOWS_NAMES or slug == "page":
        return f"'{slug}' is a reserved name; choose another file name"
    if kind == "pages" and (slug in SITE_NAMES or LANGUAGE_SHAPED.match(slug)):
        return f"'{slug}' is a name the site uses itself; choose another page file name"
    return None


def validate(doc: Document, settings: Settings, today: date, problems: Problems) -> Entry:
    """The entry of a document, every problem of its fields reported; broken when it has
    errors (then with the fields that could be read, and the checks that need only those)."""
    src = doc.source
    data = doc.tree.data
    translation = src.lang is not None
    kind = KINDS[src.kind]
    model = kind.translation if translation else kind.model
    if not isinstance(data, dict):  # front matter that cannot be read: said when loaded
        return Entry(src, doc, model.model_construct(), broken=True)
    if src.ext == ".md" and src.kind == "partners" and "description" in data:
        line, col = doc.tree.keys[("description",)]
        problems.error(src.rel, line, col, "a partner .md file gives its description as the "
                                           "text below the front matter; delete this key")
        data = {k: v for k, v in data.items() if k != "description"}
    context = {"vocab": settings.vocab, "today": today}
    http_warnings(data, doc.tree, src.rel, problems)
    if src.kind == "programs" and not translation:
        _grades_needed(data, doc.tree, src.rel, problems)
    record = report(model, data, doc.tree, src.rel, context, problems, translation)
    entry = Entry(src, doc, record) if record else \
        Entry(src, doc, partial(model, data, context), broken=True)
    if not translation:
        _warnings(entry, settings, today, problems)
    return entry


def _grades_needed(data: dict, tree: Tree, rel: str, problems: Problems) -> None:
    audience = data.get("audience") or "students"
    audience = audience if isinstance(audience, list) else [audience]
    grades = data.get("grades")
    if "students" in audience and (grades is None or grades in ("", "~", [])):
        line, col = tree.where(("grades",)) if "grades" in data else (1, None)
        problems.error(rel, line, col, "grades is required when the audience includes students "
                                       "(grades: 9-12)")


def stale(record: Record, today: date, settings: Settings) -> bool:
    """A record a person confirms, last confirmed more than stale_after_days ago."""
    verified = getattr(record, "verified", None)
    return verified is not None and \
        today - verified > timedelta(days=settings.readable.stale_after_days)


def status(program, today: date) -> str:
    """A program's status (content-model.md, "Derived by the build")."""
    if program.availability == "cancelled":
        return "cancelled"
    if program.schedule and program.schedule.end and today > program.schedule.end:
        return "ended"
    if program.deadline and today > program.deadline:
        return "closed"
    if program.deadline and program.deadline - today <= timedelta(days=CLOSING_SOON_DAYS):
        return "closing-soon"
    return "open"


def _warnings(entry: Entry, settings: Settings, today: date, problems: Problems) -> None:
    """Warnings on what could be read: a stale record families can still see (a partner, or a
    program that has not ended or been cancelled), a deadline after the start."""
    rec, tree, rel = entry.record, entry.doc.tree, entry.source.rel
    seen = entry.kind != "programs" or status(rec, today) not in GONE
    if seen and stale(rec, today, settings):
        problems.warning(rel, *tree.where(("verified",)),
                         f"verified: {rec.verified} is more than "
                         f"{settings.readable.stale_after_days} days ago; confirm the record "
                         "with the partner and update the date")
    schedule = getattr(rec, "schedule", None)
    deadline = getattr(rec, "deadline", None)
    if deadline and schedule and schedule.start and deadline > schedule.start:
        problems.warning(rel, *tree.where(("deadline",)),
                         f"deadline: {deadline} is after the start date {schedule.start}; "
                         "check both dates")


def check_translations(originals: dict[tuple[str, str], Entry | None], translations: list[Entry],
                       settings: Settings, problems: Problems) -> list[Entry]:
    """Translations only of existing records, in listed languages, of fields the original has."""
    languages = settings.readable.languages
    kept = []
    for t in translations:
        rel, lang = t.source.rel, t.source.lang
        if lang not in [x.lower() for x in languages[1:]]:
            why = "the default language" if lang == languages[0].lower() else "not listed"
            problems.error(rel, 1, None, f"'{lang}' is {why} in site.yaml languages "
                                         f"({', '.join(languages)}); rename or delete the file")
        elif (t.kind, t.slug) not in originals:
            problems.error(rel, 1, None, f"there is no {t.kind[:-1]} '{t.slug}' to translate; "
                                         f"check the file name", KINDS[t.kind].url_of(t.slug))
        elif originals[(t.kind, t.slug)] is not None:
            if _fields_match(t, originals[(t.kind, t.slug)], problems):
                kept.append(t)
    return kept


def check_translation_dates(translations: list[Entry], originals: dict[tuple[str, str], Entry],
                            changed: dict[str, float] | None, problems: Problems) -> None:
    """A warning for each translation whose file last changed before its original's did (in
    the site folder's git history, when it is a checkout: changed is None otherwise): the
    original may say something the translation does not yet."""
    for t, original in outdated(translations, originals, changed):
        problems.warning(t.source.rel, 1, None, f"{original.source.rel} changed after this "
                         "translation did; check that the translation still says the same and "
                         "update it", KINDS[t.kind].url_of(t.slug))


def outdated(translations: list[Entry], originals: dict[tuple[str, str], Entry],
             changed: dict[str, float] | None):
    """(translation, original) for each translation whose file last changed before its
    original's did (changed: source/history.py's last_changes)."""
    for t in translations if changed else ():
        original = originals[(t.kind, t.slug)]
        if changed.get(t.source.rel, 0) < changed.get(original.source.rel, 0):
            yield t, original


def _fields_match(t: Entry, original: Entry, problems: Problems) -> bool:
    ok = True
    for key, value in t.record:
        if value is None:
            continue
        have = getattr(original.record, key, None)
        sub = [k for k, v in value] if isinstance(value, BaseModel) else []
        missing = have is None or any(getattr(have, k, None) is None
                                      for k in sub if getattr(value, k) is not None)
        if missing:
            line, col = t.doc.tree.keys.get((key,), (1, None))
            problems.error(t.source.rel, line, col, f"'{key}' cannot be translated: the "
                                                    "original has no such field",
                           KINDS[t.kind].url_of(t.slug))
            ok = False
        elif key == "cost" and value.per and have.per in PER:
            line, col = t.doc.tree.keys.get(("cost", "per"), (1, None))
            problems.error(t.source.rel, line, col, f"cost.per cannot be translated: the "
                           f"original's '{have.per}' is a word the site translates by itself; "
                           "delete this key", KINDS[t.kind].url_of(t.slug))
            ok = False
    return ok
