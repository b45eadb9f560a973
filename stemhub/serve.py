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
from .problems import Problems, format_text, summary
from .write import page_file

DEBOUNCE_SECONDS = 0.05


class DevSite:
    def __init__(self, opts: Options, out: Path, today_of, port: int):
        self.opts = dataclasses.replace(opts, drafts=True)
        self.out, self.today_of, self.port = out, today_of, port
        self.written: dict[str, str] = {}

    def rebuild(self) -> Problems:
        started = time.perf_counter()
        problems = Problems()
        site = make_site(self.opts, problems, self.today_of, dev={"port": self.port, "root": f"http://127.0.0.1:{self.port}/"})
        found = problems.sorted()
        pages = dict(site.pages)
        pages["_problems/"] = _problems_page(found, site.records)
        self._sync(pages, site.files)
        ms = (time.perf_counter() - started) * 1000
        print(f"rebuilt in {ms:.0f} ms: {summary(found, site.records)}", file=sys.stderr)
        return problems

    def _sync(self, pages: dict[str, str], files: dict[str, Path]) -> None:
        """Write only what changed; remove pages that are gone."""
        for url in set(self.written) - set(pages):
            (self.out / page_file(url)).unlink(missing_ok=True)
        for url, html in pages.items():
            if self.written.get(url) != html:
                path = self.out / page_file(url)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(html, encoding="utf-8")
        for rel, source in files.items():
            target = self.out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        self.written = pages


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
