"""Region centres from populated places: area centre of the main body, not the mean."""

from __future__ import annotations

import pytest

from sitrep.knowledge.gazetteer._centres import (
    convex_hull,
    main_body,
    mean_point,
    polygon_centroid,
    region_centre,
)


def _square(lat: float, lon: float, size: float) -> list[tuple[float, float]]:
    return [(lat, lon), (lat + size, lon), (lat, lon + size), (lat + size, lon + size)]


def test_dense_corner_does_not_pull_the_centre() -> None:
    # A 10x10 degree region whose people live in one corner, as Queensland's near Brisbane.
    corner = [(0.1 * i, 0.1 * j) for i in range(10) for j in range(10)]
    spread = [(float(i), float(j)) for i in range(0, 11, 2) for j in range(0, 11, 2)]
    points = corner + spread
    assert mean_point(points)[0] < 3
    lat, lon = region_centre(points)
    assert lat == pytest.approx(5, abs=0.01) and lon == pytest.approx(5, abs=0.01)


def test_far_island_is_left_out() -> None:
    mainland = _square(-33, -72, 2)
    island = [(-27.1, -109.4)]  # Easter Island, part of Valparaíso region
    assert sorted(main_body(mainland + island)) == sorted(mainland)
    lat, lon = region_centre(mainland + island)
    assert lat == pytest.approx(-32, abs=0.01) and lon == pytest.approx(-71, abs=0.01)


def test_antimeridian() -> None:
    # Chukotka-like: places on both sides of 180 degrees form one body centred near it.
    points = _square(65, 179, 1) + _square(65, -179.5, 1)
    lat, lon = region_centre(points)
    assert lat == pytest.approx(65.5, abs=0.01) and lon == pytest.approx(-179.75, abs=0.01)


def test_degenerate_regions_fall_back_to_the_mean() -> None:
    assert region_centre([(50.0, 30.0)]) == (50.0, 30.0)
    assert region_centre([(50.0, 30.0), (51.0, 31.0)]) == pytest.approx((50.5, 30.5))
    assert polygon_centroid([(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)]) is None


def test_convex_hull_drops_inner_points() -> None:
    hull = convex_hull([*_square(0, 0, 2), (1.0, 1.0)])
    assert sorted(hull) == sorted(_square(0, 0, 2))
