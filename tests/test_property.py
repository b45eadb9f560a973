"""Random Markdown and random front matter through read -> validate -> render: nothing but
reported problems, and never script, an event handler or a disallowed link scheme in the output."""
from __future__ import annotations

import json
import re
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from stemhub.build import make_site
from stemhub.options import Options
from stemhub.problems import Problems
from stemhub.site.pagefind import EARLY
from tests.conftest import ONE_LANGUAGE, SiteFolder

NASTY = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
         "[x](javascript:alert(1))", "![y](data:text/html,x)", "<svg onload=alert(1)>", "&#0;",
         "<!--", "-->", "{{ 7*7 }}", "<a href='vbscript:x'>", "\u202e", "[z]: JaVaScRiPt:alert(1)",
         "<style>", "<iframe src=//evil.example>", "`", "```", "# h", "> q", "| a | b |\n|-|-|"]
FIELDS = ["title", "summary", "type", "grades", "cost", "location", "partner", "sectors", "tags",
          "verified", "deadline", "apply_url", "eligibility", "contact", "schedule", "bogus"]
SCALARS = st.one_of(st.text(max_size=40), st.sampled_from(NASTY + ["free", "online", "9-12",
                                                                    "2027-01-01", "acme"]))
VALUES = st.one_of(SCALARS, st.lists(SCALARS, max_size=4),
                   st.dictionaries(st.sampled_from(["name", "city", "region", "start", "email",
                                                    "amount"]), SCALARS, max_size=3))
BODY = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(NASTY)), max_size=12).map(
    " ".join)
# inside a tag: a script element (but the theme's own: structured data, and the search page's two,
# a program page's and the form page's scripts), an event-handler attribute, or a link to a bad
# scheme
BAD_OUTPUT = re.compile(r"<script(?! type=\"application/ld\+json\">| type=\"module\" src=\"/static/search\.js\"></script>| defer src=\"/static/(share|submit)\.js\"></script>|>" + re.escape(str(EARLY.script) + "</script>") + r")|<[a-z][^>]*\son[a-z]+\s*=|<[a-z][^>]*(href|src|action)\s*=\s*"
                        r"[\"']?\s*(javascript|vbscript|data|file):", re.I)


class Pages:
    """A sink that keeps every page's HTML."""

    folder = last = None

    def __init__(self):
        self.html: list[str] = []

    def put(self, url: str, html: str) -> bool:
        self.html.append(html)
        return True


def run(site: SiteFolder, text: str) -> list[str]:
    site.write("content/programs/robotics-club.md", text, dedent=False)
    pages = Pages()
    make_site(Options(site.root, date(2026, 12, 1)), Problems(), None, pages)
    return pages.html


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(front=st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=8), body=BODY)
def test_random_records_never_crash_or_publish_script(site: SiteFolder, front: dict, body: str):
    # JSON is YAML: every generated front matter is valid YAML of arbitrary shape
    text = "---\n" + json.dumps(front, ensure_ascii=False) + "\n---\n" + body + "\n"
    for html in run(site, text):
        assert not BAD_OUTPUT.search(html), BAD_OUTPUT.search(html).group()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_random_files_never_crash(site: SiteFolder, text: str):
    site.write("site.yaml", ONE_LANGUAGE)  # a file that reads as a record is rare: half the pages
    for html in run(site, text):
        assert not BAD_OUTPUT.search(html)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODY)
def test_valid_record_with_random_body_is_built_safely(site: SiteFolder, body: str):
    base = site.root.joinpath("content/programs/robotics-club.md").read_text().split("---\n")
    pages = run(site, "---\n" + base[1] + "---\n" + body + "\n")
    assert pages, "a valid record with any body is built"
    for html in pages:
        assert not BAD_OUTPUT.search(html), BAD_OUTPUT.search(html).group()


def test_the_detector_catches_what_it_looks_for():
    for bad in ('<script>x</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:x">',
                "<a href=' data:text/html,x'>", '<form action="vbscript:x">'):
        assert BAD_OUTPUT.search(bad), bad
    assert not BAD_OUTPUT.search("<p>0 ONA= javascript:alert(1)</p>")
