"""Embeds: each partner's and region's programs as JSON under embed/ in each language, the
theme's static/embed.js that shows them on another site, and the line to paste on partner
pages and region lists ("Show these programs on your site")."""
from __future__ import annotations

from . import embeds
from ..feature import Feature

FEATURE = Feature("embeds", files=embeds.files, theme_files=("static/embed.js",))
