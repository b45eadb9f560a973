"""The picture a link to the site shows when it is shared (Open Graph, Twitter cards): a
partner's logo on its page, else the theme's card (static/social.png), which a site replaces
with its own file of that name."""
from __future__ import annotations

import re
import struct
from pathlib import Path

from tests.conftest import PARTNER, SiteFolder

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def meta(html: str) -> dict[str, str]:
    """The page's <meta property|name=... content=...> values (a lang before them: a site text
    in another language than the page's)."""
    return dict(re.findall(r'<meta (?:lang="[a-zA-Z-]+" )?(?:property|name)="((?:og|twitter):'
                           r'[a-z:_]+)" content="([^"]*)">', html))


def size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def test_every_page_shows_the_theme_card_by_default(site: SiteFolder):
    out = site.built()
    for page in ("index.html", "es/programs/robotics-club/index.html", "partners/acme/index.html"):
        tags = meta((out / page).read_text(encoding="utf-8"))
        assert tags["og:image"] == "https://example.org/static/social.png"
        assert tags["og:image:alt"] == "Test Network"
        assert tags["twitter:card"] == "summary_large_image"
    assert size((out / "static/social.png").read_bytes()) == (1200, 630)


def test_a_partner_page_shows_the_partners_logo(site: SiteFolder):
    site.write("content/partners/acme.yaml", PARTNER + "logo: logos/acme.png\n")
    site.write("content/partners/logos/acme.png", PNG)
    out = site.built()
    for page, alt in (("partners/acme/index.html", "Logo of Acme Robotics"),
                      ("es/partners/acme/index.html", "Logotipo de Acme Robotics")):
        tags = meta((out / page).read_text(encoding="utf-8"))
        assert tags["og:image"] == "https://example.org/assets/logos/acme.png"
        assert tags["og:image:alt"] == alt
        assert tags["twitter:card"] == "summary"
    assert (out / "assets/logos/acme.png").read_bytes() == PNG


def test_a_sites_own_card_replaces_the_themes(site: SiteFolder):
    site.write("static/social.png", PNG)
    out: Path = site.built()
    assert (out / "static/social.png").read_bytes() == PNG
    assert meta((out / "index.html").read_text(encoding="utf-8"))["og:image"] == \
        "https://example.org/static/social.png"
