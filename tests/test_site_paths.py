"""Site paths in the output (content-model.md, "Edge rules": base_url): every internal link is
root-relative under the base path, canonical and Open Graph URLs are absolute, --base-url wins
over site.yaml, and every internal link of the built sample site leads to a file and an id."""
from __future__ import annotations

import contextlib
import io
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock
from urllib.parse import unquote, urlsplit

from stemhub.cli import main
from stemhub.options import NO_SEARCH_INDEX
from tests.conftest import SITE_YAML, TODAY, SiteFolder
from tests.rulekit import PROG, partner, program

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


class Refs(HTMLParser):
    """Every href/src/action of a page, its ids, and its canonical and og:url."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.ids: set[str] = set()
        self.canonical: list[str] = []
        self.og_url: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("href", "src", "action"):
            if a.get(name) is not None:
                self.refs.append((tag, name, a[name]))
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical.append(a.get("href"))
        if tag == "meta" and a.get("property") == "og:url":
            self.og_url.append(a.get("content"))

    handle_startendtag = handle_starttag


def parse(path: Path) -> Refs:
    p = Refs()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def html_files(out: Path) -> list[Path]:
    files = sorted(out.rglob("*.html"))
    assert files, f"no pages in {out}"
    return files


def is_internal(value: str) -> bool:
    return not _SCHEME.match(value) and not value.startswith("//")


def page_url(out: Path, path: Path) -> str:
    """The site path of a built file without the base path: '' home, 'programs/x/', '404.html'."""
    rel = path.relative_to(out).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def build(site_root: Path, out: Path, *extra: str, search_index: bool = False) -> None:
    """Build, without Pagefind unless search_index (the search page links its files: the tests
    that resolve every link build with it)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()), \
            mock.patch.dict(os.environ, {NO_SEARCH_INDEX: "0" if search_index else "1"}):
        code = main(["build", "--source", str(site_root), "--out", str(out), "--today", TODAY,
                     *extra])
    assert code == 0, err.getvalue()


def rich_site(site: SiteFolder, base_url: str = "https://org.example.org/stem/") -> None:
    """A small site that uses every kind of internal link: nav pages, logo, static image,
    Markdown site links with fragments, pagination."""
    site.write("site.yaml", SITE_YAML.replace("https://example.org/", base_url))
    site.write("content/partners/logos/acme.png", PNG)
    site.write("content/partners/acme.yaml", partner(logo="logos/acme.png"), dedent=False)
    site.write("static/img/map.png", PNG)
    site.write("static/docs/flyer.pdf", b"%PDF-1.4\n")
    site.write("content/guides/field-trips.md",
               "---\ntitle: Field trips\nsummary: How to host one.\naudience: [partners]\n"
               "updated: 2026-11-01\n---\n## Before the visit\n\nPlan.\n\n## After\n\nThanks.\n",
               dedent=False)
    site.write("content/pages/about.md",
               "---\ntitle: About\nnav: 1\n---\nSee [the guide](/guides/field-trips/#after), "
               "[programs](/programs/), [search](/search/?q=robots), [flyer](/static/docs/flyer.pdf)"
               " and [top](#about-us).\n\n## About us\n\n![Map](/static/img/map.png)\n",
               dedent=False)
    site.write("content/updates/launch.md",
               "---\ntitle: Launch\ndate: 2026-11-20\nsummary: We launched.\n---\n"
               "Read [before the visit](/guides/field-trips/#before-the-visit).\n", dedent=False)
    site.write(PROG, program(body="Ask [Acme](/partners/acme/) or read [about](/about/).\n"),
               dedent=False)
    for i in range(21):
        site.write(f"content/programs/extra-{i:02d}.md", program(title=f"Extra {i:02d}"),
                   dedent=False)


def assert_all_internal_under(out: Path, base_path: str) -> int:
    bad, checked = [], 0
    for path in html_files(out):
        for tag, attr, value in parse(path).refs:
            if not is_internal(value) or value.startswith("#"):
                continue
            checked += 1
            if not value.startswith(base_path):
                bad.append(f"{path.relative_to(out)}: <{tag} {attr}={value!r}>")
    assert bad == []
    return checked


def test_internal_links_start_with_base_path(site: SiteFolder, tmp_path: Path):
    rich_site(site)
    out = tmp_path / "out"
    build(site.root, out)
    checked = assert_all_internal_under(out, "/stem/")
    assert checked > 100
    about = (out / "about/index.html").read_text(encoding="utf-8")
    assert 'href="/stem/guides/field-trips/#after"' in about
    assert 'src="/stem/static/img/map.png"' in about
    assert 'href="/stem/static/docs/flyer.pdf"' in about
    assert 'src="/stem/assets/logos/acme.png"' in (out / "partners/acme/index.html").read_text()
    assert 'href="/stem/static/style.css"' in about
    assert 'href="/stem/programs/page/2/"' in (out / "programs/index.html").read_text()


