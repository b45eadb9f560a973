"""Markdown bodies (content-model.md, "Values": links, images, headings, raw HTML): unit calls of
stemhub.render.markdown.render and heading_id, plus one real build for template syntax."""
from __future__ import annotations

import re

import pytest

from markdown_it import MarkdownIt

from stemhub.render.markdown import _MD, Context, heading_id, render
from stemhub.problems import Problems
from tests.conftest import SiteFolder
from tests.rulekit import PROG, program

REL = "content/guides/g.md"
FIRST = 5  # the body's first line in the file


def md(text: str, *, prefix: str = "/stem/", static: str = "/stem/", files=(), taken=()):
    """(html, problems) of a body starting on line FIRST of REL, on page guides/g/."""
    problems = Problems()
    ctx = Context(REL, FIRST, "guides/g/", prefix, static, set(files), set(taken), problems)
    out = render(text, ctx)
    return out, problems.items


def warnings(problems) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in problems if p.severity == "warning"]


def ids(html: str) -> list[str]:
    return re.findall(r'<h[2-6] id="([^"]*)"', html)


def tags(html: str) -> set[str]:
    return set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", html))


# --- heading ids -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Before the visit", "before-the-visit"),
    ("C++ & Python", "c--python"),
    ("Café", "café"),
    ("Hello, World!", "hello-world"),
    ("snake_case and-dash", "snake_case-and-dash"),
    ("Grades 9-12", "grades-9-12"),
    ("ÜBER Straße", "über-straße"),
    ("What's next?", "whats-next"),
])
def test_heading_id_github_style(text, expected):
    assert heading_id(text) == expected


def test_heading_ids_in_rendered_body():
    out, problems = md("## Before the visit\n\n### C++ & Python\n\n## Café\n")
    assert ids(out.html) == ["before-the-visit", "c--python", "café"]
    assert [t[1] for t in out.toc] == ["before-the-visit", "c--python", "café"]
    assert problems == []


def test_duplicate_heading_ids_get_suffixes():
    out, _ = md("## Steps\n\ntext\n\n## Steps\n\n### Steps\n\n## Other\n")
    assert ids(out.html) == ["steps", "steps-1", "steps-2", "other"]


def test_empty_heading_id_is_section():
    out, _ = md("## !!!\n\n## ???\n")
    assert ids(out.html) == ["section", "section-1"]


def test_heading_colliding_with_theme_id_gets_suffix():
    out, _ = md("## sh-facts\n\n## sh-main\n\n## Facts\n", taken={"sh-facts", "sh-main"})
    assert ids(out.html) == ["sh-facts-1", "sh-main-1", "facts"]


def test_heading_id_from_inline_markup_text():
    out, _ = md("## The *best* `build` step\n")
    assert ids(out.html) == ["the-best-build-step"]


def test_hash_heading_renders_as_h2_and_no_h1():
    out, _ = md("# Title in body\n\n## Second\n\n### Third\n")
    assert "<h1" not in out.html
    assert re.findall(r"<(h[1-6])\b", out.html) == ["h2", "h2", "h3"]
    assert '<h2 id="title-in-body">Title in body</h2>' in out.html


def test_setext_h1_renders_as_h2():
    out, _ = md("Big title\n=========\n")
    assert "<h1" not in out.html
    assert '<h2 id="big-title">Big title</h2>' in out.html


def test_attribute_syntax_stays_text():
    out, _ = md("## Heading {#custom}\n\nA paragraph {: .warning}\n")
    assert 'id="custom"' not in out.html
    assert "{#custom}" in out.html
    assert "{: .warning}" in out.html
    assert 'class="warning"' not in out.html


# --- GitHub extensions -------------------------------------------------------------------

def test_table_renders():
    out, _ = md("| Day | Time |\n|:--|--:|\n| Mon | 3pm |\n")
    assert "<table>" in out.html
    assert re.search(r"<th[^>]*>Day</th>", out.html)
    assert re.search(r"<td[^>]*>3pm</td>", out.html)
    assert 'style="text-align:right"' in out.html


def test_strikethrough_renders():
    out, _ = md("Price ~~$20~~ free\n")
    assert re.search(r"<(del|s)>\$20</\1>", out.html), out.html


def test_other_extensions_not_interpreted():
    out, _ = md("- [ ] task\n\n$x^2$\n")
    assert "<input" not in out.html
    assert "[ ] task" in out.html
    assert "$x^2$" in out.html


