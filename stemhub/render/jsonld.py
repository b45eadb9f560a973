"""Structured data (schema.org JSON-LD) for program and partner pages."""
from __future__ import annotations

from ..records.meetings import DAYS
from ..site.catalog import Item

# Dated, one-off kinds of program are events; work-based ones are WorkBasedProgram.
EVENT_TYPES = {"field-trip", "job-shadow", "career-event", "college-visit", "family-event",
               "workshop", "competition"}
WORK_BASED = {"internship", "apprenticeship"}
WEEKDAYS = dict(zip(DAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                           "Sunday")))


def structured_data(item: Item, root_url: str) -> dict:
    """The JSON-LD of a program or partner page."""
    return program(item, root_url) if item.kind == "programs" else organization(item, root_url)


def program(p: Item, root_url: str) -> dict:
    schedule = p.schedule
    is_event = p.type in EVENT_TYPES and schedule is not None and schedule.start is not None
    kind = "Event" if is_event else ("WorkBasedProgram" if p.type in WORK_BASED
                                     else "EducationalOccupationalProgram")
    data = {"@context": "https://schema.org", "@type": kind, "name": p.title,
            "description": p.summary, "url": root_url + p.url}
    offer = {"@type": "Offer", "price": str(p.cost.amount), "priceCurrency": "USD"}
    if p.apply_url:
        offer["url"] = p.apply_url
    data["offers"] = offer
    providers = [organization(partner, root_url, brief=True) for partner in p.partners]
    if schedule and schedule.start:
        data["startDate"] = schedule.start.isoformat()
    if schedule and schedule.end:
        data["endDate"] = schedule.end.isoformat()
    if is_event:
        data["organizer"] = providers
        data["location"] = _location(p)
        data["eventAttendanceMode"] = "https://schema.org/" + (
            "OnlineEventAttendanceMode" if p.online else "OfflineEventAttendanceMode")
        data["eventStatus"] = "https://schema.org/" + (
            "EventCancelled" if p.status == "cancelled" else "EventScheduled")
        if schedule.days or schedule.time:
            data["eventSchedule"] = _repeats(schedule)
    else:
        data["provider"] = providers
        if p.deadline:
            data["applicationDeadline"] = p.deadline.isoformat()
        if p.capacity:
            data["maximumEnrollment"] = p.capacity
    return data


def _repeats(schedule) -> dict:
    """How an event repeats (a schema.org Schedule): each week on its days, else each day, at
    its hours (local times of the site's time zone)."""
    made = {"@type": "Schedule", "repeatFrequency": "P1W" if schedule.days else "P1D",
            "startDate": schedule.start.isoformat()}
    if schedule.end:
        made["endDate"] = schedule.end.isoformat()
    if schedule.days:
        made["byDay"] = ["https://schema.org/" + WEEKDAYS[d]
                         for d in sorted(schedule.days, key=DAYS.index)]
    if schedule.time:
        made["startTime"], made["endTime"] = (f"{t:%H:%M}" for t in schedule.time)
    return made


def _location(p: Item) -> dict:
    if p.online:
        return {"@type": "VirtualLocation", "url": p.apply_url or ""}
    place = p.location
    address = {"@type": "PostalAddress", "addressLocality": place.city}
    if place.address:
        address["streetAddress"] = place.address
    if place.zip:
        address["postalCode"] = place.zip
    return {"@type": "Place", "name": place.name, "address": address}


def organization(partner: Item, root_url: str, brief: bool = False) -> dict:
    data = {"@type": "Organization", "name": partner.name, "url": root_url + partner.url}
    if brief:
        return data
    data = {"@context": "https://schema.org", **data, "description": partner.summary}
    if partner.website:
        data["sameAs"] = partner.website
    if partner.logo:
        data["logo"] = root_url + partner.logo
    return data
