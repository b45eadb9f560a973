"""Site texts per language, and text in another language than its page's marked with its lang
(content-model.md, "Site texts in every language")."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from stemhub.render import i18n, marks
from tests.conftest import PROGRAM, SiteFolder

O, S, C = i18n.OPEN, i18n.SEP, i18n.CLOSE


def en(text: str) -> str:
    """text as _() marks English on a page in another language."""
    return f"{O}en{S}{text}{C}"


# --- rules ------------------------------------------------------------------------------------

@pytest.mark.parametrize("yaml, problem", [
    ("title:\n  en: Test Network\n  fr: Réseau\n",
     "site.yaml:3:3: error: title.fr: 'fr' is not in languages (en, es); add the language to "
     "languages or remove this text"),
    ("title:\n  en: Test Network\n  xx: Réseau\n",
     "site.yaml:3:3: error: title.xx: 'xx' is not in languages (en, es); add the language to "
     "languages or remove this text"),
    ("title: {es: Red de Prueba}\n",
     "site.yaml:1:8: error: title: has no text in en, the site's first language; add 'en: ...' "
     "(the other languages fall back to it)"),
    ("title:\n  en: Test Network\n  es: " + "x" * 121 + "\n",
     "site.yaml:3:7: error: title.es: is 121 characters long; the limit is 120"),
    ("title:\n  en: Test Network\n  es: Red\n  ES: Red de Prueba\n",
     "site.yaml:4:3: error: title.ES: 'ES' is a language given twice; keep one"),
    ("title: {}\n", "site.yaml:1:8: error: title: has no text; write one"),
    ("title:\n  en: Test Network\n  es: [Red]\n",
     "site.yaml:3:7: error: title.es: must be text, not a list or a set of keys"),
])
def test_a_site_text_per_language_takes_listed_languages_and_the_first(site: SiteFolder, yaml,
                                                                          problem):
    site.write("site.yaml", site.root.joinpath("site.yaml").read_text().replace(
        "title: Test Network\n", yaml))
    assert site.check().problems == [problem]


def test_region_and_word_names_and_the_announcement_are_site_texts(site: SiteFolder):
    site.write("site.yaml", site.root.joinpath("site.yaml").read_text().replace(
        "    name: North\n", "    name: {es: Norte}\n") + """\
vocabularies:
  types:
    - slug: robot-lab
      name: {en: Robot lab, de: Roboterlabor}
announcement:
  text:
    en: Hello
    fr: Bonjour
""")
    assert site.check().problems == [
        "site.yaml:9:11: error: regions.name: has no text in en, the site's first language; "
        "add 'en: ...' (the other languages fall back to it)",
        "site.yaml:15:29: error: vocabularies.types.name.de: 'de' is not in languages (en, es); "
        "add the language to languages or remove this text",
        "site.yaml:19:5: error: announcement.text.fr: 'fr' is not in languages (en, es); add "
        "the language to languages or remove this text"]


# --- what pages show --------------------------------------------------------------------------

SITE = """\
title: {en: Test Network, es: Red de Prueba}
description: A small test directory.
base_url: https://example.org/
languages: [en, es, vi]
contact:
  email: team@example.org
regions:
  - slug: north
    name: {en: North Shore, es: Costa Norte}
vocabularies:
  types:
    - slug: robot-lab
      name: {en: Robot lab, es: Laboratorio de robots}
announcement:
  text: {en: Applications open soon, vi: Sắp nhận đơn}
