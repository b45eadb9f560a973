"""The report's link checker against a local server: HEAD then GET, a time limit, one request
at a time to a host, redirects only to http(s), answers cached for a day."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from stemhub.tools.linkcheck import check_links


class Handler(BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.answer()

    def do_GET(self):
        self.answer()

    def answer(self):
        """The request counts as busy until its answer is ready, not until it is sent: the
        client may ask again the moment it has the answer, before this thread goes on."""
        server = self.server
        with server.lock:
            server.seen.append((self.command, self.path, self.headers["User-Agent"]))
            server.busy += 1
            server.most = max(server.most, server.busy)
        try:
            code, location = self.reply()
        finally:
            with server.lock:
                server.busy -= 1
        self.send_response(code)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def reply(self) -> tuple[int, str | None]:
        if self.path == "/ok-no-head" and self.command == "HEAD":
            return 405, None
        if self.path.startswith("/ok"):
            return 200, None
        if self.path == "/slow":
            time.sleep(1.5)
            return 200, None
        if self.path.startswith("/pause"):
            time.sleep(0.1)
            return 200, None
        if self.path == "/to-ftp":
            return 302, "ftp://files.example.org/x"
        return 404, None

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.lock, httpd.seen, httpd.busy, httpd.most = threading.Lock(), [], 0, 0
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def base(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_each_address_is_checked_with_head_then_get_within_the_time_limit(server, tmp_path):
    url = base(server)
    found = check_links([f"{url}/ok", f"{url}/ok-no-head", f"{url}/missing", f"{url}/slow",
                         f"{url}/to-ftp"], tmp_path / "links.json", timeout=0.5)
    assert {u.removeprefix(url): (c.ok, c.status) for u, c in found.items()} == {
        "/ok": (True, "200 OK"),
        "/ok-no-head": (True, "200 OK"),
        "/missing": (False, "404 Not Found"),
        "/slow": (False, "no answer within 0.5 s"),
        "/to-ftp": (False, "could not be reached: redirected to an address that is not a "
                           "web page"),
    }
    asked = [(method, path) for method, path, _ in server.seen]
    assert asked.count(("HEAD", "/ok")) == 1 and ("GET", "/ok") not in asked
    assert ("GET", "/ok-no-head") in asked and ("GET", "/missing") in asked
    assert all(agent.startswith("stemhub-link-check") for _, _, agent in server.seen)


def test_one_request_at_a_time_to_a_host(server, tmp_path):
    url = base(server)
    found = check_links([f"{url}/pause{i}" for i in range(6)], tmp_path / "links.json")
    assert all(c.ok for c in found.values()) and len(server.seen) == 6
    assert server.most == 1


def test_answers_are_kept_a_day(server, tmp_path):
    url, cache = base(server), tmp_path / "cache" / "links.json"
    clock = [1_000_000.0]
    first = check_links([f"{url}/ok", f"{url}/missing"], cache, now=lambda: clock[0])
    asked = len(server.seen)
    clock[0] += 23 * 3600
    assert check_links([f"{url}/ok", f"{url}/missing"], cache, now=lambda: clock[0]) == first
    assert len(server.seen) == asked  # nothing asked again
    clock[0] += 2 * 3600
    again = check_links([f"{url}/ok"], cache, now=lambda: clock[0])
    assert again[f"{url}/ok"].at == clock[0] and len(server.seen) == asked + 1


def test_a_broken_cache_is_checked_again_and_only_web_addresses_are_asked(server, tmp_path):
    cache = tmp_path / "links.json"
    cache.write_text("{not json", encoding="utf-8")
    found = check_links([f"{base(server)}/ok", "ftp://files.example.org/x"], cache)
    assert list(found) == [f"{base(server)}/ok"] and found[f"{base(server)}/ok"].ok
