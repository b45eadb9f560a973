"""Coverage: the coverage/ page of where programs are and are not (the footer's "Coverage and
gaps")."""
from __future__ import annotations

from ...site.catalog import Catalog
from .coverage import coverage
from ...site.table import PageSpec
from ..feature import Feature


def pages(catalog: Catalog) -> list[PageSpec]:
    return [PageSpec("coverage/", "coverage.html", {"coverage": coverage(catalog)})]


FEATURE = Feature("coverage", pages=pages)
