"""Search on a slow connection: how soon the first result shows for a word in the URL.

    python bench/slow.py [N] [--runs R] [--query WORD] [--keep DIR] [--timeline] [--http2]

Builds the sample site (or, with N, bench/generate.py's site of N programs) into /dev/shm,
serves it on 127.0.0.1 as a static host does (gzip for text, HTTP/1.1 keep-alive), and opens
/search/?q=WORD (default robotics) R times (default 5) in Chromium, each in a fresh context with
Chromium's network emulation (Network.emulateNetworkConditions over CDP: 400 kbit/s down and up,
400 ms latency a request, the cache disabled). For each run, from the navigation's start:

- first result: when the first result card is in #sh-results (a MutationObserver in the page);
- requests: every request the page made until the network is quiet (CDP's Network events);
- chain: the longest sequence of those requests each of which started only after the one before
  it in the sequence had finished: the round trips one after another (the page, its script,
  then what the script fetched, ...), with the files of the longest chain.

Prints each run, then the min and median of the first result and the requests. With --keep the
built site stays in DIR (and is reused: the build is skipped when DIR/search/ exists). With
--timeline, each request's start and end (ms from the first request's start) too. With --http2
the host is bench/h2.mjs (Node's HTTP/2 over TLS, a certificate made for the run), as most
static hosts serve today: all of a page's requests on one connection, where HTTP/1.1 lets
Chromium open six to a host, so a seventh request waits for one of them.
"""
from __future__ import annotations

import contextlib
import functools
import gzip
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from measure import ROOT, build, revision

sys.path.insert(0, str(ROOT))
from tests.browser.sitekit import Server, chromium  # noqa: E402

KBPS = 400
LATENCY_MS = 400
GOAL_MS = 5000
PACKED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")  # gzipped by the host

FIRST = """(() => {
  const seen = () => {
    if (window.__first == null && document.querySelector("#sh-results > *")) {
      window.__first = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();"""


class StaticHost(Server):
    """sitekit's server, as a static host serves: text gzipped, connections kept alive."""

    def __init__(self, out: Path):
        super().__init__(out)
        made = self.httpd.RequestHandlerClass  # functools.partial(handler class, directory=...)

        class Host(made.func):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                path = Path(self.translate_path(self.path))
                if not (path.is_file() and path.suffix in PACKED
                        and "gzip" in self.headers.get("Accept-Encoding", "")):
                    return super().do_GET()
                body = gzip.compress(path.read_bytes(), 6)
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd.RequestHandlerClass = functools.partial(Host, *made.args, **made.keywords)


@contextlib.contextmanager
def http2_host(out: Path, scratch: Path):
    """bench/h2.mjs serving out over HTTP/2 (TLS with a certificate made here): its URL."""
    key, cert = scratch / "key.pem", scratch / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    node = subprocess.Popen(["node", str(ROOT / "bench/h2.mjs"), str(out), str(key), str(cert)],
                            stdout=subprocess.PIPE, text=True)
    try:
        yield f"https://127.0.0.1:{node.stdout.readline().strip()}/"
    finally:
        node.terminate()
        node.wait()


@contextlib.contextmanager
def http1_host(out: Path, scratch: Path):
    with StaticHost(out) as server:
        yield server.url


