"""The features (docs/features.md), in the order of site.yaml's `features:`: the build loops
over those turned on for their pages, the files their pages link and the files they write
(feature.py). Adding one is its sub-package and one line here."""
from __future__ import annotations

from ..records.settings import SiteConfig
from . import calendars, cms, coverage, embeds, feeds, flyers, open_data, submit_form
from .feature import Feature

FEATURES = (flyers.FEATURE, calendars.FEATURE, feeds.FEATURE, open_data.FEATURE,
            coverage.FEATURE, embeds.FEATURE, cms.FEATURE, submit_form.FEATURE)


def enabled(site: SiteConfig) -> tuple[Feature, ...]:
    """The features site.yaml leaves on, in registry order."""
    return tuple(f for f in FEATURES if f.enabled(site))


def left_out(features: tuple[Feature, ...]) -> set[str]:
    """The theme's static files of the features that are not in features."""
    return {path for f in FEATURES if f not in features for path in f.theme_files}
