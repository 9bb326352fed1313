"""The nearest town to a map position, from the offline town list."""

import pytest

from safepic.core.places import nearest_place, place_names, preload


@pytest.mark.parametrize(
    ("lat", "lon", "place", "country"),
    [
        (53.7425, -2.0139, "Hebden Bridge", "GB"),
        (40.7128, -74.0060, "New York City", "US"),
        (-33.9249, 18.4241, "Cape Town", "ZA"),
    ],
)
def test_nearest_town_is_named(lat, lon, place, country):
    where = nearest_place(lat, lon)
    assert where.place == place
    assert where.country == country
    assert (where.lat, where.lon) == (lat, lon)


def test_nearest_is_measured_over_the_earth_not_in_degrees():
    """Far north a degree east is half a degree north's length: Voss is 12 km from this point and
    Granvin 17 km, though Granvin is closer in degrees (reverse_geocoder named Granvin)."""
    assert nearest_place(60.6668, 6.6287).place == "Voss"


def test_region_is_given_in_words():
    where = nearest_place(53.7425, -2.0139)
    assert where.region == "England"
    assert where.in_words() == "Hebden Bridge, England"


def test_place_names_know_towns_but_not_camera_words():
    names = place_names()
    assert "hebden bridge" in names and "paris" in names
    assert "img" not in names and "photo" not in names


def test_preload_then_lookups_share_one_geocoder():
    preload()
    assert nearest_place(51.5074, -0.1278).place in ("London", "City of London", "Lambeth")
