"""What one search view downloads: sitekit's server, noting each response it sends, and a page
loaded in a fresh browser context until its result cards show, its responses counted as a
static host with gzip serves them, by kind of file (bench/search.py, measure a and b)."""
from __future__ import annotations

import functools
import gzip
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

from measure import ROOT

sys.path.insert(0, str(ROOT))
from tests.browser.sitekit import Server  # noqa: E402


class LoggedServer(Server):
    """sitekit's server, also noting each response: (path, status, body bytes)."""

    def __init__(self, out: Path):
        super().__init__(out)
        self.log: list[list] = []
        made = self.httpd.RequestHandlerClass  # functools.partial(handler class, directory=...)
        log = self.log

        class Logged(made.func):
            def log_request(self, code="-", size="-"):
                self._entry = [urlsplit(self.path).path, int(code), b""]
                log.append(self._entry)

            def copyfile(self, source, outputfile):
                body = source.read()
                self._entry[2] = body
                outputfile.write(body)

        self.httpd.RequestHandlerClass = functools.partial(Logged, *made.args, **made.keywords)


def served_size(body: bytes) -> int:
    packed = len(gzip.compress(body, 6))
    return packed if packed < len(body) else len(body)


def kind(path: str) -> str:
    """The row of the by-file breakdown a served path counts in."""
    name = unquote(path).rsplit("/", 1)[-1]
    if path.endswith("/") or name.endswith(".html"):
        return "HTML page"
    if name.endswith(".css"):
        return "CSS"
    if name.startswith("favicon"):
        return "favicon"
    if "/search/cards/" in path:
        return "search/cards/*.json"
    if "/pagefind/" in path:
        for suffix in (".pf_index", ".pf_fragment", ".pf_filter", ".pf_meta"):
            if name.endswith(suffix):
                return f"pagefind/*{suffix}"
        return "pagefind/" + name
    return path.lstrip("/")


PAGE_KINDS = {"HTML page", "CSS", "favicon"}


def transfer(browser, server: LoggedServer, path: str, label: str) -> dict:
    """Load path in a fresh context until result cards show and the network is idle."""
    server.log.clear()
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + path)
    page.wait_for_selector("#sh-results > *", state="attached", timeout=60_000)
    page.wait_for_load_state("networkidle")
    count = page.text_content("#sh-count")
    context.close()
    bad = [(p, code) for p, code, _ in server.log if code != 200]
    if errors or bad:
        raise SystemExit(f"{path}: page errors {errors}, responses not 200: {bad}")
    parts: dict[str, list[int]] = {}
    for p, _, body in server.log:
        n_bytes = parts.setdefault(kind(p), [0, 0])
        n_bytes[0] += 1
        n_bytes[1] += served_size(body)
    total = sum(b for _, b in parts.values())
    data = sum(b for k, (_, b) in parts.items() if k not in PAGE_KINDS)
    return {"path": path, "label": label, "count": count, "total": total, "data": data,
            "parts": parts,
            "pagefind": any("/pagefind/" in p for p, _, _ in server.log)}
