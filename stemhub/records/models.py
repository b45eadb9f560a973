"""The five record types and their translations, each declared once (content-model.md)."""
from __future__ import annotations

import re
from typing import Annotated, Any, get_args

from pydantic import BaseModel, BeforeValidator, ConfigDict, create_model, model_validator

from .fields import (Amount, Date, Email, Language, Line, Markdown, Name, Phone, Slug, Summary,
                     Url, YesNo, list_of, one_line, problem, whole, word)
from .grades import Grades
from ..translatable import N_


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(Record):
    name: Name | None = None
    email: Email | None = None
    phone: Phone | None = None


class Cost(Record):
    amount: Amount
    per: one_line(40) | None = None
    financial_aid: YesNo = False

    @property
    def free(self) -> bool:
        return self.amount == 0


def _cost(value: Any) -> Any:
    if isinstance(value, str):
        if value.strip() == "free":
            return {"amount": "0"}
        raise problem(f"'{value.strip()}' is not a cost; write free, or amount: with a number")
    return value


class Place(Record):
    name: Name
    address: Line | None = None
    city: Name
    zip: one_line(10) | None = None
    region: word("regions", "a region of this site")

    @model_validator(mode="after")
    def _zip(self) -> Place:
        if self.zip is not None and not re.fullmatch(r"\d{5}(-\d{4})?", self.zip):
            raise problem(f"'{self.zip}' is not a ZIP code; write 5 digits or ZIP+4 "
                          "(98012 or 98012-1234)", at=("zip",))
        return self


def _location(value: Any) -> Any:
    if isinstance(value, str):
        if value.strip() == "online":
            return None
        raise problem(f"'{value.strip()}' is not a location; write online, or name:, city: "
                      "and region: on their own lines")
    return value


class Schedule(Record):
    start: Date | None = None
    end: Date | None = None
    times: Line | None = None

    @model_validator(mode="after")
    def _order(self) -> Schedule:
        if self.start and self.end and self.end < self.start:
            raise problem(f"{self.end} is before start {self.start}; check the dates",
                          at=("end",))
        return self


Tags = list_of(one_line(30), at_most=20)


class Verified(Record):
    """A record a person confirms: its `verified` date is never after today."""

    @model_validator(mode="after")
    def _not_future(self, info) -> Verified:
        today = info.context.get("today") if info.context else None
        if today and self.verified > today:
            raise problem(f"{self.verified} is after today ({today}); write the day a person "
                          "last checked this record", at=("verified",))
        return self


class Partner(Verified):
    name: Name
    kind: word("partner_kinds", "a kind of partner")
    summary: Summary
    website: Url | None = None
    logo: Line | None = None
    sectors: list_of(word("sectors", "a sector")) = []
    regions: list_of(word("regions", "a region of this site")) = []
    offers: list_of(word("offers", "a way of working with schools")) = []
    contact: Contact | None = None
    verified: Date
    description: Markdown | None = None


class Program(Verified):
    title: Name
    partner: list_of(Slug, at_most=10)
    summary: Summary
    type: word("types", "a program type")
    stage: word("stage", "a pathway stage") | None = None
    sectors: list_of(word("sectors", "a sector"))
    audience: list_of(word("audience", "an audience")) = ["students"]
    grades: Grades | None = None
    cost: Annotated[Cost, BeforeValidator(_cost)]
    paid: YesNo = False
    location: Annotated[Place | None, BeforeValidator(_location)]
    schedule: Schedule | None = None
    seasons: list_of(word("seasons", "a season")) = []
    deadline: Date | None = None
    apply_url: Url | None = None
    contact: Contact | None = None
    languages: list_of(Language) = ["en"]
    supports: list_of(word("supports", "a support")) = []
    focus: list_of(word("focus", "a focus group")) = []
    eligibility: Summary | None = None
    capacity: whole(1) | None = None
    tags: Tags = []
    featured: YesNo = False
    availability: word("availability", "an availability") = "open"
    draft: YesNo = False
    verified: Date
    verified_by: Name | None = None

    @property
    def online(self) -> bool:
        return self.location is None


class Guide(Record):
    title: Name
    summary: Summary
    audience: list_of(word("guide_audience", "a guide audience"))
    order: whole(0) | None = None
    updated: Date
    draft: YesNo = False


class Update(Record):
    title: Name
    date: Date
    summary: Summary
    author: Name | None = None
    tags: Tags = []
    draft: YesNo = False
    publish_on: Date | None = None


class Page(Record):
    title: Name
    summary: Summary | None = None
    nav: whole(0) | None = None
    draft: YesNo = False


def translation_model(model: type[Record], fields: tuple[str, ...]) -> type[Record]:
    """The model of a translation: only the given text fields of model ("location.name" for a
    nested one), each optional, read like the original's."""
    nested: dict[str, list[str]] = {}
    for path in fields:
        head, _, rest = path.partition(".")
        nested.setdefault(head, []).extend([rest] if rest else [])
    spec = {}
    for name, inner in nested.items():
        field = model.model_fields[name]
        if inner:
            annotation = translation_model(_model_in(field.annotation), tuple(inner)) | None
        else:  # the original's type and checks, optional
            annotation = Annotated[(field.annotation | None, *field.metadata)] \
                if field.metadata else field.annotation | None
        spec[name] = (annotation, None)
    return create_model(f"{model.__name__}Text", __base__=Record, **spec)


