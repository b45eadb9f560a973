"""The common-word files (stemhub/outputs/common.py): the starts of the index's words whose words
together are on enough rows, found in one pass; and none on a site below common.LEAST rows.
tests/browser/test_search_common.py checks the forms of a large site against Pagefind itself."""
import gzip
import json
from itertools import combinations

import cbor2

from stemhub.outputs import common
from tests.conftest import SiteFolder


def bits(*rows: int) -> int:
    return sum(1 << r for r in rows)


def unions(words: dict[str, int], least: int) -> dict[str, int]:
    """What _prefixes must give, found the slow way: every start of every word, its union."""
    starts = {w[:n] for w in words for n in range(1, len(w) + 1)}
    found = {s: 0 for s in starts}
    for s in starts:
        for w, b in words.items():
            if w.startswith(s):
                found[s] |= b
    return {s: b for s, b in found.items() if b.bit_count() >= least}


def test_the_starts_of_words_found_in_one_pass_are_the_slow_way_s():
    words = {"stud": bits(0), "student": bits(1, 2), "studi": bits(3), "sun": bits(4),
             "learn": bits(0, 1, 2, 3), "lead": bits(4, 5), "le": bits(6), "week": bits(7)}
    for least in (1, 2, 3, 5, 7):
        assert common._prefixes(sorted(words.items()), least) == unions(words, least), least
    assert common._prefixes(sorted(words.items()), 5)["s"] == bits(0, 1, 2, 3, 4)
    assert "stu" not in common._prefixes(sorted(words.items()), 5)


def test_long_words_make_no_forms_but_their_rows_reach_their_starts():
    """A family types at most MAX_FORM letters: a longer word of the index or of the pages
    makes no form of its own (so a 20,000-letter word costs no 20,000 starts), while the rows
    it is on still count for its starts that are forms."""
    long = "photosynthesis" * 3  # 42 letters
    words = {long: bits(0, 1), "photo": bits(2), "z" * 20_000: bits(3)}
    found = common._prefixes(sorted(words.items()), 1)
    assert max(map(len, found)) == common.MAX_FORM == 20
    assert found["photo"] == bits(0, 1, 2) and found[long[:20]] == bits(0, 1)
    assert found["z" * 20] == found["z"] == bits(3)
    assert common._forms(f"{long.title()} Photo, " + "z" * 20_000) == \
        {"p", "ph", "pho", "phot", "photo"}


def test_rows_are_the_set_bits_lowest_first():
    for rows in ([], [0], [3, 70, 1000], list(range(0, 200, 7))):
        assert common._rows(bits(*rows)) == rows
    assert all(common._rows(bits(*pair)) == list(pair) for pair in combinations(range(9), 2))


def test_a_site_below_the_least_rows_has_no_common_forms(site: SiteFolder, tmp_path):
    site.search_index = True
    out = site.built(out=tmp_path / "out")
    found = json.loads((out / "search/common.json").read_text(encoding="utf-8"))
    assert found == {"rows": found["rows"], "keys": []} and 0 < found["rows"] < common.LEAST
    assert not (out / "search/common").exists()


def index(folder, version: str, rows: int) -> list[str]:
    """A Pagefind index as 1.5 writes it, of rows pages that all say "students": their ids."""
    ids = [f"en_{n:07x}" for n in range(rows)]
    entry = {"languages": {"en": {"hash": "en_1", "wasm": "en"}}}
    (folder / "pagefind-entry.json").write_text(json.dumps(entry))
    pages = [[0, [3], []]] + [[1, [3], []]] * (rows - 1)  # page numbers as gaps
    for name, value in (("pagefind.en_1.pf_meta", [version, [[i, 9] for i in ids], [
            ["a", "z", "en_c"]], [], []]), ("index/en_c.pf_index", [[["student", pages]]])):
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(gzip.compress(b"pagefind_dcd" + cbor2.dumps(value)))
    (folder / "fragment").mkdir()
    for i in ids:
        (folder / "fragment" / f"{i}.pf_fragment").write_bytes(
            gzip.compress(b"pagefind_dcd" + json.dumps({"content": "Students."}).encode()))
    return ids


def test_an_index_not_as_pagefind_writes_it_gives_no_common_forms(tmp_path):
    """A damaged index, or one of another Pagefind version, leaves every query to Pagefind."""
    ids = index(tmp_path, "1.5.2", common.LEAST)
    keys = json.loads(dict(common.files("search/", tmp_path, ids))["search/common.json"])["keys"]
    assert [form for form, _ in keys] == ["s", "st", "stu", "stud", "stude", "studen", "student",
                                          "students"]
    newer = tmp_path / "newer"
    newer.mkdir()
    assert json.loads(dict(common.files("search/", newer, index(newer, "1.6.0", common.LEAST)))[
        "search/common.json"])["keys"] == []
    meta = tmp_path / "pagefind.en_1.pf_meta"
    for content in (b"not gzip", gzip.compress(b"pagefind_dcd\xff\xff")):
        meta.write_bytes(content)
        found = dict(common.files("search/", tmp_path, ids))
        assert json.loads(found["search/common.json"]) == {"rows": len(ids), "keys": []}
