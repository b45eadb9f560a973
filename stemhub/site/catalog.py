"""All records linked into one catalog: references both ways, derived status, lists and facets."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import date

from ..records.settings import Settings
from ..records.fields import suggest
from ..records.grades import GRADES
from ..records.languages import language_name
from ..records.logos import published_path
from ..records.models import Record
from ..records.words import BUILT_IN
from ..problems import Problems
from ..records.kinds import KINDS, program_order
from ..records.validate import Entry, stale, status

AUDIENCE = BUILT_IN["audience"].split()
OPEN = ("open", "closing-soon")  # the statuses before the deadline has passed
LISTED = (*OPEN, "closed")
BROWSE = ("grade", "audience", "type", "sector", "region", "season", "focus")
JOINERS = ("students", "families")  # who a grade list is for (content-model.md, "Audience")
CLASS_TYPES = ("field-trip",)  # types a teacher books for a whole class (docs/templates.md)


@dataclass(eq=False)
class Item:
    """One published record with what the build derives for it. Record fields read through."""

    entry: Entry
    url: str  # site path without the base path or language: "programs/robotics-club/"
    lang: str  # the language of the pages it is shown on
    original: str  # the language of its own file (the site's first)
    record: Record | None = None  # what templates read: the entry's record, or that with the
    # text of its translation into lang (site/editions.py)
    translated: frozenset[str] = frozenset()  # the fields shown in lang ("title", "body", ...)
    translations: dict[str, Entry] = field(default_factory=dict)
    status: str = ""
    stale: bool = False
    partners: list[Item] = field(default_factory=list)  # programs: lead first
    programs: list[Item] = field(default_factory=list)  # partners: listed programs
    past: list[Item] = field(default_factory=list)  # partners: ended or cancelled programs
    logo: str | None = None  # partners: site path of the logo, "assets/logos/x.png"

    def __post_init__(self):
        if self.record is None:
            self.record = self.entry.record

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("entry", "record"):
            raise AttributeError(name)
        value = self.__dict__[name] = getattr(self.record, name)  # read once: the record
        # never changes (an edition's copy is a new item)
        return value

    def lang_of(self, field: str) -> str:
        """The language a text field is shown in ("title", "location.name", "body")."""
        return self.lang if self.lang == self.original or field in self.translated \
            else self.original

    @property
    def untranslated(self) -> bool:
        """Shown in a language it has no translation into."""
        return self.lang != self.original and not self.translated

    @property
    def slug(self) -> str:
        return self.entry.slug

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def listed(self) -> bool:
        return self.status in LISTED

    @property
    def badge(self) -> str:
        """The one status a card or page shows, the first that applies: cancelled, ended,
        closed, full, waitlist, closing-soon, open."""
        if self.status in OPEN and self.availability in ("full", "waitlist"):
            return self.availability
        return self.status

    @property
    def applying(self) -> bool:
        """Open for applications: open or closing soon, and not full (a waitlist takes them)."""
        return self.status in OPEN and self.availability != "full"

    @property
    def joinable(self) -> bool:
        """Whether a student or a family can join it: then it is on its grades' lists; a
        program only for educators gives the grades its participants teach."""
        return any(a in JOINERS for a in self.audience)

    @property
    def linked(self) -> tuple[Item, ...]:
        """The items it links: a program's partners, a partner's programs and past ones."""
        return (*self.partners, *self.programs, *self.past)

    @cached_property  # as the record's fields: it never changes
    def signs_up(self) -> list[str]:
        """Who signs up, in the audience vocabulary's order; "class" (a teacher, for a whole
        class) in place of students in a type booked by schools."""
        return ["class" if a == "students" and self.type in CLASS_TYPES else a
                for a in AUDIENCE if a in self.audience]

    @cached_property
    def class_trip(self) -> bool:
        """A teacher books it for a whole class, and no one else signs up: a family can only
        ask their child's teacher for it."""
        return self.signs_up == ["class"]


@dataclass
class Catalog:
    settings: Settings
    today: date
    items: dict[str, dict[str, Item]]  # kind -> slug -> item, published only
    unpublished: dict[str, str]  # url -> why it is not published ("a draft")
    lang: str  # the language of its pages (site/editions.py makes one catalog a language)
    lists: dict[str, list[Item]] = field(init=False)  # kind -> items in list order
    facets: dict[str, dict[str, list[Item]]] = field(init=False)  # facet -> value -> programs

    def __post_init__(self):
        self.lists = {k: sorted(self.items[k].values(), key=KINDS[k].order) for k in self.items}
        self.lists["programs"] = [p for p in self.lists["programs"] if p.listed]
        self.facets = _facets(self.lists["programs"], self.settings)

    def all(self, kind: str) -> list[Item]:
        """Every published record of a kind, by slug."""
        return list(self.items[kind].values())

    def ordered(self, kind: str) -> list[Item]:
        """A kind's records in list order; programs: only the listed ones (open and closing
        soon by deadline, then closed)."""
        return self.lists[kind]

    def programs(self) -> list[Item]:
        return self.lists["programs"]


