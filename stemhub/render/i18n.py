"""Words the theme shows, per language, from the catalogs in stemhub/locale/ (scripts/catalogs
refreshes them); localised dates, numbers and money; JSON safe inside a script element."""
from __future__ import annotations

import copy
import gettext as stdlib_gettext
import json
import re
from datetime import date
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel import Locale
from babel.dates import format_date as babel_format_date, format_interval
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations
from markupsafe import Markup

from ..records.languages import base_language, locale_of
from ..records.localtext import LocalText
from ..records.meetings import DAYS, day_names
from ..records.words import PER

# English is the source text: a language without a catalog, or a string missing, empty or
# fuzzy in its catalog, shows the English text. The text _() and ngettext() return is escaped
# like any other value. _() also takes a site text (LocalText) and gives its text in the
# language, else in the site's first language.
LOCALE_DIR = Path(__file__).parent.parent / "locale"
DOMAIN = "messages"
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
# The marks around text in another language (noncharacters, Unicode's own for internal use):
# OPEN language SEP text CLOSE; render/marks.py turns them into lang="..." on the page.
OPEN, SEP, CLOSE = "\ufdd0", "\ufdd1", "\ufdd2"


def gettext(lang: str, mark: bool = False):
    """_("Page %(n)s of %(count)s", n=1, count=3): plain text, escaped where it is shown.
    mark: text in another language than lang (an interface string lang's catalog lacks, shown
    in English; a site text without lang's) is marked with its language (render/marks.py turns
    the marks into lang="..."). Other text given to _() (a number, a name) is left as it is."""
    found, locale, lacks = translations(lang), locale_of(lang), _lacking(lang)
    plain: dict[str, str] = {}  # message -> what it shows without variables (a page asks ~45)

    def _(message, **variables) -> str:
        if not variables and type(message) is str and message in plain:
            return plain[message]
        if isinstance(message, LocalText):
            return _marked(*message.in_language(lang), lang, mark)
        text = found.gettext(message) if message else message
        shown = _fill(text, message, _site_texts(variables, _), locale)
        shown = _marked(shown, "en", lang, mark and message in lacks)
        if not variables and type(message) is str:
            plain[message] = shown
        return shown
    return _


def ngettext(lang: str, mark: bool = False):
    """ngettext("%(num)s program", "%(num)s programs", n): n is also given as num, written
    as the language writes numbers ("1,200" in English)."""
    found, locale, lacks = translations(lang), locale_of(lang), _lacking(lang)
    _ = gettext(lang, mark)

    def n_(singular: str, plural: str, n: int, **variables) -> str:
        english = singular if n == 1 else plural
        shown = _fill(found.ngettext(singular, plural, n), english,
                      _site_texts({"num": n, **variables}, _), locale)
        return _marked(shown, "en", lang, mark and singular in lacks)
    return n_


@lru_cache(maxsize=64)
def _lacking(lang: str) -> frozenset[str]:
    """The interface strings (English, singular) that lang's catalog lacks."""
    return translations("en").known - translations(lang).known


def _site_texts(variables: dict, _) -> dict:
    """The variables with each site text in the language of _."""
    return {k: _(v) if isinstance(v, LocalText) else v for k, v in variables.items()}


def _marked(text: str, its: str, lang: str, mark: bool) -> str:
    """text, marked as written in its language where that is not the page's."""
    return text if not mark or not text or its == lang or base_language(lang) == its \
        else f"{OPEN}{its}{SEP}{text}{CLOSE}"


def marked(text: str, its: str, lang: str) -> str:
    """text marked as written in its language where that is not lang (render/marks.py)."""
    return _marked(text, its, lang, True)


def _fill(text: str, english: str, variables: dict, locale: Locale) -> str:
    """The placeholders filled, numbers written the language's way; the English text when a
    translation's placeholders do not match."""
    if not variables:
        return text
    values = {k: _written(v, locale) if _is_number(v) else v for k, v in variables.items()}
    try:
        return text % values
    except (KeyError, ValueError, TypeError):
        return english % values


