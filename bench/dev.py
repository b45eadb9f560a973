"""Save to reloaded page in the dev server: `build.py serve` on a generated site on tmpfs, a
program page (then a list page it is on) open in headless Chromium; the program's title is
edited on disk and the time from the write to the reloaded page's load event is measured, and
that the page shows the new title. Usage: .venv/bin/python bench/dev.py [N] [--runs R]"""
from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.browser.sitekit import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SLUG = "program-7"
GAP_SECONDS = 10  # between saves: the search index of the last one is made meanwhile


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("programs", nargs="?", type=int, default=4000)
    args.add_argument("--runs", type=int, default=7)
    opts = args.parse_args()
    site = Path(f"/dev/shm/stemhub-dev-bench-{opts.programs}")
    shutil.rmtree(site, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "bench/generate.py"), str(opts.programs),
                    str(site)], check=True, stdout=subprocess.DEVNULL)
    record = site / "content/programs" / f"{SLUG}.md"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(site.with_suffix(".log"), "w")
    server = subprocess.Popen([sys.executable, "-m", "stemhub", "serve", "--source", str(site),
                               "--port", str(port), "--today", "2026-12-01"],
                              cwd=ROOT, stderr=log, stdout=log)
    try:
        _wait(f"http://127.0.0.1:{port}/programs/{SLUG}/", server)
        time.sleep(15)  # the first search index, made after the first build
        lists = _list_page(port)
        for name, path in (("program page", f"programs/{SLUG}/"), ("list page", lists)):
            times = _measure(port, path, record, opts.runs)
            print(f"{opts.programs} programs, {name} /{path}: median {statistics.median(times):.0f}"
                  f" ms, range {min(times):.0f}-{max(times):.0f} ms over {len(times)} saves")
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(site, ignore_errors=True)


def _measure(port: int, path: str, record: Path, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright
    original = record.read_text(encoding="utf-8")
    old = re.search(r"^title: (.*)$", original, flags=re.M).group(1)
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/{path}")
        page.wait_for_timeout(1500)  # reload.js connected
        try:
            for run in range(runs):
                title = f"{old} {run}{time.time_ns() % 10**6}"  # its place in lists kept
                started = time.perf_counter()
                record.write_text(original.replace(f"title: {old}\n", f"title: {title}\n", 1),
                                  encoding="utf-8")
                while not _shows(page, title):  # a reload for an earlier save may come
                    page.wait_for_event("load", timeout=60000)
                times.append((time.perf_counter() - started) * 1000)
                page.wait_for_timeout(GAP_SECONDS * 1000)
        finally:
            record.write_text(original, encoding="utf-8")
            browser.close()
            time.sleep(GAP_SECONDS)
    return times


def _shows(page, title: str) -> bool:
    """Whether the loaded page has the title; while a reload is under way (its content cannot
    be read), once that load is over."""
    from playwright.sync_api import Error
    try:
        return title in page.content()
    except Error:
        page.wait_for_load_state("load")
        return _shows(page, title)


def _list_page(port: int) -> str:
    """The page of /programs/ that lists the program."""
    for path in ["programs/"] + [f"programs/page/{n}/" for n in range(2, 400)]:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}") as r:
            if f"/programs/{SLUG}/" in r.read().decode():
                return path
    raise SystemExit(f"{SLUG} is on no page of /programs/")


def _wait(url: str, server: subprocess.Popen) -> None:
    while True:
        if server.poll() is not None:
            raise SystemExit("the server stopped")
        try:
            urllib.request.urlopen(url)
            return
        except OSError:
            time.sleep(0.5)


if __name__ == "__main__":
    main()
