"""Dev server: build into a scratch folder, watch the site folder, rebuild on change (a burst of
events is one rebuild), rewrite only the pages that changed, reload the browser. Problems show
in a banner on every page and on /_problems/; the last good pages keep being served."""
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

from .build import Options, make_site
from .outputs.pagefind import index_search
from .problems import Problems, format_text, summary
from .write import page_file

DEBOUNCE_SECONDS = 0.05
_INDEXED = {"programs", "partners", "guides", "search"}  # a change there: index again


class DevSite:
    def __init__(self, opts: Options, out: Path, today_of, port: int):
        self.opts = dataclasses.replace(opts, drafts=True)
        self.out, self.today_of, self.port = out, today_of, port
        self.dev = {"port": port, "root": f"http://127.0.0.1:{port}/"}
        self.changed: set[str] = set()  # top folders of the pages the last rebuild rewrote

    def rebuild(self) -> Problems:
        started = time.perf_counter()
        problems = Problems()
        self.changed = set()
        site = make_site(self.opts, problems, self.today_of, self.put, self.dev)
        if self.changed & _INDEXED or not (self.out / "search" / "ids.json").exists():
            index_search(self.out, site.rows, problems)
        found = problems.sorted()
        self.put("_problems/", _problems_page(found, site.records))
        for rel, source in site.files.items():
            if not _same(self.out / rel, source.read_bytes()):
                _target(self.out / rel).write_bytes(source.read_bytes())
        ms = (time.perf_counter() - started) * 1000
        print(f"rebuilt in {ms:.0f} ms: {summary(found, site.records)}", file=sys.stderr)
        return problems

    def put(self, url: str, html: str) -> None:
        """Write a page only when it changed, so the browser reloads only for real changes."""
        path = self.out / page_file(url)
        data = html.encode("utf-8")
        if not _same(path, data):
            _target(path).write_bytes(data)
            self.changed.add(url.partition("/")[0])


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except FileNotFoundError:
        return False


def _target(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _problems_page(found, records: int) -> str:
    rows = "\n".join(html.escape(line) for line in format_text(found))
    return (f"<!doctype html><html lang=en><meta charset=utf-8><title>Problems</title>"
            f"<h1>{html.escape(summary(found, records))}</h1><pre>{rows}</pre></html>")


def serve(opts: Options, host: str, port: int, today_of) -> int:
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-serve-",
                                    dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    dev = DevSite(opts, scratch, today_of, port)
    dev.rebuild()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = Server()
    for watched in ("site.yaml", "content", "templates", "static"):
        if (opts.source / watched).exists():
            server.watch(str(opts.source / watched), dev.rebuild, delay=DEBOUNCE_SECONDS)
    print(f"serving http://{host}:{port}/ (drafts included); Ctrl-C stops", file=sys.stderr)
    try:
        server.serve(host=host, port=port, root=str(scratch), live_css=False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0
