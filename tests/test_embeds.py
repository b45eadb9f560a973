"""The embeds' data and snippet (docs/embeds.md, features/embeds/, embed.html): a partner's and
a region's listed programs as JSON in each language, the words shown, text kept as text, and the
line to paste on partner and region pages. The script itself runs in tests/browser/test_embed.py."""
from __future__ import annotations

import html
import json

from markupsafe import escape

from tests.conftest import SiteFolder, days
from tests.rulekit import partner, program

HOSTILE = '</script><img src=x onerror=alert(1)> "Bots" & <b>'


def feed(out, path: str) -> dict:
    return json.loads((out / path).read_text("utf-8"))


def test_a_partner_and_a_region_have_their_listed_programs(site: SiteFolder):
    site.write("content/programs/robotics-club.md", program(
        title=f"'{HOSTILE}'", deadline=days(9), location="{name: Hall, city: Town, region: north}"))
    site.write("content/programs/welding.md", program(
        title="Welding", cost="{amount: 40, per: per week, financial_aid: true}", grades="9",
        location="{name: Shop, city: Town, region: north}", availability="full"))
    site.write("content/programs/teachers.md", program(title="Teacher Lab", audience="educators",
                                                       grades="K-5"))
    site.write("content/programs/old.md", program(
        title="Old", schedule=f"{{start: {days(-9)}, end: {days(-2)}}}"))
    out = site.built()
    acme = feed(out, "embed/partners/acme.json")
    assert acme["name"] == "Acme Robotics"
    assert acme["url"] == "https://example.org/partners/acme/"
    assert [p["title"] for p in acme["programs"]] == [HOSTILE, "Teacher Lab", "Welding"]
    first = acme["programs"][0]
    assert first == {"title": HOSTILE, "url": "https://example.org/programs/robotics-club/",
                     "status": "closing-soon", "deadline": days(9), "grades": ["6", "7", "8"],
                     "free": True, "text": {"status": "Closing soon", "grades": "Grades 6-8",
                                            "cost": "Free", "deadline": "Apply by Dec 10, 2026"}}
    assert acme["programs"][1]["text"]["grades"] == "For educators who teach grades K-5"
    assert acme["programs"][2]["text"] == {"status": "Full", "grades": "Grade 9", "deadline": "",
                                           "cost": "$40 per week (financial aid available)"}
    north = feed(out, "embed/regions/north.json")
    assert [p["title"] for p in north["programs"]] == [HOSTILE, "Welding"]
    assert north["url"] == "https://example.org/browse/region/north/"
    assert feed(out, "embed/regions/south.json")["programs"] == []
    assert "</script>" in (out / "embed/partners/acme.json").read_text("utf-8")  # JSON, not HTML
    spanish = feed(out, "es/embed/partners/acme.json")
    assert spanish["lang"] == "es" and spanish["url"] == "https://example.org/es/partners/acme/"
    assert spanish["programs"][2]["text"]["status"] == "Sin cupo"
    assert spanish["programs"][2]["text"]["grades"] == "Grado 9"


def test_partner_and_region_pages_give_the_line_to_paste(site: SiteFolder):
    site.write("content/partners/acme.yaml", partner(name=f"'{HOSTILE}'"))
    out = site.built()
    page = (out / "partners/acme/index.html").read_text("utf-8")
    code = page.split('<pre><code>', 1)[1].split('</code></pre>', 1)[0]
    line = html.unescape(code)  # what the partner copies
    assert line == (
        '<a class="stemhub-embed" href="https://example.org/partners/acme/">Programs of '
        + str(escape(HOSTILE)) + ' on Test Network</a><script '
        'src="https://example.org/static/embed.js" data-partner="acme" '
        'referrerpolicy="no-referrer" async></script>')
    es = (out / "es/partners/acme/index.html").read_text("utf-8")
    assert 'data-lang=&#34;es&#34;' in es and "Mostrar estos programas en su sitio" in es
    region = (out / "browse/region/south/index.html").read_text("utf-8")
    assert "data-region=&#34;south&#34;" in region
    assert "sh-embed" not in (out / "browse/grade/7/index.html").read_text("utf-8")
    assert (out / "static/embed.js").is_file()
