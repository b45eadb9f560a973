"""Words the theme shows, per language; localised dates; JSON safe inside a script element."""
from __future__ import annotations

import json
from functools import lru_cache
from datetime import date

from babel.dates import format_date as babel_format_date, format_interval
from babel.lists import format_list
from markupsafe import Markup

# Translations of the theme's UI strings, by language. English is the source text; a language
# without a catalog (or a string missing from one) shows the English text. Templates call
# _() and ngettext(); the text they return is escaped like any other value.
CATALOGS: dict[str, dict[str, str]] = {}


def gettext(lang: str):
    """_("Page %(n)s of %(count)s", n=1, count=3): plain text, escaped where it is shown."""
    catalog = CATALOGS.get(lang, {})

    def _(message: str, **variables) -> str:
        text = catalog.get(message, message)
        return text % variables if variables else text
    return _


def ngettext(lang: str):
    """ngettext("%(num)s program", "%(num)s programs", n): n is also given as num."""
    catalog = CATALOGS.get(lang, {})

    def n_(singular: str, plural: str, n: int, **variables) -> str:
        text = singular if n == 1 else plural
        return catalog.get(text, text) % {"num": n, **variables}
    return n_


@lru_cache(maxsize=4096)
def format_date(day: date, lang: str = "en", style: str = "long") -> str:
    """'March 15, 2027' in English, '15 de marzo de 2027' in Spanish."""
    return babel_format_date(day, format=style, locale=lang.replace("-", "_"))


@lru_cache(maxsize=4096)
def format_span(start: date, end: date, lang: str = "en") -> str:
    """Two dates as one short range: 'Feb 2 – May 27, 2027', 'Feb 2, 2027' for one day."""
    locale = lang.replace("-", "_")
    if start == end:
        return babel_format_date(start, format="medium", locale=locale)
    return format_interval(start, end, "yMMMd", locale=locale)


def format_either(words: list[str], lang: str = "en") -> str:
    """['a student', 'a family'] -> 'a student or a family', in the page's language."""
    return format_list(list(words), style="or", locale=lang.replace("-", "_"))


def to_json(value) -> Markup:
    """JSON that can sit inside <script>: no '<', '>', '&' or line separators raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)
