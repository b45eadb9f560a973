"""Flyers: every program's printable page at programs/<slug>/flyer/ ("Print a flyer" on its
page), with the theme's static/flyer.css."""
from __future__ import annotations

from ...site.catalog import Catalog
from ...site.table import PageSpec
from ..feature import Feature


def pages(catalog: Catalog) -> list[PageSpec]:
    return [PageSpec(p.url + "flyer/", "flyer.html", {"item": p}, public=False)
            for p in catalog.all("programs")]


FEATURE = Feature("flyers", pages=pages, theme_files=("static/flyer.css",))
