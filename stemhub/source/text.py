"""Bytes to checked text: UTF-8 only, line ends normalised, no control characters, NFC."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Errors anywhere in a file: C0 except tab and line ends, DEL, C1 and the invisible line breaks.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
# Also errors in one-line fields: tab, bidirectional controls and invisible characters.
_ONE_LINE_BAD = re.compile("[\t\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
_LINE_BREAK = re.compile("[\n\r]")


@dataclass(frozen=True)
class Flaw:
    line: int
    col: int
    message: str


def decode(data: bytes) -> tuple[str, list[Flaw]]:
    """Decode a file; flaws are reported at their line and column, and replaced."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.count(b"\x00") * 4 >= len(data) > 0:  # UTF-16 or UTF-32 without a byte-order mark
        return "", [Flaw(1, 1, "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _position(data[: err.start].decode("utf-8", "replace"))
        return "", [Flaw(line, col, f"the file is not UTF-8 (byte 0x{data[err.start]:02X}); "
                                    "save it as UTF-8")]
    text = text.replace("\r\n", "\n")
    flaws = [Flaw(*_line_col(text, m.start()), _control_message(m.group()))
             for m in _CONTROL.finditer(text.replace("\r", " "))]
    flaws += [Flaw(*_line_col(text, m.start()), "a line ends with a lone carriage return (CR); "
                                                "use LF or CRLF line ends")
              for m in re.finditer("\r", text)]
    if flaws:  # reported above; read on, so that every other problem is found too
        text = _CONTROL.sub("\ufffd", text.replace("\r", "\n"))
    return unicodedata.normalize("NFC", text), flaws


def _position(prefix: str) -> tuple[int, int]:
    return prefix.count("\n") + 1, len(prefix) - (prefix.rfind("\n") + 1) + 1


def _line_col(text: str, index: int) -> tuple[int, int]:
    return _position(text[:index])


def _control_message(char: str) -> str:
    return f"control character U+{ord(char):04X} is not allowed; delete it"


def control_flaw(value: str) -> str | None:
    """A message for a control character in a value (as from a YAML escape), or None."""
    m = _CONTROL.search(value.replace("\n", "").replace("\r", ""))
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
