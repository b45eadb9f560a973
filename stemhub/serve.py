"""Dev server: build into a scratch folder, watch the site folder (watch.py) and, on change (a
burst of changes is one): first render again the pages that show the saved records and tell the
browser to reload (preview.py), then rebuild on a thread, reusing what did not change
(reuse.py), rewrite only the files whose bytes changed, and reload again if any did; the search
index (Pagefind) and the other files no page loads (feeds, sitemap, open data) are made after
that, in a thread, so a page never waits for them. While the latest rebuild has errors,
every page is served with them over it (overlay.py); the last good pages keep being served. It
answers only requests addressed to its own host and port: any other Host gets 403 (DNS
rebinding)."""
from __future__ import annotations

import dataclasses
import gc
import html
import shutil
import signal
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from livereload.handlers import (ForceReloadHandler, LiveReloadHandler, LiveReloadJSHandler,
                                 StaticFileHandler)
from tornado import ioloop, web

from . import overlay
from .build import Options, make_site, write_outputs
from .outputs import OUTPUTS, icons, search, static
from .preview import preview, shown
from .problems import Problem, Problems, format_text, summary
from .reuse import Reuse
from .watch import POLL_SECONDS, watcher
from .write import Files, page_file

DEBOUNCE_SECONDS = 0.02  # a save's burst of changes: one rebuild
PREVIEW_SECONDS = 1.0  # after a preview, at most this for the pages to load it before the
# rebuild (on a thread, holding the interpreter most of the time) slows the server down
BACK_SECONDS = 0.02  # how often it looks whether they are back
# Before the browser reloads: the files a page loads (its icons, styles and scripts, the search
# page's data); after it, the rest (the word index, feeds, sitemap, open data...).
FIRST = (icons.files, static.files, search.files)
LAST = tuple(o for o in OUTPUTS if o not in FIRST)


class DevSite:
    """The site in a scratch folder, rebuilt in place: only changed files are rewritten.
    rebuild() makes the pages and the files they load (FIRST); index() the rest (LAST)."""

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
        self.notice = b""  # what ends every page served (overlay.notice)
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
        for url in site.urls:  # pages kept as they were are written too
            self.pages.written.add(page_file(url))
        if site.made:
            write_outputs(site.made, self.pages, problems, FIRST)
            self.made = site.made
        gone = self.pages.prune(not problems.has_errors())
        self.unindexed |= (site.made.changed if site.made else set()) | gone
        self.found, self.records = problems.sorted(), site.records
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
        """The outputs no page loads (LAST: the search index of made's pages, feeds, open
        data...; in a thread: it writes only its own files); their problems."""
        problems = Problems()
        self.indexed.start()
        write_outputs(made, self.indexed, problems, LAST)
        self.indexed.prune(not problems.has_errors())
        return problems.sorted()

    def show(self) -> None:
        """The problems on /_problems/ and over every page."""
        found = self.problems
        self.pages.put("_problems/", _problems_page(found, self.records))
        self.notice = overlay.notice(found, self.opts.source)


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


class _OwnHost:
    """A handler that answers 403 unless the request names one of `hosts` as its Host."""

    hosts: frozenset[str] = frozenset()

    def prepare(self):
        if self.request.host.lower() not in self.hosts:
            raise web.HTTPError(403, "Host %r is not this server", self.request.host)
        return super().prepare()


class _Pages(StaticFileHandler):
    """The site's files; a page ends with the dev site's notice (the error overlay)."""

    dev: DevSite

    async def get(self, path: str, include_body: bool = True):
        notice = self.dev.notice
        if not notice or not (path == "" or path.endswith(("/", ".html"))):
            return await super().get(path, include_body)
        self.path = self.parse_url_path(path)
        absolute = self.get_absolute_path(self.root, self.path)
        self.absolute_path = self.validate_absolute_path(self.root, absolute)
        if self.absolute_path is None:
            return None
        page = Path(self.absolute_path).read_bytes()
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        return self.finish(overlay.inject(page, notice) if include_body else b"")


