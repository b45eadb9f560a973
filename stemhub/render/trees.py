"""Our own rendered HTML as element trees, for the search page to build with DOM calls (it never
parses HTML): [tag, {attribute: value}, child, ...], text as strings."""
from __future__ import annotations

import json
import re
from html import unescape

_TOKEN = re.compile(r'<(/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)')
_ATTR = re.compile(r'([a-z][a-z0-9-]*)(?:="([^"]*)")?')
_SPACE = re.compile(r"\s+")
_VOID = {"br", "img", "hr", "wbr"}
_BLOCKS = {"", "article", "div", "dl", "ul", "ol", "section"}  # white space between is no text


def element_tree(html: str) -> list:
    """Our own rendered card as nested lists: [tag, {attribute: value}, child, ...], text as
    strings, runs of white space as one space. Comments and anything else are left out."""
    root: list = ["", {}]
    stack = [root]
    for closing, tag, attrs, text in _TOKEN.findall(html):
        if text:
            text = _SPACE.sub(" ", unescape(text) if "&" in text else text)
            if text != " " or stack[-1][0] not in _BLOCKS:
                stack[-1].append(text)
        elif closing:
            if len(stack) > 1 and stack[-1][0] == tag:
                stack.pop()
        elif tag:
            node = [tag, {a: unescape(v) if "&" in v else v for a, v in _ATTR.findall(attrs)}
                    if attrs else {}]
            stack[-1].append(node)
            if tag not in _VOID and not attrs.endswith("/"):
                stack.append(node)
    return root[2] if len(root) == 3 else ["div", {}] + root[2:]


def tree_json(html: str) -> str:
    """element_tree(html) as compact JSON."""
    return json.dumps(element_tree(html), ensure_ascii=False, separators=(",", ":"))
