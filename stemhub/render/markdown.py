"""Markdown -> safe HTML: CommonMark with GitHub's tables, strikethrough and bare-URL links;
raw HTML shown as text; every link and image checked; sanitised by an allow-list last."""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

import nh3
from markdown_it import MarkdownIt, rules_inline
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .links import Link, classify
from .rawhtml import RAW_HTML, RawTags, TagShaped, strip_comments
from ..problems import Problems
from ..source.text import Lines, control_flaw

_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")
_BARE_URL = re.compile(r"https?://[A-Za-z0-9][A-Za-z0-9_.-]*[^\s<]*", re.I)
_TRAILING = "?!.,:*_~'\""
_OPENS = re.compile(r"\[+")
_URL_CHARS = re.compile(r"[A-Za-z0-9._~:/?#@!$&'()*+,;=-]*")  # what normalizeLink keeps as is
MAX_QUOTES = 10  # deeper '>' quotes are read as this deep, so no text is lost past the parser's limit
_DEEP_QUOTES = re.compile(r"^(?:[ ]{0,3}>){%d,}" % (MAX_QUOTES + 1), re.M)
_TAGS = {"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "em", "strong", "del", "code",
         "pre", "blockquote", "hr", "br", "s", "table", "thead", "tbody", "tr", "th", "td", "img"}
_ATTRIBUTES = {"a": {"href", "rel", "title"}, "img": {"src", "alt", "title"}, "ol": {"start"},
               "th": {"style"}, "td": {"style"}, **{f"h{i}": {"id"} for i in range(2, 7)}}


@dataclass
class Rendered:
    html: str
    toc: list[tuple[int, str, str]] = field(default_factory=list)  # (level, id, text)
    links: list[Link] = field(default_factory=list)


@dataclass
class Context:
    """Where a body sits and what it may point at."""

    rel: str  # file, for problems
    first_line: int  # line of the body's first line in the file
    page: str  # the page's own site path ("guides/x/")
    prefix: str  # what site paths are placed under: base path (+ language)
    static_prefix: str  # base path, for files
    files: set[str]  # site paths of files ("static/img/a.png")
    taken_ids: set[str]  # ids the theme uses on the page
    problems: Problems


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "xhtmlOut": False})
    md.enable(["table", "strikethrough"])
    md.validateLink = lambda url: True  # every target is judged here, with a warning
    md.inline.ruler.at("link", _closed(rules_inline.link))
    md.inline.ruler.at("image", _closed(rules_inline.image))
    return md


def _closed(rule):
    """A link or image rule that takes a run of '[' with no ']' after it in its inline run as
    the text it is (it can start no link) at once: the parser would look for a ']' from each
    '[', through its nested ones, and take one '[' a step, so 1 MiB of '[' took it half a
    minute. The last ']' before the run's end is found once for each end."""
    def closed(state: StateInline, silent: bool) -> bool:
        if state.src[state.pos] not in "![":
            return False
        ends = state.__dict__.setdefault("stemhub_last_close", {})
        if state.posMax not in ends:
            ends[state.posMax] = state.src.rfind("]", 0, state.posMax)
        if state.pos < ends[state.posMax]:
            return rule(state, silent)
        run = _OPENS.match(state.src, state.pos, state.posMax)
        if not run:
            return False
        if not silent:
            state.pending += run.group()
        state.pos = run.end()
        return True
    return closed


_MD = _parser()


def render(text: str, ctx: Context) -> Rendered:
    text = text.replace("\r", " ")  # a lone CR (an error): one line, however many there are
    _check_char_refs(text, ctx)
    tokens = _MD.parse(_DEEP_QUOTES.sub(">" * MAX_QUOTES, text))
    out = Rendered("")
    ids = _Ids(ctx.taken_ids)
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            _heading(token, tokens[i + 1], tokens[i + 2], ids, out)
        elif token.type == "html_block":
            _raw_html_block(token, ctx)
        elif token.type == "inline":
            line = ctx.first_line + (token.map[0] if token.map else 0)
            token.children = _inline(token.children or [], line, ctx, out)
    body = _MD.renderer.render(tokens, _MD.options, {})
    out.html = nh3.clean(body, tags=_TAGS, attributes=_ATTRIBUTES, link_rel=None,
                         url_schemes={"http", "https", "mailto", "tel"},
                         filter_style_properties={"text-align"}, strip_comments=True)
    return out


