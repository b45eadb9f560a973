"""The most partners a program may name (10), each with the longest name and summary, named by
every program: each partner page lists every program's card, and each card names partners.
Programs are the size of the sample site's average record (about 1.9 KB); least: the same
records with the least text, for the fixed size of their pages."""
import pathlib

PARTNER = "name: {name}\nkind: industry\nsummary: {summary}\nverified: 2026-10-01\n"
PROGRAM = """---
title: Program {n} for students who build things
partner: [{partners}]
summary: {summary}
type: club
sectors: [engineering-manufacturing]
grades: 9-12
cost: free
location: online
verified: 2026-10-01
---
{body}
"""
PARAGRAPH = ("Students meet every week to design, build and test a project with mentors from "
             "local employers. They keep a notebook, present their work to families at the end "
             "of the term, and leave with a portfolio piece and a reference letter. ")


def make(root: pathlib.Path, least: bool = False) -> None:
    partners = root / "content" / "partners"
    slugs = [f"p{i}" for i in range(10)]
    for i, slug in enumerate(slugs):
        name = f"Partner {i} " + ("" if least else "of the regional network of employers " * 4)
        (partners / f"{slug}.yaml").write_text(PARTNER.format(
            name=name[:120].strip(), summary="Works." if least else ("Works with schools. " *
                                                                      15)[:300]),
            encoding="utf-8")
    programs = root / "content" / "programs"
    for n in range(30):
        text = "x" if least else PARAGRAPH * 2
        body = "\n\n".join([f"## Week {w}\n\n{text}" for w in range(3)])
        (programs / f"program-{n}.md").write_text(PROGRAM.format(
            n=n, partners=", ".join(slugs), summary="x" if least else ("A hands-on program. " *
                                                                       15)[:250],
            body=body), encoding="utf-8")
