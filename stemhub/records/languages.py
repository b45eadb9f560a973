"""Language codes a site or program may name: ISO 639-1 (two letters), optionally with a region
(pt-BR), each one the locale data (Babel) has a locale for; their names; the closest known code
to a mistyped one. Each code's locale is parsed once."""
from __future__ import annotations

import difflib
import functools
import re

from babel import Locale, UnknownLocaleError
from babel.core import get_global

ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())
CODE = re.compile(r"^([A-Za-z]{2})(?:-([A-Za-z]{2}))?$")


@functools.lru_cache(maxsize=512)
def _locale(code: str) -> Locale | None:
    """Babel's locale of a code as sites write it ("es", "pt-br"), or None when it has none."""
    try:
        return Locale.parse(code.replace("-", "_"))
    except (ValueError, TypeError, AttributeError, UnknownLocaleError):
        return None


def known_code(text: str) -> str | None:
    """The code as the site writes it ("pt-br" -> "pt-BR") when it is ISO 639-1, optionally
    with a region, and the locale data knows it; else None."""
    m = CODE.match(text)
    if not m or m.group(1).lower() not in ISO_639_1:
        return None
    code = m.group(1).lower() + (f"-{m.group(2).upper()}" if m.group(2) else "")
    return code if _locale(code) else None


@functools.cache
def _known_languages() -> list[str]:
    return sorted(c for c in ISO_639_1 if _locale(c))


@functools.cache
def _by_name() -> dict[str, str]:
    """A known language's English name -> its code ("somali" -> "so")."""
    names = Locale.parse("en").languages
    return {names[c].casefold(): c for c in _known_languages() if c in names}


def closest_code(text: str) -> str | None:
    """The known code a partner most likely meant: written with a hyphen ("pt_BR" -> "pt-BR"),
    the language alone when its region is unknown ("en-XX" -> "en"), the code of an older or
    three-letter one ("iw", "som" -> "he", "so"), of an English name ("Somali" -> "so"), else
    the nearest by spelling, or None."""
    hyphen = text.replace("_", "-")
    base, _, region = hyphen.lower().partition("-")
    aliases = get_global("language_aliases")
    for guess in (hyphen, base if region else None, aliases.get(base),
                  _by_name().get(text.casefold())):
        if guess and known_code(guess):
            return known_code(guess)
    close = difflib.get_close_matches(base, _known_languages(), n=1, cutoff=0.6)
    return close[0] if close else None


def base_language(code: str) -> str:
    """'pt-BR' -> 'pt': the language without its region."""
    return code.split("-")[0].lower()


def language_name(code: str, lang: str = "en") -> str:
    """'es' -> 'Spanish', 'pt-BR' -> 'Portuguese (Brazil)', in the page's language; unknown
    codes stay as they are."""
    locale = locale_of(lang)
    base, _, region = code.partition("-")
    name = locale.languages.get(base.lower(), code)
    return f"{name} ({locale.territories.get(region.upper(), region)})" if region else name


def locale_of(code: str) -> Locale:
    """Babel's locale of a language code as sites write it ("es", "pt-br"); English for one
    Babel does not know."""
    return _locale(code) or _locale("en")


def own_name(code: str) -> str:
    """A language's name in itself, as a language switcher shows it: "Español", "Tiếng Việt"."""
    locale = locale_of(code)
    return capital(locale.get_display_name(locale) or code)


def capital(name: str) -> str:
    """A name as a label starts: "español" -> "Español"."""
    return name[:1].upper() + name[1:]
