"""A listed program as an HSDS 3.0 service, fully nested as the HSDS API's /services/{id}
answers (compiled/service.json): its location, schedule, contact, costs, languages and
attributes inside it, each object with its own id and its parent's (docs/open-data.md)."""
from __future__ import annotations

import re
from functools import cache

from ...records.languages import language_name
from ...records.meetings import byday
from ...render import i18n
from ...translatable import N_
from .hsds_terms import program_facts
from .plain import number

EXTENSION = re.compile(r"^(.*?)\s*(?:x|ext\.?)\s*(\d+)$", re.IGNORECASE)
ALERTS = {"closed": N_("Closed"), "full": N_("Full"), "waitlist": N_("Waitlist")}


def given(found: dict) -> dict:
    """The keys that have a value: HSDS fields are never null."""
    return {k: v for k, v in found.items() if v is not None and v != []}


def service(item, ids, words) -> dict:
    r, page = item.entry.record, item.url
    sid = ids(page, "service")
    org = ids(item.partners[0].url, "organization")
    _ = words.gettext
    return given({
        "id": sid, "organization_id": org, "name": r.title, "description": r.summary,
        "url": ids.root + page, "email": r.contact and r.contact.email, "status": "active",
        "alert": item.badge in ALERTS and _(ALERTS[item.badge]) or None,
        "application_process": r.apply_url, "fees_description": _fees(r.cost, words),
        "eligibility_description": r.eligibility, "assured_date": r.verified.isoformat(),
        "schedules": _schedules(r.schedule, ids, page, sid),
        "service_at_locations": [_at(r, ids, page, sid, org, words)],
        "languages": [given({"id": ids(page, f"language/{code}"), "service_id": sid,
                             "name": _language(code, words.lang), "code": code})
                      for code in r.languages],
        "cost_options": [given({"id": ids(page, "cost_option"), "service_id": sid,
                                "currency": "USD", "amount": number(r.cost.amount),
                                "amount_description": _per(r.cost, words)})],
        "contacts": contacts(r.contact, ids, page, {"service_id": sid}),
        "attributes": attributes(program_facts(item), ids, page, sid, "service"),
    })


def _fees(cost, words) -> str:
    _ = words.gettext
    if cost.free:
        return _("Free")
    text = " ".join(filter(None, [i18n.format_money(cost.amount, words.lang),
                                  _per(cost, words)]))
    return f"{text} ({_('financial aid available')})" if cost.financial_aid else text


def _per(cost, words) -> str | None:
    return cost.per and i18n.format_per(cost.per, words.lang)


def _schedules(schedule, ids, page: str, sid: str) -> list[dict]:
    if not schedule:
        return []
    return [given({"id": ids(page, "schedule"), "service_id": sid,
                   "valid_from": schedule.start and schedule.start.isoformat(),
                   "valid_to": schedule.end and schedule.end.isoformat(),
                   "freq": "WEEKLY" if schedule.days else None,
                   "byday": ",".join(byday(schedule.days)) or None,
                   "opens_at": schedule.time and f"{schedule.time.start:%H:%M:%S}",
                   "closes_at": schedule.time and f"{schedule.time.end:%H:%M:%S}",
                   "description": schedule.times})]


def _at(r, ids, page: str, sid: str, org: str, words) -> dict:
    lid = ids(page, "location")
    return {"id": ids(page, "service_at_location"), "service_id": sid, "location_id": lid,
            "location": _location(r.location, ids, page, lid, org, words)}


def _location(place, ids, page: str, lid: str, org: str, words) -> dict:
    if place is None:
        return {"id": lid, "location_type": "virtual", "organization_id": org,
                "name": words.gettext("Online")}
    facts = zip_facts(place.zip[:5]) if place.zip else None
    address = place.address and facts and given({
        "id": ids(page, "address"), "location_id": lid, "address_1": place.address,
        "city": place.city, "region": words.region(place.region),
        "state_province": facts["state"], "postal_code": place.zip, "country": "US",
        "address_type": "physical"})
    return given({"id": lid, "location_type": "physical", "organization_id": org,
                  "name": place.name, "latitude": facts and facts["latitude"],
                  "longitude": facts and facts["longitude"],
                  "addresses": [address] if address else []})


def contacts(contact, ids, page: str, parent: dict) -> list[dict]:
    if not contact or not (contact.name or contact.email or contact.phone):
        return []
    cid = ids(page, "contact")
    phone = contact.phone and EXTENSION.match(contact.phone)
    phones = [given({"id": ids(page, "phone"), "contact_id": cid,
                     "number": phone.group(1) if phone else contact.phone,
                     "extension": int(phone.group(2)) if phone else None})] \
        if contact.phone else []
    return [given({"id": cid, **parent, "name": contact.name, "email": contact.email,
                   "phones": phones})]


def attributes(facts, ids, page: str, link_id: str, entity: str) -> list[dict]:
    return [given({"id": ids(page, f"attribute/{taxonomy}:{code}"), "link_id": link_id,
                   "link_entity": entity, "taxonomy_term_id": ids.term(taxonomy, code),
                   "value": value}) for taxonomy, code, value in facts]


@cache
def zip_facts(zip5: str) -> dict | None:
    """A ZIP code's centroid and state (PyPI zipcodes), or None when it is not known."""
    import zipcodes  # its table loads on first use: only sites with ZIP codes pay for it
    found = [z for z in zipcodes.matching(zip5) if z["lat"] and z["long"]]
    if not found:
        return None
    return {"latitude": round(float(found[0]["lat"]), 4),
                      "longitude": round(float(found[0]["long"]), 4), "state": found[0]["state"]}


@cache
def _language(code: str, lang: str) -> str:
    return language_name(code, lang)
