"""The most languages a site may list (12): every page is mirrored in each and names all of
them (hreflang links, the language switcher, the sitemap), so that part of each page grows with
the number of languages. Twelve programs the size of the sample site's average record (about
1.9 KB), one of them translated into every language. least: the same records with the least text, for
the fixed size of their pages."""
import pathlib
import re

LANGUAGES = ["en", "es", "vi", "so", "ar", "zh-TW", "ru", "uk", "ko", "tl", "pt-BR", "am"]
PROGRAM = """---
title: Program {n} for students who build things
partner: acme
summary: {summary}
type: club
sectors: [engineering-manufacturing]
grades: 9-12
cost: free
location: online
languages: [en, es, vi]
verified: 2026-10-01
---
{body}
"""
TRANSLATION = """---
title: Program {n} ({lang})
summary: {summary}
---
{body}
"""
PARAGRAPH = ("Students meet every week to design, build and test a project with mentors from "
             "local employers. They keep a notebook, present their work to families at the end "
             "of the term, and leave with a portfolio piece and a reference letter. ")


def make(root: pathlib.Path, least: bool = False) -> None:
    site = root / "site.yaml"
    site.write_text(re.sub(r"languages: \[[^]]*\]", f"languages: [{', '.join(LANGUAGES)}]",
                           site.read_text("utf-8")), "utf-8")
    programs = root / "content" / "programs"
    text = "x" if least else PARAGRAPH * 2
    body = "\n\n".join([f"## Week {w}\n\n{text}" for w in range(3)])
    summary = "x" if least else ("A hands-on program. " * 15)[:250]
    for n in range(12):
        (programs / f"program-{n}.md").write_text(
            PROGRAM.format(n=n, summary=summary, body=body), "utf-8")
        for lang in LANGUAGES[1:] if n == 0 else ():
            (programs / f"program-{n}.{lang.lower()}.md").write_text(
                TRANSLATION.format(n=n, lang=lang, summary=summary, body=body), "utf-8")
