"""Shared by the browser checks, the Lighthouse script and the screenshot script: build the sample
site, serve it on 127.0.0.1, start Debian's Chromium through Playwright, and the page kinds."""
from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import subprocess
import sys
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-12-01"
SUB_BASE_URL = "https://org.example.org/stem/"
SUB_PREFIX = "/stem/"
HASH_SEED = "1"  # build()'s PYTHONHASHSEED unless given another (test_output.py builds with another)

NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = NODE_MODULES / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}

# One page of every kind, as a site path under the site's root. The sample content's deadlines are
# set around --today 2026-12-01, which gives each program the status its key names.
PAGES = {
    "home": "",
    "programs": "programs/",
    "programs-page-2": "programs/page/2/",
    "program-open": "programs/build-a-bot-summer-camp/",
    "program-closing-soon": "programs/building-trades-pre-apprenticeship/",
    "program-closed": "programs/high-school-robotics-team/",
    "program-ended": "programs/rocketry-week/",
    "program-full": "programs/welding-fundamentals-dual-credit/",
    "program-class-trip": "programs/shipyard-dry-dock-field-trip/",  # a teacher books it
    "partners": "partners/",
    "partner": "partners/alder-bay-robotics/",
    "guides": "guides/",
    "guide": "guides/family-guide-to-stem-opportunities/",
    "updates": "updates/",
    "update": "updates/winter-and-spring-2027-listings/",
    "page": "about/",
    "browse-index": "browse/",
    "browse": "browse/grade/7/",
    "browse-page-2": "browse/grade/10/page/2/",
    "pathways": "pathways/",
    "pathway": "pathways/engineering-manufacturing/",
    "glossary": "glossary/",
    "coverage": "coverage/",
    "search": "search/",
    "submit-program": "submit/program/",
    "calendar": "calendar/",
    "flyer": "programs/build-a-bot-summer-camp/flyer/",
    "flyer-ended": "programs/rocketry-week/flyer/",
    "es-home": "es/",
    "es-program": "es/programs/build-a-bot-summer-camp/",  # translated
    "es-program-untranslated": "es/programs/high-school-robotics-team/",
    "es-guide": "es/guides/family-guide-to-stem-opportunities/",
    "es-search": "es/search/",
    "vi-program": "vi/programs/teen-career-fair/",
    "es-flyer": "es/programs/build-a-bot-summer-camp/flyer/",
    "404": "no/such/page/",  # served with status 404 and the body of 404.html, as hosts do
}
PROGRAM = PAGES["program-open"]
BROWSE = PAGES["browse"]
BROWSE_PAGED = "browse/grade/10/"  # a browse list with more than one page


def file_of(out: Path, path: str) -> Path:
    """The output file a site path is served from."""
    if path == PAGES["404"]:
        return out / "404.html"
    return out / path / "index.html"


def build(out: Path, base_url: str | None = None, source: Path = ROOT,
          hash_seed: str = HASH_SEED) -> Path:
    """Build a site folder (the sample site: this repository's root) into out, which must not
    exist yet, with the sample's --today, in a process of its own with that PYTHONHASHSEED."""
    argv = [sys.executable, str(ROOT / "build.py"), "build", "--source", str(source),
            "--today", TODAY, "--out", str(out)]
    if base_url:
        argv += ["--base-url", base_url]
    run = subprocess.run(argv, cwd=source, capture_output=True, text=True,
                         env={**os.environ, "PYTHONHASHSEED": hash_seed})
    if run.returncode != 0:
        raise RuntimeError(f"build failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    return out


class _Handler(SimpleHTTPRequestHandler):
    """Serves `out` at `prefix`; anything else, or a missing file, gets 404.html with status 404."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not unquote(path).startswith(self.prefix):
            return os.path.join(self.directory, ".no-such-file")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server:
    """A static server of `out` on 127.0.0.1 (a free port), in a thread. `url` ends with prefix."""

    def __init__(self, out: Path, prefix: str = "/"):
        handler = type("Handler", (_Handler,), {"prefix": prefix})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(handler, directory=str(out)))
        self.httpd.daemon_threads = True
        self.out = out
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.url = self.origin + prefix
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@contextlib.contextmanager
def chromium():
    """Debian's Chromium driven by Playwright (never a browser that Playwright downloads)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_main = 0
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main += 1
        elif tag == "a" and self.in_main:
            self.hrefs.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main -= 1


def program_links_in_main(html: str) -> list[str]:
    """The links to program pages inside <main>, in order."""
    parser = _Links()
    parser.feed(html)
    return [h for h in parser.hrefs if re.search(r"/programs/(?!page/)[^/]+/$", h)]


def copy_with_arabic(dest: Path) -> Path:
    """A copy of the sample site folder that also lists Arabic, a language written right to
    left: its /ar/ pages have the Arabic interface strings and dir="rtl"."""
    return _copy_sample(dest, "\nlanguages: [en, es, vi]\n", "\nlanguages: [en, es, vi, ar]\n")


EMPTY_REGION = "browse/region/lakeside/"  # copy_with_empty_region's empty browse list


def copy_with_empty_region(dest: Path) -> Path:
    """A copy of the sample site folder with one more region that no program is in, so the build
    has an empty browse list (EMPTY_REGION; the sample itself has none)."""
    region = "  - slug: lakeside\n    name: Lakeside\n"
    return _copy_sample(dest, "\nregions:\n", "\nregions:\n" + region)


def _copy_sample(dest: Path, old: str, new: str) -> Path:
    """The sample site folder copied to dest, with old in its site.yaml made new."""
    import shutil

    dest.mkdir(parents=True)
    for name in ("content", "templates", "static"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, dest / name)
    text = (ROOT / "site.yaml").read_text(encoding="utf-8")
    assert old in text, f"the sample's site.yaml has no {old.strip()!r} to change"
    (dest / "site.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return dest


def write_report(folder: Path, name: str, data: dict) -> Path:
    """Merge data into folder/name (a JSON object) and return its path."""
    path = folder / name
    merged = json.loads(path.read_text()) if path.exists() else {}
    merged.update(data)
    path.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n")
    return path
