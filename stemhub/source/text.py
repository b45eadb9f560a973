"""Bytes to checked text: UTF-8 only, line ends normalised, no control characters, NFC."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache
from itertools import accumulate

# Errors anywhere in a file: C0 except tab and line ends, DEL, C1 and the invisible line breaks
# (a lone CR is an error of its own).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
# Also errors in one-line fields: tab, bidirectional controls and invisible characters.
_ONE_LINE_BAD = re.compile("[\t\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
_LINE_BREAK = re.compile("[\n\r]")


Flaw = tuple[int, int, str]  # line, column, message: plain tuples, 500,000 of them made fast


def decode(data: bytes) -> tuple[str, list[Flaw]]:
    """Decode a file; flaws are reported at their line and column, and replaced."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.count(b"\x00") * 4 >= len(data) > 0:  # UTF-16 or UTF-32 without a byte-order mark
        return "", [(1, 1, "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        prefix = data[: err.start].decode("utf-8", "replace")
        line, col = Lines(prefix).at(len(prefix))
        return "", [(line, col, f"the file is not UTF-8 (byte 0x{data[err.start]:02X}); "
                                    "save it as UTF-8")]
    text = text.replace("\r\n", "\n")
    lines = Lines(text)
    flaws = [(*lines.at(m.start()), _control_message(m.group()))
             for m in _CONTROL.finditer(text)]
    flaws += [(*lines.at(m.start()), "a line ends with a lone carriage return (CR); use LF "
                                         "or CRLF line ends") for m in re.finditer("\r", text)]
    if flaws:  # reported above; read on, so that every other problem is found too (a lone CR
        text = _CONTROL.sub("\ufffd", text)  # stays: a line end in YAML, a space in Markdown)
    return unicodedata.normalize("NFC", text), flaws


class Lines:
    """Line and column of any offset in a text: where each line starts is found once, on first
    use, and each offset by bisection, so a file with 300,000 problems is never rescanned from
    its start. Lines count from first_line, columns count characters from 1; LF ends a line."""

    def __init__(self, text: str, first_line: int = 1):
        self.text, self.first_line = text, first_line
        self.starts: list[int] = []

    def at(self, offset: int) -> tuple[int, int]:
        if not self.starts:
            self.starts = [0, *accumulate(len(x) + 1 for x in self.text.split("\n")[:-1])]
        i = bisect_right(self.starts, offset) - 1
        return i + self.first_line, offset - self.starts[i] + 1


@cache  # one message per character, however often it occurs
def _control_message(char: str) -> str:
    return f"control character U+{ord(char):04X} is not allowed; delete it"


def control_flaw(value: str) -> str | None:
    """A message for a control character in a value (as from a YAML escape), or None."""
    m = _CONTROL.search(value)
    return _control_message(m.group()) if m else None


def one_line_flaw(value: str) -> str | None:
    """A message when a one-line value holds a line break or a hidden character."""
    if _LINE_BREAK.search(value):
        return "must be one line (remove the line break)"
    m = _ONE_LINE_BAD.search(value)
    if m:
        kind = "a tab" if m.group() == "\t" else "an invisible or text-direction character"
        return f"contains {kind} (U+{ord(m.group()):04X}); delete it"
    return control_flaw(value)
