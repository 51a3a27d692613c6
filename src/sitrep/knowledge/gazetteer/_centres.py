"""Centre points of regions that ship no point of their own, from their populated places.

GeoNames, Wikipedia and gazetteers generally put a first-level region (a US state, a
province, an oblast) near its geometric centre. The mean of the region's places is pulled
towards where people live (Queensland's mean lies near Brisbane, Ontario's near Toronto),
so the centre is taken as the area centroid of the convex hull of the places instead, after
leaving out outlying islands far from the region's main body (Easter Island, Ogasawara).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

Point = tuple[float, float]
"""(lat, lon) in degrees."""

CLUSTER_CELL_DEG = 2.0
"""Grid cell size for the main-body test: places two or more empty cells (about 200 km)
away from the rest form a separate group."""


def mean_point(points: Sequence[Point]) -> Point:
    """Mean of the points: the fallback when they span no area (one place, or a line)."""
    return (
        sum(p[0] for p in points) / len(points),
        sum(p[1] for p in points) / len(points),
    )


def main_body(points: Sequence[Point], cell: float = CLUSTER_CELL_DEG) -> list[Point]:
    """The largest group of points whose grid cells touch: the region without far islands."""
    cells: defaultdict[tuple[int, int], list[Point]] = defaultdict(list)
    for point in points:
        cells[(math.floor(point[0] / cell), math.floor(point[1] / cell))].append(point)
    parent = {key: key for key in cells}

    def root(key: tuple[int, int]) -> tuple[int, int]:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for row, col in cells:
        for d_row in (-1, 0, 1):
            for d_col in (-1, 0, 1):
                near = (row + d_row, col + d_col)
                if near in cells:
                    parent[root(near)] = root((row, col))
    groups: defaultdict[tuple[int, int], list[Point]] = defaultdict(list)
    for key, members in cells.items():
        groups[root(key)].extend(members)
    return max(groups.values(), key=len)


def convex_hull(points: Sequence[Point]) -> list[Point]:
    """Convex hull (Andrew's monotone chain) of (x, y) points, counter-clockwise."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return unique

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for point in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], point) <= 0:
            lower.pop()
        lower.append(point)
    for point in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], point) <= 0:
            upper.pop()
        upper.append(point)
    return lower[:-1] + upper[:-1]


def polygon_centroid(ring: Sequence[Point]) -> Point | None:
    """Area centroid of a simple polygon of (x, y) points; ``None`` when it has no area."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return None
    return cx / (3 * area), cy / (3 * area)


def region_centre(points: Sequence[Point]) -> Point:
    """Centre of a region from its places: area centroid of the hull of its main body.

    Longitudes are unwrapped when the places straddle the antimeridian (Chukotka, Fiji).
    """
    lons = [p[1] for p in points]
    wrap = max(lons) - min(lons) > 180
    unwrapped = [(lat, lon + 360 if wrap and lon < 0 else lon) for lat, lon in points]
    body = main_body(unwrapped)
    centre = polygon_centroid(convex_hull([(lon, lat) for lat, lon in body]))
    if centre is None:
        lat, lon = mean_point(body)
    else:
        lon, lat = centre
    return lat, lon - 360 if lon > 180 else lon