"""


def test_site_texts_show_in_the_page_language_else_marked_in_the_first(site: SiteFolder):
    site.write("site.yaml", SITE)
    site.write("content/programs/robotics-club.md", PROGRAM.replace(
        "location: online", "location: {name: Hall, city: Alder Bay, region: north}").replace(
        "type: club", "type: robot-lab"))
    out = site.built()
    es, vi = site.page("es/", out), site.page("vi/", out)
    assert "<h1>Red de Prueba</h1>" in es
    assert "<title>Red de Prueba</title>" in es
    assert '<h1><span lang="en">Test Network</span></h1>' in vi
    assert '<title lang="en">Test Network</title>' in vi
    assert '<meta lang="en" property="og:site_name" content="Test Network">' in vi
    assert '<span lang="en">Applications open soon</span>' in es
    assert "Sắp nhận đơn" in vi and "Applications open soon" not in vi
    assert '<a href="/es/browse/region/north/">Costa Norte</a>' in es
    assert '<a href="/vi/browse/region/north/"><span lang="en">North Shore</span></a>' in vi
    card = site.page("es/browse/region/north/", out)
    assert "<strong>Laboratorio de robots</strong>" in card
    assert "<h1>Costa Norte</h1>" in card
    assert '<strong><span lang="en">Robot lab</span></strong>' in site.page("vi/programs/", out)
    assert "<h1>North Shore</h1>" in site.page("browse/region/north/", out)


def test_interface_text_a_catalog_lacks_is_english_marked_en(site: SiteFolder):
    """Somali: a language the locale data knows and stemhub has no catalog for."""
    site.write("site.yaml", site.root.joinpath("site.yaml").read_text().replace(
        "[en, es]", "[en, so]"))
    out = site.built()
    home = site.page("so/", out)
    assert '<html lang="so" dir="ltr">' in home
    assert '<a class="sh-skip" href="#sh-main"><span lang="en">Skip to content</span></a>' in home
    assert '<input lang="en" id="sh-home-q" name="q" type="search" placeholder=' in home
    assert '<nav id="sh-nav" aria-label="Main">' in home  # lang there would cover the links
    assert '<span lang="en">Skip to content</span>' not in site.page("", out)
    assert all(O not in f.read_text(errors="ignore") and C not in f.read_text(errors="ignore")
               for f in out.rglob("*") if f.is_file() and f.suffix in (".html", ".json", ".xml",
                                                                        ".ics", ".csv"))


@pytest.mark.parametrize("html, shown", [
    (f"<p>{en('Free')}</p>", '<p><span lang="en">Free</span></p>'),
    (f"<p>Gratis {en('for %s' % en('all'))}</p>",
     '<p>Gratis <span lang="en">for <span lang="en">all</span></span></p>'),
    (f'<nav aria-label="{en("Main")}"><a>x</a></nav>', '<nav aria-label="Main"><a>x</a></nav>'),
    (f'<img src="a.png" alt="{en("Logo")}">', '<img lang="en" src="a.png" alt="Logo">'),
    (f'<img alt="Logo de {en("Acme")}">', '<img alt="Logo de Acme">'),
    (f"<select><option>{en('North')}</option></select>",
     '<select><option lang="en">North</option></select>'),
    (f"<title>Club · {en('Network')}</title>", "<title>Club · Network</title>"),
    (f"<script>let a = '{en('x')}';</script><p>{en('y')}</p>",
     "<script>let a = 'x';</script><p><span lang=\"en\">y</span></p>"),
    (f"<svg><text>{en('North')}</text></svg>", '<svg><text><tspan lang="en">North</tspan></text></svg>'),
    (f"<p>a{C}b {O}en{S}c</p>", '<p>ab <span lang="en">c</span></p>'),  # stray marks
    (f'<p>{O}x" onclick="y{S}z{C}</p>', "<p><span>z</span></p>"),  # never an attribute
    (f"<p>{O}en{S}a</p><p>b{C}</p>", '<p><span lang="en">a</span></p><p>b</p>'),
    (f"<p>{O}ar{S}مرحبا{C}</p>", '<p><span lang="ar" dir="rtl">مرحبا</span></p>'),
    (f"{en('a')}<p>{en('b')}</p>{en('c')}",
     '<span lang="en">a</span><p><span lang="en">b</span></p><span lang="en">c</span>'),
    (f'<a title="{en("x")}">{en("y")}</a><option>{en("z")}</option>{en("w")}',
     '<a title="x"><span lang="en">y</span></a><option lang="en">z</option><span lang="en">w</span>'),
    (f'<textarea placeholder="{en("x")}">{en("y")}</textarea>',
     '<textarea lang="en" placeholder="x">y</textarea>'),
    # only the tags and texts around a mark are rewritten: a ">" in a text, an element without
    # a mark before them, several in one text, an element's name in capitals
    (f"<p>1 > 0 {en('b')} > {en('c')}</p>",
     '<p>1 > 0 <span lang="en">b</span> > <span lang="en">c</span></p>'),
    (f'<svg><path d="M0"/></svg><b>{en("x")}</b><i>y</i><input placeholder="{en("z")}">',
     '<svg><path d="M0"/></svg><b><span lang="en">x</span></b><i>y</i>'
     '<input lang="en" placeholder="z">'),
    (f"<TITLE>{en('T')}</TITLE><p>{en('x')}<br>{en('y')}</p>",
     '<TITLE lang="en">T</TITLE><p><span lang="en">x</span><br><span lang="en">y</span></p>'),
])
def test_marks_become_lang_where_the_text_can_take_it(html, shown):
    assert marks.apply(html, "es") == shown


# --- every page of the mirrors ----------------------------------------------------------------

UNTRANSLATED = {  # what no translation gives: shown in English on /es/ and /vi/
    "content/partners/acme.yaml": "name: Acme Robotics\nkind: industry\nsummary: Builds robots "
    "and mentors students.\nverified: 2026-10-01\ndescription: Acme has built robots since "
    "1999.\n",
    "content/programs/robotics-club.md": PROGRAM.replace("location: online", """\
