"""What every template is given (docs/templates.md, "Everywhere")."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from ..site.catalog import Catalog
from .i18n import direction
from .jsonld import structured_data


@dataclass(frozen=True)
class Preview:
    """The dev server's bar: where it serves (it shows the problems over the page itself)."""

    root: str  # "http://127.0.0.1:8000/"
    port: int


def common(catalog: Catalog, preview: Preview | None, folder: str,
           features: frozenset[str]) -> dict:
    """folder: the folder of the catalog's language ("", "es/"); features: the names of the
    features turned on."""
    config = catalog.settings.config
    return {"site": config, "catalog": catalog, "today": catalog.today, "features": features,
            "structured_data": partial(structured_data, root_url=config.root_url + folder),
            "lang": catalog.lang, "dir": direction(catalog.lang),
            "nav": [p for p in catalog.ordered("pages") if p.nav is not None],
            "announcement": _announcement(config, catalog.today), "dev": preview}


def _announcement(config, today: date):
    a = config.announcement
    return None if a is None or (a.until and today > a.until) else a
