"""The "List your program" form at submit/program/ in each language (form.py), with the
theme's static/submit.js that checks and writes the files in the browser."""
from __future__ import annotations

from ...site.catalog import Catalog
from .form import URL, form_context
from ...site.table import PageSpec
from ..feature import Feature


def pages(catalog: Catalog) -> list[PageSpec]:
    return [PageSpec(URL, "submit-program.html", form_context(catalog))]


FEATURE = Feature("submit_form", pages=pages, theme_files=("static/submit.js",))
