"""Dev server: build into a scratch folder, watch the site folder, rebuild on change (a burst of
events is one rebuild), rewrite only the pages that changed, reload the browser. Problems show
in a banner on every page and on /_problems/; the last good pages keep being served. It answers
only requests addressed to its own host and port: any other Host gets 403 (DNS rebinding)."""
from __future__ import annotations

import dataclasses
import html
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from livereload import Server
from livereload.handlers import (ForceReloadHandler, LiveReloadHandler, LiveReloadJSHandler,
                                 StaticFileHandler)
from tornado import web

from .build import Options, make_site, write_outputs
from .problems import Problems, format_text, summary
from .write import inside, page_file

DEBOUNCE_SECONDS = 0.05


class DevSite:
    """The site in a scratch folder, rebuilt in place: only changed files are rewritten."""

    def __init__(self, opts: Options, folder: Path, today_of, port: int):
        self.opts = dataclasses.replace(opts, drafts=True, preview_port=port)
        self.folder, self.today_of = folder, today_of
        self.written: set[Path] = set()  # every file put by the rebuild under way

    def rebuild(self) -> Problems:
        started = time.perf_counter()
        problems = Problems()
        self.written = set()
        site = make_site(self.opts, problems, self.today_of, self)
        if site.made:
            write_outputs(site.made, self, problems)
        found = problems.sorted()
        self.put("_problems/", _problems_page(found, site.records))
        if site.made and not problems.has_errors():  # a deleted record's page goes
            self._prune()
        ms = (time.perf_counter() - started) * 1000
        print(f"rebuilt in {ms:.0f} ms: {summary(found, site.records)}", file=sys.stderr)
        return problems

    def put(self, path: str, data: str | bytes | Path) -> bool:
        """Write a file only when its bytes changed, so the browser reloads only for real
        changes; True when it did."""
        target = inside(self.folder, page_file(path))
        self.written.add(target)
        if data == target:
            return False
        if isinstance(data, Path):
            data = data.read_bytes()
        elif isinstance(data, str):
            data = data.encode("utf-8")
        if _same(target, data):
            return False
        target.write_bytes(data)
        return True

    def _prune(self) -> None:
        for path in [p for p in self.folder.rglob("*") if p.is_file()]:
            if path not in self.written:
                path.unlink()


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except FileNotFoundError:
        return False


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


class _Server(Server):
    """livereload's Server with every handler it serves (pages and /_problems/, livereload.js,
    the /livereload websocket, /forcereload) answering only 127.0.0.1:<port> and localhost:<port>,
    so no web page can read drafts through DNS rebinding. Pages name livereload.js themselves
    (header.html), so livereload's inline script injection (refused by the CSP) is left out."""

    def application(self, port, host, liveport=None, debug=None, live_css=True):
        LiveReloadHandler.watcher, LiveReloadHandler.live_css = self.watcher, live_css
        hosts = frozenset(f"{name}:{port}" for name in ("127.0.0.1", "localhost"))

        def own(handler):
            return type(handler.__name__, (_OwnHost, handler), {"hosts": hosts})

        web.Application([
            (r"/livereload", own(LiveReloadHandler)),
            (r"/forcereload", own(ForceReloadHandler)),
            (r"/livereload.js", own(LiveReloadJSHandler)),
            (r"/(.*)", own(StaticFileHandler),
             {"path": self.root, "default_filename": self.default_filename}),
        ]).listen(port, address=host)


def serve(opts: Options, host: str, port: int, today_of) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-serve-",
                                    dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    dev = DevSite(opts, scratch, today_of, port)
    dev.rebuild()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = _Server()
    for watched in ("site.yaml", "content", "templates", "static"):
        if (opts.source / watched).exists():
            server.watch(str(opts.source / watched), dev.rebuild, delay=DEBOUNCE_SECONDS)
    print(f"serving http://{host}:{port}/ (drafts included); Ctrl-C stops", file=sys.stderr)
    try:
        server.serve(host=host, port=port, root=str(scratch), live_css=False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0
