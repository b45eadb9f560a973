"""Dev server: build into a scratch folder, watch the site folder (watch.py) and, on change (a
burst of changes is one): first render again the pages that show the saved records and tell the
browser to reload (preview.py), then rebuild on a thread, reusing what did not change
(memo/in_memory.py), rewrite only the files whose bytes changed, and reload again if any did; the search
index (Pagefind) and the other files no page loads (feeds, sitemap, open data) are made after
that, in a thread, so a page never waits for them. While the latest rebuild has errors,
every page is served with them over it (overlay.py); the last good pages keep being served. It
answers only requests addressed to its own host and port: any other Host gets 403 (DNS
rebinding)."""
from __future__ import annotations

import contextlib
import shutil
import signal
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tornado import ioloop, web, websocket

from . import overlay
from .devsite import DevSite
from ..options import Options
from .watch import changes

PREVIEW_SECONDS = 1.0  # after a preview, at most this for the pages to load it before the
# rebuild (on a thread, holding the interpreter most of the time) slows the server down
BACK_SECONDS = 0.02  # how often it looks whether they are back
class _OwnHost:
    """A handler that answers 403 unless the request names one of `hosts` as its Host."""

    hosts: frozenset[str] = frozenset()

    def prepare(self):
        if self.request.host.lower() not in self.hosts:
            raise web.HTTPError(403, "Host %r is not this server", self.request.host)
        return super().prepare()


class _Pages(web.StaticFileHandler):
    """The site's files; a page ends with the dev site's notice (the error overlay)."""

    dev: DevSite

    # A page's file is rewritten in place, maybe within the second: its hash (which tornado
    # keeps) and its time cannot tell a browser that its copy is still good.
    def compute_etag(self) -> None:
        return None

    def should_return_304(self) -> bool:
        return False

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


class _Reload(websocket.WebSocketHandler):
    """/_dev/reload: a websocket from each open page (theme/dev/reload.js), kept in pages while
    it is open; the page reloads when it is sent "reload"."""

    def initialize(self, pages: set):
        self.pages = pages

    def open(self):
        self.pages.add(self)

    def on_close(self):
        self.pages.discard(self)


class Server:
    """The dev site on 127.0.0.1:<port>: every handler (pages, /_problems/, the /_dev/ files
    of the overlay and the live reload, the /_dev/reload websocket) answers only
    127.0.0.1:<port> and localhost:<port>, so no web page can read drafts through DNS
    rebinding (and the websocket only pages of that origin: tornado's check_origin). Pages
    name reload.js themselves (header.html)."""

    def __init__(self, dev: DevSite, host: str, port: int):
        self.dev, self.loop = dev, ioloop.IOLoop.current()
        self.stop = threading.Event()  # stops watching
        self.indexing = self.again = self.building = False
        self.saved: set[str] = set()  # files changed since the last rebuild began
        self.pool = ThreadPoolExecutor(1)  # the search index's (waited for before the folder
        # is removed)
        self.builds = ThreadPoolExecutor(1)  # the rebuilds'
        self.pages: set[_Reload] = set()  # the open pages' connections
        hosts = frozenset(f"{name}:{port}" for name in ("127.0.0.1", "localhost"))

        def own(handler, **extra):
            return type(handler.__name__, (_OwnHost, handler), {"hosts": hosts, **extra})

        web.Application([
            (r"/_dev/reload", own(_Reload), {"pages": self.pages}),
            (r"/_dev/(overlay\.(?:css|js)|badges\.js|reload\.js)", own(web.StaticFileHandler),
             {"path": str(overlay.FILES)}),
            (r"/(.*)", own(_Pages, dev=dev),
             {"path": str(dev.folder), "default_filename": "index.html"}),
        ]).listen(port, address=host)

    def start(self) -> None:
        threading.Thread(target=self._watch, daemon=True).start()
        self._index()
        self.loop.start()

    def _watch(self) -> None:
        """On a thread of its own: each burst of changes, handed to the loop."""
        for paths in changes(self.dev.opts.source, self.stop):
            self.loop.add_callback(self._saved, paths)

    def _saved(self, paths: set[str]) -> None:
        self.saved |= paths
        self._settled()

    def _settled(self) -> None:
        """A burst of changes is over: a preview, then the rebuild (one at a time: changes
        made meanwhile wait for it)."""
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
            self._when_back(self._reload(), time.monotonic())
        else:
            self._rebuild()

    def _when_back(self, told: set, since: float) -> None:
        """The rebuild, once every page told to reload is back (a new live-reload connection
        for each) or PREVIEW_SECONDS passed: until then it would slow the pages down."""
        back = len(self.pages - told) >= len(told)
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
            self._reload()
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
            self._reload()
        if self.again:
            self.again = False
            self._index()

    def _reload(self) -> set:
        """Tell every open page to reload; their connections, which close as they do."""
        told = set(self.pages)
        for page in told:
            with contextlib.suppress(websocket.WebSocketClosedError):
                page.write_message("reload")
        return told


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
        server.stop.set()
        server.builds.shutdown(wait=True)
        server.pool.shutdown(wait=True)
        shutil.rmtree(scratch, ignore_errors=True)
    return 0
