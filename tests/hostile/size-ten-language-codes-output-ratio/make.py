"""Thirty programs, each offered in the most languages a program may name (10), 300 different
codes in all, each a language with a region (pt-BR, es-MX, ...), so that regions cannot add
filter boxes: each language is one box. Programs are the size of the sample site's average
record (about 1.9 KB); least: the same records with the least text, for the fixed size of
their pages."""
import pathlib

from babel.localedata import locale_identifiers

PROGRAM = """---
title: Program {n} for students who build things
partner: acme
summary: {summary}
type: club
sectors: [engineering-manufacturing]
grades: 9-12
cost: free
location: online
languages: [{languages}]
verified: 2026-10-01
---
{body}
"""
PARAGRAPH = ("Students meet every week to design, build and test a project with mentors from "
             "local employers. They keep a notebook, present their work to families at the end "
             "of the term, and leave with a portfolio piece and a reference letter. ")


def make(root: pathlib.Path, least: bool = False) -> None:
    codes = sorted(f"{lang}-{region}" for lang, _, region in
                   (i.partition("_") for i in locale_identifiers())
                   if len(lang) == 2 and len(region) == 2 and region.isalpha())
    programs = root / "content" / "programs"
    for n in range(30):
        text = "x" if least else PARAGRAPH * 2
        body = "\n\n".join([f"## Week {w}\n\n{text}" for w in range(3)])
        (programs / f"program-{n}.md").write_text(PROGRAM.format(
            n=n, summary="x" if least else ("A hands-on program. " * 15)[:250], body=body,
            languages=", ".join(codes[n * 10:n * 10 + 10])), encoding="utf-8")