# --- autolinks ---------------------------------------------------------------------------

def test_bare_https_url_autolinked_without_trailing_punctuation():
    out, problems = md("See https://example.org/apply. Or (https://example.org/b), too\n")
    assert '<a href="https://example.org/apply" rel="noopener noreferrer">' \
           'https://example.org/apply</a>.' in out.html
    assert '<a href="https://example.org/b" rel="noopener noreferrer">' \
           'https://example.org/b</a>),' in out.html
    assert problems == []


@pytest.mark.parametrize("tail", ["!", "?", ",", ":", "*", "_", "~", "'", '"'])
def test_autolink_trailing_punctuation_excluded(tail):
    out, _ = md(f"Go https://example.org/x{tail} now\n")
    assert 'href="https://example.org/x"' in out.html


def test_bare_http_url_autolinked_with_warning():
    out, problems = md("Old http://example.org/page here\n")
    assert '<a href="http://example.org/page"' in out.html
    assert [line for line, _ in warnings(problems)] == [FIRST]


def test_www_and_bare_email_stay_text():
    out, _ = md("Visit www.example.org or write to me@example.org\n")
    assert "<a" not in out.html
    assert "www.example.org" in out.html and "me@example.org" in out.html


def test_url_inside_link_text_not_linked_twice():
    out, _ = md("[https://example.org/a](https://example.org/b)\n")
    assert out.html.count("<a ") == 1
    assert 'href="https://example.org/b"' in out.html


@pytest.mark.parametrize("url", ["https://example.org@evil.example/apply", "https://127.1/",
                                 "https://0x7f.0.0.1/", "https://2130706433/",
                                 "http://0300.0250.1.1/", "https://localhost./"])
@pytest.mark.parametrize("form", ["link", "bare"])
def test_links_follow_the_url_field_rules(url, form):
    text = f"Intro\n\nGo [the form]({url}) now\n" if form == "link" else f"Intro\n\nGo {url} now\n"
    out, problems = md(text)
    assert "<a" not in out.html, out.html
    assert ("the form" if form == "link" else url) in out.html
    assert [(line, message.split(" removed")[0]) for line, message in warnings(problems)] == [
        (FIRST + 2, f"link to {url!r}")]


@pytest.mark.parametrize("href", ["mailto:ann@example.org?cc=all@evil.example",
                                  "mailto:ann@example.org?BCC=all@evil.example",
                                  "mailto:ann@example.org?to=all@evil.example",
                                  "mailto:ann@example.org,all@evil.example",
                                  "mailto:ann@example.org%2Call@evil.example",
                                  "mailto:ann@example.org%0Abcc:all@evil.example"])
def test_mailto_link_names_one_address_and_only_subject_and_body(href):
    out, problems = md(f"Write to [Ann]({href}) or "
                       "[Ben](mailto:ben@example.org?subject=Robots&body=Hello%20there)\n")
    assert "evil" not in out.html and ">Ann<" not in out.html and "Ann" in out.html
    assert '<a href="mailto:ben@example.org?subject=Robots&amp;body=Hello%20there">Ben</a>' \
        in out.html
    assert [line for line, _ in warnings(problems)] == [FIRST]


# --- raw HTML ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    '<a href="https://example.org/">https://evil.example/</a>',
    "<span>https://evil.example/</span>",
    "<b><i>note https://evil.example/</i> and https://evil.example/</b>",
    "<b>https://evil.example/</B>",
    "<span>https://evil.example/ never closed",
])
def test_no_link_from_text_between_raw_tags(text):
    out, _ = md(f"{text} then https://example.org/ok <br> https://example.org/br\n"
                if "never" not in text else text + "\n")
    assert 'href="https://evil.example' not in out.html
    assert "https://evil.example/" in out.html
    if "never" not in text:
        assert out.html.count('<a href="https://example.org/') == 2

@pytest.mark.parametrize("raw", [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<iframe src="https://evil.example/"></iframe>',
    "<style>body{display:none}</style>",
    '<form action="https://evil.example/"><input name="q"></form>',
    '<svg onload="alert(1)"><circle r="4"/></svg>',
])
@pytest.mark.parametrize("where", ["block", "inline"])
def test_raw_html_shows_as_text_with_warning(raw, where):
    text = f"Intro line\n\n{raw}\n" if where == "block" else f"Intro line\n\nText {raw} more\n"
    out, problems = md(text)
    name = re.match(r"<([a-z]+)", raw).group(1)
    assert f"<{name}" not in out.html
    assert tags(out.html) <= {"p"}
    assert f"&lt;{name}" in out.html  # visible, escaped
    lines = {line for line, message in warnings(problems) if "raw HTML" in message}
    assert lines == {FIRST + 2}


