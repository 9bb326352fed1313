"""SafePic without SciPy: its nearest town and its picture hashes next to the libraries they replaced.

- Nearest town: safepic.core.places (great-circle nearest over every town, numpy) against
  reverse_geocoder 1.5.1 (a SciPy k-d tree over raw latitude and longitude degrees) on the same
  GeoNames table: random points anywhere on Earth, and random points within ~20 km of a random
  town (where photos are taken). Where the two differ, the true distance (haversine) says which
  town is nearer.
- Hashes: safepic.core.hashes (pHash with a numpy DCT, dHash) against imagehash 4.3 (SciPy's DCT),
  on every picture in resources/ and tests/data at several sizes, crops, turns and mirror images.

Needs reverse_geocoder and imagehash, which SafePic no longer installs; use a throwaway environment:
    python -m venv /tmp/rg && /tmp/rg/bin/pip install -e . reverse_geocoder imagehash
    /tmp/rg/bin/python benchmarks/places_hashes.py [--points 20000]
"""

from __future__ import annotations

import argparse
import csv
import glob
import io
import math
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from safepic.core import hashes, places

ROOT = Path(__file__).resolve().parents[1]


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def compare_places(count: int) -> dict:
    import reverse_geocoder

    started = time.perf_counter()
    with places.open_table() as stream:
        text = stream.read()
    geocoder = reverse_geocoder.RGeocoder(mode=1, verbose=False, stream=io.StringIO(text))
    theirs_load = time.perf_counter() - started
    started = time.perf_counter()
    places.preload()
    ours_load = time.perf_counter() - started
    rows = list(csv.reader(io.StringIO(text)))[1:]
    where: dict[tuple[str, str, str], list[tuple[float, float]]] = {}  # a few names repeat
    for r in rows:
        where.setdefault((r[2], r[3], r[5]), []).append((float(r[0]), float(r[1])))
    rng = np.random.default_rng(18)
    anywhere = [(math.degrees(math.asin(rng.uniform(-1, 1))), rng.uniform(-180, 180))
                for _ in range(count)]
    near = []
    for index in rng.integers(0, len(rows), count):
        lat, lon = float(rows[index][0]), float(rows[index][1])
        near.append((float(np.clip(lat + rng.normal(0, 0.1), -90, 90)),
                     (lon + rng.normal(0, 0.1) + 180) % 360 - 180))
    result = {"load s (ours, theirs)": (round(ours_load, 2), round(theirs_load, 2))}
    for name, points in (("anywhere", anywhere), ("near a town", near)):
        started = time.perf_counter()
        ours = [places.nearest_place(lat, lon) for lat, lon in points]
        ours_s = time.perf_counter() - started
        started = time.perf_counter()
        theirs = geocoder.query(points)
        theirs_s = time.perf_counter() - started
        same = ours_nearer = theirs_nearer = 0
        for (lat, lon), mine, other in zip(points, ours, theirs):
            a = (mine.place, mine.region, mine.country)
            b = (other["name"], other["admin1"], other["cc"])
            if a == b:
                same += 1
                continue
            da = min(_haversine_km(lat, lon, *town) for town in where[a])
            db = _haversine_km(lat, lon, float(other["lat"]), float(other["lon"]))
            ours_nearer += da < db
            theirs_nearer += db < da
        result[name] = {"points": len(points), "same town": same, "ours nearer": ours_nearer,
                        "theirs nearer": theirs_nearer,
                        "ms per point (ours, theirs)": (round(1000 * ours_s / len(points), 3),
                                                        round(1000 * theirs_s / len(points), 3))}
    return result


def _pictures() -> list[Image.Image]:
    files = sorted(glob.glob(f"{ROOT}/resources/**/*.png", recursive=True)
                   + glob.glob(f"{ROOT}/resources/**/*.jpg", recursive=True)
                   + glob.glob(f"{ROOT}/tests/data/*.jpg"))
    return [Image.open(path).convert("RGB") for path in files]


def compare_hashes() -> dict:
    import imagehash

    def bits(value: imagehash.ImageHash) -> int:
        return int.from_bytes(np.packbits(value.hash.flatten()).tobytes(), "big")

    looked = same = 0
    ours_s = theirs_s = 0.0
    for picture in _pictures():
        w, h = picture.size
        versions = [picture, ImageOps.mirror(picture), picture.rotate(90, expand=True),
                    picture.crop((w // 10, h // 10, w - w // 10, h - h // 10)),
                    picture.resize((max(1, w // 3), max(1, h // 3))), ImageOps.grayscale(picture)]
        for version in versions:
            small = version.copy()
            small.thumbnail((128, 128))
            started = time.perf_counter()
            ours = (hashes.phash(small), hashes.dhash(small))
            ours_s += time.perf_counter() - started
            started = time.perf_counter()
            theirs = (bits(imagehash.phash(small)), bits(imagehash.dhash(small)))
            theirs_s += time.perf_counter() - started
            looked += 1
            same += ours == theirs
    return {"pictures hashed": looked, "same pHash and dHash": same,
            "ms per picture (ours, theirs)": (round(1000 * ours_s / looked, 3),
                                              round(1000 * theirs_s / looked, 3))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=20000)
    args = parser.parse_args()
    for section, numbers in (("nearest town", compare_places(args.points)),
                             ("hashes", compare_hashes())):
        print(section)
        for key, value in numbers.items():
            print(f"  {key}: {value}")


if __name__ == "__main__":
    main()
