"""Open data: data/programs.json, data/partners.json, their JSON Schemas and data/programs.csv
(data.py), and the Open Referral HSDS export under data/hsds/ (hsds.py)."""
from __future__ import annotations

from . import data, hsds
from ...problems import Problems
from ..feature import Feature


def files(made, problems: Problems):
    yield from data.files(made, problems)
    yield from hsds.files(made, problems)


FEATURE = Feature("open_data", files=files)
