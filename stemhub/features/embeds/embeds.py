"""The embeds' data (docs/embeds.md): the listed programs of every partner and every region as a
small JSON file, in each language of the site (embed/partners/<slug>.json, es/embed/...), that
static/embed.js shows on a partner's or a school's own site. Each program has its facts and
the words to show for them in the file's language, so the script stays tiny."""
from __future__ import annotations

import json

from ...problems import Problems
from ...records.grades import label
from ...render import i18n
from ...site.catalog import OPEN, Item
from ...translatable import N_

STATUS = {"cancelled": N_("Cancelled"), "ended": N_("Ended"), "closed": N_("Closed"),
          "full": N_("Full"), "waitlist": N_("Waitlist"), "closing-soon": N_("Closing soon"),
          "open": N_("Open")}


def files(made, problems: Problems):
    for edition in made.editions:
        catalog, lang = edition.catalog, edition.lang
        words = Words(lang, catalog.today, catalog.settings.config.root_url + edition.prefix)
        folder = edition.prefix + "embed/"
        for partner in catalog.all("partners"):
            yield f"{folder}partners/{partner.slug}.json", words.feed(
                partner.name, partner.url, partner.programs)
        for region, programs in catalog.facets["region"].items():
            yield f"{folder}regions/{region}.json", words.feed(
                catalog.settings.names["regions"][region], f"browse/region/{region}/", programs)


class Words:
    """The feed of one language: facts, and the words the script shows."""

    def __init__(self, lang: str, today, root: str):
        self.lang, self.today, self.root = lang, today, root  # root: the language's folder
        self._ = i18n.gettext(lang)
        self.ngettext = i18n.ngettext(lang)

    def feed(self, name: str, path: str, programs: list[Item]) -> str:
        return json.dumps({
            "name": self._(name), "url": self.root + path, "lang": self.lang,
            "more": self._("All programs of %(name)s", name=name),
            "none": self._("No programs right now."),
            "programs": [self.program(p) for p in programs],
        }, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    def program(self, p: Item) -> dict:
        grades = list(p.grades or ())
        return {
            "title": p.title, "url": self.root + p.url, "status": p.badge,
            "deadline": p.deadline.isoformat() if p.deadline else None,
            "grades": grades, "free": p.cost.free,
            "text": {"status": self._(STATUS[p.badge]),
                     "grades": self.grades(p, grades),
                     "cost": self.cost(p), "deadline": self.deadline(p)}}

    def grades(self, p: Item, grades: list[str]) -> str:
        if not grades:
            return ""
        if p.joinable:
            return self.ngettext("Grade %(grades)s", "Grades %(grades)s", len(grades),
                           grades=label(tuple(grades)))
        return self.ngettext("For educators who teach grade %(grades)s",
                       "For educators who teach grades %(grades)s", len(grades),
                       grades=label(tuple(grades)))

    def cost(self, p: Item) -> str:
        if p.cost.free:
            return self._("Free")
        text = i18n.format_money(p.cost.amount, self.lang)
        text += f" {i18n.format_per(p.cost.per, self.lang)}" if p.cost.per else ""
        return text + (f" ({self._('financial aid available')})" if p.cost.financial_aid else "")

    def deadline(self, p: Item) -> str:
        if not p.deadline or p.status not in OPEN:
            return ""
        return self._("Apply by %(date)s", date=i18n.format_date(p.deadline, self.lang, "medium"))
