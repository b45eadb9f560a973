"""The Atom feeds (features/feeds/feeds.py), read by a real feed reader's parser (feedparser): the
published updates and the programs open for applications, in each language, and nothing the
published site does not have."""
from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from lxml import etree

from stemhub.features.feeds import feeds
from stemhub.features.feeds.atom import ATOM
from tests.conftest import PROGRAM_FRONT, SiteFolder, days

HOSTILE = '<script>alert(1)</script> & ]]> "quotes" \'apos\' 👩‍🔬 Ünïcödé עברית'


def update(title: str, date: str, *extra: str) -> str:
    lines = [f"title: {title}", f"date: {date}", "summary: News & more <b>.", *extra]
    return "---\n" + "\n".join(lines) + "\n---\nText.\n"


def program(title: str, verified: str, *extra: str) -> str:
    front = PROGRAM_FRONT.replace("title: Robotics Club", f"title: {title}")
    front = front.replace("verified: 2026-10-01", f"verified: {verified}")
    return front.replace("---\n", "---\n" + "".join(f"{line}\n" for line in extra), 1)


@pytest.fixture
def news(site: SiteFolder) -> SiteFolder:
    site.write("content/updates/older.md", update("Older news", days(-30), "author: Ana Ruiz"))
    site.write("content/updates/newer.md", update("Newer news", days(-2)))
    site.write("content/updates/hostile.md",
               update("'" + HOSTILE.replace("'", "''") + "'", days(-10)))
    site.write("content/updates/newer.es.md", "---\ntitle: Noticias nuevas\n---\n")
    site.write("content/updates/tomorrow.md", update("Tomorrow's news", days(1)))
    site.write("content/updates/scheduled.md",
               update("Scheduled news", days(-1), f"publish_on: {days(3)}"))
    site.write("content/updates/draft.md", update("Draft news", days(-1), "draft: true"))
    site.write("content/programs/closed.md", program("Closed One", "2026-11-20",
                                                     f"deadline: {days(-1)}"))
    site.write("content/programs/full.md", program("Full One", "2026-11-21", "availability: full"))
    site.write("content/programs/hidden.md", program("Draft One", "2026-11-22", "draft: true"))
    site.write("content/programs/fresh.md", program("Fresh One", "2026-11-25"))
    return site


def parsed(out: Path, path: str):
    feed = feedparser.parse((out / path).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("extra", [(), ("--drafts",)])
def test_updates_feed_holds_the_published_updates_newest_first(news: SiteFolder, extra):
    out = news.built(*extra)
    feed = parsed(out, "feed.xml")
    assert feed.feed.title == "Updates · Test Network"
    assert feed.feed.id == "https://example.org/feed.xml"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {"self": "https://example.org/feed.xml",
                     "alternate": "https://example.org/updates/"}
    assert feed.feed.author == "Test Network"
    assert [e.title for e in feed.entries] == ["Newer news", HOSTILE, "Older news"]
    newer, _, older = feed.entries
    assert newer.id == newer.link == "https://example.org/updates/newer/"
    assert newer.summary == "News & more <b>."
    assert newer.summary_detail.type == "text/plain"
    assert newer.published == newer.updated == f"{days(-2)}T00:00:00-08:00"
    assert feed.feed.updated == newer.updated
    assert older.author == "Ana Ruiz" and "author" not in newer  # the feed's author


def test_a_scheduled_update_enters_the_feed_on_its_day(news: SiteFolder, tmp_path: Path):
    out = news.built(out=tmp_path / "later")
    assert "Scheduled news" not in (out / "feed.xml").read_text(encoding="utf-8")
    result = news.run("build", "--source", str(news.root), "--out", str(tmp_path / "day"),
                      "--today", days(3))
    assert result.code == 0, result.err
    titles = [e.title for e in parsed(tmp_path / "day", "feed.xml").entries]
    assert titles[:2] == ["Scheduled news", "Tomorrow's news"]
    scheduled = parsed(tmp_path / "day", "feed.xml").entries[0]
    assert scheduled.published == f"{days(3)}T00:00:00-08:00"


def test_each_language_has_its_feeds_with_its_text(news: SiteFolder):
    out = news.built()
    feed = parsed(out, "es/feed.xml")
    assert feed.feed.title == "Novedades · Test Network"
    assert feed.feed.language == "es"
    assert [e.title for e in feed.entries] == ["Noticias nuevas", HOSTILE, "Older news"]
    assert feed.entries[0].link == "https://example.org/es/updates/newer/"
    root = etree.fromstring((out / "es/feed.xml").read_bytes())
    langs = root.xpath("//a:entry/a:title/@xml:lang", namespaces={"a": ATOM})
    assert langs == ["en", "en"]  # the untranslated titles say they are English
    programs = parsed(out, "es/feeds/programs.xml")
    assert programs.feed.title == "Inscripciones abiertas · Test Network"
    assert programs.entries[0].link == "https://example.org/es/programs/fresh/"


def test_programs_feed_holds_programs_open_for_applications_newest_verified_first(
        news: SiteFolder):
    out = news.built("--drafts")
    feed = parsed(out, "feeds/programs.xml")
    assert feed.feed.title == "Open for applications · Test Network"
    links = {link.rel: link.href for link in feed.feed.links}
    assert links["alternate"] == "https://example.org/programs/"
    assert [e.title for e in feed.entries] == ["Fresh One", "Robotics Club"]
    fresh = feed.entries[0]
    assert fresh.updated == "2026-11-25T00:00:00-08:00" and "published" not in fresh
    assert fresh.summary == "Build and program robots after school."


def test_at_most_the_newest_entries(news: SiteFolder, monkeypatch):
    monkeypatch.setattr(feeds, "MOST", 2)
    out = news.built()
    assert [e.title for e in parsed(out, "feed.xml").entries] == ["Newer news", HOSTILE]
    assert len(parsed(out, "feeds/programs.xml").entries) == 2


def test_a_character_xml_cannot_carry_becomes_a_replacement(site: SiteFolder):
    site.write("content/updates/odd.md", update('"A\\uFFFEB\\uFFFF"', days(-1)))
    out = site.built()
    assert parsed(out, "feed.xml").entries[0].title == "A\ufffdB\ufffd"


def test_a_site_without_updates_has_an_empty_feed_dated_today(site: SiteFolder):
    feed = parsed(site.built(), "feed.xml")
    assert feed.entries == []
    assert feed.feed.updated == f"{days(0)}T00:00:00-08:00"


def test_every_page_links_its_languages_feeds(news: SiteFolder):
    out = news.built()
    for page, folder in (("index.html", "/"), ("es/programs/fresh/index.html", "/es/")):
        html = (out / page).read_text(encoding="utf-8")
        assert f'href="{folder}feed.xml"' in html
        assert f'href="{folder}feeds/programs.xml"' in html
