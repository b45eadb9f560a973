"""admin/: Decap CMS, for staff who edit through its editorial workflow (each change a pull
request), written only when site.yaml names a repository (features/cms.py): Decap works on a
GitHub repository and has nothing to work on without one (docs/decap.md).

Decap is served from the built site itself: the files of the pinned decap-cms package that it
loads (its script, the chunks and WebAssembly it fetches beside it), vendored in theme/admin/
by scripts/decap and checked against their SHA-256 hashes at every build, so admin/ runs under
a policy that allows scripts from the site only, and a build needs no network. The page is not
part of the family site (its own Content-Security-Policy, noindex, no link to it, not in the
search index or a sitemap); a plain note says what to do when the editor cannot start."""
from __future__ import annotations

import hashlib
import lzma
import tarfile
from functools import cache
from html import escape

import yaml

from ...problems import Problems
from ...records.settings import SITE_FILE, SiteConfig
from ...render.theme import THEME
from .decap import config
from ...outputs.made import Made

VERSION = "3.16.3"  # of decap-cms on npm; scripts/decap vendors another
ARCHIVE = THEME / "admin" / f"decap-cms-{VERSION}.tar.xz"
HASHES = THEME / "admin" / f"decap-cms-{VERSION}.sha256"
# Decap compiles its configuration's checks and its WebAssembly (unsafe-eval), styles its
# interface inline, talks to GitHub's API (and its status page) and shows pictures from the
# repository and the web.
CSP = ("default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'unsafe-inline'; "
       "img-src 'self' data: blob: https:; "
       "connect-src 'self' https://api.github.com https://www.githubstatus.com; "
       "font-src 'self' data:; base-uri 'none'; form-action 'none'")


def files(made: Made, problems: Problems):
    settings = made.catalog.settings
    decap = decap_files()
    if decap is None:
        problems.error(SITE_FILE, 1, None, f"admin/: stemhub's copy of Decap CMS {VERSION} does "
                                           "not match its pinned hashes; reinstall stemhub")
        return
    yield "admin/config.yml", yaml.safe_dump(config(settings), allow_unicode=True,
                                             sort_keys=False, width=100)
    yield "admin/index.html", page(settings.config)
    for name, data in decap:
        yield "admin/" + name, data
    yield "admin/word-or-group.js", THEME / "admin" / "word-or-group.js"


@cache
def decap_files() -> tuple[tuple[str, bytes], ...] | None:
    """(name, bytes) of every pinned Decap file, or None when the vendored files are not
    exactly those HASHES names (a file missing, added or changed)."""
    pinned = {name: digest for digest, name in (
        line.split("  ", 1) for line in HASHES.read_text(encoding="utf-8").splitlines())}
    try:
        with tarfile.open(ARCHIVE, "r:xz") as tar:
            found = {m.name: tar.extractfile(m).read() for m in tar if m.isfile()}
    except (OSError, tarfile.TarError, lzma.LZMAError):
        return None
    if found.keys() != pinned.keys() or any(
            hashlib.sha256(data).hexdigest() != pinned[name] for name, data in found.items()):
        return None
    return tuple(sorted(found.items()))


def page(site: SiteConfig) -> str:
    """The page Decap runs in (it reads config.yml beside it), with a note that shows until
    Decap has started: without JavaScript, or when its script cannot load or run."""
    title = escape(str(site.title))
    content = escape(site.repository.page("tree", "content"))
    return f"""<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{title} – content manager</title>
<link rel="icon" href="{site.base_path}static/favicon.svg">
<style>body{{font:1rem/1.5 system-ui,sans-serif;margin:0}}#sh-admin-note{{max-width:40rem;\
margin:2rem auto;padding:0 1rem}}body:has(#nc-root) #sh-admin-note{{display:none}}</style>
</head>
<body>
<div id="sh-admin-note">
<h1>{title} – content manager</h1>
<p>The content manager has not started. It needs JavaScript and a recent browser (Chrome,
Edge, Firefox or Safari from 2024 or later); if this note stays, reload the page, or ask
whoever runs the site whether a network filter blocks it.</p>
<p>You can still edit every record in GitHub's editor: open the
<a href="{content}" rel="noopener noreferrer">content folder of the repository</a>, or use
"Suggest an edit" on a program's or partner's page.</p>
</div>
<script src="{site.base_path}admin/decap-cms.js"></script>
<script src="{site.base_path}admin/word-or-group.js"></script>
</body>
</html>
"""
