"""The language mirror (content-model.md, URLs and Translations): every other language of
site.yaml mirrors the whole site under /<lang>/, records in their translation's text where one
gives it, the interface in the language's catalog, and links and search in the language."""
from __future__ import annotations

import json
import os
import re
import subprocess

from tests.conftest import PROGRAM_FRONT, days

TRANSLATION = """\
---
title: Club de robótica
summary: Construye y programa robots después de clases.
---
## Cada martes

Robots cada martes. Vea [la guía](/guides/how-to-apply/#antes-de-aplicar).
"""
GUIDE = """\
---
title: How to apply
summary: Step by step.
audience: [families]
updated: 2026-11-01
---
## Before applying

Read this. See the [club](/programs/robotics-club/) and the [flyer](/static/flyer.pdf).
"""
GUIDE_ES = """\
---
title: Cómo aplicar
---
## Antes de aplicar

Lea esto.
"""


def mirrored(site, **files):
    write_mirrored(site, **files)
    return site.built()


def write_mirrored(site, **files):
    site.write("site.yaml", site.root.joinpath("site.yaml").read_text()
               .replace("languages: [en, es]", "languages: [en, es, vi]"))
    site.write("content/programs/robotics-club.md",
               PROGRAM_FRONT.replace("verified:", f"deadline: {days(40)}\nverified:")
               + "## Every Tuesday\n\nRobots every Tuesday.\n")
    site.write("content/programs/robotics-club.es.md", TRANSLATION)
    site.write("content/guides/how-to-apply.md", GUIDE)
    site.write("content/guides/how-to-apply.es.md", GUIDE_ES)
    site.write("static/flyer.pdf", b"%PDF-1.4\n")
    for rel, text in files.items():
        site.write(rel, text)


def head(html: str) -> str:
    return html.split("<body", 1)[0]


def test_every_page_is_mirrored_in_every_other_language(site):
    out = mirrored(site)
    first = {p.relative_to(out).as_posix() for p in out.rglob("*.html")
             if p.relative_to(out).parts[0] not in ("es", "vi")}
    for lang in ("es", "vi"):
        assert {p.relative_to(out / lang).as_posix() for p in (out / lang).rglob("*.html")} \
            == first
    assert {"index.html", "programs/robotics-club/index.html", "search/index.html",
            "browse/index.html", "guides/how-to-apply/index.html"} <= first


def test_a_translated_page_is_in_its_language(site):
    out = mirrored(site)
    page = (out / "es/programs/robotics-club/index.html").read_text("utf-8")
    assert '<html lang="es" dir="ltr">' in page
    assert '<h1>Club de robótica</h1>' in page
    assert "Construye y programa robots" in page
    assert ">Programas</a>" in page  # the interface, from the Spanish catalog
    day = (out / "es/programs/robotics-club/index.html").read_text("utf-8")
    assert re.search(r"\d{1,2} de [a-z]+ de 20\d\d", day)  # a Spanish date
    assert "sh-untranslated" not in page
    assert "Every Tuesday" not in page  # the translation's body, not the original's
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
    assert data["url"] == "https://example.org/es/programs/robotics-club/"
    assert data["name"] == "Club de robótica"


def test_facts_come_from_the_original(site):
    out = mirrored(site)
    page = (out / "es/programs/robotics-club/index.html").read_text("utf-8")
    assert re.search("6[-–\u2011]8", page)  # grades: a fact, not translatable
    assert "/es/partners/acme/" in page


def test_an_untranslated_record_has_its_page_with_a_note(site):
    out = mirrored(site)
    page = (out / "vi/programs/robotics-club/index.html").read_text("utf-8")
    assert '<html lang="vi" dir="ltr">' in page
    assert '<h1 lang="en">Robotics Club</h1>' in page
    assert 'class="sh-lede" lang="en">Build and program robots' in page
    assert 'sh-notice sh-untranslated' in page
    guide = (out / "es/guides/how-to-apply/index.html").read_text("utf-8")
    assert 'lang="en"' not in guide.split('<main', 1)[1].split('class="sh-lede"')[0]
    assert 'class="sh-lede" lang="en">Step by step.' in guide  # not translated: marked


def test_the_untranslated_note_is_in_the_readers_language(site):
    out = mirrored(site)
    page = (out / "es/partners/acme/index.html").read_text("utf-8")
    note = re.search(r'<p class="sh-notice sh-untranslated">([^<]*)</p>', page).group(1)
    assert "español" in note and "inglés" in note


def test_head_names_every_language_and_the_switcher_keeps_the_record(site):
    out = mirrored(site)
    page = (out / "es/programs/robotics-club/index.html").read_text("utf-8")
    for lang, path in (("en", ""), ("es", "es/"), ("vi", "vi/"), ("x-default", "")):
        assert (f'<link rel="alternate" hreflang="{lang}" '
                f'href="https://example.org/{path}programs/robotics-club/">') in head(page)
    switcher = re.search(r'<nav class="sh-languages".*?</nav>', page, re.S).group(0)
    names = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+"[^>]*>([^<]+)</a>',
                       switcher)
    assert names == [("/programs/robotics-club/", "en", "English"),
                     ("/es/programs/robotics-club/", "es", "Español"),
                     ("/vi/programs/robotics-club/", "vi", "Tiếng Việt")]
    assert 'aria-current="page">Español' in switcher


