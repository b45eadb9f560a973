"""An embed (docs/embeds.md) in a host page served from another port: the one line from a partner
page, pasted into a page of its own, shows the partner's programs from the directory's JSON, in
the host page's font, loading nothing else and with no console errors; with the script blocked
the plain link stays."""
from __future__ import annotations

import functools
import html
import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.sitekit import PAGES

ROOT_URL = "https://stem.cedarvalley.example.org/"  # the sample's base_url
PARTNER = "alder-bay-robotics"
HOST_FONT = '"Courier New", monospace'


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Open(_Quiet):
    """The directory's host as GitHub Pages serves it: any origin may read its files."""

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


@pytest.fixture(scope="module")
def serve():
    servers = []

    def start(handler, folder) -> str:
        httpd = ThreadingHTTPServer(("127.0.0.1", 0),
                                    functools.partial(handler, directory=str(folder)))
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}/"
    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def snippet(site) -> str:
    """The line the partner page offers, as the partner copies it."""
    page = site.file(PAGES["partner"]).read_text("utf-8")
    return html.unescape(page.split("<pre><code>", 1)[1].split("</code></pre>", 1)[0])


@pytest.fixture(scope="module")
def host(site, serve, tmp_path_factory):
    """A school's page on one port with the line pasted, pointing at the directory on another."""
    directory = serve(_Open, site.out)
    folder = tmp_path_factory.mktemp("host")
    line = snippet(site).replace(ROOT_URL, directory)
    (folder / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        '<title>Riverside School'
        f'</title><style>body {{ font-family: {HOST_FONT}; }}</style></head><body><main>'
        f'<h1>Our partners</h1>{line}</main></body></html>', "utf-8")
    return serve(_Quiet, folder), directory


def test_the_line_shows_the_partners_programs_in_the_host_font(host, site, new_page):
    page_url, directory = host
    page = new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_url)
    page.wait_for_selector(".stemhub-embed-program")
    want = json.loads((site.out / "embed/partners" / f"{PARTNER}.json").read_text("utf-8"))
    titles = page.eval_on_selector_all(".stemhub-embed-title",
                                       "els => els.map(a => [a.textContent, a.href])")
    assert titles == [[p["title"], p["url"]] for p in want["programs"]] and titles
    facts = page.text_content(".stemhub-embed-facts")
    assert want["programs"][0]["text"]["cost"] in facts
    assert page.eval_on_selector(".stemhub-embed-list + a.stemhub-embed", "a => a.href") == \
        directory + f"partners/{PARTNER}/"  # the link stays, after the list
    fonts = page.evaluate("""() => [document.body, ...document.querySelectorAll(
        '.stemhub-embed-list, .stemhub-embed-title, .stemhub-embed-facts')].map(
        e => getComputedStyle(e).fontFamily)""")
    assert set(fonts) == {fonts[0]} and "Courier New" in fonts[0]
    assert sorted(set(requests)) == sorted({page_url, directory + "static/embed.js",
                                            directory + f"embed/partners/{PARTNER}.json"})
    assert errors == []
    assert page.context.cookies() == []


def test_without_the_script_the_link_stays(host, new_page):
    page_url, _ = host
    page = new_page(java_script_enabled=False)
    page.goto(page_url)
    assert page.locator(".stemhub-embed-program").count() == 0
    assert page.text_content("a.stemhub-embed").startswith("Programs of ")
