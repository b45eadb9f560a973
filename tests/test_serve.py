"""The dev server's rebuild: pages rewritten only when they change; problems shown, never quiet.
The real server answers only requests addressed to its own host and port."""
import asyncio
import base64
import http.client
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
import zlib
from datetime import date
from pathlib import Path

import pytest

from stemhub.options import Options
from stemhub.dev.devsite import DevSite
from tests.conftest import PARTNER, PROGRAM, SITE_YAML as SITE_YAML_TEXT, TODAY, SiteFolder

ROOT = Path(__file__).resolve().parent.parent


def dev_site(site: SiteFolder, tmp_path: Path, name: str = "dev") -> DevSite:
    out = tmp_path / name
    out.mkdir()
    return DevSite(Options(site.root, date(2026, 12, 1)), out, None, 8123)


def refresh(dev: DevSite) -> None:
    """A rebuild, then the search index (which the server makes in a thread after it)."""
    dev.rebuild()
    dev.index_problems = dev.index(dev.next_index())


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


EDITS = [  # (what, the file, its new text or None to delete it): each changes what search finds
    ("a new program", "content/programs/drone-lab.md",
     PROGRAM.replace("Robotics Club", "Drone Lab").replace("[engineering-manufacturing]",
                                                         "[aerospace]")),
    ("a translation added", "content/programs/robotics-club.es.md",
     "---\ntitle: Club de robótica\n---\nRobots los martes.\n"),
    ("a record broken", "content/programs/robotics-club.md", "---\ntitle: Robot Lab\n"),
    ("it fixed", "content/programs/robotics-club.md", PROGRAM),
]


def test_a_rebuild_and_its_search_index_equal_a_fresh_one_after_each_edit(site: SiteFolder,
                                                                         tmp_path: Path):
    """Whatever was kept, the folder, search index included, is byte for byte what a dev
    server started afresh on the same files writes, and so are the problems (every kind of
    edit, without the index: test_warm_equals_fresh.py)."""
    dev = dev_site(site, tmp_path)
    refresh(dev)
    for n, (what, rel, text) in enumerate(EDITS):
        if text is None:
            site.remove(rel)
        else:
            site.write(rel, text)
        dev.preview({str(site.root / rel)})  # whatever it wrote, the rebuild settles
        refresh(dev)
        fresh = dev_site(site, tmp_path, f"fresh-{n}")
        refresh(fresh)
        assert dev.problems == fresh.problems, what
        ours, theirs = tree(dev.folder), tree(fresh.folder)
        if any(p.severity == "error" for p in dev.problems):  # the last good pages stay,
            # and the search index has them: every other file is the fresh one's
            index = ("pagefind/", "search/ids.json", "es/search/ids.json")
            theirs = {k: v for k, v in theirs.items() if not k.startswith(index)}
            ours = {k: ours.get(k) for k in theirs}
        assert ours == theirs, what


PREVIEWS = [  # (what, the file, its new text or None to delete it, whether it is previewed)
    ("a title edited", "content/programs/robotics-club.md",
     PROGRAM.replace("Robotics Club", "Robotics Lab"), True),
    ("the body edited", "content/programs/robotics-club.md",
     PROGRAM.replace("Robots every Tuesday.", "Robots every **Thursday**."), True),
    ("a partner renamed", "content/partners/acme.yaml",
     PARTNER.replace("Acme Robotics", "Acme Robots"), True),
    ("a translation edited", "content/programs/robotics-club.es.md",
     "---\ntitle: Club de robots\n---\nLos jueves.\n", True),
    ("a new program", "content/programs/drone-lab.md",
     PROGRAM.replace("Robotics Club", "Drone Lab"), False),
    ("a record broken", "content/programs/robotics-club.md", "---\ntitle: Robot Lab\n", False),
    ("it fixed (after errors)", "content/programs/robotics-club.md", PROGRAM, False),
    ("a partner dropped", "content/programs/drone-lab.md",
     PROGRAM.replace("partner: acme", "partner: []"), False),
    ("a program deleted", "content/programs/drone-lab.md", None, False),
    ("site.yaml edited", "site.yaml", SITE_YAML_TEXT.replace("Test", "Tested"), False),
]


