"""Unit tests of the reading layer: stemhub.source.text.decode (bytes -> checked text) and
stemhub.source.yamltree.parse (YAML -> plain data with positions, nothing guessed)."""
from __future__ import annotations

import random

import pytest

from stemhub.source.text import Lines, decode
from stemhub.source.yamltree import MAX_DEPTH, parse
from tests.test_markdown import md


# --- text.decode ---------------------------------------------------------------------------

def test_decode_plain_utf8():
    assert decode("title: Café\n".encode()) == ("title: Café\n", [])


def test_decode_drops_bom_and_crlf():
    assert decode(b"\xef\xbb\xbfa: 1\r\nb: 2\r\n") == ("a: 1\nb: 2\n", [])


def test_decode_normalises_to_nfc():
    text, flaws = decode("Cafe\u0301".encode())
    assert (text, flaws) == ("Caf\u00e9", [])


def test_decode_latin1_byte_position():
    text, flaws = decode(b"a: 1\nname: Caf\xe9\n")
    assert flaws == [(2, 10, "the file is not UTF-8 (byte 0xE9); save it as UTF-8")]


def test_decode_utf16_is_refused_at_first_byte():
    _, flaws = decode("a: 1\n".encode("utf-16"))
    assert flaws == [(1, 1, "the file is not UTF-8 (it looks like UTF-16); save it as UTF-8")]


def test_decode_column_counts_characters_not_bytes():
    _, flaws = decode("é€😀\x1b\n".encode())
    assert flaws == [(1, 4, "control character U+001B is not allowed; delete it")]


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x85", "\x9f", "\u2028", "\u2029",
                                  "\x0b", "\x0c"])
def test_decode_control_characters_at_line_and_column(char: str):
    _, flaws = decode(f"a: 1\nb: x{char}y\n".encode())
    assert flaws == [(2, 5, f"control character U+{ord(char):04X} is not allowed; delete it")]


def test_decode_control_character_after_crlf_lines():
    _, flaws = decode(b"a: 1\r\nb: 2\r\nc: \x1b\r\n")
    assert [(line, col) for line, col, _ in flaws] == [(3, 4)]


def test_decode_allows_tab_and_line_ends():
    assert decode(b"a:\tb\r\nc\n") == ("a:\tb\nc\n", [])


def test_decode_lone_cr():
    _, flaws = decode(b"a: 1\rb: 2\n")
    assert flaws == [(1, 5, "a line ends with a lone carriage return (CR); use LF or CRLF "
                                "line ends")]


def test_lone_cr_reads_as_a_line_end_in_yaml_and_a_space_in_markdown():
    """After its error, a lone CR stays in the text: YAML reads it as a line end (as YAML
    does), a Markdown body as a space, so 500,000 lines that end with one are one line."""
    text, flaws = decode(b"a: 1\rb: \x1b\n")
    assert text == "a: 1\rb: \ufffd\n" and len(flaws) == 2
    assert parse(text).data == {"a": "1", "b": "\ufffd"}
    assert md("one\rtwo\r")[0].html == "<p>one two</p>\n"


def test_decode_messages_never_hold_raw_controls():
    _, flaws = decode("x\x1b\x00\x85\u2028".encode())
    assert len(flaws) == 4
    assert all(c.isprintable() for _, _, message in flaws for c in message)


def test_lines_match_counting_from_the_start():
    """Lines (line starts found once, offsets by bisection) agrees with counting line breaks
    before each offset, as every check did before it."""
    rng = random.Random(17)
    text = "".join(rng.choice("ab\n\tü") for _ in range(2000))
    lines = Lines(text, first_line=5)
    for offset in range(len(text) + 1):
        before = text[:offset]
        expected = (before.count("\n") + 5, offset - (before.rfind("\n") + 1) + 1)
        assert lines.at(offset) == expected


# --- yamltree.parse: nothing is guessed ----------------------------------------------------

@pytest.mark.parametrize("raw", ["no", "yes", "off", "010", "0x1F", "1e3", ".nan", ".inf",
                                 "1:30", "09801", "~", "null", "2027-01-05", "12.50", "-5"])
def test_scalars_stay_text(raw: str):
    tree = parse(f"v: {raw}\n")
    assert tree.flaws == []
    assert tree.data == {"v": raw}


def test_quoted_and_escaped_scalars_are_their_text():
    tree = parse('a: "no"\nb: \'010\'\nc: "\\u202E"\n')
    assert tree.data == {"a": "no", "b": "010", "c": "\u202e"}


