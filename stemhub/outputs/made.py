"""What every output is given: the site's editions (the linked catalog of each language, with
the settings), the files published as they are, the cards the render stage made, where the
pages were written and which of them a search engine may list."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..render.bodies import Card
from ..memo.in_memory import Fresh
from ..site.catalog import Catalog
from ..site.editions import Edition
from ..site.public import Public


@dataclass
class Made:
    editions: list[Edition]  # the first language's first
    static: dict[str, Path]  # site path -> file to copy
    cards: dict[int, Card]  # id(item) -> its card
    folder: Path | None  # the folder the pages were written to (None: kept elsewhere)
    last: Path | None  # the folder of the files the last build wrote, when reuse holds what
    # made them (the dev server's own folder; `build`'s output folder, with its cache)
    public: list[Public]  # the pages for the sitemap, in page table order
    changed: set[str] = field(default_factory=set)  # pages whose bytes this build changed
    reuse: Fresh = field(default_factory=Fresh)  # what the last build kept (memo/in_memory.py)
    features: tuple = ()  # the features turned on (features/feature.py)

    def kept(self, table: str, key, make):
        """make(), or in the dev server what it made for key in the last rebuild: key must
        hold everything make() reads (a record's reuse.token, the day...)."""
        return self.reuse.kept(table, key, make)

    @property
    def catalog(self) -> Catalog:
        """The first language's catalog: the records as their files have them."""
        return self.editions[0].catalog
