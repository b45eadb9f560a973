"""External links checked politely and safely: one request at a time to each host (a few hosts
at once), HEAD first and GET when HEAD is refused, a User-Agent that says who asks. Only public
addresses are connected to, the very address that was checked, at every redirect too
(network.py); redirects are followed here, to http(s) only and a few at most; everything one
address takes has one deadline; only an answer's status line and headers are read, never its
body. Answers are kept a day in the user's cache folder; a failure of the network itself (no
such host, no connection: offline) is "not checked" and never kept."""
from __future__ import annotations

import json
import os
import re
import socket
import ssl
import string
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.parser import Parser
from functools import partial
from http import HTTPStatus
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote, urljoin, urlsplit

from ..memo.last_build import user_folder
from .network import Network, is_public, lookup_within

TIMEOUT_SECONDS = 10.0  # all that one address takes: lookups, connections, redirects, HEAD, GET
HOSTS_AT_ONCE = 4
FRESH_SECONDS = 24 * 60 * 60
REDIRECTS = 5
HEAD_BYTES = 16 * 1024  # of an answer's status line and headers
AGENT = "stemhub-link-check (a STEM directory checking the links it lists)"
WEB = {"http": 80, "https": 443}
MOVED = (301, 302, 303, 307, 308)
_STATUS = re.compile(rb"HTTP/\d(?:\.\d)? +(\d{3})(?:[ \r]|$)")
_HOST = re.compile(r"[a-z0-9._:%-]+")  # a name (IDNA), or an IP address without its brackets
_KEPT = string.punctuation  # a request target as written: only spaces, controls, non-ASCII quoted


@dataclass(frozen=True)
class Checked:
    """What one address answered: ok, what happened in words, when (seconds since 1970)."""

    ok: bool
    status: str  # "200 OK", "404 Not Found", "no answer within 10 s", ...
    at: float
    reached: bool = True  # False: the network failed (no such host, no connection): not checked


@dataclass(frozen=True)
class _Where:
    """One web address as it is asked for."""

    url: str
    secure: bool
    host: str  # ASCII (IDNA), lower case, an IPv6 address without brackets
    port: int
    target: str  # path and query, percent-encoded
    header: str  # the Host header


class _Verdict(Exception):
    """A check that ends before a status code: what to say, and whether a server was reached."""

    def __init__(self, status: str, reached: bool = True):
        super().__init__(status)
        self.status, self.reached = status, reached


def links_cache() -> Path:
    """Where answers are kept: stemhub's folder in the user's cache folder (the temporary
    folder's when the user has no home)."""
    return (user_folder() or Path(tempfile.gettempdir()) / "stemhub") / "links.json"


def check_links(urls: Iterable[str], cache: Path, timeout: float = TIMEOUT_SECONDS,
                net: Network = Network(), now: Callable[[], float] = time.time
                ) -> dict[str, Checked]:
    """Each http(s) address -> what it answered, from the cache when checked within a day.
    net: how names are looked up and addresses reached (tests route to a local server)."""
    known = {u: c for u, c in _load(cache).items() if 0 <= now() - c.at < FRESH_SECONDS}
    wanted = sorted({u for u in urls if urlsplit(u).scheme.lower() in WEB})
    hosts: dict[str, list[str]] = {}
    for url in wanted:
        if url not in known:
            hosts.setdefault(urlsplit(url).netloc.lower(), []).append(url)
    probe = partial(_probe, net=net, tls=net.tls(), timeout=timeout, now=now)

    def one_host(queue: list[str]) -> list[tuple[str, Checked]]:
        return [(url, probe(url)) for url in queue]

    with ThreadPoolExecutor(HOSTS_AT_ONCE) as pool:
        done = dict(pair for answers in pool.map(one_host, hosts.values()) for pair in answers)
    known.update(done)
    _save(cache, {u: c for u, c in known.items() if c.reached})
    return {url: known[url] for url in wanted}


def _probe(url: str, net: Network, tls: ssl.SSLContext, timeout: float, now) -> Checked:
    ask = partial(_follow, url, net=net, tls=tls, deadline=time.monotonic() + timeout)
    try:
        code = ask("HEAD")
        if code >= 400:  # some servers refuse HEAD, or answer it wrongly
            code = ask("GET")
    except _Verdict as verdict:
        return Checked(False, verdict.status, now(), verdict.reached)
    except TimeoutError:
        return Checked(False, f"no answer within {timeout:g} s", now())
    except ssl.SSLError as err:
        why = getattr(err, "verify_message", None) or err.reason or err
        return Checked(False, f"the secure connection failed ({why})", now())
    except OSError as err:
        return Checked(False, f"the connection broke ({err.strerror or err})", now())
    return Checked(200 <= code < 300, _phrase(code), now())


def _follow(url: str, method: str, net: Network, tls: ssl.SSLContext, deadline: float) -> int:
    """The status code at the end of the redirects from url (at most REDIRECTS)."""
    base, moved = url, ""
    for hop in range(REDIRECTS + 1):
        where = _where(base, moved)
        if where is None:
            raise _Verdict(f"refused: {'redirected to ' if hop else ''}an address that is not "
                           "a web page")
        code, moved = _ask(where, _addresses(where, net, hop, deadline), method, net, tls,
                           deadline)
        if code not in MOVED or moved is None:
            return code
        base = where.url
    raise _Verdict(f"more than {REDIRECTS} redirects")


