"""The report's link checker against a local server reached through a test network (public
names looked up to a public address that the test routes to 127.0.0.1): HEAD then GET, a total
deadline, one request at a time to a host, redirects only to public http(s) addresses, no
body read, network failures never remembered, answers cached for a day."""
from __future__ import annotations

import json
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from pathlib import Path

import pytest

from stemhub.tools.linkcheck import check_links
from stemhub.tools.network import Network, is_public

PUBLIC = "93.184.216.34"  # a public address: the test network routes it to the local server
HUGE = 64 * 1024 * 1024  # the body the server would send after a redirect
RAW = {  # hostile answers, as they are sent
    "/garbage": b"garbage\r\n\r\n",
    "/silent": b"",
    "/bad-location": b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\n\r\n",
    "/odd-location": b"HTTP/1.1 302 Found\r\nLocation: /ok?a b\x1b[31m\xff\r\n\r\n",
    "/flood": b"HTTP/1.1 200 OK\r\nX: " + b"y" * 20000 + b"\r\n\r\n",
    "/loop": b"HTTP/1.1 301 Moved Permanently\r\nLocation: /loop\r\n\r\n",
}
NAMES = {"links.example.org": [PUBLIC], "intranet.example.org": ["10.1.2.3"],
         "mixed.example.org": [PUBLIC, "127.0.0.1"]}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

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
            server.hosts.append(self.headers["Host"])
            server.busy += 1
            server.most = max(server.most, server.busy)
        try:
            code, location = self.reply()
        finally:
            with server.lock:
                server.busy -= 1
        if code:
            self.send_response(code)
            if location:
                self.send_header("Location", location.replace("PORT", str(server.port)))
            self.send_header("Content-Length", "0")
            self.end_headers()

    def reply(self) -> tuple[int, str | None]:
        if self.command == "HEAD" and self.path in ("/ok-no-head", "/huge"):
            return 405, None
        if self.path.startswith("/ok"):
            return 200, None
        if self.path == "/slow":
            time.sleep(1.5)
            return 200, None
        if self.path.startswith("/pause"):
            time.sleep(0.1)
            return 200, None
        if self.path == "/trickle":
            return self.trickle()
        if self.path == "/huge":
            return self.huge()
        if self.path.startswith("/to/"):
            return 302, self.path.removeprefix("/to/")
        if self.path in RAW:
            self.wfile.write(RAW[self.path])
            self.close_connection = True
            return None, None
        return 404, None

    def trickle(self) -> tuple[None, None]:
        """A header byte every 0.1 s, for 3 s: each read gets a byte well within any time
        limit, and the answer would be 200 after all."""
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        try:
            for _ in range(30):
                self.wfile.write(b"z")
                self.wfile.flush()
                time.sleep(0.1)
            self.wfile.write(b"\r\nContent-Length: 0\r\n\r\n")
        except OSError:
            pass  # the client gave up
        self.close_connection = True
        return None, None

    def huge(self) -> tuple[None, None]:
        """A redirect to /ok with a 64 MB body, sent until the client stops reading."""
        self.wfile.write(f"HTTP/1.1 302 Found\r\nLocation: /ok\r\nContent-Length: {HUGE}\r\n"
                         "\r\n".encode("ascii"))
        chunk = b"x" * 65536
        try:
            while self.server.sent < HUGE:
                self.wfile.write(chunk)
                self.server.sent += len(chunk)
        except OSError:
            pass  # the client hung up
        self.close_connection = True
        return None, None

    def log_message(self, *args):
        pass


def serve(tls: ssl.SSLContext | None = None):
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if tls:
        httpd.socket = tls.wrap_socket(httpd.socket, server_side=True)
    httpd.daemon_threads = True
    httpd.lock, httpd.seen, httpd.hosts, httpd.busy, httpd.most = threading.Lock(), [], [], 0, 0
    httpd.port, httpd.sent, httpd.connects = httpd.server_address[1], 0, []
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return httpd


@pytest.fixture
def server():
    httpd = serve()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def no_trust() -> ssl.SSLContext:
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def network(server, names: dict[str, list[str]] = NAMES, tls=no_trust):
    """Names looked up in names (IP addresses as themselves); the public test address
    connected to the local server, any other address refused: nothing leaves this machine.
    TLS trusts no certificate unless told (the system's store takes a while to load)."""
    def resolve(host: str, port: int) -> list[str]:
        if host in names:
            return names[host]
        try:
            ip_address(host)
        except ValueError:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
        return [host]

    def connect(ip: str, port: int, timeout: float) -> socket.socket:
        server.connects.append(ip)
        if ip != PUBLIC:
            raise ConnectionRefusedError(111, "Connection refused")
        return socket.create_connection(("127.0.0.1", server.port), timeout)

    return Network(resolve, connect, tls)


URL = "http://links.example.org"


def check(server, paths, cache: Path, **options):
    options.setdefault("net", network(server))
    found = check_links([URL + p for p in paths], cache, **options)
    return {u.removeprefix(URL): (c.ok, c.status) for u, c in found.items()}


