"""sitemap.xml (outputs/sitemap.py, site/public.py), validated with lxml against the sitemaps.org
schema (tests/xsd/sitemap.xsd, as published) and the XHTML link element Google reads for the
pages' languages (tests/xsd/xhtml-link.xsd, written for these tests); and robots.txt."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from stemhub.outputs import sitemap
from tests.conftest import SiteFolder, days
from tests.test_feeds import program, update

XSD = Path(__file__).parent / "xsd"
NS = {"s": sitemap.SITEMAP, "x": sitemap.XHTML}
ROOT = "https://example.org/"


def schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD / name)))


def valid(path: Path, name: str = "sitemap-hreflang.xsd") -> etree._Element:
    tree = etree.parse(str(path))
    checker = schema(name)
    assert checker.validate(tree), checker.error_log
    return tree.getroot()


def entries(root: etree._Element) -> dict[str, etree._Element]:
    """loc -> its url element; a loc listed twice fails."""
    locs = root.xpath("s:url/s:loc/text()", namespaces=NS)
    assert len(locs) == len(set(locs))
    return dict(zip(locs, root.xpath("s:url", namespaces=NS)))


def lastmod(url: etree._Element) -> str | None:
    found = url.xpath("s:lastmod/text()", namespaces=NS)
    return found[0] if found else None


def pages(out: Path) -> set[str]:
    """The absolute URL of every HTML page of the output but 404.html."""
    folders = {p.parent.relative_to(out).as_posix() for p in out.rglob("index.html")}
    return {ROOT if folder == "." else f"{ROOT}{folder}/" for folder in folders}


@pytest.fixture
def mixed(site: SiteFolder) -> SiteFolder:
    site.write("content/programs/old.md", program("Old One", "2026-06-01"))
    site.write("content/programs/hidden.md", program("Draft One", "2026-11-22", "draft: true"))
    site.write("content/guides/how.md", "---\ntitle: How\nsummary: How to.\naudience: families\n"
               "updated: 2026-09-09\n---\nText.\n")
    site.write("content/updates/news.md", update("News", days(-5), f"publish_on: {days(-1)}"))
    site.write("content/updates/later.md", update("Later", days(2)))
    site.write("content/pages/about.md", "---\ntitle: About\n---\nUs.\n")
    return site


@pytest.mark.parametrize("extra", [(), ("--drafts",)])
def test_every_public_page_of_every_language_once_and_valid(mixed: SiteFolder, extra):
    out = mixed.built(*extra)
    listed = entries(valid(out / "sitemap.xml"))
    built = pages(out)
    assert (ROOT + "programs/hidden/" in built) == bool(extra)  # drafts built, never listed
    public = {url for url in built if "/hidden/" not in url and "/later/" not in url
              and not url.endswith("/flyer/")}  # flyers: noindex
    assert ROOT + "programs/old/flyer/" in built
    assert set(listed) == public
    assert ROOT + "es/programs/robotics-club/" in listed and ROOT + "search/" in listed
    assert not [url for url in listed if "404" in url or "admin" in url]


def test_lastmod_is_the_date_the_records_give(mixed: SiteFolder):
    listed = entries(valid(mixed.built("--drafts") / "sitemap.xml"))
    want = {"programs/robotics-club/": "2026-10-01", "es/programs/old/": "2026-06-01",
            "partners/acme/": "2026-10-01", "guides/how/": "2026-09-09",
            "updates/news/": days(-1),  # published on its publish_on day
            "programs/": "2026-10-01", "updates/": days(-1), "browse/grade/7/": "2026-10-01",
            "pathways/engineering-manufacturing/": "2026-10-01",
            "": None, "about/": None, "search/": None, "browse/": None, "glossary/": None}
    assert {path: lastmod(listed[ROOT + path]) for path in want} == want


def test_each_page_names_its_version_in_every_language(mixed: SiteFolder):
    listed = entries(valid(mixed.built() / "sitemap.xml"))
    for loc in (ROOT + "programs/old/", ROOT + "es/programs/old/"):
        links = listed[loc].xpath("x:link", namespaces=NS)
        assert [(a.get("rel"), a.get("hreflang"), a.get("href")) for a in links] == [
            ("alternate", "en", ROOT + "programs/old/"),
            ("alternate", "es", ROOT + "es/programs/old/"),
            ("alternate", "x-default", ROOT + "programs/old/")]


def test_one_language_has_no_alternates(site: SiteFolder):
    site.write("site.yaml", (site.root / "site.yaml").read_text().replace("[en, es]", "[en]"))
    text = (site.built() / "sitemap.xml").read_text(encoding="utf-8")
    assert "xhtml" not in text
    valid(site.built() / "sitemap.xml", "sitemap.xsd")


def test_a_big_site_gets_an_index_of_sitemaps(mixed: SiteFolder, monkeypatch):
    whole = entries(valid(mixed.built(out=mixed.root.parent / "whole") / "sitemap.xml"))
    monkeypatch.setattr(sitemap, "MOST", 40)
    out = mixed.built()
    index = valid(out / "sitemap.xml", "siteindex.xsd")
    parts = index.xpath("s:sitemap/s:loc/text()", namespaces=NS)
    assert parts == [f"{ROOT}sitemap/{n}.xml" for n in range(1, len(parts) + 1)]
    assert len(parts) == -(-len(whole) // 40)
    found = {}
    for part in parts:
        found.update(entries(valid(out / part.removeprefix(ROOT))))
    assert set(found) == set(whole)
    dates = index.xpath("s:sitemap/s:lastmod/text()", namespaces=NS)
    assert max(dates) == days(-1)


def test_the_schema_refuses_what_the_protocol_does_not_allow():
    bad = (f'<urlset xmlns="{sitemap.SITEMAP}" xmlns:x="{sitemap.XHTML}"><url>'
           '<loc>https://example.org/</loc><x:link rel="alternate" hreflang="en"/></url></urlset>')
    assert not schema("sitemap-hreflang.xsd").validate(etree.fromstring(bad))


def test_robots_allows_everything_and_names_the_sitemap(site: SiteFolder):
    robots = (site.built() / "robots.txt").read_text(encoding="utf-8")
    assert robots == "User-agent: *\nDisallow:\n\nSitemap: https://example.org/sitemap.xml\n"


def test_robots_keeps_crawlers_out_of_admin_under_the_base_path(site: SiteFolder):
    site.write("site.yaml", (site.root / "site.yaml").read_text().replace(
        "https://example.org/", "https://example.org/stem/")
        + "repository:\n  url: https://github.com/example/stem\n")
    out = site.built()
    assert (out / "admin/index.html").is_file()
    assert (out / "robots.txt").read_text(encoding="utf-8") == (
        "User-agent: *\nDisallow: /stem/admin/\n\n"
        "Sitemap: https://example.org/stem/sitemap.xml\n")
    locs = entries(valid(out / "sitemap.xml"))
    assert "https://example.org/stem/programs/robotics-club/" in locs
    assert not [url for url in locs if "admin" in url]
