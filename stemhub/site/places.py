"""Where programs are: the ZIP code of an in-person program, and the centroid of a ZIP code
(PyPI zipcodes, offline), shared by the search data and the coverage page's map."""
from __future__ import annotations

import math
from functools import cache

EARTH_MILES = 3958.8


def zip5(program) -> str | None:
    """A program's 5-digit ZIP code, or None (online, or none given)."""
    return program.location.zip[:5] if program.location and program.location.zip else None


@cache
def centroid(zip_code: str) -> list[float] | None:
    """[latitude, longitude] of a ZIP code's centre, 3 decimals; None when unknown."""
    import zipcodes  # its table loads on first use (about 0.3 s): only sites with ZIPs pay it
    found = [z for z in zipcodes.matching(zip_code) if z["lat"] and z["long"]]
    return rounded(found[0]) if found else None


def rounded(z: dict) -> list[float]:
    return [round(float(z["lat"]), 3), round(float(z["long"]), 3)]


def miles(a: list[float], b: list[float]) -> float:
    """Great-circle distance, as the search page computes it."""
    x = math.sin(math.radians(b[0] - a[0]) / 2)
    y = math.sin(math.radians(b[1] - a[1]) / 2)
    h = x * x + math.cos(math.radians(a[0])) * math.cos(math.radians(b[0])) * y * y
    return 2 * EARTH_MILES * math.asin(math.sqrt(h))
