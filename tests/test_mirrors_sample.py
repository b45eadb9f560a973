"""No English passed off as Spanish or Vietnamese (issue 34): the sample site (content/ and
site.yaml) as the run builds it once (sample_out, conftest.py), and every page of its /es/ and
/vi/ mirrors, of every page kind, scanned for English that is not marked lang="en"
(content-model.md, "Site texts in every language").

The detector: drop every element whose lang is not the page's (lang="en" and its subtree, the
language switcher's names), then look for common English words that are no Spanish or
Vietnamese word (WORDS) in the text left, in <title>, and in the attributes a person reads or
hears (title, aria-label, alt, placeholder, a meta description). English in <title> or an
attribute may only quote a record's own English shown marked on the same page (an untranslated
program's title in "Robotics Club · Red STEM": docs/languages.md says why such text cannot
carry lang)."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

# Common English words that are not words of Spanish or Vietnamese (so not "a", "no", "in",
# "to", "an", "can", nor loans either language writes as English does: "robot", "club", "email",
# "online", "lab", "STEM").
WORDS = frozenset("""
the and of for with from this that these those your you our we they their them is are was
were will would should could not more all any only about how what when where who which why
there here then than also each every other into over under after before while until
apply applications application program programs student students family families partner
partners search results result filters filter show more see read share print copy link call
directions deadline deadlines grade grades cost free paid open closed ended full waitlist
cancelled soon update updates guide guides page next previous back home menu skip main content
sign up join register learn week weeks month months year years day days hours summer camp
school schools science engineering health career careers internship internships mentors
mentoring workshop event events trip trips visit college high middle teachers educators
youth kids children parents help questions contact report problem listing suggest edit
calendar subscribe feed news about language languages translated translation english yet
""".split())

# Proper nouns of the sample that hold words of WORDS, kept as written in every language (a
# place's or an organisation's own name is not translated; content-model.md leaves names of
# people and places unmarked): each with where it comes from.
NAMES = (
    "Millbrook Middle School",  # the camp's location name, kept by its es and vi translations
    "Riverton Junction High School",  # a partner's name, in lists and cards of every language
    "Cedar Valley School District", "Cedar Valley College",  # partners' own names, in the
    "Harborlight Health", "Career Connected Learning Office",  # translations' text
    "Main Street", "School Street", "College Way",  # street addresses (facts, never marked)
    "Google Calendar",  # a product's name, in the calendar page's steps in every language
    "Tamarack Creek Tribal Nation Department of Natural Resources",  # in its logo's alt text
)
# Where each page kind is, under a mirror: the detector must have read one of each.
KINDS = {
    "home": "index.html", "404": "404.html",
    "program translated": "programs/build-a-bot-summer-camp/index.html",
    "program untranslated": "programs/high-school-robotics-team/index.html",
    "program ended": "programs/rocketry-week/index.html",
    "flyer": "programs/build-a-bot-summer-camp/flyer/index.html",
    "programs list": "programs/index.html", "programs page 2": "programs/page/2/index.html",
    "partner": "partners/alder-bay-robotics/index.html", "partners list": "partners/index.html",
    "guide": "guides/family-guide-to-stem-opportunities/index.html",
    "guides list": "guides/index.html",
    "update": "updates/winter-and-spring-2027-listings/index.html",
    "updates list": "updates/index.html", "page": "about/index.html",
    "browse index": "browse/index.html", "grade": "browse/grade/7/index.html",
    "type": "browse/type/camp/index.html", "sector": "browse/sector/maritime/index.html",
    "region": "browse/region/downtown/index.html", "season": "browse/season/summer/index.html",
    "audience": "browse/audience/families/index.html", "focus": "browse/focus/girls/index.html",
    "free": "browse/free/index.html", "pathways": "pathways/index.html",
    "pathway": "pathways/engineering-manufacturing/index.html", "search": "search/index.html",
    "calendar": "calendar/index.html", "coverage": "coverage/index.html",
    "glossary": "glossary/index.html", "form": "submit/program/index.html",
}
ATTRIBUTES = ("title", "aria-label", "alt", "placeholder")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Scan(HTMLParser):
    """The text of a page in its own language (lang), and its English marked lang="en"."""

    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.lang, self.stack = lang, []  # (tag, its lang or the nearest ancestor's)
        self.own: list[tuple[str, str]] = []  # (where, text in the page's language)
        self.english: list[str] = []  # text marked lang="en"

    def near(self) -> str:
        return self.stack[-1][1] if self.stack else ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        lang = (a.get("lang") or self.near() or "").lower()
        if tag == "html":
            lang = self.lang
        place = f"<{tag}>"
        if lang == self.lang:
            said = [(f"{place} {k}", a[k]) for k in ATTRIBUTES if a.get(k)]
            if tag == "meta" and a.get("name") == "description":
                said.append((f"{place} content", a.get("content") or ""))
            self.own += said
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if not data.strip() or not self.stack or self.stack[-1][0] in ("script", "style", "code"):
            return
        tag, lang = self.stack[-1]
        if lang == "en":
            self.english.append(data)
        elif lang == self.lang:
            self.own.append((f"<{tag}>", data))


ADDRESS = re.compile(r"\S*(?:/|@|\w\.\w)\S*")  # a web or e-mail address, a path


def english(text: str) -> list[str]:
    """The words of WORDS in text, once addresses and the sample's proper names are taken out."""
    text = " ".join(text.split())
    for name in NAMES:
        text = text.replace(name, " ")
    return [w for w in WORD.findall(ADDRESS.sub(" ", text)) if w.lower() in WORDS]


