"""Site templates override the theme; template mistakes are problems at the template's file."""
from tests.conftest import SiteFolder


def test_site_template_overrides_and_extends_the_theme(site: SiteFolder):
    site.write("templates/program.html", """\
        {% extends "theme/program.html" %}
        {% block title %}Custom {{ item.title }}{% endblock %}
        """)
    assert site.build().code == 0
    assert "<title>Custom Robotics Club · Test Network</title>" in site.page("programs/robotics-club/")


def test_undefined_name_in_a_template_is_an_error_at_its_line(site: SiteFolder):
    site.write("templates/page.html", "{% extends 'base.html' %}\n{% block main %}\n{{ item.titel }}\n{% endblock %}\n")
    site.write("content/pages/about.md", "---\ntitle: About\n---\nHi\n")
    r = site.check()
    assert r.code == 1
    assert len(r.problems) == 1
    assert r.problems[0].startswith("templates/page.html:3: error: template error on /about/: ")


def test_template_syntax_error_names_file_and_line(site: SiteFolder):
    site.write("templates/404.html", "{% extends 'base.html' %}\n{% block main %}\n{% if %}\n{% endblock %}\n")
    r = site.check()
    assert r.code == 1
    assert r.problems[0].startswith("templates/404.html:3: error: template syntax error: ")


def test_broken_link_in_a_template_is_an_error_at_the_template(site: SiteFolder):
    site.write("templates/404.html", "{% extends 'base.html' %}\n{% block main %}"
               "<a href=\"{{ url('nowhere/') }}\">x</a><a href=\"#nope\">y</a>{% endblock %}\n")
    r = site.check()
    assert r.problems == [
        "templates/404.html:1: error: the link #nope on /404.html leads to no page, file or "
        "heading of this site; correct the template",
        "templates/404.html:1: error: the link /nowhere/ on /404.html leads to no page, file or "
        "heading of this site; correct the template",
    ]


def test_markup_in_text_fields_is_escaped(site: SiteFolder):
    site.write("content/programs/robotics-club.md", site.root.joinpath(
        "content/programs/robotics-club.md").read_text().replace(
        "title: Robotics Club", "title: \"<script>alert(1)</script> {{ 7*7 }}\""))
    assert site.build().code == 0
    html = site.page("programs/robotics-club/")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in html