def _where(base: str, moved: str) -> _Where | None:
    """The address moved leads to from base (base itself when moved is ""); None when it is
    not an http(s) address with a host."""
    try:
        url = urljoin(base, moved)
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), (parts.hostname or "").encode("idna").decode()
        port = parts.port or WEB.get(scheme, 0)
    except (ValueError, UnicodeError):
        return None
    if scheme not in WEB or not _HOST.fullmatch(host):
        return None
    target = quote(parts.path or "/", _KEPT) + (f"?{quote(parts.query, _KEPT)}"
                                                 if parts.query else "")
    named = f"[{host}]" if ":" in host else host
    return _Where(url, scheme == "https", host, port, target,
                  named + (f":{parts.port}" if parts.port else ""))


def _addresses(where: _Where, net: Network, hop: int, deadline: float) -> list[str]:
    """The addresses of where's host, when every one is public."""
    left = _left(deadline)
    try:
        found = lookup_within(net.resolve, where.host, where.port, left)
    except TimeoutError:
        raise _Verdict(f"not checked: {where.host} was not looked up in time",
                       reached=False) from None
    except (OSError, ValueError) as err:  # socket.gaierror; a name the resolver cannot take
        raise _Verdict(f"not checked: no such host ({where.host})" if _no_such_host(err) else
                       f"not checked: {where.host} could not be looked up ({err.strerror})",
                       reached=False) from None
    if not found:
        raise _Verdict(f"not checked: no such host ({where.host})", reached=False)
    inward = [address for address in found if not is_public(address)]
    if inward:
        at = where.host if inward[0] == where.host else f"{where.host} ({inward[0]})"
        raise _Verdict(f"refused: redirected to {at}, which is not a public address" if hop
                       else f"refused: {at} is not a public address")
    return found


def _no_such_host(err: Exception) -> bool:
    return not isinstance(err, OSError) or err.errno in (
        socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME))


def _ask(where: _Where, addresses: list[str], method: str, net: Network,
         tls: ssl.SSLContext, deadline: float) -> tuple[int, str | None]:
    """The status code and Location of the answer to one request, from the first of the
    checked addresses that takes the connection."""
    sock = _connected(where, addresses, net, deadline)
    try:
        if where.secure:
            sock = tls.wrap_socket(sock, server_hostname=where.host)  # the handshake
        sock.settimeout(_left(deadline))
        sock.sendall(f"{method} {where.target} HTTP/1.1\r\nHost: {where.header}\r\n"
                     f"User-Agent: {AGENT}\r\nAccept: */*\r\nConnection: close\r\n\r\n"
                     .encode("ascii"))
        return _answer(_head(sock, deadline))
    finally:
        sock.close()


def _connected(where: _Where, addresses: list[str], net: Network, deadline: float
               ) -> socket.socket:
    for address in addresses:
        try:
            return net.connect(address, where.port, _left(deadline))
        except OSError as err:  # refused, unreachable, timed out, or the deadline passed
            failure = err
    raise _Verdict(f"not checked: could not connect to {where.host} "
                   f"({failure.strerror or failure})", reached=False)


def _head(sock: socket.socket, deadline: float) -> bytes:
    """The answer up to the blank line after its headers (or the connection's end), each wait
    as long as the deadline leaves; at most HEAD_BYTES."""
    head = bytearray()
    while len(head) < HEAD_BYTES:
        sock.settimeout(_left(deadline))
        chunk = sock.recv(HEAD_BYTES - len(head))
        seen = head[-3:] + chunk
        head += chunk
        if not chunk or b"\n\n" in seen or b"\n\r\n" in seen:
            return bytes(head)
    raise _Verdict(f"the answer's headers are longer than {HEAD_BYTES // 1024} KB")


def _answer(head: bytes) -> tuple[int, str | None]:
    status, _, rest = head.partition(b"\n")
    match = _STATUS.match(status)
    if not match:
        raise _Verdict("did not answer as a web server does")
    moved = Parser().parsestr(rest.decode("latin-1"), headersonly=True).get("Location")
    return int(match[1]), moved.strip() if moved else None


def _left(deadline: float) -> float:
    """The seconds left before deadline (TimeoutError when there are none)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline passed")
    return left


def _phrase(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _load(cache: Path) -> dict[str, Checked]:
    """The answers kept, those of the shape _save writes (anything else is checked again)."""
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no cache yet, or one that cannot be read
    return {url: Checked(c["ok"], c["status"], float(c["at"]))
            for url, c in (data.items() if isinstance(data, dict) else ()) if _kept(c)}


def _kept(c) -> bool:
    return (isinstance(c, dict) and isinstance(c.get("ok"), bool)
            and isinstance(c.get("status"), str) and type(c.get("at")) in (int, float))


def _save(cache: Path, checked: dict[str, Checked]) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial_file = cache.with_suffix(".tmp")
    partial_file.write_text(json.dumps({u: {"ok": c.ok, "status": c.status, "at": c.at}
                                        for u, c in sorted(checked.items())}, indent=1) + "\n",
                            encoding="utf-8")
    os.replace(partial_file, cache)
