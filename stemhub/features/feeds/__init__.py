"""Feeds: each language's Atom feeds, feed.xml (updates) and feeds/programs.xml (programs open
for applications), linked from the head of every page."""
from __future__ import annotations

from . import feeds
from ...site.catalog import Catalog
from ..feature import Feature


def links(catalog: Catalog) -> tuple[str, ...]:
    return feeds.FEEDS


FEATURE = Feature("feeds", links=links, files=feeds.files)
