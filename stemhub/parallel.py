"""Map a function over many items on every core: forked workers inherit the build's state,
results come back in input order, so output stays reproducible. Small inputs run in-process."""
from __future__ import annotations

import multiprocessing
import os

from .problems import Problems

MIN_ITEMS = 400  # below this, starting workers costs more than it saves
_job = None  # in a worker: the function it maps (given at its start, never set in the build)


def workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


def pmap(func, items: list, problems: Problems, least: int | None = None) -> list:
    """[func(item, problems) for item in items], in parallel when it pays: from least items
    (MIN_ITEMS; fewer when each is long work). The workers are forked with func, so it is
    never pickled, and two threads may map at once (the dev server's rebuild and its search
    index)."""
    n, least = workers(), MIN_ITEMS if least is None else least
    if len(items) < least or n < 2:
        return [func(item, problems) for item in items]
    with multiprocessing.get_context("fork").Pool(n, initializer=_take, initargs=(func,)) as pool:
        chunk = max(1 if least < MIN_ITEMS else 16, len(items) // (n * 8))
        results = pool.map(_call, items, chunksize=chunk)
    out = []
    for result, found in results:
        problems.items.extend(found)
        out.append(result)
    return out


def _take(func) -> None:
    global _job
    _job = func


def _call(item):
    found = Problems()
    return _job(item, found), found.items
