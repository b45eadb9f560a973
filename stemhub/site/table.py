"""The page table: every URL of the site with its template and context (docs/templates.md)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..records.kinds import KINDS
from .catalog import BROWSE, OPEN, Catalog, family_first
from .editions import Edition
from .edits import edit_of
from ..records.grades import GRADES
from .filters import groups
from .pagefind import EARLY, wasm_file
from .similar import similar_open

PER_PAGE = 20


@dataclass
class PageSpec:
    url: str  # site path without the base path: "" for home, "es/programs/x/", "404.html"
    template: str
    context: dict
    lang: str = ""  # the language of the page (the folder its edition's pages are in)
    public: bool = True  # False: the page asks search engines not to list it (noindex)


@dataclass
class Pagination:
    number: int
    count: int
    urls: list[str]  # site path of every page of the list

    @property
    def prev(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None


def paginate(base: str, items: list, template: str, context: dict) -> list[PageSpec]:
    """A list at most PER_PAGE a page: base, then base + 'page/2/', ..."""
    chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
    urls = [base] + [f"{base}page/{n}/" for n in range(2, len(chunks) + 1)]
    return [PageSpec(url, template, {**context, "items": chunk, "total": len(items),
                                     "pagination": Pagination(n, len(chunks), urls)})
            for n, (url, chunk) in enumerate(zip(urls, chunks), start=1)]


def page_table(editions: list[Edition], bodies, features: tuple) -> list[PageSpec]:
    """Every page of every language: each edition's pages in its folder ("es/programs/x/"),
    with those of the features turned on (features/feature.py)."""
    return [replace(spec, url=e.prefix + spec.url, lang=e.lang)
            for e in editions for spec in _pages(e.catalog, bodies, features)]


def _pages(catalog: Catalog, bodies, features: tuple) -> list[PageSpec]:
    """Every page of one language; bodies.of(item) gives a record's rendered Markdown and table
    of contents. The URLs have no language folder; pagination and links in templates use them
    through url(), which adds it."""
    listed = catalog.programs()
    pages = [_home(catalog, listed, catalog.ordered("updates"))]
    for kind in KINDS.values():
        if kind.listing:
            items = catalog.ordered(kind.name)
            pages += paginate(kind.section, family_first(items) if kind.name == "programs"
                              else items, kind.listing, {})
    more = {"programs": _program_context(catalog, features),
            "partners": _partner_context(catalog)}
    for kind in KINDS.values():
        extra = more.get(kind.name, _nothing)
        for item in catalog.all(kind.name):
            body, toc = bodies.of(item)
            pages.append(PageSpec(item.url, kind.template,
                                  {"item": item, "body": body, "toc": toc, **extra(item)}))
    pages += _browse(catalog) + _pathways(catalog)
    pages.append(PageSpec("glossary/", "glossary.html", {}))
    pages.append(PageSpec("search/", "search.html", {
        "groups": groups(catalog, listed),
        "near": any(p.location and p.location.zip for p in listed),
        "pagefind_wasm": wasm_file(catalog.lang), "early": EARLY}))
    for feature in features:
        pages += feature.pages(catalog)
    pages.append(PageSpec("404.html", "404.html", {}))
    return pages


def _nothing(item) -> dict:
    return {}


def _program_context(catalog: Catalog, features: tuple):
    """What a program page is given beside its record: `similar`, the programs open now to
    show when it cannot be joined, `edit`, its file in the repository's web editor, and what
    the features turned on add (`calendar`)."""
    similar = similar_open(catalog.all("programs"))
    repository = catalog.settings.config.repository
    extras = [feature.program_context(catalog) for feature in features]

    def of(p) -> dict:
        context = {"similar": similar.get(p.slug), "edit": edit_of(p, repository)}
        for extra in extras:
            context.update(extra(p))
        return context
    return of


def _partner_context(catalog: Catalog):
    """What a partner page is given beside its record: `edit`, its file in the repository's
    web editor."""
    repository = catalog.settings.config.repository
    return lambda p: {"edit": edit_of(p, repository)}


def _home(catalog: Catalog, listed: list, updates: list) -> PageSpec:
    """The home page, from the listed programs and the updates, each in list order."""
    return PageSpec("", "home.html", {
        "featured": [p for p in listed if p.featured and p.status in OPEN],
        "closing_soon": [p for p in listed if p.badge == "closing-soon"],
        "latest_update": updates[0] if updates else None,
        "program_count": len(listed),
        "ways": {facet: [(v, facet_label(catalog, facet, v), len(catalog.facets[facet][v]))
                         for v in catalog.facets[facet]]
                 for facet in ("audience", "season", "region", "sector")},
    })


def facet_label(catalog: Catalog, facet: str, value: str) -> str:
    names = catalog.settings.names
    vocab = {"type": "types", "sector": "sectors", "region": "regions", "season": "seasons",
             "focus": "focus", "audience": "audience"}.get(facet)
    if facet == "grade":
        return GRADES[[g.lower() for g in GRADES].index(value)]
    return names[vocab][value] if vocab else value


def _browse(catalog: Catalog) -> list[PageSpec]:
    pages = []
    index = {}
    for facet in BROWSE + ("free",):
        values = catalog.facets[facet]
        index[facet] = [(v, facet_label(catalog, facet, v), len(values[v])) for v in values]
        for value, programs in values.items():
            base = "browse/free/" if facet == "free" else f"browse/{facet}/{value}/"
            pages += paginate(base, family_first(programs), "browse.html", {
                "facet": facet, "value": value, "label": facet_label(catalog, facet, value)})
    pages.append(PageSpec("browse/", "browse-index.html", {"facets": index}))
    return pages


def _pathways(catalog: Catalog) -> list[PageSpec]:
    pages, sectors = [], []
    for sector, programs in catalog.facets["sector"].items():
        stages = {s: [p for p in programs if p.stage == s]
                  for s in ("awareness", "exploration", "immersion")}
        stages["other"] = [p for p in programs if p.stage is None]
        label = facet_label(catalog, "sector", sector)
        sectors.append((sector, label, len(programs)))
        pages.append(PageSpec(f"pathways/{sector}/", "pathway.html", {
            "sector": sector, "label": label, "stages": stages, "grades": _grades(programs)}))
    return [PageSpec("pathways/", "pathways.html", {"sectors": sectors})] + pages


def _grades(programs: list) -> list[tuple[str, str]]:
    """(value, label) of every grade a student or family can join one of programs at, in order:
    the grade filter of a pathway page (an educators' program's grades are those they teach)."""
    found = {g for p in programs if {"students", "families"} & set(p.audience)
             for g in p.grades or ()}
    return [(g.lower(), g) for g in GRADES if g in found]
