"""Open data: data/programs.json, data/partners.json, their JSON Schemas and data/programs.csv
(data.py), and the Open Referral HSDS export under data/hsds/ (hsds.py)."""
from __future__ import annotations

from . import data, hsds
from ...problems import Problems
from ...site.catalog import Catalog
from ..feature import Feature


def links(catalog: Catalog) -> tuple[str, ...]:
    """The files of data.py, which a page may link (the HSDS export is for machines)."""
    return data.FILES


def files(made, problems: Problems):
    yield from data.files(made, problems)
    yield from hsds.files(made, problems)


FEATURE = Feature("open_data", links=links, files=files)
