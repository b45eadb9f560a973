"""The dev server's site: built into a scratch folder and rebuilt in place (serve.py says when).
A save is first a preview (preview.py), then a rebuild reusing what did not change (memo/in_memory.py);
only files whose bytes changed are rewritten; the files no page loads (the search index, feeds,
sitemap, open data) are made by index(), after the browser reloads. The problems of the latest
rebuild are listed at /_problems/ and shown over every page (overlay.py)."""
from __future__ import annotations

import dataclasses
import gc
import html
import sys
import time
from pathlib import Path

from . import overlay
from ..build import make_site, write_outputs
from ..options import Options
from ..outputs import every_output, icons, search, static
from .preview import preview, shown
from ..problems import Problem, Problems, format_text, summary
from ..memo.in_memory import Reuse
from ..write import Files

# Before the browser reloads: the files a page loads (its icons, styles and scripts, the search
# page's data); after it, the rest (the word index, sitemap, the features' files: feeds, open
# data...).
FIRST = (icons.files, static.files, search.files)


class DevSite:
    """The site in a scratch folder, rebuilt in place: only changed files are rewritten.
    rebuild() makes the pages and the files they load (FIRST); index() the rest."""

    def __init__(self, opts: Options, folder: Path, today_of, port: int):
        self.opts = dataclasses.replace(opts, drafts=True, preview_port=port)
        self.folder, self.today_of = folder, today_of
        self.reuse = Reuse()
        self.pages, self.indexed = Files(folder), Files(folder)  # what each step writes
        self.made = None  # what the last rebuild made, for index()
        self.unindexed: set[str] = set()  # pages changed since the search index was made
        self.found: list[Problem] = []  # the last rebuild's problems
        self.index_problems: list[Problem] = []  # the last index's
        self.records = 0
        self.notice = b""  # what ends every page served (overlay.notice, overlay.badges)
        self.badges = b""  # the last good rebuild's marks on drafts and scheduled updates
        self.last = None  # (the last rebuild's site, what shows each item) when it had no
        # error: what a preview renders from

    @property
    def problems(self) -> list[Problem]:
        return sorted(self.found + self.index_problems)

    def rebuild(self) -> bool:
        """The pages and the files they load; True when a file changed."""
        started = time.perf_counter()
        problems = Problems()
        self.pages.start()
        site = make_site(self.opts, problems, self.today_of, self.pages, self.reuse)
        if site.made:
            write_outputs(site.made, self.pages, problems, FIRST)
            self.made = site.made
        gone = self.pages.prune(not problems.has_errors())
        self.unindexed |= (site.made.changed if site.made else set()) | gone
        self.found, self.records = problems.sorted(), site.records
        if site.made:
            config = site.folder.settings.config
            self.badges = overlay.badges(overlay.marks(site.made, config.base_path))
        self.last = None
        if site.rendering is not None and not problems.has_errors():
            site.rendering.warm()
            self.last = (site, shown(site.rendering))
        _frozen()
        self.show()
        ms = (time.perf_counter() - started) * 1000
        print(f"rebuilt in {ms:.0f} ms: {summary(self.problems, site.records)}", file=sys.stderr)
        return self.pages.changed

    def preview(self, paths: set[str]) -> bool | None:
        """The pages that show the records saved at paths, rendered again from the last
        rebuild: whether a file changed; None when the change waits for the rebuild."""
        if self.last is None:
            return None
        started = time.perf_counter()
        site, shows = self.last
        urls = preview(site.rendering, site.folder, shows, paths, self.pages, self.opts.source)
        if urls is None:
            return None
        self.unindexed |= set(urls)  # the rebuild finds them as they are now
        ms = (time.perf_counter() - started) * 1000
        print(f"previewed in {ms:.0f} ms: {len(urls)} pages changed", file=sys.stderr)
        return bool(urls)

    def next_index(self):
        """What index() is to make (the last rebuild's site, with every page changed since
        the last index), or None."""
        if self.made is None:
            return None
        made = dataclasses.replace(self.made, changed=self.unindexed)
        self.unindexed = set()
        return made

    def index(self, made) -> list[Problem]:
        """The outputs no page loads (the search index of made's pages, feeds, open data...;
        in a thread: it writes only its own files); their problems."""
        problems = Problems()
        self.indexed.start()
        write_outputs(made, self.indexed, problems,
                      [o for o in every_output(made) if o not in FIRST])
        self.indexed.prune(not problems.has_errors())
        return problems.sorted()

    def show(self) -> None:
        """The problems on /_problems/ and over every page; the badges on every page."""
        found = self.problems
        self.pages.put("_problems/", _problems_page(found, self.records))
        self.notice = overlay.notice(found, self.opts.source) + self.badges


def _frozen() -> None:
    """The last rebuild's objects collected once here, then left out of the cycle collector's
    later passes: a pass over them all (half a second at 4,000 programs) would otherwise come
    every few saves, in the middle of a preview or a page."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _problems_page(found, records: int) -> str:
    rows = "\n".join(html.escape(line) for line in format_text(found))
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>Problems</title>"
            f"<h1>{html.escape(summary(found, records))}</h1><pre>{rows}</pre></html>")