@pytest.mark.parametrize("text, shown", [
    ('<SCRIPT/XSS SRC="https://x.example/a.js">',
     '&lt;SCRIPT/XSS SRC="https://x.example/a.js"&gt;'),
    ("<a/b href=https://x.example/>", "&lt;a/b href=https://x.example/&gt;"),
    ("</x https://x.example/>", "&lt;/x https://x.example/&gt;"),
    ("&lt;img src=https://x.example/a.png&gt;", "&lt;img src=https://x.example/a.png&gt;"),
    ("<a [b](https://x.example/c)\nhref=https://x.example/d>", "&lt;a b\nhref=https://x"),
])
def test_text_shaped_like_a_tag_is_raw_html(text, shown):
    """From a '<' followed by a letter or '/' to the next '>': shown as written, no link made
    inside it, a warning at its line, whether or not CommonMark reads it as HTML."""
    out, problems = md(f"Intro\n\nSee https://example.org/a {text} then https://example.org/b\n")
    assert 'href="https://x.example' not in out.html
    assert shown in out.html
    assert out.html.count('<a href="https://example.org/') == 2
    assert warnings(problems) == [(FIRST + 2, "raw HTML is not rendered: it shows as text; use "
                                              "Markdown instead")]


@pytest.mark.parametrize("text", ["3 < 4 and https://x.example/ > 2", "a<b then https://x.example/",
                                  "<https://x.example/>"])
def test_text_with_a_lone_angle_bracket_still_links(text):
    out, problems = md(text + "\n")
    assert 'href="https://x.example/"' in out.html
    assert warnings(problems) == []


def test_raw_html_warning_line_inside_multiline_paragraph():
    _, problems = md("first line\nsecond line\nthird <b>bold</b> line\n")
    assert {line for line, _ in warnings(problems)} == {FIRST + 2}


def test_html_comments_removed_silently():
    out, problems = md("Before\n\n<!-- a note for editors -->\n\nMiddle <!-- inline --> end\n")
    assert "note for editors" not in out.html
    assert "inline" not in out.html
    assert "&lt;!--" not in out.html
    assert "Before" in out.html and "Middle" in out.html and "end" in out.html
    assert problems == []


def test_fenced_code_with_script_stays_visible_code():
    out, problems = md("```html\n<script>alert(1)</script>\n```\n\nand `<b>x</b>` inline\n")
    assert "<script" not in out.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out.html
    assert "<pre>" in out.html and "<code" in out.html
    assert "<code>&lt;b&gt;x&lt;/b&gt;</code>" in out.html
    assert warnings(problems) == []


# --- link targets ------------------------------------------------------------------------

@pytest.mark.parametrize("target", [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&#58;alert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/path",
    "/\\evil.example/path",
    "../guides/x.md",
    "",
])
def test_bad_link_keeps_text_loses_link_with_warning(target):
    out, problems = md(f"Intro\n\nClick [the text here]({target}) now\n")
    assert "<a" not in out.html, out.html
    assert "the text here" in out.html
    assert [line for line, _ in warnings(problems)] == [FIRST + 2]
    assert not any(p.severity == "error" for p in problems)


def test_bad_link_in_angle_brackets_backslash():
    out, problems = md("Click [here](</\\evil.example>)\n")
    assert "<a" not in out.html, out.html
    assert [line for line, _ in warnings(problems)] == [FIRST]


def test_reference_style_javascript_link_removed():
    out, problems = md("Intro\n\nSee [the form][f] today\n\n[f]: javascript:alert(1)\n")
    assert "<a" not in out.html
    assert "the form" in out.html
    assert "javascript" not in out.html
    assert [line for line, _ in warnings(problems)] == [FIRST + 2]


def test_allowed_links_kept():
    out, problems = md("[ext](https://example.org/x) [mail](mailto:team@example.org) "
                       "[tel](tel:+15555550100) [frag](#before-the-visit)\n")
    assert '<a href="https://example.org/x" rel="noopener noreferrer">ext</a>' in out.html
    assert '<a href="mailto:team@example.org">mail</a>' in out.html
    assert '<a href="tel:+15555550100">tel</a>' in out.html
    assert '<a href="#before-the-visit">frag</a>' in out.html
    assert warnings(problems) == []


