"""The directory's own words as HSDS taxonomies, and a record's facts as HSDS attributes
(docs/open-data.md, "HSDS"). HSDS has no field for a program's grades, type, career areas,
audience, deadline or stipend: each is an attribute that names a term of one of these
taxonomies, with a value where the term needs one (the deadline's date)."""
from __future__ import annotations

from ...records.grades import GRADES
from ...translatable import N_

# taxonomy -> (its name, the vocabulary its terms come from, or None: its own terms below)
TAXONOMIES = {
    "type": ("Program types", "types"), "sector": ("Career areas", "sectors"),
    "audience": ("Who signs up", "audience"), "grade": ("Grades", None),
    "stage": ("Career pathway stages", "stage"), "season": ("Seasons", "seasons"),
    "support": ("Supports", "supports"), "focus": ("Groups given priority", "focus"),
    "region": ("Regions", "regions"), "status": ("Status", None),
    "fact": ("Facts with a value", None), "partner-kind": ("Kinds of partner", "partner_kinds"),
    "offer": ("Ways of working with schools", "offers"),
}
OWN_TERMS = {
    "grade": {g.lower(): g for g in GRADES},
    "status": {"open": N_("Open"), "closing-soon": N_("Closing soon"), "closed": N_("Closed"),
               "full": N_("Full"), "waitlist": N_("Waitlist")},
    "fact": {"deadline": N_("last day to apply"), "paid": N_("Students are paid"),
             "financial-aid": N_("Financial aid"), "capacity": N_("Places")},
}


def terms(settings) -> dict[str, dict[str, str]]:
    """Taxonomy -> code -> the term's name (before translation)."""
    return {key: OWN_TERMS[key] if vocab is None else dict(settings.names[vocab])
            for key, (_, vocab) in TAXONOMIES.items()}


def program_facts(item) -> list[tuple[str, str, str | None]]:
    """(taxonomy, code, value) of every attribute of a listed program."""
    r = item.entry.record
    found = [("type", r.type, None), *[("sector", s, None) for s in r.sectors],
             *[("audience", a, None) for a in r.audience],
             *[("grade", g.lower(), None) for g in r.grades or ()],
             *([("stage", r.stage, None)] if r.stage else []),
             *[("season", s, None) for s in r.seasons],
             *[("support", s, None) for s in r.supports],
             *[("focus", f, None) for f in r.focus],
             *([("region", r.location.region, None)] if r.location else []),
             ("status", item.badge, None)]
    facts = {"deadline": r.deadline and r.deadline.isoformat(), "paid": r.paid and "true",
             "financial-aid": r.cost.financial_aid and "true",
             "capacity": r.capacity and str(r.capacity)}
    return found + [("fact", code, value) for code, value in facts.items() if value]


def partner_facts(item) -> list[tuple[str, str, str | None]]:
    r = item.entry.record
    return [("partner-kind", r.kind, None), *[("sector", s, None) for s in r.sectors],
            *[("region", s, None) for s in r.regions], *[("offer", o, None) for o in r.offers]]
