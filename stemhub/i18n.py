"""Words the theme shows, per language; localised dates; JSON safe inside a script element."""
from __future__ import annotations

import json
from datetime import date

from babel.dates import format_date as babel_format_date

# Translations of the theme's UI strings, by language. English is the source text; a language
# without a catalog (or a string missing from one) shows the English text. Jinja's i18n
# extension (newstyle) fills in %(name)s variables and escapes.
CATALOGS: dict[str, dict[str, str]] = {}


def gettext(lang: str):
    catalog = CATALOGS.get(lang, {})

    def _(message: str) -> str:
        return catalog.get(message, message)
    return _


def ngettext(lang: str):
    catalog = CATALOGS.get(lang, {})

    def n_(singular: str, plural: str, n: int) -> str:
        text = singular if n == 1 else plural
        return catalog.get(text, text)
    return n_


def format_date(day: date, lang: str = "en", style: str = "long") -> str:
    """'March 15, 2027' in English, '15 de marzo de 2027' in Spanish."""
    return babel_format_date(day, format=style, locale=lang.replace("-", "_"))


def to_json(value) -> str:
    """JSON that can sit inside <script>: no '<', '>', '&' or line separators raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text
