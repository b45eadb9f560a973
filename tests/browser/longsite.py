"""A small site whose records hold what a phone cannot break by itself: a 60-character e-mail
address, a 40-letter word and a long URL in every field that shows text, and a linked
announcement. Used by test_narrow.py (nothing scrolls sideways at 320 px) and test_targets.py
(the banner's link is a 44 px target)."""
from __future__ import annotations

from pathlib import Path

from tests.browser.sitekit import build

WORD = "Superlongwordwithoutanyplacetobreakatall"  # 40 letters
EMAIL = "enrollment.and.family.engagement@longvalley-robotics.example"  # 60 characters
URL = "https://longvalley-robotics.example.org/programs/2027/summer/applications/" + WORD.lower()
PROGRAM = "programs/robotics-club/"
# One page of every kind this site has, as site paths.
PAGES = ["", "programs/", PROGRAM, PROGRAM + "flyer/", "partners/", "partners/acme/", "guides/",
         "guides/a-guide/", "updates/", "updates/news/", "about/", "browse/", "browse/grade/7/",
         "pathways/", "pathways/engineering-manufacturing/", "glossary/", "coverage/", "calendar/",
         "submit/program/", "search/?q=robotics", "no/such/page/"]

FILES = {
    "site.yaml": f"""\
title: Long Valley STEM Network
description: A test directory with long words.
base_url: https://stem.example.org/
contact: {{email: {EMAIL}}}
regions: [{{slug: north, name: North {WORD}}}]
announcement: {{text: Apply in January., url: "{URL}"}}
""",
    "content/partners/acme.yaml": f"""\
name: Acme {WORD} Robotics
kind: industry
summary: Builds {WORD} robots. Write to {EMAIL}.
website: {URL}
contact: {{name: {WORD}, email: {EMAIL}, phone: 555-0100}}
verified: 2026-10-01
description: A {WORD} partner, {URL} and {EMAIL}.
""",
    "content/programs/robotics-club.md": f"""\
---
title: Robotics {WORD} Club
partner: acme
summary: Build {WORD} robots after school; questions to {EMAIL}.
type: club
sectors: [engineering-manufacturing]
grades: 6-8
cost: {{amount: 20, per: "{WORD}"}}
location: {{name: {WORD} Hall, address: 1 {WORD} Road, city: {WORD}, region: north}}
schedule: {{start: 2027-01-10, end: 2027-05-30, times: "{WORD} afternoons"}}
deadline: 2026-12-20
apply_url: {URL}
contact: {{name: {WORD}, email: {EMAIL}, phone: 555-0100}}
eligibility: Students who like {WORD}.
tags: [robotics]
verified: 2026-10-01
---
Robots every {WORD} Tuesday. Read {URL} or write to {EMAIL}.
""",
    "content/guides/a-guide.md": f"""\
---
title: A {WORD} guide
summary: How to {WORD}.
audience: [families]
updated: 2026-10-01
---
## {WORD}

See {URL}.
""",
    "content/updates/news.md": f"""\
---
title: News about {WORD}
date: 2026-11-01
summary: The {WORD} is here.
---
Read {URL}.
""",
    "content/pages/about.md": f"""\
---
title: About {WORD}
nav: 1
---
Write to {EMAIL} or read {URL}.
""",
}


def build_long_site(folder: Path) -> Path:
    """Write the site into folder/src and build it into folder/out."""
    assert len(WORD) == 40 and len(EMAIL) == 60
    for name, text in FILES.items():
        path = folder / "src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return build(folder / "out", source=folder / "src")
