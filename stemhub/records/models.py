"""The five record types and their translations, each declared once (content-model.md)."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Any, get_args

from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field,
                      ValidationInfo, create_model, field_validator)

from .fields import (Amount, Date, Email, Language, Line, Markdown, Name, OrWord, Phone, Slug,
                     Summary, Url, YesNo, Zip, list_of, one_line, problem, whole, word)
from .grades import Grades
from .meetings import Days, Time, within


class Record(BaseModel):
    """A record; the docstring under each field is its meaning in plain words, which the JSON
    Schemas and CONTRIBUTING.md's field reference show (schema.py, reference.py)."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Contact(Record):
    """Whom to ask."""

    name: Name | None = None
    """A person's name or a role (Program coordinator)."""
    email: Email | None = None
    """A plain e-mail address (name@example.org): no name around it, no mailto:."""
    phone: Phone | None = None
    """A phone number: digits, spaces, + - ( ) . and an extension like x123."""


class Cost(Record):
    """What a family pays."""

    amount: Amount
    """US dollars: a number, at most two decimals (185 or 12.50); 0 means free."""
    per: one_line(40) | None = None
    """What the amount pays for: session, hour, day, week, month, semester, year or program
    (shown in the reader's language), or other words, at most 40 characters (for three
    days)."""
    financial_aid: YesNo = False
    """true when help with the cost is offered."""

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
    """Where it happens."""

    name: Name
    """The place's name (Millbrook Middle School)."""
    address: Line | None = None
    """The street address."""
    city: Name
    """The town or city."""
    zip: Zip | None = None
    """The ZIP code, 5 digits or ZIP+4 (98012 or 98012-1234): search sorts by distance from it."""
    region: word("regions", "a region of this site")
    """The region of this site it is in (from site.yaml's regions)."""


def _location(value: Any) -> Any:
    if isinstance(value, str):
        if value.strip() == "online":
            return None
        raise problem(f"'{value.strip()}' is not a location; write online, or name:, city: "
                      "and region: on their own lines")
    return value


class Schedule(Record):
    """When it runs."""

    start: Date | None = None
    """The first day, YYYY-MM-DD."""
    end: Date | None = None
    """The last day, YYYY-MM-DD, not before start."""
    days: Days = []
    """The days of the week it meets: mon, tue, wed, thu, fri, sat, sun ([tue, thu])."""
    time: Time | None = None
    """The hours of each day it meets, 24-hour HH:MM-HH:MM ("15:30-17:00")."""
    times: Line | None = None
    """Anything else about when it meets, in words (every other Saturday)."""

    @field_validator("end", "days")
    @classmethod
    def _within(cls, value, info: ValidationInfo):
        """end not before start, days that fall between them (meetings.py)."""
        return within(info.field_name, value, info.data)


Tags = list_of(one_line(30), at_most=20)


def _not_future(day: date, info: ValidationInfo) -> date:
    today = info.context.get("today") if info.context else None
    if today and day > today:
        raise problem(f"{day} is after today ({today}); write the day a person last checked "
                      "this record")
    return day


Verified = Annotated[Date, AfterValidator(_not_future)]  # a field check: run whatever else fails


class Partner(Record):
    """An organisation that runs programs or works with schools."""

    name: Name
    """The organisation's name, at most 120 characters."""
    kind: word("partner_kinds", "a kind of partner")
    """What kind of organisation it is."""
    summary: Summary
    """What it does, in plain text, at most 300 characters."""
    website: Url | None = None
    """Its web site, written in full from https://."""
    logo: Line | None = None
    """Its logo, a PNG, JPEG or WebP file inside content/partners/, written from there
    (logos/acme.png). Not SVG."""
    sectors: list_of(word("sectors", "a sector")) = []
    """The career areas it works in."""
    regions: list_of(word("regions", "a region of this site")) = []
    """The regions of this site it serves."""
    offers: list_of(word("offers", "a way of working with schools")) = []
    """How it works with schools."""
    contact: Contact | None = None
    """Whom to ask: name, email and phone, each optional."""
    verified: Verified
    """The day a person last confirmed this record, YYYY-MM-DD; not after today."""
    description: Markdown | None = None
    """More about it, in Markdown. Only in a .yaml file: a .md file gives it as the text below
    the front matter."""