def _check_char_refs(text: str, ctx: Context) -> None:
    """A character reference that writes a control character is an error where it stands."""
    lines = Lines(text, ctx.first_line)
    ctx.problems.errors(ctx.rel, ((*lines.at(m.start()), f"the character reference {m.group()} "
                                                         "writes a control character; delete it")
                                  for m in _CHAR_REF.finditer(text) if _writes_control(m)))


def _writes_control(ref: re.Match) -> bool:
    code = int(ref.group(1), 16) if ref.group(1) else int(ref.group(2))
    char = chr(code) if code < 0x110000 else "\ufffd"
    return char not in "\t\n\r" and control_flaw(char) is not None


def heading_id(text: str) -> str:
    """GitHub's heading ids: lower case, only letters, digits, spaces, '-' and '_', spaces
    turned into '-'."""
    kept = "".join(c for c in text.lower() if c in " -_"
                   or unicodedata.category(c)[0] in "LMN" or unicodedata.category(c) == "Pc")
    return kept.replace(" ", "-")


class _Ids:
    """The ids of one page: a heading's id is its base, else base-1, base-2, ..., the first not
    taken by an earlier heading or the theme. Each base remembers where its count stopped, and
    every id it skips is taken for good, so 20,000 headings of one text cost no rescans."""

    def __init__(self, taken: set[str]):
        self.used = set(taken)
        self.next: dict[str, int] = {}

    def take(self, base: str) -> str:
        n = self.next.get(base, 0)
        anchor = f"{base}-{n}" if n else base
        while anchor in self.used:
            n += 1
            anchor = f"{base}-{n}"
        self.next[base] = n + 1
        self.used.add(anchor)
        return anchor


def _heading(open_: Token, inline: Token, close: Token, ids: _Ids, out: Rendered) -> None:
    level = max(int(open_.tag[1]), 2)
    open_.tag = close.tag = f"h{level}"
    text = "".join(c.content for c in inline.children or [] if c.type in ("text", "code_inline"))
    anchor = ids.take(heading_id(text) or "section")
    open_.attrSet("id", anchor)
    out.toc.append((level, anchor, text))


def _raw_html_block(token: Token, ctx: Context) -> None:
    line = ctx.first_line + token.map[0]
    shown = strip_comments(token.content)
    if shown.strip() != token.content.strip() and not shown.strip():
        token.content = ""
        return
    ctx.problems.warning(ctx.rel, line, None, RAW_HTML)
    token.type, token.content = "html_block", f"<p>{html.escape(shown.strip())}</p>\n"


def _inline(children: list[Token], line: int, ctx: Context, out: Rendered) -> list[Token]:
    result: list[Token] = []
    drop_close: list[bool] = []
    in_link = 0
    raw = RawTags()
    warned = [0]

    def raw_html(at: int) -> None:  # once a line: the same warning twice is one
        if warned[0] != at:
            warned[0] = at
            ctx.problems.warning(ctx.rel, at, None, RAW_HTML)
    shaped = TagShaped(children, raw_html)
    for tok in children:
        kind, breaks = tok.type, tok.content.count("\n")
        if kind in ("softbreak", "hardbreak"):
            line += 1
        if kind == "link_open":
            keep = not shaped.inside and _link(tok, line, ctx, out)
            drop_close.append(not keep)
            in_link += 1
            if keep:
                result.append(tok)
        elif kind == "link_close":
            in_link -= 1
            if not drop_close.pop():
                result.append(tok)
        elif kind == "image":
            result.append(_image(tok, line, ctx))
        elif kind == "html_inline":
            raw.see(tok.content)
            tok.type, tok.content = "text", strip_comments(tok.content)
            if tok.content:
                raw_html(line)
                result.append(tok)
        elif kind == "text":
            for part, inside in shaped.parts(tok.content, line):
                piece = tok if len(part) == len(tok.content) else _text(part)
                plain = inside or in_link or raw.open
                result.extend([piece] if plain else _autolinks(piece, line, ctx))
        else:
            result.append(tok)
        line += breaks
    return result