def test_each_address_is_checked_with_head_then_get_within_the_time_limit(server, tmp_path):
    found = check(server, ["/ok", "/ok-no-head", "/missing", "/slow", "/to/ftp://f.example/x",
                           "/to//ok"], tmp_path / "links.json", timeout=0.5)
    assert found == {
        "/ok": (True, "200 OK"),
        "/ok-no-head": (True, "200 OK"),
        "/missing": (False, "404 Not Found"),
        "/slow": (False, "no answer within 0.5 s"),
        "/to/ftp://f.example/x": (False, "refused: redirected to an address that is not a web "
                                         "page"),
        "/to//ok": (True, "200 OK"),
    }
    asked = [(method, path) for method, path, _ in server.seen]
    assert asked.count(("HEAD", "/ok")) == 2 and ("GET", "/ok") not in asked
    assert ("GET", "/ok-no-head") in asked and ("GET", "/missing") in asked
    assert all(agent.startswith("stemhub-link-check") for _, _, agent in server.seen)
    assert set(server.hosts) == {"links.example.org"}


@pytest.mark.parametrize("target, refused", [
    ("http://127.0.0.1:PORT/ok", "127.0.0.1"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
    ("http://intranet.example.org/ok", "intranet.example.org (10.1.2.3)"),
    ("http://mixed.example.org/ok", "mixed.example.org (127.0.0.1)"),
    ("http://[::ffff:127.0.0.1]:PORT/ok", "::ffff:127.0.0.1"),
    ("http://2130706433:PORT/ok", "2130706433 (127.0.0.1)"),
])
def test_a_redirect_inward_is_refused_before_connecting(server, tmp_path, target, refused):
    def resolve(host: str, port: int) -> list[str]:
        if host == "2130706433":  # what the system's lookup makes of a one-number host
            return ["127.0.0.1"]
        return network(server).resolve(host, port)

    found = check(server, ["/to/" + target], tmp_path / "links.json",
                  net=Network(resolve, network(server).connect))
    assert found == {"/to/" + target: (
        False, f"refused: redirected to {refused}, which is not a public address")}
    assert set(server.connects) == {PUBLIC}  # the inward address was never connected to
    assert [path for _, path, _ in server.seen] == ["/to/" + target]


def test_hostile_answers_are_failures_in_words(server, tmp_path):
    assert check(server, list(RAW), tmp_path / "links.json") == {
        "/garbage": (False, "did not answer as a web server does"),
        "/silent": (False, "did not answer as a web server does"),
        "/bad-location": (False, "refused: redirected to an address that is not a web page"),
        "/odd-location": (True, "200 OK"),
        "/flood": (False, "the answer's headers are longer than 16 KB"),
        "/loop": (False, "more than 5 redirects"),
    }
    assert ("HEAD", "/ok?a%20b%1B[31m%C3%BF") in [(m, p) for m, p, _ in server.seen]


def test_the_address_checked_is_the_one_connected_to(server, tmp_path):
    answers = iter([[PUBLIC], ["127.0.0.1"]])  # a name that turns inward on a second look
    net = network(server)
    found = check(server, ["/ok"], tmp_path / "links.json",
                  net=Network(lambda host, port: next(answers), net.connect))
    assert found == {"/ok": (True, "200 OK")} and server.connects == [PUBLIC]


def test_a_trickling_server_is_cut_off_at_the_deadline(server, tmp_path):
    assert check(server, ["/trickle"], tmp_path / "links.json", timeout=1) == {
        "/trickle": (False, "no answer within 1 s")}


def test_a_redirect_body_is_not_read(server, tmp_path):
    assert check(server, ["/huge"], tmp_path / "links.json") == {"/huge": (True, "200 OK")}
    assert server.sent < HUGE  # the client hung up long before the body's end


def test_offline_nothing_is_checked_and_nothing_remembered(server, tmp_path):
    def offline(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    cache = tmp_path / "links.json"
    found = check_links([URL + "/ok", "https://gone.example.org/"], cache,
                        net=Network(offline, network(server).connect))
    assert {u: (c.ok, c.reached, c.status) for u, c in found.items()} == {
        URL + "/ok": (False, False, "not checked: links.example.org could not be looked up "
                                    "(Temporary failure in name resolution)"),
        "https://gone.example.org/": (False, False, "not checked: gone.example.org could not "
                                      "be looked up (Temporary failure in name resolution)")}
    assert json.loads(cache.read_text(encoding="utf-8")) == {}
    assert check(server, ["/ok"], cache) == {"/ok": (True, "200 OK")}  # asked again


def test_a_slow_name_lookup_is_cut_off_at_the_deadline(server, tmp_path):
    def slow(host: str, port: int) -> list[str]:
        time.sleep(3)
        return [PUBLIC]

    cache = tmp_path / "links.json"
    assert check(server, ["/ok"], cache, timeout=0.5, net=Network(slow, network(server).connect)
                 ) == {"/ok": (False, "not checked: links.example.org was not looked up in "
                                      "time")}
    assert server.seen == [] and json.loads(cache.read_text(encoding="utf-8")) == {}


def test_no_such_host_and_no_connection_are_not_checked(server, tmp_path):
    cache = tmp_path / "links.json"
    found = check_links(["https://gone.example.org/", "http://127.0.0.1/"], cache,
                        net=network(server, {}))
    assert {u: (c.reached, c.status) for u, c in found.items()} == {
        "https://gone.example.org/": (False, "not checked: no such host (gone.example.org)"),
        "http://127.0.0.1/": (True, "refused: 127.0.0.1 is not a public address")}
    names = {"links.example.org": ["8.8.8.8"]}  # connect() refuses every address but PUBLIC
    assert check(server, ["/ok"], cache, net=network(server, names)) == {
        "/ok": (False, "not checked: could not connect to links.example.org (Connection "
                       "refused)")}
    assert list(json.loads(cache.read_text(encoding="utf-8"))) == ["http://127.0.0.1/"]


@pytest.mark.parametrize("address, public", [
    ("8.8.8.8", True), ("2606:4700::1111", True), ("::ffff:8.8.8.8", True),
    ("2002:808:808::1", True), ("64:ff9b::808:808", True),
    ("127.0.0.1", False), ("10.0.0.1", False), ("172.16.0.1", False), ("192.168.1.1", False),
    ("169.254.169.254", False), ("100.64.0.1", False), ("0.0.0.0", False),
    ("224.0.0.1", False), ("239.255.255.250", False), ("240.0.0.1", False),
    ("255.255.255.255", False), ("192.0.2.1", False),
    ("::1", False), ("::", False), ("fe80::1", False), ("fe80::1%eth0", False),
    ("fc00::1", False), ("fec0::1", False), ("ff02::1", False), ("ff0e::1", False),
    ("2001:db8::1", False), ("::ffff:127.0.0.1", False), ("::ffff:169.254.169.254", False),
    ("::127.0.0.1", False), ("::8.8.8.8", False), ("2002:7f00:1::", False),
    ("2002:a9fe:a9fe::", False), ("64:ff9b::7f00:1", False), ("64:ff9b::a9fe:a9fe", False),
    ("64:ff9b:1::808:808", False), ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),
])
def test_only_public_addresses_are_public(address, public):
    assert is_public(address) is public


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for links.example.org, made by openssl."""
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                    "/CN=links.example.org", "-addext", "subjectAltName=DNS:links.example.org",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return key, cert


def test_https_sends_the_name_while_connecting_to_the_checked_address(certificate, tmp_path):
    key, cert = certificate
    names = []
    side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    side.load_cert_chain(cert, key)
    side.sni_callback = lambda sock, name, ctx: names.append(name)
    httpd = serve(side)
    try:
        trusting = ssl.create_default_context(cafile=str(cert))  # the test's certificate alone
        found = check_links(["https://links.example.org/ok"], tmp_path / "links.json",
                            net=network(httpd, tls=lambda: trusting))
        refused = check_links(["https://links.example.org/ok?again"], tmp_path / "links.json",
                              net=network(httpd))  # trusting no certificate
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert found["https://links.example.org/ok"].status == "200 OK"
    assert names[0] == "links.example.org" and httpd.hosts == ["links.example.org"]
    assert httpd.connects == [PUBLIC, PUBLIC]
    status = refused["https://links.example.org/ok?again"].status
    assert status.startswith("the secure connection failed (self") and "certificate" in status


def test_one_request_at_a_time_to_a_host(server, tmp_path):
    found = check(server, [f"/pause{i}" for i in range(6)], tmp_path / "links.json")
    assert all(ok for ok, _ in found.values()) and len(server.seen) == 6
    assert server.most == 1


def test_answers_are_kept_a_day(server, tmp_path):
    cache = tmp_path / "cache" / "links.json"
    clock = [1_000_000.0]
    first = check(server, ["/ok", "/missing"], cache, now=lambda: clock[0])
    asked = len(server.seen)
    clock[0] += 23 * 3600
    assert check(server, ["/ok", "/missing"], cache, now=lambda: clock[0]) == first
    assert len(server.seen) == asked  # nothing asked again
    clock[0] += 2 * 3600
    again = check_links([URL + "/ok"], cache, net=network(server), now=lambda: clock[0])
    assert again[URL + "/ok"].at == clock[0] and len(server.seen) == asked + 1


@pytest.mark.parametrize("kept", ["{not json", '{"http://links.example.org/ok": {"ok": '
                                  '"yes", "status": "200 OK", "at": 999}}', "[1]"])
def test_a_broken_cache_is_checked_again_and_only_web_addresses_are_asked(server, tmp_path,
                                                                          kept):
    cache = tmp_path / "links.json"
    cache.write_text(kept, encoding="utf-8")
    found = check_links([URL + "/ok", "ftp://files.example.org/x"], cache, net=network(server),
                        now=lambda: 1_000.0)
    assert list(found) == [URL + "/ok"] and found[URL + "/ok"].ok
    assert len(server.seen) == 1
