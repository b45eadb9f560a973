"""ISO 639-1 language codes (the two-letter codes a site or program may name), and their names."""
from __future__ import annotations

from babel import Locale, UnknownLocaleError

ISO_639_1 = frozenset("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())


def language_name(code: str, lang: str = "en") -> str:
    """'es' -> 'Spanish' (in the page's language); unknown codes stay as they are."""
    return locale_of(lang).languages.get(code.split("-")[0].lower(), code)


def locale_of(code: str) -> Locale:
    """Babel's locale of a language code as sites write it ("es", "pt-br"); English for one
    Babel does not know."""
    try:
        return Locale.parse(code.replace("-", "_"))
    except (ValueError, TypeError, AttributeError, UnknownLocaleError):
        return Locale.parse("en")


def own_name(code: str) -> str:
    """A language's name in itself, as a language switcher shows it: "Español", "Tiếng Việt"."""
    locale = locale_of(code)
    name = locale.get_display_name(locale) or code
    return name[:1].upper() + name[1:]

