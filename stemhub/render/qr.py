"""QR codes on printed flyers: an address as an inline SVG, drawn at build time by zxing-cpp (a
compiled library: about 0.4 ms a code, where a pure-Python encoder took 1.05 ms, bench/README.md),
so a flyer needs no script and loads nothing. Only the code's path is kept (the address is
encoded, never written as text), in a view box with the quiet zone and without a fixed size (the
CSS sizes it). Hidden from screen readers: the flyer prints the address beside it.
tests/browser/test_flyer.py reads the sample's codes back."""
from __future__ import annotations

import re
from functools import lru_cache

import zxingcpp
from markupsafe import Markup

ERROR = "M"  # recovers 15% of the code: a printed flyer gets folded, pinned and smudged
_SIZE = re.compile(r'<svg width="(\d+)" height="(\d+)"')
_PATH = re.compile(r'<path d="([MhvHVZ0-9 -]+)"')  # moves and lines only: nothing to escape


@lru_cache(maxsize=8192)
def qr_svg(address: str) -> Markup:
    """The QR code of an address: the same one for every build (the dev server makes it once)."""
    svg = zxingcpp.create_barcode(address, zxingcpp.BarcodeFormat.QRCode,
                                  ec_level=ERROR).to_svg()
    (width, height), path = _SIZE.search(svg).groups(), _PATH.search(svg).group(1)
    return Markup(f'<svg class="sh-qr-code" viewBox="0 0 {width} {height}" aria-hidden="true" '
                  f'focusable="false"><path d="{path}"/></svg>')
