"""Field types: each reads YAML text the one way its field means it, with a message a partner
can act on. Values arrive as text (see yamltree); the field decides what the text means."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

from .addresses import EMAIL, MAX_URL, WEB_PATTERN, email_flaw, web_flaw
from .languages import CODE, closest_code, known_code
from ..source.text import control_flaw, one_line_flaw

VOCABULARY = "x-vocabulary"  # JSON Schema: the controlled list a word field takes its words from
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_COMMAS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_PHONE = re.compile(r"^(?=.*\d)[0-9 +\-().]+?( ?(x|ext\. ?)\d+)?$")
# Each type's JSON Schema (schemas/): what an editor can check, as YAML hands it the value. YAML
# reads 98012 as a number and true as yes/no; a text field takes the text as written.
TEXT = ["string", "number", "boolean"]


def problem(message: str, item: int | None = None, at: tuple[str, ...] = (),
            key: bool = False) -> PydanticCustomError:
    """A field problem; item: the index of the list item it is about; at: the keys, below the
    value being checked, of the one it is about (a model's check of one of its fields); key:
    the problem is the last of those keys itself (reported at the key, not its value)."""
    return PydanticCustomError("stemhub", message.replace("{", "{{").replace("}", "}}"),
                               {"item": item, "at": at, "key": key})


def show(value: Any, limit: int = 60) -> str:
    """A value as a message quotes it: short, on one line."""
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\n", " ")
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise problem("must be text, not a list or a set of keys")
    return value


def line_text(value: Any) -> str:
    """One-line text, its outer spaces dropped; a line break or hidden character is refused."""
    text = _text(value).strip()
    flaw = one_line_flaw(text)
    if flaw:
        raise problem(flaw)
    return text


def limited(limit: int):
    """The check of a one-line text of at most limit characters."""
    def check(value: Any) -> str:
        text = line_text(value)
        if len(text) > limit:
            raise problem(f"is {len(text)} characters long; the limit is {limit}")
        return text
    return check


def one_line(limit: int):
    return Annotated[str, BeforeValidator(limited(limit)),
                     WithJsonSchema({"type": TEXT, "maxLength": limit})]


def _markdown_text(value: Any) -> str:
    text = _text(value)
    flaw = control_flaw(text)
    if flaw:
        raise problem(flaw)
    return text


Name = one_line(120)
Summary = one_line(300)
Line = one_line(200)
Markdown = Annotated[str, BeforeValidator(_markdown_text), WithJsonSchema({"type": TEXT})]


def _date(value: Any) -> date:
    text = line_text(value)
    if not _DATE.match(text):
        hint = "a date and time" if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text) else "not a date"
        raise problem(f"{show(text)} is {hint}; write only the date as YYYY-MM-DD (2027-03-15)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise problem(f"{text} is not a real date; check the month and the day") from None


Date = Annotated[date, BeforeValidator(_date),
                 WithJsonSchema({"type": "string", "format": "date", "pattern": _DATE.pattern})]


def _number(value: Any) -> Decimal:
    text = line_text(value)
    _no_commas(text)
    if not _NUMBER.match(text):
        raise problem(f"{show(text)} is not a number; write digits like 45 or 12.50")
    if "." in text and len(text.split(".")[1]) > 2:
        raise problem(f"{text} has more than two decimals; round it to cents")
    return Decimal(text)


Amount = Annotated[Decimal, BeforeValidator(_number), WithJsonSchema(
    {"type": ["number", "string"], "minimum": 0, "pattern": r"^\d+(\.\d{1,2})?$"})]


def _no_commas(text: str) -> None:
    if _COMMAS.match(text):
        raise problem(f"{show(text)} is not a number; write numbers without commas "
                      f"({text.replace(',', '')})")


def whole(minimum: int):
    def check(value: Any) -> int:
        text = line_text(value)
        _no_commas(text)
        if not text.isdigit() or not text.isascii():
            raise problem(f"{show(text)} is not a whole number; write digits like 12")
        if int(text) < minimum:
            raise problem(f"{text} is too small; the least allowed is {minimum}")
        return int(text)
    return Annotated[int, BeforeValidator(check), WithJsonSchema(
        {"type": ["integer", "string"], "minimum": minimum, "pattern": "^[0-9]+$"})]


def _zip(value: Any) -> str:
    text = line_text(value)
    if not _ZIP.match(text):
        raise problem(f"{show(text)} is not a ZIP code; write 5 digits or ZIP+4 "
                      "(98012 or 98012-1234)")
    return text


Zip = Annotated[str, BeforeValidator(_zip), WithJsonSchema(
    {"type": ["string", "integer"], "pattern": _ZIP.pattern, "maxLength": 10, "maximum": 99999})]


def _yes_no(value: Any) -> bool:
    text = line_text(value)
    if text not in ("true", "false"):
        raise problem(f"{show(text)} is not true or false; write true or false")
    return text == "true"


YesNo = Annotated[bool, BeforeValidator(_yes_no),
                  WithJsonSchema({"enum": [True, False, "true", "false"]})]


def _url(value: Any) -> str:
    text = line_text(value)
    flaw = web_flaw(text)
    if flaw:
        raise problem(flaw.of(show(text)))
    scheme, _, rest = text.partition(":")
    return f"{scheme.lower()}:{rest}"


Url = Annotated[str, BeforeValidator(_url),
                WithJsonSchema({"type": "string", "maxLength": MAX_URL, "pattern": WEB_PATTERN})]


def _email(value: Any) -> str:
    text = line_text(value)
    flaw = email_flaw(text)
    if flaw:
        raise problem(flaw.of(show(text)))
    return text


Email = Annotated[str, BeforeValidator(_email),
                  WithJsonSchema({"type": "string", "maxLength": 254, "pattern": EMAIL.pattern})]


def _phone(value: Any) -> str:
    text = line_text(value)
    if len(text) > 40 or not _PHONE.match(text):
        raise problem(f"{show(text)} is not a phone number; use digits, spaces, + - ( ) . and "
                      "an extension like x123")
    return text


Phone = Annotated[str, BeforeValidator(_phone), WithJsonSchema(
    {"type": ["string", "integer"], "maxLength": 40, "pattern": _PHONE.pattern})]


def _slug(value: Any) -> str:
    text = line_text(value)
    if not SLUG.match(text) or len(text) > 80:
        raise problem(f"{show(text)} is not written like a file name: use lower-case "
                      "letters, digits and single hyphens (robotics-club)")
    return text


Slug = Annotated[str, BeforeValidator(_slug),
                 WithJsonSchema({"type": "string", "maxLength": 80, "pattern": SLUG.pattern})]


def _language(value: Any) -> str:
    text = line_text(value)
    code = known_code(text)
    if code is None:
        close = closest_code(text)
        hint = f"; did you mean '{close}'?" if close else "."
        raise problem(f"{show(text)} is not a language code stemhub knows{hint} Use ISO 639-1 "
                      "codes like en, es, vi or so, with a region if needed (pt-BR)")
    return code


Language = Annotated[str, BeforeValidator(_language),
                     WithJsonSchema({"type": "string", "pattern": CODE.pattern})]


def suggest(word: str, allowed) -> str:
    """"; did you mean 'x'?" for the closest allowed word, or "." when none is close."""
    close = difflib.get_close_matches(word.lower(), list(allowed), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else "."


def word(vocabulary: str, what: str):
    """A word from a controlled list (site.yaml may extend some lists); its JSON Schema names
    the list, whose words a site's schema spells out (schema.py)."""
    def check(value: Any, info: ValidationInfo) -> str:
        text = line_text(value)
        allowed = info.context["vocab"][vocabulary] if info.context else []
        if text not in allowed:
            raise problem(f"{show(text)} is not {what}{suggest(text, allowed)} "
                          f"Allowed: {', '.join(allowed)}")
        return text
    return Annotated[str, BeforeValidator(check), WithJsonSchema({VOCABULARY: vocabulary})]


def list_of(item, *, at_most: int | None = None, unique: bool = True):
    """A list field; a single value is read as a one-item list; no item twice."""
    def before(value: Any) -> list:
        if isinstance(value, dict):
            raise problem("must be a list (one value, or [a, b], or one '- item' a line)")
        items = value if isinstance(value, list) else [value]
        if at_most is not None and len(items) > at_most:  # before its items: bounded work
            raise problem(f"has {len(items)} items; the limit is {at_most}")
        if any(isinstance(x, str) and x.strip() in ("", "~") for x in items):
            raise problem("has an empty item; fill it in or delete it")
        return items

    def after(items: list) -> list:
        seen = set()
        for i, x in enumerate(items if unique else ()):
            key = repr(x)
            if key in seen:
                raise problem(f"{show(x)} is listed twice; keep one", i)
            seen.add(key)
        return items
    return Annotated[list[item], BeforeValidator(before), AfterValidator(after),
                     _OneOrList(at_most)]


@dataclass(frozen=True)
class _OneOrList:
    """The JSON Schema of a list field: one item, or a list of different items."""

    at_most: int | None

    def __get_pydantic_json_schema__(self, core_schema, handler) -> dict:
        schema = handler(core_schema)  # a translation's optional list: anyOf [list, null]
        many = {**next(s for s in schema.get("anyOf", [schema]) if "items" in s),
                "uniqueItems": True}
        if self.at_most is not None:
            many["maxItems"] = self.at_most
        return {"anyOf": [many["items"], many]}


@dataclass(frozen=True)
class OrWord:
    """The JSON Schema of a field that also takes one word ("free", "online") for its value."""

    word: str

    def __get_pydantic_json_schema__(self, core_schema, handler) -> dict:
        schema = handler(core_schema)
        options = [s for s in schema.get("anyOf", [schema]) if s != {"type": "null"}]
        return {"anyOf": [{"const": self.word}, *options]}