def test_external_links_get_noopener_noreferrer():
    out, _ = md("[a](https://example.org/a) and [b](http://example.org/b)\n")
    anchors = re.findall(r"<a [^>]*>", out.html)
    assert len(anchors) == 2
    assert all('rel="noopener noreferrer"' in a for a in anchors)


def test_site_paths_get_base_path_prefix():
    out, problems = md("[prog](/programs/robotics-club/) [guide](/guides/x/#before-the-visit) "
                       "[search](/search/?q=robots) [home](/)\n")
    assert 'href="/stem/programs/robotics-club/"' in out.html
    assert 'href="/stem/guides/x/#before-the-visit"' in out.html
    assert 'href="/stem/search/?q=robots"' in out.html
    assert 'href="/stem/"' in out.html
    assert "rel=" not in out.html
    assert [(l.path, l.fragment) for l in out.links] == [
        ("/programs/robotics-club/", ""), ("/guides/x/", "before-the-visit"),
        ("/search/", ""), ("/", "")]
    assert problems == []


def test_site_paths_on_language_page_files_without_language():
    out, _ = md("[prog](/programs/x/) [pdf](/static/flyer.pdf) ![map](/static/map.png)\n",
                prefix="/stem/es/", static="/stem/", files={"static/flyer.pdf", "static/map.png"})
    assert 'href="/stem/es/programs/x/"' in out.html
    assert 'href="/stem/static/flyer.pdf"' in out.html
    assert 'src="/stem/static/map.png"' in out.html


# --- images ------------------------------------------------------------------------------

@pytest.mark.parametrize("src", ["https://evil.example/track.png", "http://evil.example/a.png",
                                 "//evil.example/a.png", "data:image/png;base64,AAAA",
                                 "javascript:alert(1)"])
def test_image_from_other_host_dropped_alt_kept(src):
    out, problems = md(f"Intro\n\n![A rocket launch]({src})\n")
    assert "<img" not in out.html
    assert "A rocket launch" in out.html
    assert "evil" not in out.html
    assert [line for line, _ in warnings(problems)] == [FIRST + 2]


def test_site_image_kept_and_missing_site_image_is_error():
    out, problems = md("![ok](/static/a.png)\n\n![gone](/static/missing.png)\n",
                       files={"static/a.png"})
    assert '<img src="/stem/static/a.png" alt="ok">' in out.html
    errors = [(p.line, p.message) for p in problems if p.severity == "error"]
    assert [line for line, _ in errors] == [FIRST + 2]


# --- template syntax and pathological input ----------------------------------------------

def test_template_syntax_shows_literally_in_built_page(site: SiteFolder):
    body = "Math: {{ 7*7 }} and {% if true %}yes{% endif %} and {# note #}\n"
    site.write(PROG, program(body=body), dedent=False)
    r = site.build()
    assert r.code == 0, r.err
    html = site.page("programs/robotics-club/")
    assert "{{ 7*7 }}" in html
    assert "{% if true %}yes{% endif %}" in html
    assert "{# note #}" in html
    assert "Math: 49" not in html


@pytest.mark.parametrize("text", ["[a](/x) [b] [c][d] ![e](/f) [", "[[[a](/b)", "] [a](/b) [",
                                  "[a [b](/c) d](/e) [[", "[a\n[b](/c) [ `]` ](/d)",
                                  "x ![[a](/b)](/c) [y]: /z\n\n[y]", "[ <a href=']'> ](/q)"])
def test_brackets_parse_as_commonmark_does(text):
    """A '[' with no ']' after it is refused at once (for speed): links are found as before."""
    plain = MarkdownIt("commonmark", {"html": True, "xhtmlOut": False})
    plain.enable(["table", "strikethrough"])
    assert _MD.render(text) == plain.render(text)


@pytest.mark.parametrize("text", ["[" * 20000, ">" * 5000 + "x", "*" * 20000,
                                  "_" * 20000 + "x", "[a](" * 5000, "<" * 20000,
                                  "https://a.example/" + "(" * 20000,
                                  "https://a.example/" + ")" * 200000])
def test_pathological_input_renders(text):
    """Rendered whole and safe (how long it takes is bench/linear.py's to measure)."""
    out, _ = md(text)
    assert isinstance(out.html, str) and "<script" not in out.html