def test_a_preview_writes_what_the_rebuild_then_keeps(site: SiteFolder, tmp_path: Path):
    """preview.py's promise for a save that moves no record: the pages it renders at once are
    what the full rebuild that follows makes of them, so the rebuild changes none of them.
    A change a preview cannot make alone writes nothing."""
    site.write("content/programs/robotics-club.es.md", "---\ntitle: Club de robótica\n---\n")
    site.write("content/programs/zoo-lab.md", PROGRAM.replace("Robotics Club", "Zoo Lab"))
    dev = dev_site(site, tmp_path)
    refresh(dev)
    for what, rel, text, previewed in PREVIEWS:
        if text is None:
            site.remove(rel)
        else:
            site.write(rel, text)
        before = tree(dev.folder)
        made = dev.preview({str(site.root / rel)})
        now = tree(dev.folder)
        written = {k for k, v in now.items() if before.get(k) != v}
        refresh(dev)
        after = tree(dev.folder)
        assert (made is not None) == previewed, what
        assert bool(written) == bool(made), what
        assert {k: after.get(k) for k in written} == {k: now[k] for k in written}, what
        if previewed:
            page = {"a partner renamed": "partners/acme/index.html",
                    "a translation edited": "es/programs/robotics-club/index.html"}
            assert page.get(what, "programs/robotics-club/index.html") in written, what


def test_rebuild_rewrites_only_changed_pages(site: SiteFolder, tmp_path: Path):
    dev = dev_site(site, tmp_path)
    dev.rebuild()
    program = dev.folder / "programs/robotics-club/index.html"
    guides = dev.folder / "guides/index.html"
    assert "Robotics Club" in program.read_text()
    assert 'src="http://127.0.0.1:8123/_dev/reload.js"' in program.read_text()
    os.utime(guides, (1, 1))
    site.write("content/programs/robotics-club.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace("Robotics Club", "Robot Lab"))
    dev.rebuild()
    assert "Robot Lab" in program.read_text()
    assert guides.stat().st_mtime == 1  # unchanged page not rewritten


def test_problems_are_shown_and_drafts_built(site: SiteFolder, tmp_path: Path):
    site.write("content/programs/draft-one.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace(
        "verified: 2026-10-01", "verified: 2026-10-01\ndraft: true"))
    site.write("content/programs/broken.md", "---\ntitle: Broken\n---\n")
    dev = dev_site(site, tmp_path)
    dev.rebuild()
    assert any(p.severity == "error" for p in dev.problems)
    assert (dev.folder / "programs/draft-one/index.html").is_file()
    listing = (dev.folder / "_problems/index.html").read_text()
    assert "content/programs/broken.md:1: error: &#x27;cost&#x27; is required" in listing
    notice = dev.notice.decode()
    assert 'role="alertdialog"' in notice
    assert "<code>content/programs/broken.md:1</code>: &#x27;cost&#x27; is required" in notice
    assert "<mark>    1 | ---</mark>" in notice  # the line quoted
    assert "sh-overlay" not in (dev.folder / "index.html").read_text()  # added when served


def test_drafts_and_scheduled_updates_are_badged_on_every_page_served(site, tmp_path):
    site.write("content/programs/draft-one.md", PROGRAM.replace(
        "verified: 2026-10-01", "verified: 2026-10-01\ndraft: true"))
    news = "---\ntitle: {}\ndate: {}\nsummary: News.\n---\nText.\n"
    site.write("content/updates/january.md", news.format("January news", "2027-01-05"))
    site.write("content/updates/out.md", news.format("Out now", "2026-11-20"))
    dev = dev_site(site, tmp_path)
    dev.rebuild()
    assert not dev.problems
    notice = dev.notice.decode()
    found = json.loads(notice.split('id="sh-dev-badges">')[1].split("</script>")[0])
    assert found == [["/es/programs/draft-one/", "Draft"],
                     ["/es/updates/january/", "Scheduled for January 5, 2027"],
                     ["/programs/draft-one/", "Draft"],
                     ["/updates/january/", "Scheduled for January 5, 2027"]]
    assert '<script src="/_dev/badges.js"></script>' in notice
    home = (dev.folder / "index.html").read_text()
    assert 'href="/updates/january/"' in home  # the latest update: badged when served
    assert "sh-dev-badges" not in home


