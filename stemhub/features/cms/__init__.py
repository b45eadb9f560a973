"""The content manager: Decap CMS at admin/ (admin.py), for a site whose site.yaml
names a repository (Decap has nothing to work on without one); robots.txt keeps crawlers out."""
from __future__ import annotations

from . import admin
from ...records.settings import SiteConfig
from ..feature import Feature


def needs(site: SiteConfig) -> bool:
    return site.repository is not None


FEATURE = Feature("cms", files=admin.files, private=("admin/",), needs=needs)