def _is_number(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@lru_cache(maxsize=4096)
def _written(number: int, locale: Locale) -> str:
    """12 -> "12", 1200 -> "1,200" in English, "1.200" in Spanish (a card has a few)."""
    return format_decimal(number, locale=locale)


@lru_cache(maxsize=64)
def translations(lang: str) -> stdlib_gettext.NullTranslations:
    """A language's catalog ("es-MX" falls back to "es"), read once a process; its known:
    the English strings (singular) it translates."""
    if isinstance(lang, str) and _LANGUAGE_TAG.match(lang):
        parts = lang.replace("-", "_").split("_")
        for code in ("_".join(parts[:i]) for i in range(len(parts), 0, -1)):
            path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
            if path.is_file():
                return _compiled(path)
    empty = stdlib_gettext.NullTranslations()
    empty.known = frozenset()
    return empty


def _compiled(path: Path) -> Translations:
    """A .po file compiled in memory; fuzzy entries and empty translations are left out."""
    with path.open("rb") as po:
        catalog = read_po(po, domain=DOMAIN)
    for message in list(catalog)[1:]:
        if isinstance(message.string, tuple) and not all(message.string):
            message.string = ""
    mo = BytesIO()
    write_mo(mo, catalog, use_fuzzy=False)
    mo.seek(0)
    found = Translations(mo, domain=DOMAIN)
    found.known = frozenset(m.id if isinstance(m.id, str) else m.id[0]
                            for m in list(catalog)[1:] if m.string and not m.fuzzy)
    return found


@lru_cache(maxsize=64)
def direction(lang: str) -> str:
    """"rtl" for a language written right to left (Arabic, Hebrew, ...), else "ltr"."""
    return "rtl" if locale_of(lang).character_order == "right-to-left" else "ltr"


@lru_cache(maxsize=4096, typed=True)
def format_money(amount, lang: str = "en") -> str:
    """US dollars the language's way, whole amounts without cents: '$1,200', '$12.50' in
    English, '1.200 US$' in Spanish."""
    locale = locale_of(lang)
    pattern = copy.copy(locale.currency_formats["standard"])
    digits = 0 if amount == int(amount) else 2
    pattern.frac_prec = (digits, digits)
    return pattern.apply(amount, locale, currency="USD", currency_digits=False)


@lru_cache(maxsize=4096)
def format_date(day: date, lang: str = "en", style: str = "long") -> str:
    """'March 15, 2027' in English, '15 de marzo de 2027' in Spanish."""
    return babel_format_date(day, format=style, locale=locale_of(lang))


@lru_cache(maxsize=4096)
def format_span(start: date, end: date, lang: str = "en") -> str:
    """Two dates as one short range: 'Feb 2 – May 27, 2027', 'Feb 2, 2027' for one day."""
    if start == end:
        return babel_format_date(start, format="medium", locale=locale_of(lang))
    return format_interval(start, end, "yMMMd", locale=locale_of(lang))


def format_per(per: str, lang: str = "en") -> str:
    """What a cost pays for: a word of records/words.py's PER in the language ("per week",
    "por semana"), any other text as written."""
    return gettext(lang)(PER[per]) if per in PER else per


def format_meeting(schedule, lang: str = "en") -> str:
    """The days and hours a schedule meets: 'Every Monday and Wednesday, 3:30 – 5:00 PM' in
    English, 'Cada lunes y miércoles, 15:30–17:00' in Spanish, 'Monday to Friday' for three days
    or more in a row; the hours alone without days, "" without either."""
    locale, _, names = locale_of(lang), gettext(lang), day_names(lang)
    days = [names[d] for d in sorted(schedule.days, key=DAYS.index)]
    hours = schedule.time
    when = hours and format_interval(hours.start, hours.end, _clock(locale), locale=locale)
    if len(days) >= 3 and _in_a_row(schedule.days):
        first, last = days[0], days[-1]
        return _("%(first)s to %(last)s, %(hours)s", first=first, last=last, hours=when) \
            if when else _("%(first)s to %(last)s", first=first, last=last)
    listed = format_list(days, locale=locale)
    if days and when:
        return _("Every %(days)s, %(hours)s", days=listed, hours=when)
    return _("Every %(days)s", days=listed) if days else when or ""


def _in_a_row(days: list[str]) -> bool:
    """Whether the days follow each other in the week (Monday to Friday)."""
    places = sorted(DAYS.index(d) for d in days)
    return places[-1] - places[0] == len(places) - 1


def _clock(locale: Locale) -> str:
    """The skeleton of the language's own clock: 12-hour ("hm") or 24-hour ("Hm")."""
    return "hm" if "h" in locale.time_formats["short"].pattern else "Hm"


def format_either(words: list[str], lang: str = "en") -> str:
    """['a student', 'a family'] -> 'a student or a family', in the page's language."""
    return format_list(list(words), style="or", locale=locale_of(lang))


def to_json(value) -> Markup:
    """JSON that can sit inside <script>: no '<', '>', '&' or line separators raw."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return Markup(text)