def family_first(programs: list[Item]) -> list[Item]:
    """A list of programs as families see it: those they can sign up for, then the class trips,
    each group in the list's own order (docs/templates.md, "Class trips")."""
    return [p for p in programs if not p.class_trip] + [p for p in programs if p.class_trip]


def publishing_day(update) -> date:
    """An update's first day on the published site: its date, or publish_on when later."""
    return max(update.date, update.publish_on or update.date)


def published(entry: Entry, today: date, drafts: bool) -> str | None:
    """None when the record is published, else why not."""
    rec = entry.record
    if getattr(rec, "draft", False) and not drafts:
        return "a draft"
    if entry.kind == "updates" and not drafts:
        day = publishing_day(rec)
        if day > today:
            return f"an update not published before {day}"
    return None


def link(entries: list[Entry], translations: list[Entry], known: dict[str, set[str]],
         logos: dict[str, str], settings: Settings, today: date, drafts: bool,
         problems: Problems) -> Catalog:
    items: dict[str, dict[str, Item]] = {k: {} for k in KINDS}
    unpublished: dict[str, str] = {}
    lang = settings.readable.languages[0]
    for entry in sorted(entries, key=lambda e: (e.kind, e.slug)):
        url = KINDS[entry.kind].url_of(entry.slug)
        why = published(entry, today, drafts)
        if why:
            unpublished[url] = why
            continue
        item = Item(entry, url, lang, lang)
        if entry.kind == "partners" and entry.slug in logos:
            item.logo = published_path(entry.slug, logos[entry.slug])
        if entry.kind == "programs":
            item.status = status(entry.record, today)
        item.stale = stale(entry.record, today, settings)
        items[entry.kind][entry.slug] = item
    for t in translations:
        item = items[t.kind].get(t.slug)
        if item:
            item.translations[t.source.lang] = t
    _link_partners(items, known["partners"], problems)
    _check_featured(items["programs"].values(), settings.readable.languages[1:], problems)
    return Catalog(settings, today, items, unpublished, lang)


def _check_featured(programs, languages: list[str], problems: Problems) -> None:
    """A warning for each program on the home page (featured and open) without a translation
    into each of the site's other languages: families who read them see it first."""
    for p, lang in untranslated_featured(programs, languages):
        line, col = p.entry.doc.tree.where(("featured",))
        problems.warning(p.entry.source.rel, line, col, "featured: this program is on the "
                         f"home page but has no {language_name(lang)} translation; add "
                         f"{translation_file(p, lang)}", p.url)


def untranslated_featured(programs, languages: list[str]):
    """(program, language) for each program on the home page without a translation into
    each of the given languages."""
    for p in programs:
        if p.featured and p.status in OPEN:
            for lang in [x.lower() for x in languages if x.lower() not in p.translations]:
                yield p, lang


def translation_file(item: Item, lang: str) -> str:
    """Where a record's translation into lang goes: content/programs/x.es.md."""
    return f"{item.entry.source.rel.rsplit('.', 1)[0]}.{lang}.md"


def _link_partners(items: dict[str, dict[str, Item]], known: set[str], problems: Problems):
    for program in items["programs"].values():
        for i, slug in enumerate(program.partner):
            partner = items["partners"].get(slug)
            if partner:
                program.partners.append(partner)
                (partner.programs if program.listed else partner.past).append(program)
            elif slug not in known:
                line, col = program.entry.doc.tree.where(("partner", i))
                if ("partner", i) not in program.entry.doc.tree.values:
                    line, col = program.entry.doc.tree.where(("partner",))
                problems.error(program.entry.source.rel, line, col,
                               f"partner: there is no partner '{slug}'"
                               f"{suggest(slug, sorted(known))} Partners live in "
                               "content/partners/<file name>.yaml", KINDS["partners"].url_of(slug))
    for partner in items["partners"].values():
        partner.programs.sort(key=program_order)
        partner.past.sort(key=lambda p: (p.title.casefold(), p.slug))


def _facets(listed: list[Item], settings: Settings) -> dict:
    vocab = settings.vocab
    facets: dict[str, dict[str, list[Item]]] = {
        "grade": {g.lower(): [] for g in GRADES},
        "audience": {w: [] for w in vocab["audience"]},
        "type": {w: [] for w in vocab["types"]},
        "sector": {w: [] for w in vocab["sectors"]},
        "region": {w: [] for w in vocab["regions"]},
        "season": {w: [] for w in vocab["seasons"]},
        "focus": {w: [] for w in vocab["focus"]},
        "free": {"free": []},
    }
    for p in listed:
        keys = [("grade", g.lower()) for g in (p.grades or ()) if p.joinable]
        keys += [("audience", a) for a in p.audience]
        keys += [("type", p.type)] + [("sector", s) for s in p.sectors]
        keys += [("season", s) for s in p.seasons] + [("focus", f) for f in p.focus]
        keys += [("region", p.location.region)] if p.location else []
        keys += [("free", "free")] if p.cost.free else []
        for facet, value in keys:
            facets[facet].setdefault(value, []).append(p)
    return facets