def test_one_language_sites_have_no_switcher(site):
    site.write("site.yaml", site.root.joinpath("site.yaml").read_text()
               .replace("languages: [en, es]", "languages: [en]"))
    out = site.built()
    page = (out / "programs/robotics-club/index.html").read_text("utf-8")
    assert "sh-languages" not in page and "hreflang" not in page
    assert not (out / "es").exists()


def test_links_in_a_mirror_stay_in_its_language_and_files_do_not(site):
    out = mirrored(site)
    vi = (out / "vi/guides/how-to-apply/index.html").read_text("utf-8")
    assert 'href="/vi/programs/robotics-club/"' in vi  # the original's body, under /vi/
    assert 'href="/static/flyer.pdf"' in vi
    assert 'href="/vi/programs/"' in vi  # the header
    assert 'href="/static/style.css"' in vi
    es = (out / "es/programs/robotics-club/index.html").read_text("utf-8")
    assert 'href="/es/guides/how-to-apply/#antes-de-aplicar"' in es
    en = (out / "guides/how-to-apply/index.html").read_text("utf-8")
    assert 'href="/programs/robotics-club/"' in en


def test_a_fragment_is_checked_on_the_target_page_in_its_language(site):
    site.write("content/pages/about.md", "---\ntitle: About\n---\n"
               "See [before](/guides/how-to-apply/#before-applying).\n")
    write_mirrored(site)  # en: the heading is there; es: the guide is translated
    r = site.check()
    assert r.problems == [
        "content/pages/about.md:4: error: the link /guides/how-to-apply/#before-applying "
        "leads to no heading 'before-applying' on /es/guides/how-to-apply/, the Spanish page, "
        "whose headings are translated; translate this page too, linking to that page's own "
        "heading, or leave out '#before-applying'"]


def test_a_translations_broken_fragment_is_an_error_at_its_line(site):
    mirrored(site)
    site.write("content/programs/robotics-club.es.md",
               TRANSLATION.replace("#antes-de-aplicar", "#before-applying"))
    r = site.check()
    assert r.problems == [
        "content/programs/robotics-club.es.md:7: error: the link "
        "/guides/how-to-apply/#before-applying leads to no heading 'before-applying' on "
        "/es/guides/how-to-apply/"]


def test_search_data_is_per_language(site):
    site.search_index = True
    out = mirrored(site)
    es_cards = (out / "es/search/cards/0.json").read_text("utf-8")
    assert "Club de robótica" in es_cards and "/es/programs/robotics-club/" in es_cards
    assert "Club de robótica" not in (out / "search/cards/0.json").read_text("utf-8")
    page = (out / "es/search/index.html").read_text("utf-8")
    assert 'data-data="/es/search/"' in page
    entry = json.loads((out / "pagefind/pagefind-entry.json").read_text("utf-8"))
    assert set(entry["languages"]) == {"en", "es", "vi"}
    ids = json.loads((out / "es/search/ids.json").read_text("utf-8"))
    assert len(ids) == len(json.loads((out / "search/ids.json").read_text("utf-8"))) > 0
    assert all(ids)


def test_featured_programs_without_a_translation_are_warned_about(site):
    mirrored(site)
    site.write("content/programs/robotics-club.md",
               site.root.joinpath("content/programs/robotics-club.md").read_text()
               .replace("cost: free", "cost: free\nfeatured: true"))
    r = site.check()
    assert r.problems == [
        "content/programs/robotics-club.md:9:11: warning: featured: this program is on the home "
        "page but has no Vietnamese translation; add content/programs/robotics-club.vi.md"]


def git(root, *args, when="2026-11-01T00:00:00"):
    subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@e.org",
                    *args], check=True, capture_output=True,
                   env={**os.environ, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_DATE": when})


def test_a_translation_older_than_its_original_is_warned_about_in_a_git_checkout(site):
    mirrored(site)
    git(site.root, "init", "-q")
    git(site.root, "add", ".")
    git(site.root, "commit", "-qm", "first", when="2026-01-01T00:00:00")
    assert site.check().problems == []
    site.write("content/programs/robotics-club.md",
               site.root.joinpath("content/programs/robotics-club.md").read_text() + "More.\n")
    assert site.check().problems == [  # changed, not yet committed: changed now
        "content/programs/robotics-club.es.md:1: warning: content/programs/robotics-club.md "
        "changed after this translation did; check that the translation still says the same "
        "and update it"]
    git(site.root, "commit", "-qam", "more")
    assert len(site.check().problems) == 1
    site.write("content/programs/robotics-club.es.md", TRANSLATION + "Más.\n")
    assert site.check().problems == []


def test_workers_build_the_mirror_as_one_process_does(site, monkeypatch):
    one = mirrored(site)
    monkeypatch.setattr("stemhub.parallel.MIN_ITEMS", 1)  # records and pages cross to workers
    many = site.built(out=site.root.parent / "many")
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(many) for p in many.rglob("*") if p.is_file())
    for rel in files:
        if rel.parts[0] != "pagefind" and rel.name != "ids.json":
            assert (one / rel).read_bytes() == (many / rel).read_bytes(), rel