def leaks(html: str, lang: str) -> list[str]:
    """Where English shows as lang's text on a page: "<tag> [attribute]: words in 'text'"."""
    scan = Scan(lang)
    scan.feed(html)
    quoted = {w.lower() for text in scan.english for w in WORD.findall(text)}
    found = []
    for where, text in scan.own:
        words = english(text)
        if where == "<title>" or (" " in where and where[1:where.index(">")] not in VOID):
            # <title> and an attribute of an element with content: English may only quote
            words = [w for w in words if w.lower() not in quoted]
        if words:
            found.append(f"{where}: {', '.join(words)} in {' '.join(text.split())[:90]!r}")
    return found


@pytest.mark.parametrize("lang", ["es", "vi"])
def test_no_english_shown_as_the_mirrors_language(sample_out: Path, lang: str):
    pages = sorted((sample_out / lang).rglob("*.html"))
    missing = {kind for kind, path in KINDS.items() if sample_out / lang / path not in pages}
    assert missing == set()
    wrong = [f"{page.relative_to(sample_out)}: {leak}" for page in pages
             for leak in leaks(page.read_text(encoding="utf-8"), lang)]
    assert wrong == [], f"{len(wrong)} leaks:\n" + "\n".join(wrong[:80])


@pytest.mark.parametrize("html, found", [
    ('<html lang="es"><body><p>Apply by the deadline</p></body></html>', 1),
    ('<html lang="es"><body><p lang="en">Apply by the deadline</p></body></html>', 0),
    ('<html lang="es"><body><p>Campamento <span lang="en">for the kids</span></p></body></html>',
     0),
    ('<html lang="es"><head><title>Robotics Club · Red</title></head><body>'
     '<h1 lang="en">Robotics Club</h1></body></html>', 0),
    ('<html lang="es"><head><title>Search programs</title></head><body></body></html>', 1),
    ('<html lang="vi"><body><input placeholder="Search the programs"></body></html>', 1),
    ('<html lang="vi"><body><input lang="en" placeholder="Search the programs"></body></html>',
     0),
    ('<html lang="vi"><body><nav aria-label="Main menu"><a>Trang chủ</a></nav></body></html>', 1),
    ('<html lang="es"><body><p>Millbrook Middle School</p></body></html>', 0),
])
def test_the_detector(html, found):
    assert len(leaks(html, html[12:14])) == found
