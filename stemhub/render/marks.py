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
# What apply rewrites (each without its last ">", which starts a text); the rest of a page is
# copied as it is. An element is read whole, a mark in it or not; a tag or a text only where it
# has a mark. Possessive (*+): a tag or text without a mark is read once.
_ELEMENT = re.compile(r"<(script|style|title|textarea|option|svg)\b([^>]*)>(.*?)</\1\s*(?=>)",
                      re.S | re.I)
_MARKED = re.compile(f"<([A-Za-z][A-Za-z0-9-]*)[^<>{_MARKS}]*+[{_MARKS}][^<>]*+(?=>)"  # a tag
                     f"|>[^<{_MARKS}]*+[{_MARKS}][^<]*+")  # a text, from its tag's ">"
_ANY = re.compile(f"[{_MARKS}]")
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
    text, out, at = ">" + html, [], 0  # text at the start is as after a tag
    for element in _ELEMENT.finditer(text):
        out.append(_between(text, at, element.start(), lang, span))
        whole = element.group(0)
        out.append(_element(element, lang) if _ANY.search(whole) else whole)
        at = element.end()
    out.append(_between(text, at, len(text), lang, span))
    return "".join(out)[1:]


def _between(text: str, start: int, end: int, lang: str, span: str) -> str:
    """text[start:end], between two elements, with its tags and texts that have a mark
    rewritten. No tag or text of _MARKED holds a "<" but the one it starts with, so the piece
    from the "<" before a mark to the "<" after it is rewritten alone: the rest is copied."""
    out = []
    mark = _ANY.search(text, start, end)
    while mark:
        cut = max(text.rfind("<", start, mark.start()), start)
        stop = text.find("<", mark.start(), end)
        stop = end if stop < 0 else stop
        out += text[start:cut], _MARKED.sub(lambda piece: _marked(piece, lang, span),
                                            text[cut:stop])
        start = stop
        mark = _ANY.search(text, start, end)
    out.append(text[start:end])
    return "".join(out)


def _marked(piece: re.Match, lang: str, span: str) -> str:
    """A tag or a text with a mark."""
    tag = piece.group(1)
    if tag is None:
        return ">" + _spans(piece.group(0)[1:], lang, span)
    plain = _MARK.sub("", piece.group(0))
    return _with_lang(plain, _whole_value(piece.group(0)), lang) if tag.lower() in _VOID \
        else plain


def _element(piece: re.Match, lang: str) -> str:
    """An element (script, style, title, textarea, option, svg) with a mark."""
    name, attributes, inside = piece.group(1, 2, 3)
    start = f"<{name}{_MARK.sub('', attributes)}>"  # the end's ">" is left in the page
    end = piece.group(0)[piece.end(3) - piece.start(0):]
    if name.lower() == "svg":
        return start + apply(inside, lang, "tspan") + end
    if name.lower() in ("title", "textarea", "option"):
        start = _with_lang(start, _whole(inside), lang)
    return start + _MARK.sub("", inside) + end


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
