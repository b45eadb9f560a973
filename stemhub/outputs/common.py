"""The words on nearly every searched page, answered from our own data (docs/search.md, "Common
words"). Pagefind scores each page it finds by walking the page lists of every word it matched,
so a query whose words are on nearly every page of a large site takes it most of a second a
key, after downloading its largest index chunks. For such a query the search page needs only
the rows that lack the words.

Read from the index Pagefind just wrote, so the matches are its own: for each language,
search/common.json holds the forms a family may type (whole words and their starts) that
Pagefind would match on at least SHARE of the rows, when that is at least LEAST rows, each with
the number n of the file search/common/<n>.json that lists the rows it would not match (the
first row, then the gaps). Pagefind matches a typed word by its stem (Snowball, as
snowballstemmer stems it) as the start of the index's words; the forms are the starts of the
index's words and of the words on a sample of the pages, up to MAX_FORM letters: so the step is
linear in the size of the index, whatever the length of its words."""
from __future__ import annotations

import gzip
import json
import re
from functools import partial
from pathlib import Path

import cbor2
import snowballstemmer
from babel import Locale, UnknownLocaleError

from ..parallel import pmap
from ..problems import Problems

SHARE = 0.9  # of the rows: complements stay small
LEAST = 1000  # rows: below this Pagefind answers any query quickly
SAMPLE = 300  # pages whose words give the forms families type
MAX_FORM = 20  # letters: the longest form a family types; a longer word makes no forms
PAGEFIND = "1.5.2"  # the version whose index this reads (tests/browser/test_search_common.py),
# pinned in pyproject.toml: the build refuses another (pagefind.py)
CHUNKS = 8  # index chunks worth decoding on every core
SIGNATURE = b"pagefind_dcd"
WORD = re.compile(r"\w+")


def files(folder: str, index: Path, ids: list[str | None]):
    """(site path, text) of folder's common.json and its files: index is Pagefind's output
    folder, ids the Pagefind page id of each search row of folder's language (None: not
    indexed)."""
    try:
        keys, lacking = _common(index, ids) if len(ids) >= LEAST else ({}, [])
    except (OSError, ValueError, LookupError, TypeError, cbor2.CBORError):  # an index not as
        keys, lacking = {}, []  # PAGEFIND writes it: every query goes to Pagefind, slower
    yield folder + "common.json", _dump({"rows": len(ids), "keys": sorted(keys.items())})
    for n, rows in enumerate(lacking):
        yield f"{folder}common/{n}.json", _dump([b - a for a, b in zip([0] + rows, rows)])


def _common(index: Path, ids: list[str | None]) -> tuple[dict[str, int], list[list[int]]]:
    """Typed form -> the number of its list; the lists of rows each stem does not match."""
    language = next((i.partition("_")[0] for i in ids if i), None)
    entry = language and json.loads((index / "pagefind-entry.json").read_text(encoding="utf-8"))
    stem = entry and _stemmer(entry["languages"][language])
    if not stem:
        return {}, []
    row_of = {page_id: row for row, page_id in enumerate(ids) if page_id}
    hash_ = entry["languages"][language]["hash"]
    meta = cbor2.loads(_payload(index / f"pagefind.{hash_}.pf_meta"))
    if meta[0] != PAGEFIND:
        return {}, []
    rows_of_page = [row_of.get(page_id) for page_id, *_ in meta[1]]
    least = max(LEAST, SHARE * len(ids))
    matched = _prefixes(_words(index, meta[2], rows_of_page, len(ids)), least)
    forms = set(matched) | _sampled_forms(index, [i for i in ids if i])
    stems = {form: stem(form) for form in forms}
    kept = sorted({s for s in stems.values() if s in matched})
    number = {s: n for n, s in enumerate(kept)}
    everyone = (1 << len(ids)) - 1
    lacking = [_rows(everyone & ~matched[s]) for s in kept]
    return {form: number[s] for form, s in stems.items() if s in number}, lacking


def _stemmer(language: dict):
    """The stem function Pagefind's search uses for a language of its entry file, or None
    when we have none like it. Pagefind ships one WebAssembly file a stemmed language
    ("unknown": not stemmed)."""
    wasm = language.get("wasm", "unknown")
    if wasm == "unknown":
        return lambda word: word
    try:
        name = Locale.parse(wasm.replace("-", "_")).get_language_name("en").casefold()
    except (ValueError, UnknownLocaleError):
        return None
    if name not in snowballstemmer.algorithms():
        return None
    return snowballstemmer.stemmer(name).stemWord


def _payload(path: Path) -> bytes:
    """A file of Pagefind's index, unzipped, past its signature."""
    raw = gzip.decompress(path.read_bytes())
    return raw[len(SIGNATURE):] if raw.startswith(SIGNATURE) else raw


def _words(index: Path, chunks: list, rows_of_page: list[int | None], rows: int):
    """(word, the rows it is on as the bits of an integer) of every word of the index, in
    order. Decoding the index takes most of the time: its chunks are shared among the cores."""
    read = partial(_chunk_words, index, rows_of_page, rows)
    return sorted(w for words in pmap(read, [c[2] for c in chunks], Problems(), least=CHUNKS)
                  for w in words)


def _chunk_words(index: Path, rows_of_page: list[int | None], rows: int, chunk: str, _):
    words = []
    for word, pages, *_ in cbor2.loads(_payload(index / "index" / f"{chunk}.pf_index"))[0]:
        bits, page = bytearray((rows + 7) // 8), 0
        for gap, *_ in pages:  # page numbers, each as the gap from the one before
            page += gap
            row = rows_of_page[page] if page < len(rows_of_page) else None
            if row is not None:
                bits[row >> 3] |= 1 << (row & 7)
        words.append((word, int.from_bytes(bits, "little")))
    return words


def _prefixes(words: list[tuple[str, int]], least: float) -> dict[str, int]:
    """Each start of the words (the words included) of at most MAX_FORM letters whose words
    are on at least least rows together -> those rows. One pass: the starts of the word before
    stay open while the next word shares them."""
    found, open_ = {}, []  # open_: [start, rows] for each start of the last word, shortest first

    def close() -> None:
        start, bits = open_.pop()
        if bits.bit_count() >= least:
            found[start] = bits
        if open_:
            open_[-1][1] |= bits
    for word, bits in words:
        while open_ and not word.startswith(open_[-1][0]):
            close()
        open_ += [[word[:n], 0] for n in range(len(open_[-1][0]) + 1 if open_ else 1,
                                               min(len(word), MAX_FORM) + 1)]
        open_[-1][1] |= bits
    while open_:
        close()
    return found


def _sampled_forms(index: Path, ids: list[str]) -> set[str]:
    """The starts of the words on SAMPLE pages spread over the rows, lower case: what a family
    types on the way to a word on nearly every page is on most of them."""
    forms = set()
    for page_id in ids[::max(1, len(ids) // SAMPLE)]:
        content = json.loads(_payload(index / "fragment" / f"{page_id}.pf_fragment"))
        forms |= _forms(str(content.get("content", "")))
    return forms


def _forms(text: str) -> set[str]:
    """The starts of a text's words of at most MAX_FORM letters, lower case."""
    words = {w for w in WORD.findall(text.lower()) if len(w) <= MAX_FORM}
    return {word[:n] for word in words for n in range(1, len(word) + 1)}


def _rows(bits: int) -> list[int]:
    """The set bits of bits, lowest first."""
    found = []
    while bits:
        low = bits & -bits
        found.append(low.bit_length() - 1)
        bits ^= low
    return found


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
