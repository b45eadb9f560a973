"""QR codes on printed flyers: an address as an inline SVG, drawn by segno at build time, so a
flyer needs no script and loads nothing. segno writes only the code's path data (the address is
encoded, never written as text), without an XML declaration or a fixed size (the CSS sizes it).
Hidden from screen readers: the flyer prints the address beside it.

One mask pattern for every code: segno's search for the best of the eight costs three quarters
of each code's time (about 50 s of processor time at 10,000 programs, bench/README.md), and a
reader decodes every mask; tests/browser/test_flyer.py reads the sample's codes with zxing-cpp."""
from __future__ import annotations

from functools import lru_cache

import segno
from markupsafe import Markup

ERROR = "m"  # recovers 15% of the code: a printed flyer gets folded, pinned and smudged
MASK = 0


@lru_cache(maxsize=8192)
def qr_svg(address: str) -> Markup:
    """The QR code of an address: the same one for every build (the dev server makes it once)."""
    code = segno.make_qr(address, error=ERROR, mask=MASK)
    svg = code.svg_inline(omitsize=True, svgclass="sh-qr-code", lineclass=None)
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))
