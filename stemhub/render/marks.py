"""Text in another language than its page's, marked on the page (content-model.md, "Site texts
in every language"). _() wraps such text in marks (render/i18n.py); a rendered page turns them
into lang="..." (and dir="..." where the direction differs) in one pass:
- in text, a <span lang="en"> (a <tspan> in an <svg>);
- where text cannot hold a span, the element's own lang when all of the text is marked: for
  an attribute of an element without content (the placeholder of an <input>, the alt of an
  <img>, a <meta>'s content) and for <option>, <title> and <textarea>, whose content is text;
- the marks are only dropped elsewhere: in the attributes of an element with content (lang on
  a <nav> for its aria-label would cover all it holds), in text mixed with the page's own
  language where no span can go, and inside <script> and <style>."""
from __future__ import annotations

import re

from .i18n import CLOSE, OPEN, SEP, direction

_MARKS = f"{OPEN}{CLOSE}"
_PIECE = re.compile(  # what apply rewrites (each without its last ">", which starts a text);
    # the rest of a page is copied as it is
    r"<(script|style|title|textarea|option|svg)\b([^>]*)>(.*?)</\1\s*(?=>)"  # an element
    f"|<([A-Za-z][A-Za-z0-9-]*)[^<>]*[{_MARKS}][^<>]*(?=>)"  # a tag with a mark in it
    f"|>[^<]*[{_MARKS}][^<]*",  # a text with a mark in it, from its tag's ">"
    re.S | re.I)
_MARK = re.compile(f"{OPEN}([^{OPEN}{SEP}{CLOSE}<>]{{0,35}}){SEP}|{CLOSE}")
_WHOLE = re.compile(f"\\s*{OPEN}([^{OPEN}{SEP}{CLOSE}<>]{{0,35}}){SEP}[^{OPEN}{SEP}{CLOSE}]*"
                    f"{CLOSE}\\s*$")
_VALUE = re.compile(r'="([^"]*)"')
_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


def apply(html: str, lang: str, span: str = "span") -> str:
    """The page with its marks turned into lang attributes; lang: the page's language; span:
    the element of a marked text ("tspan" inside an <svg>)."""
    if OPEN not in html and CLOSE not in html:
        return html

    def rewrite(piece: re.Match) -> str:
        name, attributes, inside, tag = piece.group(1, 2, 3, 4)
        if name is None and tag is None:
            return ">" + _spans(piece.group(0)[1:], lang, span)
        if tag is not None:
            plain = _MARK.sub("", piece.group(0))
            return _with_lang(plain, _whole_value(piece.group(0)), lang) \
                if tag.lower() in _VOID else plain
        start = f"<{name}{_MARK.sub('', attributes)}>"  # the end's ">" is left in the page
        end = piece.group(0)[piece.end(3) - piece.start(0):]
        if name.lower() == "svg":
            return start + apply(inside, lang, "tspan") + end
        if name.lower() in ("title", "textarea", "option"):
            start = _with_lang(start, _whole(inside), lang)
        return start + _MARK.sub("", inside) + end
    return _PIECE.sub(rewrite, ">" + html)[1:]  # text at the start is as after a tag


def _spans(text: str, lang: str, span: str) -> str:
    """The marks in text as spans, balanced within it (a stray mark is dropped)."""
    depth = 0

    def one(mark: re.Match) -> str:
        nonlocal depth
        if mark.group(0) != CLOSE:
            depth += 1
            return f"<{span}{_attributes(mark.group(1), lang)}>"
        if depth == 0:
            return ""
        depth -= 1
        return f"</{span}>"
    done = _MARK.sub(one, text)
    return done + f"</{span}>" * depth


def _whole_value(tag: str) -> str | None:
    """The language of the first attribute value of tag that is all one marked text."""
    return next(filter(None, map(_whole, _VALUE.findall(tag))), None)


def _whole(text: str) -> str | None:
    """The language of text when all of it is one marked text."""
    found = _WHOLE.match(text)
    return found.group(1) if found else None


def _with_lang(tag: str, code: str | None, lang: str) -> str:
    """A start tag with lang="code" (unless it has a lang already)."""
    if code is None or re.search(r"\slang=", tag):
        return tag
    cut = re.match(r"<[A-Za-z][A-Za-z0-9-]*", tag).end()
    return tag[:cut] + _attributes(code, lang) + tag[cut:]


def _attributes(code: str, lang: str) -> str:
    """' lang="en"', with ' dir="ltr"' where its direction is not the page's."""
    if not _CODE.match(code):
        return ""
    way = direction(code)
    return f' lang="{code}"' + (f' dir="{way}"' if way != direction(lang) else "")