class Program(Record):
    """An opportunity for students, families or educators."""

    title: Name
    """Its name, in plain text, at most 120 characters."""
    partner: list_of(Slug, at_most=10)
    """Who runs it: a partner's file name without .yaml or .md (alder-bay-robotics), or a list
    of at most 10, the lead first."""
    summary: Summary
    """What it is, in plain text, at most 300 characters: shown in lists and search results."""
    type: word("types", "a program type")
    """What kind of program it is."""
    stage: word("stage", "a pathway stage") | None = None
    """Its step on a career pathway: awareness (discover what the work is), exploration (try it)
    or immersion (do it)."""
    sectors: list_of(word("sectors", "a sector"))
    """The career areas it is about, at least one."""
    audience: list_of(word("audience", "an audience")) = ["students"]
    """Who signs up (students when left out). For educators only, grades are the grades they
    teach."""
    grades: Grades | None = None
    """The grades it is for: one (9), a list ([K, 1, 2]) or a range (K-5, 9-12), from PK, K and
    1 to 12. Needed when the audience has students."""
    cost: Annotated[Cost, BeforeValidator(_cost), OrWord("free")]
    """free, or the amount in US dollars, what it pays for and whether financial aid is offered
    ({amount: 185, per: week, financial_aid: true})."""
    paid: YesNo = False
    """true when students earn a wage or a stipend."""
    location: Annotated[Place | None, BeforeValidator(_location), OrWord("online")]
    """online, or where it happens: name, address, city, zip and region."""
    schedule: Schedule | None = None
    """When it runs: start and end dates, the days and hours it meets, other times in
    words."""
    seasons: list_of(word("seasons", "a season")) = []
    """The times of year it runs."""
    deadline: Date | None = None
    """The last day to apply, YYYY-MM-DD."""
    apply_url: Url | None = None
    """Where a family applies or registers: a web address written in full from https://."""
    contact: Contact | None = None
    """Whom a family asks: name, email and phone, each optional."""
    languages: list_of(Language, at_most=10) = ["en"]
    """The languages it is offered in, as codes (en, es, vi, pt-BR), at most 10; en when left
    out."""
    supports: list_of(word("supports", "a support")) = []
    """The help that comes with it."""
    focus: list_of(word("focus", "a focus group")) = []
    """The groups it is designed for or gives priority to."""
    eligibility: Summary | None = None
    """Who can join, in plain text, at most 300 characters."""
    capacity: whole(1) | None = None
    """How many places it has: a whole number, 1 or more."""
    tags: Tags = []
    """Words a family might search for (robotics, LEGO, coding): at most 20, each at most 30
    characters."""
    featured: YesNo = False
    """true to show it on the home page while it is open or closing soon."""
    availability: word("availability", "an availability") = "open"
    """Set by the partner: open when left out."""
    draft: YesNo = False
    """true: not published (the dev server and --drafts show it)."""
    verified: Verified
    """The day a person last confirmed this listing with the partner (not the day of the last
    edit), YYYY-MM-DD; not after today."""
    verified_by: Name | None = None
    """Who confirmed it: a name or a role."""

    @property
    def online(self) -> bool:
        return self.location is None


class Guide(Record):
    """A best-practice guide for partners, educators or families."""

    title: Name
    """Its title, in plain text, at most 120 characters."""
    summary: Summary
    """What it covers, in plain text, at most 300 characters."""
    audience: list_of(word("guide_audience", "a guide audience"))
    """Who it is for."""
    order: whole(0) | None = None
    """Its place in the list of guides: a whole number, 0 or more (ties by file name)."""
    updated: Date
    """The day it was last brought up to date, YYYY-MM-DD."""
    draft: YesNo = False
    """true: not published (the dev server and --drafts show it)."""


class Update(Record):
    """News or progress from the team that runs the directory."""

    title: Name
    """Its title, in plain text, at most 120 characters."""
    date: Date
    """The date it shows, YYYY-MM-DD; dated after today, it is published on that day."""
    summary: Summary
    """What it says, in plain text, at most 300 characters."""
    author: Name | None = None
    """Who wrote it."""
    tags: Tags = []
    """Words to search it by: at most 20, each at most 30 characters."""
    draft: YesNo = False
    """true: not published (the dev server and --drafts show it)."""
    publish_on: Date | None = None
    """Not published before this day, YYYY-MM-DD."""


class Page(Record):
    """A page of its own: about, accessibility, how to submit."""

    title: Name
    """Its title, in plain text, at most 120 characters."""
    summary: Summary | None = None
    """What it is about, in plain text, at most 300 characters."""
    nav: whole(0) | None = None
    """Its place in the main navigation: a whole number, 0 or more (ties by file name); not in
    the navigation when left out."""
    draft: YesNo = False
    """true: not published (the dev server and --drafts show it)."""


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
        description = field.description
        if inner:
            annotation = translation_model(_model_in(field.annotation), tuple(inner)) | None
            description = f"Its {' and '.join(inner)}, translated."
        else:  # the original's type and checks, optional
            annotation = Annotated[(field.annotation | None, *field.metadata)] \
                if field.metadata else field.annotation | None
        spec[name] = (annotation, Field(None, description=description))
    name = f"{model.__name__}Text"
    made = create_model(name, __base__=Record, __module__=__name__, **spec)
    globals()[name] = made  # found by name, as pickle finds it (records cross to workers)
    return made


def _model_in(annotation) -> type[Record]:
    """The record model inside an annotation such as `Place | None`."""
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation
    return next(_model_in(a) for a in get_args(annotation) if a is not type(None))