def test_search_index_follows_record_edits_only(site: SiteFolder, tmp_path: Path):
    dev = dev_site(site, tmp_path)
    refresh(dev)
    ids = dev.folder / "search/ids.json"
    first = ids.read_text()
    assert len(json.loads(first)) == 2  # the program and its partner
    os.utime(ids, (1, 1))
    site.write("content/pages/about.md", "---\ntitle: About\n---\nHello.\n")
    refresh(dev)
    assert ids.stat().st_mtime == 1  # no record page changed: Pagefind did not run
    site.write("content/programs/robotics-club.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace("Robotics Club", "Robot Lab"))
    refresh(dev)
    start = json.loads(ids.read_text())[0]
    [fragment] = (dev.folder / "pagefind/fragment").glob(f"en_{start}*.pf_fragment")
    assert "Robot Lab" in zlib.decompress(fragment.read_bytes(), wbits=31).decode()


def test_a_new_translation_shows_in_its_language_and_the_search_reindexes(site, tmp_path):
    dev = dev_site(site, tmp_path)
    refresh(dev)
    page = dev.folder / "es/programs/robotics-club/index.html"
    assert "sh-untranslated" in page.read_text()
    english = (dev.folder / "programs/robotics-club/index.html").stat().st_mtime
    site.write("content/programs/robotics-club.es.md", "---\ntitle: Club de robótica\n---\n")
    refresh(dev)
    assert "<h1>Club de robótica</h1>" in page.read_text()
    assert "sh-untranslated" not in page.read_text()
    assert (dev.folder / "programs/robotics-club/index.html").stat().st_mtime == english
    start = json.loads((dev.folder / "es/search/ids.json").read_text())[0]
    [fragment] = (dev.folder / "pagefind/fragment").glob(f"es_{start}*.pf_fragment")
    assert "Club de robótica" in zlib.decompress(fragment.read_bytes(), wbits=31).decode()


# --- the real server: it answers only its own host (content-model.md, "Edge rules") ------------

DRAFT = PROGRAM.replace("title: Robotics Club", "title: Secret Draft Lab").replace(
    "verified: 2026-10-01", "verified: 2026-10-01\ndraft: true")
OWN_HOSTS = ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"]
OTHER_HOSTS = ["evil.example", "evil.example:{port}", "127.0.0.1:1", "127.0.0.1", "localhost",
               "localhost.:{port}", "[::1]:{port}"]
WEBSOCKET = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Version": "13",
             "Sec-WebSocket-Key": base64.b64encode(b"0123456789abcdef").decode()}


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory):
    """`stemhub serve` on a free port of 127.0.0.1, over a site with a draft, once its first
    search index is made; yields the port."""
    site = SiteFolder(tmp_path_factory.mktemp("serve") / "src")
    site.write("content/programs/secret-draft-lab.md", DRAFT)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = site.root.parent / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "stemhub", "serve", "--source", str(site.root), "--today",
             TODAY, "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:  # the pages, then the search index (made after them, on a thread)
                if get(port, "/search/ids.json", f"127.0.0.1:{port}")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def get(port: int, path: str, host: str, headers: dict | None = None) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": host, **(headers or {})})
        response = conn.getresponse()
        return response.status, "" if response.status == 101 else response.read().decode()
    finally:
        conn.close()


@pytest.mark.parametrize("path, status, text", [
    ("/", 200, "Test Network"),
    ("/programs/secret-draft-lab/", 200, "Secret Draft Lab"),
    ("/_problems/", 200, "Problems"),
    ("/search/ids.json", 200, "["),
    ("/_dev/reload.js", 200, "WebSocket"),
    ("/_dev/reload", 101, ""),  # the websocket handshake
    ("/no/such/page/", 404, ""),
])
def test_the_dev_server_answers_only_its_own_host(dev_server, path, status, text):
    headers = WEBSOCKET if path == "/_dev/reload" else None
    for host in OWN_HOSTS:
        got, body = get(dev_server, path, host.format(port=dev_server), headers)
        assert (got, text in body) == (status, True), host
    for host in OTHER_HOSTS:
        got, body = get(dev_server, path, host.format(port=dev_server), headers)
        assert got == 403, host
        assert "Secret Draft Lab" not in body and "LiveReload" not in body, host


# --- the real server: errors over the page, reload, and nothing outside its folder ----------

def start_server(root: Path, log: Path) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "stemhub", "serve", "--source", str(root), "--today",
             TODAY, "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT, stdout=out, stderr=out)
    wait_for(lambda: get(port, "/", f"127.0.0.1:{port}")[0] == 200, proc, log)
    return proc, port


def wait_for(test, proc: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        assert proc.poll() is None, log.read_text()
        try:
            if test():
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.1)


@pytest.fixture
def live(site: SiteFolder):
    proc, port = start_server(site.root, site.root.parent / "serve.log")
    try:
        yield proc, port
    finally:
        proc.terminate()
        proc.wait(10)


