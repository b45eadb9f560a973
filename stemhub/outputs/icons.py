"""The line icons as one sprite file (static/icons.svg) for the style sheet to draw before a
card's words (render/icons.py): one request for all of a page's icons. It comes before the static
files, so a site's own static/icons.svg wins."""
from __future__ import annotations

from ..problems import Problems
from ..render.icons import icon_sprite
from .made import Made


def files(made: Made, problems: Problems):
    yield "static/icons.svg", icon_sprite()