def _model_in(annotation) -> type[Record]:
    """The record model inside an annotation such as `Place | None`."""
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation
    return next(_model_in(a) for a in get_args(annotation) if a is not type(None))


BUILT_IN = {
    "types": "field-trip job-shadow internship apprenticeship mentoring camp club competition "
             "course dual-credit workshop career-event college-visit family-event "
             "professional-development",
    "sectors": "engineering-manufacturing healthcare-life-sciences computer-science-it aerospace "
               "construction-trades maritime energy-environment agriculture-food "
               "digital-media-arts business-finance",
    "supports": "transportation meals stipend childcare devices interpreters "
                "disability-accommodations scholarships",
    "focus": "girls students-of-color low-income rural first-generation english-learners "
             "students-with-disabilities foster-youth housing-insecure",
    "partner_kinds": "industry nonprofit higher-education k12 government foundation community "
                     "workforce library-museum",
    "offers": "field-trips job-shadows internships mentors guest-speakers equipment funding "
              "curriculum advisory",
    "stage": "awareness exploration immersion",
    "seasons": "school-year after-school weekends summer breaks",
    "audience": "students families educators",
    "availability": "open waitlist full cancelled",
    "guide_audience": "partners educators families",
}
EXTENSIBLE = ("types", "sectors", "supports", "focus", "partner_kinds", "offers")
# The display name of every built-in word (a site's own words are named in site.yaml),
# marked for the translation catalogs; templates show them through _().
NAMES = {
    # types
    "field-trip": N_("Field trip"), "job-shadow": N_("Job shadow"), "internship": N_("Internship"),
    "apprenticeship": N_("Apprenticeship"), "mentoring": N_("Mentoring"), "camp": N_("Camp"),
    "club": N_("Club"), "competition": N_("Competition"), "course": N_("Course"),
    "dual-credit": N_("Dual credit"), "workshop": N_("Workshop"),
    "career-event": N_("Career event"), "college-visit": N_("College visit"),
    "family-event": N_("Family event"), "professional-development": N_("Professional development"),
    # sectors
    "engineering-manufacturing": N_("Engineering & manufacturing"),
    "healthcare-life-sciences": N_("Healthcare & life sciences"),
    "computer-science-it": N_("Computer science & IT"), "aerospace": N_("Aerospace"),
    "construction-trades": N_("Construction & trades"), "maritime": N_("Maritime"),
    "energy-environment": N_("Energy & environment"), "agriculture-food": N_("Agriculture & food"),
    "digital-media-arts": N_("Digital media & arts"), "business-finance": N_("Business & finance"),
    # supports
    "transportation": N_("Transportation"), "meals": N_("Meals"), "stipend": N_("Stipend"),
    "childcare": N_("Childcare"), "devices": N_("Devices to use"),
    "interpreters": N_("Interpreters"),
    "disability-accommodations": N_("Disability accommodations"),
    "scholarships": N_("Scholarships"),
    # focus
    "girls": N_("Girls"), "students-of-color": N_("Students of color"),
    "low-income": N_("Low income"), "rural": N_("Rural"),
    "first-generation": N_("First generation"), "english-learners": N_("English learners"),
    "students-with-disabilities": N_("Students with disabilities"),
    "foster-youth": N_("Foster youth"), "housing-insecure": N_("Housing insecure"),
    # partner_kinds
    "industry": N_("Industry"), "nonprofit": N_("Nonprofit"),
    "higher-education": N_("Higher education"), "k12": N_("K-12 schools"),
    "government": N_("Government"), "foundation": N_("Foundation"), "community": N_("Community"),
    "workforce": N_("Workforce"), "library-museum": N_("Libraries & museums"),
    # offers
    "field-trips": N_("Field trips"), "job-shadows": N_("Job shadows"),
    "internships": N_("Internships"), "mentors": N_("Mentors"),
    "guest-speakers": N_("Guest speakers"), "equipment": N_("Equipment"), "funding": N_("Funding"),
    "curriculum": N_("Curriculum"), "advisory": N_("Advisory"),
    # stage
    "awareness": N_("Awareness"), "exploration": N_("Exploration"), "immersion": N_("Immersion"),
    # seasons
    "school-year": N_("School year"), "after-school": N_("After school"),
    "weekends": N_("Weekends"), "summer": N_("Summer"), "breaks": N_("School breaks"),
    # audience
    "students": N_("Students"), "families": N_("Families"), "educators": N_("Educators"),
    # availability
    "open": N_("Open"), "waitlist": N_("Waitlist"), "full": N_("Full"),
    "cancelled": N_("Cancelled"),
    # guide_audience
    "partners": N_("Partners"),
}
