"""The JSON text of the open data: compact (or indented, for the schemas people read), UTF-8 as
it is, and a big list written piece by piece, so that its items can be made one at a time."""
from __future__ import annotations

import json
from typing import Iterable, Iterator


def dump(value, indent: int | None = None) -> str:
    """JSON text, UTF-8 as it is: compact, or indented."""
    separators = (",", ": ") if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, indent=indent, separators=separators,
                      allow_nan=False) + "\n"


def with_list(head: dict, items: Iterable) -> Iterator[str]:
    """dump(head) with its last value, an empty list, holding items, as pieces of text."""
    text = dump(head)
    if not text.endswith("[]}\n"):
        raise ValueError("the last value of head must be an empty list")
    yield text.removesuffix("]}\n")
    for i, item in enumerate(items):
        yield ("," if i else "") + dump(item).removesuffix("\n")
    yield "]}\n"
