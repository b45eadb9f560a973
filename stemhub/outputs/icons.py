"""The line icons as files (static/icons/<name>.svg) for the style sheet to draw before a card's
words (render/icons.py). They come before the static files, so a site's own static/icons/ wins."""
from __future__ import annotations

from ..problems import Problems
from ..render.icons import icon_files
from .made import Made


def files(made: Made, problems: Problems):
    for name, text in icon_files().items():
        yield f"static/icons/{name}", text
