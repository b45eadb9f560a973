"""A published program or partner as plain data: every public field under its content-model
name, the derived ones beside them, dates in ISO form, absolute URLs, every key always present
(null or [] when a record leaves it out). /data/programs.json, /data/partners.json and
/data/programs.csv are made from these (docs/open-data.md)."""
from __future__ import annotations

from decimal import Decimal

from ...site.catalog import Item


def program(item: Item, root: str, languages: list[str]) -> dict:
    r = item.entry.record
    return {
        "slug": item.slug, "url": root + item.url, "title": r.title, "summary": r.summary,
        "type": r.type, "stage": r.stage, "sectors": list(r.sectors),
        "audience": list(r.audience), "grades": list(r.grades or ()),
        "cost": {"amount": number(r.cost.amount), "per": r.cost.per,
                 "financial_aid": r.cost.financial_aid, "free": r.cost.free},
        "paid": r.paid, "online": r.online, "location": _location(r.location),
        "schedule": _schedule(r.schedule), "seasons": list(r.seasons),
        "deadline": _day(r.deadline), "apply_url": r.apply_url, "contact": contact(r.contact),
        "languages": list(r.languages), "supports": list(r.supports), "focus": list(r.focus),
        "eligibility": r.eligibility, "capacity": r.capacity, "tags": list(r.tags),
        "featured": r.featured, "availability": r.availability, "status": item.status,
        "badge": item.badge, "verified": r.verified.isoformat(), "verified_by": r.verified_by,
        "stale": item.stale, "partners": [p.slug for p in item.partners],
        "translations": translations(item, languages),
    }


def partner(item: Item, root: str, languages: list[str]) -> dict:
    r = item.entry.record
    return {
        "slug": item.slug, "url": root + item.url, "name": r.name, "kind": r.kind,
        "summary": r.summary, "website": r.website,
        "logo": root + item.logo if item.logo else None, "sectors": list(r.sectors),
        "regions": list(r.regions), "offers": list(r.offers), "contact": contact(r.contact),
        "verified": r.verified.isoformat(), "stale": item.stale,
        "programs": [p.slug for p in item.programs],
        "translations": translations(item, languages),
    }


def translations(item: Item, languages: list[str]) -> dict:
    """Language -> the text fields its translation gives (the body aside), in the site's
    language order: {"es": {"title": ..., "location": {"name": ...}}}."""
    found = {}
    for lang in languages:
        entry = item.translations.get(lang)
        text = entry and entry.record.model_dump(mode="json", exclude_none=True)
        if text:
            found[lang] = text
    return found


def contact(c) -> dict | None:
    return c and {"name": c.name, "email": c.email, "phone": c.phone}


def _location(place) -> dict | None:
    return place and {"name": place.name, "address": place.address, "city": place.city,
                      "zip": place.zip, "region": place.region}


def _schedule(s) -> dict | None:
    return s and {"start": _day(s.start), "end": _day(s.end), "days": list(s.days),
                  "time": s.time and str(s.time), "times": s.times}


def _day(day) -> str | None:
    return day.isoformat() if day else None


def number(amount: Decimal) -> int | float:
    """A money amount as a JSON number: 185, 12.5."""
    return int(amount) if amount == amount.to_integral_value() else float(amount)
