"""The filter groups of the search page: each group's URL parameter, legend and options, and
which options each program has."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from ..records.grades import GRADES
from ..records.languages import base_language, capital, language_name
from ..translatable import N_
from .catalog import Catalog, Item

WORD_BITS = 30  # bits of a mask word: JavaScript's bit operators work on 32-bit integers


@dataclass
class Group:
    """A filter group of the search page: its URL parameter, legend and options."""

    name: str
    legend: str
    options: list[tuple[str, str]]  # (value, label)
    values_of: Callable[[Item, Any], list[str]]  # (program, its record) -> its options

    @property
    def words(self) -> int:
        return max(1, -(-len(self.options) // WORD_BITS))


def groups(catalog: Catalog, listed: list[Item]) -> list[Group]:
    """The filter groups, in the order the search page shows them; listed: the listed
    programs."""
    names = catalog.settings.names
    spoken = {base_language(code) for p in listed for code in p.languages}
    languages = sorted(((capital(language_name(c, catalog.lang)), c) for c in spoken),
                       key=lambda named: (named[0].casefold(), named[1]))

    def vocab(name: str) -> list[tuple[str, str]]:
        return list(names[name].items())
    return [
        Group("grade", N_("Grade"), [(g.lower(), g) for g in GRADES],
              lambda p, r: [g.lower() for g in r.grades or ()] if p.joinable else []),
        # as the cards say it (Item.signs_up): "class" in place of students in a class trip
        Group("audience", N_("Who signs up"),
              vocab("audience") + [("class", N_("A teacher books it"))], lambda p, r: p.signs_up),
        # where a family looks first, after who can join (issue 34): the language it speaks
        Group("language", N_("Language"), [(c, name) for name, c in languages],
              lambda p, r: [base_language(c) for c in r.languages]),
        Group("type", N_("Type"), vocab("types"), lambda p, r: [r.type]),
        Group("sector", N_("Career area"), vocab("sectors"), lambda p, r: r.sectors),
        Group("region", N_("Region"), vocab("regions"),
              lambda p, r: [r.location.region] if r.location else []),
        Group("season", N_("When"), vocab("seasons"), lambda p, r: r.seasons),
        Group("cost", N_("Cost"), [("free", N_("Free"))],
              lambda p, r: ["free"] if r.cost.free else []),
        Group("support", N_("Support offered"), vocab("supports"), lambda p, r: r.supports),
        Group("focus", N_("Designed for"), vocab("focus"), lambda p, r: r.focus),
        Group("where", N_("Where"), [("in-person", N_("In person")), ("online", N_("Online"))],
              lambda p, r: ["online" if r.online else "in-person"]),
        Group("status", N_("Status"), [("open", N_("Open for applications"))],
              lambda p, r: ["open"] if p.applying else []),
    ]
