"""What a feature is to the core (docs/features.md): everything beyond reading, checking and
linking the records and making their pages, lists, browse, pathway and search pages, static
files, sitemap and robots.txt. The build asks each feature site.yaml leaves on for its pages
(so the page table, the link check and the sitemap know them), the files its pages link, and
the files it writes, and what it adds to a program page's context; a feature turned off makes
none of them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..records.settings import SiteConfig
from ..site.catalog import Catalog
from ..site.table import PageSpec


def nothing(*_) -> tuple:
    return ()


def no_context(catalog: Catalog) -> Callable[[object], dict]:
    return lambda item: {}


def always(site: SiteConfig) -> bool:
    return True


@dataclass(frozen=True)
class Feature:
    name: str  # its key under site.yaml's `features:`
    # the pages it adds to a language's edition (site paths without the language's folder)
    pages: Callable[[Catalog], Iterable[PageSpec]] = nothing
    # what it adds to a program page's context in the catalog's language: item -> names
    program_context: Callable[[Catalog], Callable[[object], dict]] = no_context
    # the files it writes that pages may link (the first language's), for the link check
    links: Callable[[Catalog], Iterable[str]] = nothing
    # what it writes beside the pages, streamed: (site path, text, bytes or a file to copy)
    files: Callable[..., Iterable[tuple]] = nothing
    theme_files: tuple[str, ...] = ()  # the theme's static files only its pages use
    private: tuple[str, ...] = ()  # site paths robots.txt asks crawlers not to read
    needs: Callable[[SiteConfig], bool] = always  # what else it needs in site.yaml

    def enabled(self, site: SiteConfig) -> bool:
        """On unless site.yaml's `features:` turns it off, and given what else it needs."""
        return getattr(site.features, self.name) and self.needs(site)
