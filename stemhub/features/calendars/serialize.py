"""An event made by the icalendar library, written as the library writes it (Component.to_ical,
byte for byte: tests/test_calendar_serialize.py) in half its time. The library still makes and
escapes every value and its parameters; only the joining and folding of the lines is done here,
where the library makes three objects a line and folds a character at a time (in a profile of a
two-language build of 4,000 programs, 18% of the processor time went to its writing)."""
from __future__ import annotations

from icalendar import vText
from icalendar.cal.component import Component

LIMIT = 75  # a folded line holds fewer octets than this (RFC 5545 3.1, as the library folds)
_FOLD = b"\r\n "
_KEEP_TOGETHER = b"\\^"  # an escape is never split by a fold (the library's rule, its #1501)


def serialized(component: Component) -> bytes:
    """component.to_ical()."""
    return b"".join(_line(name, value) + b"\r\n" for name, value in component.property_items())


def _line(name: str, value) -> bytes:
    if not hasattr(value, "to_ical"):  # BEGIN and END: the component's name
        value = vText(value)
    params = getattr(value, "params", None)
    written = _bytes(params.to_ical(sorted=True)) if params else b""
    head = name.encode("utf-8") + (b";" + written if written else b"")
    return fold(head + b":" + _bytes(value.to_ical()))


def _bytes(written: bytes | str) -> bytes:
    return written if isinstance(written, bytes) else written.encode("utf-8")


def fold(line: bytes) -> bytes:
    """line folded as the library folds it: each piece the most whole characters that make
    fewer than LIMIT octets, less a last backslash or caret, which starts the next piece."""
    pieces, start = [], 0
    while len(line) - start >= LIMIT:
        cut = start + LIMIT - 1
        while line[cut] & 0xC0 == 0x80:  # inside a character
            cut -= 1
        if line[cut - 1] in _KEEP_TOGETHER:
            cut -= 1
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return _FOLD.join(pieces)