def _link(tok: Token, line: int, ctx: Context, out: Rendered) -> bool:
    href = tok.attrGet("href") or ""
    target = classify(href)
    if target.kind == "bad":
        ctx.problems.warning(ctx.rel, line, None,
                             f"link to {href[:80]!r} removed (the text stays): {target.why}")
        return False
    if target.kind == "external":
        tok.attrSet("rel", "noopener noreferrer")
        if href.lower().startswith("http:"):
            ctx.problems.warning(ctx.rel, line, None, f"the link {href[:80]} uses http; "
                                                      "use https:// if the site supports it")
    elif target.kind in ("site", "fragment"):
        out.links.append(Link(ctx.rel, line, target.path, target.fragment, ctx.page))
        if target.kind == "site":
            tok.attrSet("href", _place(href, ctx))
    return True


def _place(href: str, ctx: Context) -> str:
    """A site path under the base path (files) or the base path and language (pages)."""
    path = href.lstrip("/")
    prefix = ctx.static_prefix if path.partition("#")[0].partition("?")[0] in ctx.files \
        else ctx.prefix
    return prefix + path


def _image(tok: Token, line: int, ctx: Context) -> Token:
    src = tok.attrGet("src") or ""
    alt = "".join(c.content for c in tok.children or [])
    target = classify(src)
    if target.kind == "site" and not target.fragment and "?" not in src:
        if src.lstrip("/") in ctx.files:
            tok.attrSet("src", ctx.static_prefix + src.lstrip("/"))
            return tok
        ctx.problems.error(ctx.rel, line, None, f"the image {src[:80]} leads to no file; add "
                                                "it under static/ or correct the path")
        return tok
    why = "images may only be files of this site (under static/)" if src else "it has no target"
    ctx.problems.warning(ctx.rel, line, None, f"image {src[:80]!r} removed (its alt text "
                                              f"stays): {why}")
    return _text(alt)


def _autolinks(tok: Token, line: int, ctx: Context) -> list[Token]:
    """GitHub's bare-URL links: http:// and https:// only, trailing punctuation left out,
    made only when the address follows the rules of a written link."""
    text, parts, last = tok.content, [], 0
    for m in _BARE_URL.finditer(text):
        url = _trim(m.group())
        parts.append(_text(text[last:m.start()]))
        # percent-encoded and punycoded as the parser does a written link's target
        href = url if _URL_CHARS.fullmatch(url) else _MD.normalizeLink(url)
        link = Token("link_open", "a", 1, attrs={"href": href})
        if _link(link, line, ctx, Rendered("")):
            parts += [link, _text(url), Token("link_close", "a", -1)]
        else:
            parts.append(_text(url))
        last = m.start() + len(url)
    if not parts:
        return [tok]
    return [p for p in parts + [_text(text[last:])] if p.type != "text" or p.content]


def _trim(url: str) -> str:
    """Trailing punctuation is left out, and a ')' while the URL has more ')' than '(': the
    brackets are counted once, so a run of 200,000 ')' is trimmed in one pass."""
    opens, closes, end = url.count("("), url.count(")"), len(url)
    while end and (url[end - 1] in _TRAILING or (url[end - 1] == ")" and closes > opens)):
        closes -= url[end - 1] == ")"
        end -= 1
    return re.sub(r"&[A-Za-z0-9]+;$", "", url[:end])


def _text(content: str) -> Token:
    t = Token("text", "", 0)
    t.content = content
    return t