def one_view(browser, url: str) -> dict:
    """One load of url under the emulated connection: first result (ms), requests, chain."""
    context = browser.new_context(ignore_https_errors=True)  # --http2's own certificate
    page = context.new_page()
    page.add_init_script(FIRST)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", {
        "offline": False, "latency": LATENCY_MS,
        "downloadThroughput": KBPS * 1000 / 8, "uploadThroughput": KBPS * 1000 / 8})
    requests: dict[str, dict] = {}
    cdp.on("Network.requestWillBeSent", lambda e: requests.setdefault(
        e["requestId"], {"url": e["request"]["url"], "start": e["timestamp"], "end": None}))
    cdp.on("Network.loadingFinished", lambda e: requests.get(e["requestId"], {}).update(
        end=e["timestamp"]))
    cdp.on("Network.loadingFailed", lambda e: requests.get(e["requestId"], {}).update(
        end=e["timestamp"], failed=True))
    page.goto(url, wait_until="commit")
    page.wait_for_function("() => window.__first != null", timeout=120_000, polling=50)
    page.wait_for_load_state("networkidle", timeout=120_000)
    first = page.evaluate("window.__first")
    context.close()
    if errors:
        raise SystemExit(f"{url}: page errors {errors}")
    done = [r for r in requests.values() if r["end"] is not None]
    zero = min(r["start"] for r in requests.values())
    timeline = [f"{(r['start'] - zero) * 1000:6.0f} {((r['end'] or zero) - zero) * 1000:6.0f} "
                f"{short(r['url'])}" for r in sorted(requests.values(), key=lambda r: r["start"])]
    return {"first": first, "requests": len(requests), "chain": longest_chain(done),
            "timeline": timeline,
            "failed": [r["url"] for r in done if r.get("failed")]}


def longest_chain(requests: list[dict]) -> list[str]:
    """The longest sequence of requests each starting after the previous one ended (paths)."""
    ordered = sorted(requests, key=lambda r: r["start"])
    best: list[list[dict]] = []
    for i, r in enumerate(ordered):
        before = [best[j] for j in range(i) if ordered[j]["end"] <= r["start"]]
        best.append(max(before, key=len, default=[]) + [r])
    return [short(r["url"]) for r in max(best, key=len, default=[])]


def short(url: str) -> str:
    parts = urlsplit(url)
    return parts.path.rsplit("/", 2)[-2] + "/" + parts.path.rsplit("/", 1)[-1] \
        if parts.path.count("/") > 1 else parts.path


def built(n: int | None, out: Path, scratch: Path) -> Path:
    if (out / "search").is_dir():
        return out
    source = ROOT
    if n:
        source = scratch / f"s{n}"
        subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(n), str(source)],
                       check=True)
    build(source, out)
    return out


def main(argv: list[str]) -> None:
    def option(name: str, default: str) -> str:
        if name in argv:
            at = argv.index(name)
            value = argv[at + 1]
            del argv[at:at + 2]
            return value
        return default
    runs, query = int(option("--runs", "5")), option("--query", "robotics")
    keep = option("--keep", "")
    timeline = "--timeline" in argv and not argv.remove("--timeline")
    http2 = "--http2" in argv and not argv.remove("--http2")
    n = int(argv[0]) if argv else None
    scratch = Path(tempfile.mkdtemp(prefix="stemhub-slow-", dir="/dev/shm"))
    measured = revision()
    try:
        out = built(n, Path(keep) if keep else scratch / "out", scratch)
        found = []
        host = http2_host if http2 else http1_host
        with host(out, scratch) as url, chromium() as browser:
            for run in range(runs):
                view = one_view(browser, url + f"search/?q={query}")
                found.append(view)
                print(f"run {run + 1}: first result {view['first']:.0f} ms, "
                      f"{view['requests']} requests, chain of {len(view['chain'])}: "
                      f"{' > '.join(view['chain'])}" +
                      (f"; failed: {view['failed']}" if view["failed"] else ""), flush=True)
                if timeline:
                    print("  start    end (ms) file\n  " + "\n  ".join(view["timeline"]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    firsts = [v["first"] for v in found]
    counts = [v["requests"] for v in found]
    chains = [len(v["chain"]) for v in found]
    median = statistics.median(firsts)
    print(f"\n{'sample site' if n is None else f'{n:,} programs'}, /search/?q={query}, "
          f"{'HTTP/2' if http2 else 'HTTP/1.1'}, "
          f"{KBPS} kbit/s, {LATENCY_MS} ms, {runs} runs: first result min {min(firsts):.0f} ms, "
          f"median {median:.0f} ms (goal {GOAL_MS} ms: {'met' if median <= GOAL_MS else 'missed'});"
          f" requests median {statistics.median(counts):.0f}; longest chain median "
          f"{statistics.median(chains):.0f}")
    print(f"stemhub at {measured}")


if __name__ == "__main__":
    main(sys.argv[1:])