def test_no_output_file_under_base_path_folder(site: SiteFolder, tmp_path: Path):
    """The output folder holds the site at its root; the path is where the host mounts it."""
    rich_site(site)
    out = tmp_path / "out"
    build(site.root, out)
    assert (out / "index.html").is_file()
    assert (out / "programs/robotics-club/index.html").is_file()
    assert not (out / "stem").exists()


def test_canonical_and_og_url_absolute(site: SiteFolder, tmp_path: Path):
    rich_site(site)
    out = tmp_path / "out"
    build(site.root, out)
    for path in html_files(out):
        refs = parse(path)
        want = "https://org.example.org/stem/" + page_url(out, path)
        assert refs.canonical == [want], path
        assert refs.og_url == [want], path
    home = parse(out / "index.html")
    assert home.canonical == ["https://org.example.org/stem/"]
    prog = parse(out / "programs/robotics-club/index.html")
    assert prog.og_url == ["https://org.example.org/stem/programs/robotics-club/"]


def test_base_url_without_trailing_slash_read_as_ending_with_slash(site: SiteFolder,
                                                                    tmp_path: Path):
    rich_site(site, base_url="https://org.example.org/stem")
    out = tmp_path / "out"
    build(site.root, out)
    assert_all_internal_under(out, "/stem/")
    prog = parse(out / "programs/robotics-club/index.html")
    assert prog.canonical == ["https://org.example.org/stem/programs/robotics-club/"]


def test_base_url_option_overrides_site_yaml(site: SiteFolder, tmp_path: Path):
    rich_site(site)  # site.yaml says https://org.example.org/stem/
    out = tmp_path / "out"
    build(site.root, out, "--base-url", "https://other.example.net/hub/")
    assert_all_internal_under(out, "/hub/")
    for path in html_files(out):
        text = path.read_text(encoding="utf-8")
        assert "/stem/" not in text, path
        assert "org.example.org" not in text, path
    prog = parse(out / "programs/robotics-club/index.html")
    assert prog.canonical == ["https://other.example.net/hub/programs/robotics-club/"]
    assert prog.og_url == ["https://other.example.net/hub/programs/robotics-club/"]


def test_base_url_option_to_root(site: SiteFolder, tmp_path: Path):
    rich_site(site)
    out = tmp_path / "out"
    build(site.root, out, "--base-url", "https://other.example.net/")
    for path in html_files(out):
        for tag, attr, value in parse(path).refs:
            assert not value.startswith("/stem/"), (path, value)
    about = (out / "about/index.html").read_text(encoding="utf-8")
    assert 'href="/guides/field-trips/#after"' in about
    assert parse(out / "index.html").canonical == ["https://other.example.net/"]


# --- every internal link resolves --------------------------------------------------------

def resolve_all(out: Path, base_path: str) -> tuple[int, list[str]]:
    pages = {page_url(out, p): parse(p) for p in html_files(out)}
    broken, checked = [], 0
    for url, refs in pages.items():
        for tag, attr, value in refs.refs:
            if not is_internal(value):
                continue
            checked += 1
            parts = urlsplit(value)
            path, fragment = unquote(parts.path), unquote(parts.fragment)
            where = f"/{url} <{tag} {attr}={value!r}>"
            if not path:  # '#fragment' on the same page
                target = url
            else:
                if not path.startswith(base_path):
                    broken.append(f"{where}: not under {base_path}")
                    continue
                target = path[len(base_path):]
                file = out / (target + "index.html" if target == "" or target.endswith("/")
                              else target)
                if not file.is_file():
                    broken.append(f"{where}: no file {file.relative_to(out)}")
                    continue
                if not file.name.endswith(".html"):
                    if fragment:
                        broken.append(f"{where}: fragment on a file")
                    continue
                target = page_url(out, file)
            if fragment and fragment not in pages[target].ids:
                broken.append(f"{where}: no id {fragment!r} on /{target}")
    return checked, broken


def test_sample_site_every_internal_link_resolves(sample_out: Path):
    checked, broken = resolve_all(sample_out, "/")
    assert broken == []
    assert checked > 1000


def test_sample_site_under_base_path_every_internal_link_resolves(sample_sub_out: Path):
    out = sample_sub_out
    assert_all_internal_under(out, "/stem/")
    checked, broken = resolve_all(out, "/stem/")
    assert broken == []
    assert checked > 1000


def test_inline_site_every_internal_link_resolves(site: SiteFolder, tmp_path: Path):
    rich_site(site)
    out = tmp_path / "out"
    build(site.root, out, search_index=True)
    checked, broken = resolve_all(out, "/stem/")
    assert broken == []
    assert checked > 100

