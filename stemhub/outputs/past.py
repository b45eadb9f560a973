"""search/past.json (in each language's search folder): what the search page shows when no
program open now has the words typed (docs/search.md, "No dead ends"), loaded only then.

- `past`: each ended or cancelled program (not search rows: they left the lists), most recently
  ended first, as [its words, the rows of the programs open now similar to it, its card]. Its
  words are those of its title, summary and tags in the page's language, as the search page
  reads a query (lower case, punctuation dropped), each after a space, once: a typed word
  matches a program when " " + the word is in them (the start of one of its words).
- `similar`: [row, the rows of the programs open now similar to it] for each listed program
  that cannot be joined now (closed, full, on a waitlist).

Similar is site/similar.py's rule, the one program pages use, so a family is never offered a
program their child cannot join."""
from __future__ import annotations

import json
import unicodedata
from datetime import date

from ..problems import Problems
from ..site.similar import similar_open
from .made import Made

PUNCTUATION = {"Pd", "Pe", "Pf", "Pi", "Po", "Ps"}  # what search.js drops from a query (PUNCT)


def files(made: Made, problems: Problems):
    for edition in made.editions:
        catalog = edition.catalog
        rows = {id(p): i for i, p in enumerate(catalog.programs())}
        similar = similar_open(catalog.all("programs"))

        def open_rows(p) -> list[int]:
            return [rows[id(o)] for o in similar[p.slug] if id(o) in rows]
        past = sorted((p for p in catalog.all("programs") if not p.listed), key=_latest)
        ended = ",".join(f"[{_dump(words(p))},{_dump(open_rows(p))},{made.cards[id(p)].tree}]"
                         for p in past if id(p) in made.cards)  # a card's tree is JSON
        closed = [[rows[id(p)], open_rows(p)] for p in catalog.programs() if p.slug in similar]
        yield edition.prefix + "search/past.json", \
            f'{{"past":[{ended}],"similar":{_dump(closed)}}}'


def _latest(p) -> tuple:
    end = p.schedule.end if p.schedule and p.schedule.end else date.min
    return (-end.toordinal(), p.title.casefold(), p.slug)


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def words(p) -> str:
    """ " word word ...": the words of its title, summary and tags, each once."""
    text = unicodedata.normalize("NFC", " ".join([p.title, p.summary, *p.tags])).lower()
    kept = "".join(c for c in text if unicodedata.category(c) not in PUNCTUATION)
    return "".join(" " + w for w in sorted(set(kept.split())))
