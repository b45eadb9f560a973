"""The record kinds, declared once: where their files live, how they are read, where their pages
go and in what order they are listed. Everything else reads this table."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from .models import Guide, Page, Partner, Program, Record, Update, translation_model


@dataclass(frozen=True)
class Kind:
    name: str  # its folder under content/, and its key everywhere
    model: type[Record]
    translatable: tuple[str, ...]  # fields a translation may carry ("location.name"); body too
    url: str  # its pages' site path, with {slug}
    template: str
    order: Callable  # list order: a sort key of an item (a record with what the build derives)
    searched: bool  # its pages are in the search index
    listing: str | None = None  # the template of its list, at its section ("programs/")
    extensions: tuple[str, ...] = (".md",)

    @property
    def translation(self) -> type[Record]:
        return _TRANSLATIONS[self.name]

    def url_of(self, slug: str) -> str:
        return self.url.format(slug=slug)

    @property
    def section(self) -> str:
        """The folder of the site its pages sit in: "programs/" ("" for pages)."""
        return self.url.partition("{")[0]

    @property
    def singular(self) -> str:
        return self.name[:-1]


def program_order(p) -> tuple:
    """Open and closing soon first, by deadline (none last), then closed; then title, slug."""
    return (p.status == "closed", p.deadline is None, p.deadline or date.min,
            p.title.casefold(), p.slug)


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("partners", Partner, ("summary",), "partners/{slug}/", "partner.html",
         lambda p: (p.name.casefold(), p.slug), searched=True, listing="partners.html",
         extensions=(".md", ".yaml")),
    Kind("programs", Program, ("title", "summary", "eligibility", "location.name",
                               "schedule.times", "cost.per", "tags"),
         "programs/{slug}/", "program.html", program_order, searched=True,
         listing="programs.html"),
    Kind("guides", Guide, ("title", "summary"), "guides/{slug}/", "guide.html",
         lambda g: (g.order is None, g.order or 0, g.slug), searched=True, listing="guides.html"),
    Kind("updates", Update, ("title", "summary"), "updates/{slug}/", "update.html",
         lambda u: (-u.date.toordinal(), u.slug), searched=False, listing="updates.html"),
    Kind("pages", Page, ("title", "summary"), "{slug}/", "page.html",
         lambda p: (p.nav is None, p.nav or 0, p.slug), searched=False),
)}


def page_of(rel: str) -> str | None:
    """The page of a record or translation file, without a language folder
    ("content/programs/x.es.md" -> "programs/x/"); None for any other file."""
    parts = rel.split("/")
    if len(parts) == 3 and parts[0] == "content" and parts[1] in KINDS:
        return KINDS[parts[1]].url_of(parts[2].partition(".")[0])
    return None


_TRANSLATIONS = {k.name: translation_model(k.model, k.translatable) for k in KINDS.values()}
SEARCHED = tuple(k for k in KINDS.values() if k.searched)
