"""A small site for the open-data tests: listed programs (one with hostile text, one closed),
programs that must not be published (a draft, an ended one, a cancelled one), two partners."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import PROGRAM, SiteFolder, days

HOSTILE = f"""\
---
title: '=HYPERLINK("https://evil.example/","click")'
partner: [beta, acme]
summary: +1 for science, "quoted", and a comma
type: camp
sectors: [maritime, aerospace]
grades: K-2
cost: {{amount: 12.50, per: per day, financial_aid: true}}
paid: true
location: {{name: '@Dock 5', address: 1 Pier Way, city: Seattle, zip: "98101", region: north}}
schedule: {{start: {days(30)}, end: {days(34)}, times: '-9am to 3pm'}}
deadline: {days(10)}
apply_url: https://beta.example.org/apply
contact: {{name: Sam, email: sam@beta.example.org, phone: "+1 555-0100 x12"}}
languages: [en, es]
supports: [meals]
focus: [girls]
eligibility: -2 grades below is fine
capacity: 30
tags: ["@x", "-y"]
verified: 2026-10-01
---
Body text.
"""
PARTNER_B = """\
name: '=Beta Lab'
kind: nonprofit
summary: A lab by the water.
website: https://beta.example.org/
contact: {phone: 555-0101, email: hello@beta.example.org}
regions: [north]
verified: 2026-10-01
"""
NOT_PUBLISHED = {
    "draft-program": "draft: true",
    "ended-program": f"schedule: {{start: {days(-60)}, end: {days(-1)}}}",
    "cancelled-program": "availability: cancelled",
}


def program(slug: str, extra: str) -> str:
    return PROGRAM.replace("title: Robotics Club", f"title: {slug}").replace(
        "verified:", f"{extra}\nverified:")


def make(root: Path) -> SiteFolder:
    site = SiteFolder(root)
    site.write("content/partners/beta.yaml", PARTNER_B)
    site.write("content/programs/hostile.md", HOSTILE)
    site.write("content/programs/hostile.es.md", "---\ntitle: Campamento\n"
               "location: {name: Muelle 5}\n---\n")
    site.write("content/programs/closed-program.md", program("closed-program",
                                                             f"deadline: {days(-3)}"))
    for slug, extra in NOT_PUBLISHED.items():
        site.write(f"content/programs/{slug}.md", program(slug, extra))
    return site
