"""The coverage page's map: a circle at the centroid of each ZIP code with in-person programs,
bigger for more programs, in an equirectangular projection fitted to their bounding box (north
up). Drawn by the template as SVG from these numbers: no tiles, nothing loaded."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ...site.catalog import Item
from ...site.places import centroid, zip5

WIDTH = 400  # the SVG's viewBox width; its height follows the area's shape
PAD = 30  # room around the circles (the biggest is MAX_R)
MIN_R, MAX_R = 5, 16
LABEL_ROOM = 48  # a label goes left of its circle when it would not fit on the right


@dataclass
class Spot:
    zip: str
    towns: list[str]  # the programs' towns in this ZIP code, as their records write them
    count: int  # programs
    x: float  # in the viewBox
    y: float
    r: float

    @property
    def left(self) -> bool:
        """Whether its label goes left of the circle."""
        return self.x + self.r + LABEL_ROOM > WIDTH


@dataclass
class ZipMap:
    height: int
    spots: list[Spot]  # by ZIP code
    unplaced: int  # in-person programs without a ZIP code, or with one not known
    online: int

    width: int = WIDTH


def zip_map(listed: list[Item]) -> ZipMap:
    by_zip: dict[str, list[Item]] = {}
    for p in listed:
        z = zip5(p)
        if z and centroid(z):
            by_zip.setdefault(z, []).append(p)
    online = sum(1 for p in listed if p.location is None)
    unplaced = len(listed) - online - sum(len(ps) for ps in by_zip.values())
    spots, height = _placed({z: by_zip[z] for z in sorted(by_zip)})
    return ZipMap(height, spots, unplaced, online)


def _placed(by_zip: dict[str, list[Item]]) -> tuple[list[Spot], int]:
    """Each ZIP code's spot in the viewBox, and the viewBox height: the longer side of the
    area fills the inner width (a tall area is centred across), the height follows."""
    if not by_zip:
        return [], 0
    points = _flat({z: centroid(z) for z in by_zip})
    xs, ys = [x for x, _ in points.values()], [y for _, y in points.values()]
    inner = WIDTH - 2 * PAD
    scale = inner / max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    shift = PAD + (inner - (max(xs) - min(xs)) * scale) / 2
    most = max(len(ps) for ps in by_zip.values())
    spots = [Spot(z, sorted({p.location.city for p in programs}, key=str.casefold),
                  len(programs), round(shift + (points[z][0] - min(xs)) * scale, 1),
                  round(PAD + (points[z][1] - min(ys)) * scale, 1),
                  round(MIN_R + (MAX_R - MIN_R) * math.sqrt(len(programs) / most), 1))
             for z, programs in by_zip.items()]
    return spots, round((max(ys) - min(ys)) * scale + 2 * PAD)


def _flat(points: dict[str, list[float]]) -> dict[str, tuple[float, float]]:
    """Latitudes and longitudes on the plane, y down (equirectangular): longitude shrunk by the
    cosine of the middle latitude, so that a mile there is as long across as up and down."""
    lats = [lat for lat, _ in points.values()]
    shrink = math.cos(math.radians((min(lats) + max(lats)) / 2))
    return {z: (lon * shrink, -lat) for z, (lat, lon) in points.items()}
