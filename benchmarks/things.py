"""False alarms of the home and vehicle finders (and the pet finder) on pictures without any.

The pictures: the stock gallery (resources/stock: drawn animals and flowers), the photos of
tests/data (a cat, a cup, a rocket, portraits), the labelled and hard scenes of
tests/core/vision/scenes.py (group photos, crowds, turned, dark, grey and blocky photos, posters),
and any folders given on the command line (for example Debian's openclipart-png drawings, or
photos that do show a home or a car, to see what is found). For each picture, what was found.

    .venv/bin/python benchmarks/things.py [FOLDER ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core.picture import from_image  # noqa: E402
from safepic.core.vision import animals  # noqa: E402
from tests.core.vision import scenes  # noqa: E402

MOST_PIXELS = 40_000_000  # larger files in a folder are skipped


def _files(folder: Path) -> Iterator[tuple[str, Image.Image]]:
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            continue
        try:
            with Image.open(path) as image:
                if image.width * image.height <= MOST_PIXELS:
                    yield str(path.relative_to(folder)), image.convert("RGBA")
        except (OSError, Image.DecompressionBombError):
            continue


def _made() -> Iterator[tuple[str, Image.Image]]:
    for scene in scenes.labelled_set() + scenes.hard_set() + scenes.hard_no_face_set():
        yield scene.name, scene.image


def _groups() -> Iterator[tuple[str, Image.Image]]:
    """Group photos at 12 MP as taken, and with their faces blurred and pixelated (the pet
    finder took heads for birds: 0.467 on the first, before birds had their own bar)."""
    import numpy as np

    from safepic.core.styles import faces as style_faces

    for scene in (scenes.group_photo(), scenes.group_photo(size=(4032, 3024), face_width=110, seed=2)):
        rgb = np.asarray(scene.image.convert("RGB"))
        yield scene.name, scene.image
        for hide in ("blur_faces", "pixelate_faces"):
            hidden = getattr(style_faces, hide)(rgb, scene.faces, rng=np.random.default_rng(0))
            yield f"{scene.name}, {hide}", Image.fromarray(hidden)


def pictures(folders: list[Path]) -> dict[str, Iterable[tuple[str, Image.Image]]]:
    """Sets of (name, picture), by where they come from; each picture is made when it is used."""
    sets = {"stock gallery": _files(ROOT / "resources" / "stock"),
            "tests/data photos": _files(scenes.DATA), "generated scenes": _made(),
            "12 MP groups, faces hidden or not": _groups()}
    sets.update({str(folder): _files(folder) for folder in folders})
    return sets


def run(folders: list[Path]) -> list[dict]:
    """One row per set: pictures, and how many pictures had a find of each code."""
    rows = []
    for name, items in pictures(folders).items():
        counts: Counter[str] = Counter()
        finds = []
        total = 0
        for picture_name, image in items:
            total += 1
            found = animals.find_things(from_image(image, picture_name))
            for code in {thing.code for thing in found}:
                counts[code] += 1
            finds += [f"{picture_name}: {t.kind} {t.score:.2f}" for t in found]
        rows.append({"set": name, "pictures": total, "home": counts["home"],
                     "vehicle": counts["vehicle"], "animal": counts["animal"], "finds": finds})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    rows = run(parser.parse_args().folders)
    print(f"{'pictures':40s} {'count':>5s} {'home':>5s} {'vehicle':>7s} {'animal':>6s}")
    for r in rows:
        print(f"{r['set'][-40:]:40s} {r['pictures']:5d} {r['home']:5d} {r['vehicle']:7d} {r['animal']:6d}")
    for r in rows:
        for find in r["finds"]:
            print(f"  {r['set'][-30:]}: {find}")


if __name__ == "__main__":
    main()
