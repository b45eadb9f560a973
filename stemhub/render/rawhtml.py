"""Raw HTML in Markdown, never rendered (content-model.md, "Values" and "Edge rules"): what
counts as raw HTML, and where no link may be made because of it."""
from __future__ import annotations

import re
from typing import Callable

from markdown_it.token import Token

RAW_HTML = "raw HTML is not rendered: it shows as text; use Markdown instead"
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_TAG_SHAPED = re.compile(r"<[A-Za-z/]")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}


def strip_comments(text: str) -> str:
    if "<!--" not in text:
        return text
    return re.sub(r"<!--.*?(-->|$)", "", text, flags=re.S)


class RawTags:
    """The raw HTML tags open in one inline run (a paragraph, heading or table cell): text
    between a raw opening tag and its closing tag, or the end of the run, is never autolinked.
    Each tag is pushed and popped at most once."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.count: dict[str, int] = {}

    @property
    def open(self) -> bool:
        return bool(self.stack)

    def see(self, html_: str) -> None:
        tag = _TAG.match(html_)
        if not tag or html_.endswith("/>") or tag.group(2).lower() in _VOID:
            return
        name = tag.group(2).lower()
        if not tag.group(1):
            self.stack.append(name)
            self.count[name] = self.count.get(name, 0) + 1
            return
        while self.count.get(name):  # close it and whatever was left open inside it
            top = self.stack.pop()
            self.count[top] -= 1
            if top == name:
                return


class TagShaped:
    """Text shaped like a tag, from a '<' followed by a letter or '/' to the next '>', whether
    or not the parser read it as HTML (content-model.md, "Edge rules"): raw HTML, so no link is
    made inside it and it is warned about at its line. Followed through the text tokens of one
    inline run, each character looked at once; a '<' with no '>' after it in the run is text."""

    def __init__(self, children: list[Token], warn: Callable[[int], None]) -> None:
        self.inside, self.warn = False, warn
        self.closes = sum(">" in t.content for t in children if t.type == "text")

    def parts(self, text: str, line: int) -> list[tuple[str, bool]]:
        """The text in pieces, each inside a tag-shaped span or not."""
        parts, at, last = [], 0, text.rfind(">")
        self.closes -= last >= 0  # now the text tokens after this one that hold a '>'
        while at < len(text):
            if self.inside:
                close = text.find(">", at)
                self.inside = close < 0
                end = len(text) if close < 0 else close + 1
                parts.append((text[at:end], True))
                at = end
                continue
            start = _TAG_SHAPED.search(text, at)
            if not start or (start.start() > last and not self.closes):
                parts.append((text[at:], False))
                break
            parts.append((text[at:start.start()], False))
            line += text.count("\n", at, start.start())
            self.warn(line)
            at, self.inside = start.start(), True
        return [(part, inside) for part, inside in parts if part]
