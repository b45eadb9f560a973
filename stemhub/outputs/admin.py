"""admin/: Decap CMS, for staff who edit through its editorial workflow (each change a pull
request), written only when site.yaml names a repository: Decap works on a GitHub repository
and has nothing to work on without one. admin/index.html loads Decap from its CDN at run time,
one pinned version checked by its hash; the page is not part of the family site (its own
Content-Security-Policy, noindex, no link to it, not in the search index or a sitemap)."""
from __future__ import annotations

from html import escape

import yaml

from ..problems import Problems
from .decap import config
from .made import Made

DECAP = "https://unpkg.com/decap-cms@3.16.3/dist/"
SCRIPT = DECAP + "decap-cms.js"
INTEGRITY = "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p"
# Decap loads its other parts from the same folder, compiles its configuration's checks
# (unsafe-eval), styles its interface inline, talks to GitHub's API and shows pictures from
# the repository and the web.
CSP = (f"default-src 'none'; script-src {DECAP} 'unsafe-eval'; style-src 'unsafe-inline'; "
       "img-src 'self' data: blob: https:; connect-src 'self' https://api.github.com; "
       "font-src 'self' data:; base-uri 'none'; form-action 'none'")


def files(made: Made, problems: Problems):
    settings = made.catalog.settings
    if settings.config.repository is None:
        return
    yield "admin/config.yml", yaml.safe_dump(config(settings), allow_unicode=True,
                                             sort_keys=False, width=100)
    yield "admin/index.html", page(settings.config.title)


def page(title: str) -> str:
    """The page Decap runs in: its script, nothing more (it reads config.yml beside it)."""
    return f"""<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{escape(title)} – content manager</title>
</head>
<body>
<script src="{SCRIPT}" integrity="{INTEGRITY}" crossorigin="anonymous"></script>
</body>
</html>
"""