location: {name: Harbor Maker Space, city: Alder Bay, region: north}
eligibility: Open to every curious student
schedule: {start: 2027-01-05, end: 2027-05-25, times: Tuesdays after the last bell}
featured: true
deadline: 2026-12-10""").replace("cost: free", "cost: {amount: 25, per: for three whole days}"),
    "content/guides/mentoring.md": "---\ntitle: Mentoring a student well\nsummary: What "
    "mentors say works best.\naudience: partners\nupdated: 2026-11-01\n---\n## Before the first "
    "meeting\nAsk the student what they hope to learn.\n",
    "content/updates/welcome.md": "---\ntitle: Three new partners join\ndate: 2026-11-20\n"
    "summary: The network keeps growing this autumn.\n---\nWe welcome three new partners.\n",
    "content/pages/about.md": "---\ntitle: About this directory\nnav: 1\nsummary: Who runs "
    "it.\n---\nThe directory is run by volunteers.\n",
}
CAMP = "content/programs/science-camp.md"  # translated into Spanish only: English on /vi/
TRANSLATED = {
    CAMP: PROGRAM.replace("Robotics Club", "Science Camp").replace(
        "Build and program robots after school.", "Experiments with water and light.").replace(
        "Robots every Tuesday.", "A week of hands-on science."),
    "content/programs/science-camp.es.md": "---\ntitle: Campamento de Ciencias\nsummary: "
    "Experimentos con agua y luz.\n---\nUna semana de ciencia práctica.\n",
}
PROBES = ["Acme Robotics", "Builds robots and mentors students", "built robots since 1999",
          "Robotics Club", "Build and program robots after school", "Robots every Tuesday",
          "Harbor Maker Space", "Open to every curious student", "Tuesdays after the last bell",
          "for three whole days", "Mentoring a student well", "What mentors say works best",
          "Before the first meeting", "Ask the student what they hope to learn",
          "Three new partners join", "The network keeps growing", "We welcome three new",
          "About this directory", "run by volunteers", "Test Network", "North Shore",
          "Robot lab", "A small test directory", "Applications open soon"]
VI_PROBES = ["Science Camp", "Experiments with water and light", "A week of hands-on science"]


class _Scan(HTMLParser):
    """Text of a page under the nearest lang of its ancestors; left out: the text of <title>,
    <script> and <style>, which cannot be marked, and <code>, the embed line to copy."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: list[tuple[str, str]] = []  # (nearest lang, text)

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] not in ("title", "script", "style", "code") and data.strip():
            self.texts.append((next((lang for _, lang in reversed(self.stack) if lang), ""),
                               data.strip()))


def _missing(lang: str) -> set[str]:
    """The English interface strings (without placeholders) lang's catalog lacks."""
    pot = i18n.LOCALE_DIR / "messages.pot"
    with pot.open("rb") as f:
        ids = {m.id for m in read_po(f) if isinstance(m.id, str) and m.id and "%(" not in m.id}
    return ids - i18n.translations(lang).known


def test_no_english_on_the_mirrors_without_lang_en(site: SiteFolder):
    site.write("site.yaml", SITE)
    for rel, text in {**UNTRANSLATED, **TRANSLATED}.items():
        site.write(rel, text)
    out = site.built()
    wrong, seen = [], set()
    for lang in ("es", "vi"):
        probes, missing = PROBES + (VI_PROBES if lang == "vi" else []), _missing(lang)
        pages = sorted((out / lang).rglob("*.html"))
        assert len(pages) > 40
        for page in pages:
            scan, html = _Scan(), page.read_text(encoding="utf-8")
            assert O not in html and C not in html, page
            scan.feed(html)
            for near, text in scan.texts:
                for probe in [p for p in probes if p in text] + ([text] if text in missing else []):
                    seen.add(probe)
                    if near != "en":
                        wrong.append(f"{page.relative_to(out)}: {probe!r} in {text[:60]!r} under "
                                     f"lang={near!r}")
    assert wrong == [], "\n".join(wrong)
    assert seen >= set(PROBES + VI_PROBES)  # every probe was found somewhere


def test_a_contact_is_marked_with_its_records_language_in_a_sentence_too(site: SiteFolder):
    site.write("content/programs/robotics-club.md", PROGRAM.replace(
        "location: online", "location: online\ncontact: {name: School programs, phone: 555-0100}"))
    html = site.page("es/programs/robotics-club/", site.built())
    assert 'comuníquese con <span lang="en">School programs</span>:' in html
    assert '¿Preguntas? <span lang="en">School programs</span>' in html
