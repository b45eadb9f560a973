"""The site folder read as `check` reads it (build.py's read_folder) and linked as the build
links it: the published records, with status and references both ways, for the staff tools."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..build import Folder, read_folder
from ..options import Options
from ..problems import Problems
from ..records.kinds import KINDS
from ..site.catalog import Catalog, link


@dataclass
class Published:
    source: Path
    folder: Folder
    catalog: Catalog
    problems: Problems  # what check would say: records with errors are left out


class Unreadable(Exception):
    """site.yaml cannot be read: there is no site to report on."""


def published(opts: Options, today_of) -> Published:
    """The folder's published records (no drafts, no update before its day), linked."""
    problems = Problems()
    folder = read_folder(opts, problems, today_of)
    if folder.settings.config is None:
        raise Unreadable("site.yaml has errors; run build.py check")
    known = {kind: {f.slug for f in folder.found.records if f.kind == kind and f.lang is None}
             for kind in KINDS}
    catalog = link(folder.records, folder.translations, known, {}, folder.settings,
                   folder.today, False, problems)
    return Published(opts.source, folder, catalog, problems)
