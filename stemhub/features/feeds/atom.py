"""An Atom feed document (RFC 4287) from plain values, written by ElementTree, which escapes
every text and attribute; a character XML 1.0 does not allow (a control character, U+FFFE,
U+FFFF: the content check refuses the first, not the others) becomes U+FFFD."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Text(NamedTuple):
    """Plain text, with its language where it is not the feed's (an untranslated title)."""

    text: str
    lang: str | None = None


@dataclass
class Entry:
    url: str  # the page's absolute URL, also the entry's id
    title: Text
    summary: Text
    updated: datetime
    published: datetime | None = None
    author: str | None = None  # None: the feed's


@dataclass
class Feed:
    url: str  # its own absolute URL, also its id
    page: str  # the absolute URL of the page it follows
    title: str
    author: str
    lang: str
    updated: datetime  # when there are no entries
    entries: list[Entry]


def document(feed: Feed) -> bytes:
    root = ET.Element("feed", {"xmlns": ATOM, "xml:lang": feed.lang})
    _add(root, "id", feed.url)
    _add(root, "title", feed.title)
    _add(root, "updated", _stamp(max((e.updated for e in feed.entries), default=feed.updated)))
    ET.SubElement(root, "link", rel="self", type="application/atom+xml", href=feed.url)
    ET.SubElement(root, "link", rel="alternate", type="text/html", href=feed.page)
    _add(ET.SubElement(root, "author"), "name", feed.author)
    for entry in feed.entries:
        _entry(ET.SubElement(root, "entry"), entry)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _entry(element: ET.Element, entry: Entry) -> None:
    _add(element, "id", entry.url)
    _add(element, "title", entry.title.text, entry.title.lang)
    _add(element, "updated", _stamp(entry.updated))
    if entry.published:
        _add(element, "published", _stamp(entry.published))
    ET.SubElement(element, "link", rel="alternate", type="text/html", href=entry.url)
    if entry.author:
        _add(ET.SubElement(element, "author"), "name", entry.author)
    _add(element, "summary", entry.summary.text, entry.summary.lang)


def _add(parent: ET.Element, tag: str, text: str, lang: str | None = None) -> None:
    child = ET.SubElement(parent, tag, {"xml:lang": lang} if lang else {})
    child.text = _NOT_XML.sub("\ufffd", text)


def _stamp(moment: datetime) -> str:
    """An RFC 3339 date-time with its offset: 2026-12-01T00:00:00-08:00."""
    return moment.isoformat()
