"""Screenshots of the sample site for the README: home, a browse list, a program page and a partner
page, on a phone (390x844) and a desktop (1280x800), full page, in Debian's Chromium.

    .venv/bin/python tests/browser/screenshots.py [--out DIR]     (default: docs/screenshots/)

writes {home,browse,program,partner,search,es-program,es-untranslated,es-search}-{phone,
desktop}.png, program-first-{phone,desktop}.png (the first screen of a program page alone:
issue 35), and the first screen on a phone of each language mirror's pages in LANGUAGES
(languages/{es,vi}-{home,grade,program,untranslated,search}.png). Each picture is reduced to 128
colours, which text and the theme's few colours keep sharp at a quarter of the size. Not a test:
run it after changing the theme, look at every picture, and commit them."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image  # noqa: E402

from tests.browser.sitekit import (  # noqa: E402
    BROWSE, PAGES, PROGRAM, ROOT, VIEWPORTS, Server, build, chromium,
)

SHOTS = {"home": PAGES["home"], "browse": BROWSE, "program": PROGRAM, "partner": PAGES["partner"],
         "search": PAGES["search"] + "?q=robot&grade=7", "es-program": PAGES["es-program"],
         "es-untranslated": PAGES["es-program-untranslated"],
         "es-search": PAGES["es-search"] + "?q=campamento"}
# Per language mirror: its home, a grade list, a translated and an untranslated program, and
# search for the first example of its search box (a Vietnamese word of two syllables)
LANGUAGES = {lang: {"home": "", "grade": BROWSE, "program": "programs/build-a-bot-summer-camp/",
                    "untranslated": PAGES["es-program-untranslated"][3:],
                    "search": f"search/?q={q}"}
             for lang, q in (("es", "robótica"), ("vi", "người máy"))}
# the first screen only (the viewport): a grade 7 program, free, with transportation
FIRST_SCREENS = {"program-first": "programs/college-campus-day-for-middle-schoolers/"}


def small(png: Path) -> None:
    """The picture in at most 128 colours, so that the README's pictures stay small."""
    with Image.open(png) as image:
        reduced = image.convert("RGB").quantize(colors=128, dither=Image.Dither.NONE)
    reduced.save(png, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = build(Path(tmp) / "site")
        with Server(out) as server, chromium() as browser:
            for viewport, size in VIEWPORTS.items():
                context = browser.new_context(viewport=size, device_scale_factor=1)
                page = context.new_page()
                for name, path in {**SHOTS, **FIRST_SCREENS}.items():
                    response = page.goto(server.url + path, wait_until="networkidle")
                    assert response and response.ok, f"{path}: HTTP {response and response.status}"
                    target = args.out / f"{name}-{viewport}.png"
                    page.screenshot(path=str(target), full_page=name in SHOTS)
                    small(target)
                    print(target.relative_to(ROOT) if ROOT in target.parents else target)
                context.close()
            _languages(browser, server, args.out / "languages")
    return 0


def _languages(browser, server: Server, out: Path) -> None:
    """The LANGUAGES pages' first screen on a phone."""
    out.mkdir(exist_ok=True)
    context = browser.new_context(viewport=VIEWPORTS["phone"], device_scale_factor=1)
    page = context.new_page()
    for lang, pages in LANGUAGES.items():
        for name, path in pages.items():
            response = page.goto(f"{server.url}{lang}/{path}", wait_until="networkidle")
            assert response and response.ok, f"{lang}/{path}: HTTP {response and response.status}"
            target = out / f"{lang}-{name}.png"
            page.screenshot(path=str(target))
            small(target)
            print(target)
    context.close()


if __name__ == "__main__":
    sys.exit(main())