def test_errors_show_over_the_page_and_go_when_fixed(site: SiteFolder, live):
    proc, port = live
    log = site.root.parent / "serve.log"
    page = "/programs/robotics-club/"
    host = f"127.0.0.1:{port}"
    assert "sh-overlay" not in get(port, page, host)[1]
    site.write("content/programs/robotics-club.md", PROGRAM_FRONT_UNCLOSED)
    wait_for(lambda: "sh-overlay" in get(port, page, host)[1], proc, log)
    body = get(port, page, host)[1]
    assert "<code>content/programs/robotics-club.md:1</code>" in body
    assert "<mark>    1 | ---</mark>" in body and "title: Robotics &lt;Club&gt;" in body
    assert "Robots every Tuesday." in body  # the last good page under it
    assert get(port, "/_dev/overlay.js", host)[0] == 200
    site.write("content/programs/robotics-club.md", PROGRAM)
    wait_for(lambda: "sh-overlay" not in get(port, page, host)[1], proc, log)
    assert proc.poll() is None


def test_a_page_is_never_answered_not_modified(dev_server):
    """Its file is rewritten in place after a save: a reloading browser's cached copy is never
    confirmed (304), even within the same second."""
    host = f"127.0.0.1:{dev_server}"
    got, body = get(dev_server, "/", host, {"If-None-Match": "*",
                                            "If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"})
    assert got == 200 and "Test Network" in body


def test_the_reload_websocket_answers_only_pages_of_its_origin(dev_server):
    host = f"127.0.0.1:{dev_server}"
    for origin, status in ((f"http://{host}", 101), ("http://evil.example", 403)):
        got, _ = get(dev_server, "/_dev/reload", host, {**WEBSOCKET, "Origin": origin})
        assert got == status, origin


PROGRAM_FRONT_UNCLOSED = PROGRAM.replace("Robotics Club", "Robotics <Club>").replace(
    "verified: 2026-10-01\n---\n", "verified: 2026-10-01\n")


def test_a_save_tells_the_browser_to_reload(site: SiteFolder, live):
    from tornado.websocket import websocket_connect
    proc, port = live

    async def told() -> dict:
        ws = await websocket_connect(f"ws://127.0.0.1:{port}/_dev/reload")
        site.write("content/programs/robotics-club.md",
                   PROGRAM.replace("Robotics Club", "Robot Lab"))
        message = await ws.read_message()
        ws.close()
        return {"message": message}

    # In a thread of its own, with its own event loop: the browser tests' Playwright keeps one
    # running in this thread for the whole session.
    found: dict = {}
    client = threading.Thread(target=lambda: found.update(
        asyncio.run(asyncio.wait_for(told(), timeout=30))))
    client.start()
    client.join(40)
    message = found
    assert message["message"] == "reload"
    assert "Robot Lab" in get(port, "/programs/robotics-club/", f"127.0.0.1:{port}")[1]


@pytest.mark.parametrize("path", ["/../../etc/passwd", "/..%2f..%2fetc/passwd",
                                  "/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd"])
def test_nothing_outside_the_site_is_served(dev_server, path):
    with socket.create_connection(("127.0.0.1", dev_server), timeout=10) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{dev_server}\r\n"
                  "Connection: close\r\n\r\n".encode())
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    status = int(answer.split(b" ", 2)[1])
    assert status in (400, 403, 404), answer[:200]
    assert b"root:" not in answer


def test_the_watcher_sees_a_save_an_added_folder_and_nothing_else(site: SiteFolder):
    from stemhub.dev.watch import changes
    root, stop, batches = site.root.resolve(), threading.Event(), queue.Queue()

    def watching():
        for batch in changes(site.root, stop):
            batches.put(batch)
        batches.put(None)  # stop ended it

    thread = threading.Thread(target=watching)
    thread.start()
    try:
        time.sleep(0.5)  # watching
        site.write("notes.txt", "not an input of the site")
        site.write("content/programs/robotics-club.md", PROGRAM.replace("Robotics", "Robot"))
        assert batches.get(timeout=10) == {str(root / "content/programs/robotics-club.md")}
        x = str(root / "templates/partials/x.html")
        site.write("templates/partials/x.html", "x")  # a new folder, then a file in it
        added = batches.get(timeout=10)  # the file itself may be made before the kernel
        # watches its new folder: the folder's notice is enough, as any batch makes a
        # rebuild that reads the whole site folder again
        assert added and added <= {x, str(root / "templates"), str(root / "templates/partials")}
        site.write("templates/partials/x.html", "a longer text")
        assert batches.get(timeout=10) == {x}
    finally:
        stop.set()
        thread.join(10)
    assert batches.get(timeout=1) is None