class Server:
    """The dev site on 127.0.0.1:<port>: every handler (pages, /_problems/, /_dev/ files of
    the overlay, livereload.js, the /livereload websocket, /forcereload) answers only
    127.0.0.1:<port> and localhost:<port>, so no web page can read drafts through DNS
    rebinding. Pages name livereload.js themselves (header.html)."""

    def __init__(self, dev: DevSite, host: str, port: int):
        self.dev, self.loop = dev, ioloop.IOLoop.current()
        self.watch = watcher(dev.opts.source)
        self.indexing = self.again = False
        self.building = self.settling = False
        self.saved: set[str] = set()  # files changed since the last rebuild began
        self.pool = ThreadPoolExecutor(1)  # the search index's (waited for before the folder
        # is removed)
        self.builds = ThreadPoolExecutor(1)  # the rebuilds'
        hosts = frozenset(f"{name}:{port}" for name in ("127.0.0.1", "localhost"))

        def own(handler, **extra):
            return type(handler.__name__, (_OwnHost, handler), {"hosts": hosts, **extra})

        LiveReloadHandler.watcher = _NoWatcher()  # the server itself says when to reload
        web.Application([
            (r"/livereload", own(LiveReloadHandler)),
            (r"/forcereload", own(ForceReloadHandler)),
            (r"/livereload.js", own(LiveReloadJSHandler)),
            (r"/_dev/(overlay\.(?:css|js))", own(web.StaticFileHandler),
             {"path": str(overlay.FILES)}),
            (r"/(.*)", own(_Pages, dev=dev),
             {"path": str(dev.folder), "default_filename": "index.html"}),
        ]).listen(port, address=host)

    def start(self) -> None:
        if self.watch.fd is None:
            ioloop.PeriodicCallback(self._check, POLL_SECONDS * 1000).start()
        else:
            self.loop.add_handler(self.watch.fd, lambda *_: self._check(), self.loop.READ)
        self._index()
        self.loop.start()

    def _check(self) -> None:
        self.saved |= self.watch.changed()
        if self.saved and not self.settling:
            self.settling = True
            self.loop.call_later(DEBOUNCE_SECONDS, self._settled)

    def _settled(self) -> None:
        """A burst of changes is over: a preview, then the rebuild (one at a time: changes
        made meanwhile wait for it)."""
        self.settling = False
        self.saved |= self.watch.changed()  # the rest of the burst
        if self.building or not self.saved:
            return
        paths, self.saved = self.saved, set()
        previewed = False
        try:
            previewed = self.dev.preview(paths)
        except Exception as err:  # a bug: said, and the rebuild follows
            print(f"the preview failed: {type(err).__name__}: {err}", file=sys.stderr)
        self.building = True
        if previewed:
            self._when_back(_reload(), time.monotonic())
        else:
            self._rebuild()

    def _when_back(self, told: set, since: float) -> None:
        """The rebuild, once every page told to reload is back (a new live-reload connection
        for each) or PREVIEW_SECONDS passed: until then it would slow the pages down."""
        back = len(LiveReloadHandler.waiters - told) >= len(told)
        if back or time.monotonic() - since > PREVIEW_SECONDS:
            self._rebuild()
        else:
            self.loop.call_later(BACK_SECONDS, self._when_back, told, since)

    def _rebuild(self) -> None:
        shown = self.dev.notice
        self.loop.run_in_executor(self.builds, self.dev.rebuild).add_done_callback(
            lambda done: self.loop.add_callback(self._built, done, shown))

    def _built(self, done, shown: bytes) -> None:
        self.building = False
        if done.exception() is not None:  # a bug: said, and the server goes on
            err = done.exception()
            print(f"the rebuild failed: {type(err).__name__}: {err}", file=sys.stderr)
        elif done.result() or shown != self.dev.notice:
            _reload()
        self._index()
        self._settled()

    def _index(self) -> None:
        """The search index in a thread, once at a time (again when pages changed meanwhile)."""
        if self.indexing:
            self.again = True
            return
        made = self.dev.next_index()
        if made is None:
            return
        self.indexing = True
        self.loop.run_in_executor(self.pool, self.dev.index, made).add_done_callback(
            lambda done: self.loop.add_callback(self._indexed, done))

    def _indexed(self, done) -> None:
        self.indexing = False
        shown = self.dev.notice
        if done.exception() is not None:
            print(f"the search index failed: {done.exception()}", file=sys.stderr)
        else:
            self.dev.index_problems = done.result()
            self.dev.show()
        if shown != self.dev.notice:
            _reload()
        if self.again:
            self.again = False
            self._index()


def _reload() -> set:
    """Tell every open page to reload; their connections, which close as they do."""
    told = set(LiveReloadHandler.waiters)
    LiveReloadHandler.reload_waiters("*")
    return told


class _NoWatcher:
    """livereload's handler reads its watcher's last changed file; ours names none."""

    filepath = None


def serve(opts: Options, host: str, port: int, today_of) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-serve-",
                                    dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    dev = DevSite(opts, scratch, today_of, port)
    dev.rebuild()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = Server(dev, host, port)
    print(f"serving http://{host}:{port}/ (drafts included); Ctrl-C stops", file=sys.stderr)
    try:
        server.start()
    except KeyboardInterrupt:
        pass
    finally:
        server.builds.shutdown(wait=True)
        server.pool.shutdown(wait=True)
        shutil.rmtree(scratch, ignore_errors=True)
    return 0