def test_empty_value_is_empty_text():
    assert parse("a:\nb: ''\n").data == {"a": "", "b": ""}


def test_positions_of_keys_and_values():
    tree = parse("title: Robotics\nlocation:\n  city: Millbrook\ntags: [a, b]\n", first_line=2)
    assert tree.keys[("title",)] == (2, 1)
    assert tree.values[("title",)] == (2, 8)
    assert tree.keys[("location", "city")] == (4, 3)
    assert tree.values[("location", "city")] == (4, 9)
    assert tree.values[("tags", 1)] == (5, 11)
    assert tree.where(("location", "zip")) == (3, 1)  # a missing key: its parent key


def test_where_missing_nested_key_is_parent_key():
    tree = parse("location:\n  city: Millbrook\n")
    assert tree.where(("location", "region")) == (1, 1)


def test_flow_and_block_lists_same_data():
    assert parse("a: [x, y]\n").data == parse("a:\n  - x\n  - y\n").data == {"a": ["x", "y"]}


# --- yamltree.parse: refused YAML -----------------------------------------------------------

def _flaws(text: str) -> list[tuple]:
    return parse(text).flaws


def test_anchor_flaw():
    assert _flaws("a: &x 1\n") == [(1, 4, "anchors (&name) are not allowed; delete the anchor")]


def test_alias_flaw_and_value_not_expanded():
    tree = parse("a: &x [1, 2]\nb: *x\n")
    assert (2, 4, "aliases (*name) are not allowed; write the value out") in tree.flaws
    assert tree.data["b"] is None


def test_tag_flaws():
    assert _flaws("a: !!binary aGk=\n") == [
        (1, 4, "YAML tags (!!binary) are not allowed; delete the tag")]
    assert _flaws("a: ! x\n") == [(1, 4, "YAML tags (!) are not allowed; delete the tag")]


def test_duplicate_key_names_both_lines():
    assert _flaws("a: 1\nb: 2\na: 3\n") == [
        (3, 1, "duplicate key 'a' (also on line 1); keep one")]


def test_duplicate_key_first_value_kept():
    assert parse("a: 1\na: 3\n").data == {"a": "1"}


def test_complex_key_flaw():
    flaws = _flaws("? a\n: 1\n")
    assert [f[0] for f in flaws] == [1]
    assert "complex keys" in flaws[0][2]


def test_directive_flaw():
    assert _flaws("%YAML 1.2\n---\na: 1\n") == [
        (1, 1, "YAML directives (%YAML, %TAG) are not allowed; delete the line")]


def test_second_document_flaw_and_first_document_kept():
    tree = parse("a: 1\n---\nb: 2\n")
    assert tree.flaws == [(2, 1, "only one YAML document is allowed; delete the second '---'")]
    assert tree.data == {"a": "1"}


def test_document_end_marker_flaw():
    assert _flaws("a: 1\n...\n") == [
        (2, 1, "the document end marker '...' is not allowed; delete it")]


def test_tab_indentation_flaw():
    assert _flaws("a:\n\tb: 1\n") == [
        (2, 1, "a tab is used for indentation; indent YAML with spaces")]


@pytest.mark.parametrize("depth, deep", [(MAX_DEPTH, False), (MAX_DEPTH + 1, True)])
def test_nesting_limit_flow(depth: int, deep: bool):
    # the top mapping is level 1; each bracket adds one
    text = "a: " + "[" * (depth - 1) + "x" + "]" * (depth - 1) + "\n"
    messages = [f[2] for f in _flaws(text)]
    assert messages == (["nesting is deeper than 10 levels; flatten it"] if deep else [])


def test_deep_nesting_does_not_recurse():
    text = "a: " + "[" * 50_000 + "]" * 50_000 + "\n"
    flaws = _flaws(text)
    assert flaws and flaws[0][2] == "nesting is deeper than 10 levels; flatten it"


def test_alias_bomb_rejected_without_expanding():
    """How long it takes is bench/linear.py's to measure."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 30):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    tree = parse("\n".join(lines) + "\n")
    assert any("aliases" in f[2] for f in tree.flaws)
    assert all(item is None for item in tree.data["a29"])


def test_first_line_offsets_every_position():
    tree = parse("a: &x 1\n", first_line=5)
    assert tree.flaws == [(5, 4, "anchors (&name) are not allowed; delete the anchor")]
