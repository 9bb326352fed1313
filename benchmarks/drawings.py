"""The re-check of ready-made drawings and new avatars (what "Make it safe" shows beside the
person's own styles): the whole check next to the drawing's check (gallery.check_drawing), on
the pictures the page shows and on the same drawings with words written in.

Both run in this one process, taking turns picture by picture, so a busy moment on the shared
machine hits each alike. Printed: median seconds per drawing and the sum over the page's nine;
whether both report the same kinds on each plain drawing; and how many drawings with words
(letters of 10 to 32 px, dark and light) each finds the words on.

    .venv/bin/python benchmarks/drawings.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from PIL import ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core import gallery  # noqa: E402
from safepic.core.analyse import analyse  # noqa: E402
from safepic.core.avatars import make_avatar  # noqa: E402
from safepic.core.picture import Picture, from_image  # noqa: E402
from tests.core.vision.text_scenes import find_font  # noqa: E402

GALLERY_COUNT = {"animal": 3, "flower": 3}  # as gui/pages/make_safe.py shows them
LETTERS = (10, 12, 14, 18, 24, 32)
WRITTEN = (("SARAH", (40, 430)), ("42 ELM ST", (260, 40)))
CHECKS = {"whole check": analyse, "drawing's check": gallery.check_drawing}


def page_drawings(seed: int = 7) -> list[Picture]:
    """The nine pictures the make-safe page re-checks: gallery animals, flowers, three avatars."""
    items = [item for kind, count in GALLERY_COUNT.items() for item in gallery.items(kind)[:count]]
    avatars = [make_avatar(kind, seed) for kind in ("flower", "animal", "pattern")]
    return [gallery.load(item) for item in items] + avatars


def with_words(pictures: list[Picture]) -> list[tuple[str, Picture]]:
    """Each drawing with a name or a street written in, at each letter size."""
    font = find_font()
    if font is None:
        raise SystemExit("DejaVu Sans Bold is needed (apt-get install fonts-dejavu-core).")
    made = []
    for letter in LETTERS:
        for picture in pictures:
            for said, at in WRITTEN:
                image = picture.image.copy()
                ink = (20, 20, 20) if letter % 4 else (250, 250, 250)
                ImageDraw.Draw(image).text(at, said, font=ImageFont.truetype(str(font), letter), fill=ink)
                made.append((said, from_image(image, "drawing.png")))
    return made


def run(runs: int = 3) -> dict:
    pictures = page_drawings()
    for check in CHECKS.values():
        check(pictures[0])  # models loaded outside the timings
    times: dict[str, list[float]] = {name: [] for name in CHECKS}
    sums: dict[str, list[float]] = {name: [] for name in CHECKS}
    same = True
    for _ in range(runs):
        total = dict.fromkeys(CHECKS, 0.0)
        for picture in pictures:
            kinds = []
            for name, check in CHECKS.items():
                started = time.perf_counter()
                report = check(picture)
                spent = time.perf_counter() - started
                times[name].append(spent)
                total[name] += spent
                kinds.append(sorted(f.code for f in report.findings))
            same &= kinds[0] == kinds[1]
        for name in CHECKS:
            sums[name].append(total[name])
    found = dict.fromkeys(CHECKS, 0)
    written = with_words(pictures[-3:] + pictures[:1] + pictures[3:4])  # avatars, an animal, a flower
    for said, picture in written:
        for name, check in CHECKS.items():
            read = " ".join(f.title for f in check(picture).findings if f.code == "text").upper()
            found[name] += said.replace(" ", "") in read.replace(" ", "") or any(
                word in read for word in said.split() if len(word) > 2)
    return {"per_drawing_s": {n: statistics.median(t) for n, t in times.items()},
            "page_s": {n: statistics.median(t) for n, t in sums.items()},
            "same_kinds": same, "words_found": found, "with_words": len(written)}


def rows() -> list[tuple[str, str, str, str]]:
    """The summary rows for benchmarks/run.py: the drawing's check next to the whole check."""
    row = run()
    ours, whole = row["page_s"]["drawing's check"], row["page_s"]["whole check"]
    found = row["words_found"]
    return [("re-check of Make it safe's 9 drawings, s (drawing's check vs whole check)",
             f"{ours:.1f}", f"{whole:.1f}", f"{ours / whole:.2f}x"),
            (f"  drawings with words written in, words found (of {row['with_words']})",
             str(found["drawing's check"]), str(found["whole check"]), "")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} before the run")
    row = run(runs)
    for name in CHECKS:
        print(f"{name:16s} median {row['per_drawing_s'][name]:.2f} s a drawing, "
              f"{row['page_s'][name]:.1f} s for the page's nine; words found on "
              f"{row['words_found'][name]} of {row['with_words']} drawings with words")
    ratio = row["page_s"]["drawing's check"] / row["page_s"]["whole check"]
    print(f"ratio {ratio:.2f}; same kinds found on every plain drawing: {row['same_kinds']}")
    print(f"load {os.getloadavg()[0]:.1f} after the run")


if __name__ == "__main__":
    main()
