"""How fast and how exact the copy search is on a folder of 1,000 phone-sized photos.

Builds (once, cached) 1,000 JPEGs of 3-12 megapixels in /tmp: 20 edited copies of the
astronaut and 980 pictures made from other public-domain photos (scikit-image's data folder,
crops, flips, brightness, noise like a phone sensor). Then times find_copies with one and with
two threads and prints files per second, copies found and false alarms. It also prints the
hash distances of every edit kind and of every pair of unrelated photos, which is where
MATCH_DISTANCE comes from, and a cross-check of each source photo against the files made from
the others. Then near misses: pairs of shots of one scene a moment apart (someone moved or walked
in, two framings of a wider view, burst frames; tests/core/near_misses.py builds them on every
source photo) and scikit-image's stereo pair of a motorcycle, each judged by the copy rule
(`is_copy`) and, side by side, by the looser "a picture search could match it" rule
(`looks_alike`, which was also the copy rule before near misses were measured).

    .venv/bin/python benchmarks/similar.py [--folder /tmp/safepic-bench-1000] [--count 1000]
                                                [--no-calibration]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core import similar  # noqa: E402
from safepic.core.picture import from_image, open_picture  # noqa: E402
from tests.core import near_misses  # noqa: E402

ASTRONAUT = ROOT / "tests" / "data" / "astronaut.jpg"
PLANTED = 20
MEGAPIXELS = (3, 5, 8, 12)


def _photo_sources() -> list[Path]:
    import skimage.data  # benchmark-only tool: pip install scikit-image

    data = Path(skimage.data.__file__).parent
    names = ["coffee.png", "rocket.jpg", "chelsea.png", "camera.png", "coins.png", "moon.png",
             "horse.png", "hubble_deep_field.jpg", "retina.jpg", "motorcycle_left.png",
             "brick.png", "grass.png", "gravel.png", "ihc.png", "page.png", "text.png",
             "clock_motion.png", "color.png", "logo.png", "cell.png"]
    return [data / n for n in names if (data / n).exists()]


def _crop(image: Image.Image, left: float, top: float, right: float, bottom: float) -> Image.Image:
    w, h = image.size
    return image.crop((round(left * w), round(top * h), round(w - right * w), round(h - bottom * h)))


def _edit(image: Image.Image, kind: int, rng: np.random.Generator) -> Image.Image:
    edits = [
        lambda: image,
        lambda: ImageOps.grayscale(image).convert("RGB"),
        lambda: ImageOps.mirror(image),
        lambda: ImageEnhance.Brightness(image).enhance(rng.uniform(0.7, 1.4)),
        lambda: image.filter(ImageFilter.GaussianBlur(rng.uniform(1, 3))),
        lambda: _crop(image, *rng.uniform(0, 0.06, 4)),
        lambda: _crop(image, rng.uniform(0, 0.1), 0, 0, rng.uniform(0, 0.1)),
        lambda: ImageEnhance.Color(image).enhance(rng.uniform(0.3, 1.8)),
    ]
    return edits[kind % len(edits)]()


def _make_one(job: tuple[int, str, Path]) -> None:
    index, source, out = job
    rng = np.random.default_rng(index)
    image = Image.open(source).convert("RGB")
    if index < PLANTED:
        image = _edit(image, index, rng)
    else:  # a different view of another photo: a crop, maybe flipped, maybe brighter
        area = rng.uniform(0.3, 1.0)
        side = area ** 0.5
        left, top = rng.uniform(0, 1 - side, 2)
        image = _crop(image, left, top, 1 - side - left, 1 - side - top)
        if rng.random() < 0.5:
            image = ImageOps.mirror(image)
        image = ImageEnhance.Brightness(image).enhance(rng.uniform(0.8, 1.2))
    megapixels = MEGAPIXELS[index % len(MEGAPIXELS)] * 1e6
    scale = (megapixels / (image.width * image.height)) ** 0.5
    size = (round(image.width * scale), round(image.height * scale))
    big = np.asarray(image.resize(size, Image.Resampling.BICUBIC), dtype=np.int16)
    noise = rng.integers(-10, 11, big.shape[:2], dtype=np.int16)[..., None]
    Image.fromarray(np.clip(big + noise, 0, 255).astype(np.uint8)).save(out, quality=90)


def build(folder: Path, count: int) -> None:
    if folder.is_dir() and len(list(folder.rglob("*.jpg"))) == count:
        return
    folder.mkdir(parents=True, exist_ok=True)
    sources = _photo_sources()
    jobs = []
    for index in range(count):
        source = ASTRONAUT if index < PLANTED else sources[index % len(sources)]
        sub = folder / f"DCIM-{index // 250:02d}"
        sub.mkdir(exist_ok=True)
        name = f"copy-{index:04d}.jpg" if index < PLANTED else f"IMG_{index:04d}.jpg"
        jobs.append((index, str(source), sub / name))
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_make_one, jobs, chunksize=8))


def calibrate() -> None:
    """Distances of edited copies and of unrelated photo pairs, side by side, and the verdicts."""
    photos = {p.name: Image.open(p).convert("RGB") for p in _photo_sources()}
    photos["astronaut.jpg"] = Image.open(ASTRONAUT).convert("RGB")
    rng = np.random.default_rng(1)
    edits, missed = [], []
    for name, image in photos.items():
        for kind in range(8):
            original, edited = from_image(image), from_image(_edit(image, kind, rng))
            edits.append((similar.distance(original, edited), f"{name} edit {kind}"))
            if not similar.is_copy(original, edited):
                missed.append(edits[-1])
    unrelated, alarms = [], []
    for a, b in itertools.combinations(photos, 2):
        first, second = from_image(photos[a]), from_image(photos[b])
        unrelated.append((similar.distance(first, second), f"{a} / {b}"))
        if similar.is_copy(first, second):
            alarms.append(unrelated[-1])
    edits.sort(reverse=True)
    unrelated.sort()
    print(f"edited copies ({len(edits)}): mean distance {np.mean([g for g, _ in edits]):.1f}, "
          f"largest {edits[:3]}; not matched {missed}")
    print(f"unrelated pairs ({len(unrelated)}): mean distance {np.mean([g for g, _ in unrelated]):.1f}, "
          f"smallest {unrelated[:3]}; matched {alarms}")


def near_miss_check() -> tuple[int, int, int]:
    """Shots of one scene a moment apart: how many each rule wrongly calls the same picture.
    Returns (pairs, a picture search could match, called copies)."""
    scenes = {p.name: Image.open(p).convert("RGB") for p in _photo_sources()}
    scenes["astronaut.jpg"] = Image.open(ASTRONAUT).convert("RGB")
    people = [Image.open(ROOT / "tests" / "data" / n).convert("RGB")
              for n in ("astronaut.jpg", "grace-hopper.jpg", "camera.jpg")]
    pairs: dict[str, list[tuple[str, Image.Image, Image.Image]]] = {}
    for number, (name, scene) in enumerate(scenes.items()):
        for kind, make in near_misses.KINDS.items():
            pairs.setdefault(kind, []).append((name, *make(scene, people[number % len(people)])))
    data = _photo_sources()[0].parent
    pairs["stereo"] = [("motorcycle", Image.open(data / "motorcycle_left.png").convert("RGB"),
                        Image.open(data / "motorcycle_right.png").convert("RGB"))]
    totals = [0, 0, 0]  # pairs, a search could match, called copies
    for kind, shots in pairs.items():
        copies, alike, gaps = [], 0, []
        for name, first, second in shots:
            a, b = from_image(first), from_image(second)
            gaps.append(similar.distance(a, b))
            alike += similar.looks_alike(a, b)
            if similar.is_copy(a, b):
                copies.append(name)
        totals = [totals[0] + len(shots), totals[1] + alike, totals[2] + len(copies)]
        print(f"near misses '{kind}' ({len(shots)}): hash distance median {np.median(gaps):.0f} "
              f"(smallest {min(gaps)}); a search could match {alike}; called copies {len(copies)} {copies}")
    print(f"near misses in all: {totals[0]}; a search could match {totals[1]}; called copies {totals[2]}")
    return totals[0], totals[1], totals[2]


def cross_check(folder: Path, count: int) -> None:
    """Every source photo against every file made from another photo: none may match."""
    sources = _photo_sources()
    files = sorted(folder.rglob("IMG_*.jpg"))
    hashes = {path: similar._hash_file(path) for path in files}
    gaps, alarms, checked = [], 0, 0
    for number, source in enumerate(sources):
        image = Image.open(source).convert("RGB")
        variants = similar._variants(similar._shrink(image))
        details = similar._Details(similar._grey(image))
        for path, hashed in hashes.items():
            index = int(path.stem.split("_")[1])
            if hashed is None or index % len(sources) == number:
                continue
            gap = similar._nearest(variants, hashed)
            origin = sources[index % len(sources)].name
            gaps.append((gap, f"{source.name} / {path.name} (from {origin})"))
            checked += similar.SURE_DISTANCE < gap <= similar.CHECK_DISTANCE
            alarms += similar._same_picture(gap, details, lambda p=path: similar._grey_file(p))
    gaps.sort()
    print(f"cross-check: {len(gaps)} pairs of unrelated photos, closest {gaps[:3]}; "
          f"{checked} compared point by point; false alarms {alarms}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=Path("/tmp/safepic-bench-1000"))
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--no-calibration", action="store_true", help="only time the search")
    args = parser.parse_args()
    started = time.perf_counter()
    build(args.folder, args.count)
    size = sum(p.stat().st_size for p in args.folder.rglob("*.jpg")) / 1e9
    print(f"folder ready in {time.perf_counter() - started:.0f} s: {args.count} JPEGs, {size:.1f} GB")
    if not args.no_calibration:
        calibrate()
        near_miss_check()
        cross_check(args.folder, args.count)
    query = open_picture(ASTRONAUT)
    for workers in (1, 2):
        similar._WORKERS = workers
        started, cpu = time.perf_counter(), time.process_time()
        findings = similar.find_copies(query, args.folder)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        found = {Path(f.path).name for f in findings}
        planted = {f"copy-{i:04d}.jpg" for i in range(min(PLANTED, args.count))}
        print(f"{workers} thread(s): {seconds:.1f} s, {args.count / seconds:.0f} files/s "
              f"({cpu:.1f} s of processor time; load average {os.getloadavg()[0]:.1f}); "
              f"copies found {len(found & planted)}/{len(planted)}, "
              f"false alarms {len(found - planted)}")


if __name__ == "__main__":
    main()
