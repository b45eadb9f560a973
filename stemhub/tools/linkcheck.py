"""External links checked politely: one request at a time to each host (a few hosts at once),
HEAD first and GET when HEAD is refused, a time limit, a User-Agent that says who asks,
redirects followed only to http(s), and each answer kept a day in a JSON cache."""
from __future__ import annotations

import http.client
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Callable, Iterable
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, OpenerDirector, Request, build_opener

TIMEOUT_SECONDS = 10.0
HOSTS_AT_ONCE = 4
FRESH_SECONDS = 24 * 60 * 60
CACHE = Path(".stemhub-cache") / "links.json"  # in the site folder (git ignores it)
AGENT = "stemhub-link-check (a STEM directory checking the links it lists)"
WEB = ("http", "https")


@dataclass(frozen=True)
class Checked:
    """What one address answered: ok, what happened in words, when (seconds since 1970)."""

    ok: bool
    status: str  # "200 OK", "404 Not Found", "no answer within 10 s", ...
    at: float


class _WebOnly(HTTPRedirectHandler):
    """Redirects are followed only to http(s) addresses (urllib alone also follows ftp:)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in WEB:
            raise URLError("redirected to an address that is not a web page")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_links(urls: Iterable[str], cache: Path, timeout: float = TIMEOUT_SECONDS,
                route: Callable[[str], str] = str, now: Callable[[], float] = time.time
                ) -> dict[str, Checked]:
    """Each http(s) address -> what it answered, from the cache when checked within a day.
    route: the address actually requested for one (tests point public names at a local
    server; content never holds a local address)."""
    known = {u: c for u, c in _load(cache).items() if 0 <= now() - c.at < FRESH_SECONDS}
    wanted = sorted({u for u in urls if urlsplit(u).scheme.lower() in WEB})
    hosts: dict[str, list[str]] = {}
    for url in wanted:
        if url not in known:
            hosts.setdefault(urlsplit(url).netloc.lower(), []).append(url)
    opener = build_opener(_WebOnly)

    def one_host(queue: list[str]) -> list[tuple[str, Checked]]:
        return [(url, _probe(opener, route(url), timeout, now)) for url in queue]

    with ThreadPoolExecutor(HOSTS_AT_ONCE) as pool:
        done = dict(pair for answers in pool.map(one_host, hosts.values()) for pair in answers)
    known.update(done)
    _save(cache, known)
    return {url: known[url] for url in wanted}


def _probe(opener: OpenerDirector, url: str, timeout: float, now) -> Checked:
    try:
        code = _status(opener, url, "HEAD", timeout)
        if code >= 400:  # some servers refuse HEAD, or answer it wrongly
            code = _status(opener, url, "GET", timeout)
    except (URLError, OSError, ValueError, http.client.HTTPException) as err:
        return Checked(False, _why(err, timeout), now())
    return Checked(200 <= code < 300, _phrase(code), now())


def _status(opener: OpenerDirector, url: str, method: str, timeout: float) -> int:
    """The status of the answer to one request (the body is never read)."""
    try:
        with opener.open(Request(url, method=method, headers={"User-Agent": AGENT}),
                         timeout=timeout) as answer:
            return answer.status
    except HTTPError as err:
        err.close()
        return err.code


def _phrase(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _why(err: Exception, timeout: float) -> str:
    reason = getattr(err, "reason", err)
    if isinstance(err, TimeoutError) or isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    return f"could not be reached: {reason}"


def _load(cache: Path) -> dict[str, Checked]:
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        return {url: Checked(bool(c["ok"]), str(c["status"]), float(c["at"]))
                for url, c in data.items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}  # no cache yet, or one that cannot be read: check again


def _save(cache: Path, checked: dict[str, Checked]) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".tmp")
    partial.write_text(json.dumps({u: asdict(c) for u, c in sorted(checked.items())},
                                  indent=1) + "\n", encoding="utf-8")
    os.replace(partial, cache)
