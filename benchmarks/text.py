"""How long the words check takes on a 12-megapixel photo, and what it reads, at several sizes
of the copy the text finder looks at.

Scenes are the test scenes (tests/core/vision/text_scenes.py): real photos at 4000 x 3000 with
a street sign, a number plate or a name badge drawn in DejaVu Sans Bold, turned a little,
softened and saved as JPEG; plus smaller print (a far-away sign and plate) and a photo with no
words. Each size is run several times per scene; the median wall time and the CPU time of
`text.check` are printed (CPU time shows the work done even when the machine is busy).
"full" runs the finder on the picture as it is, with no downscaling.

`--small` adds a second table: signs and plates with letters of 14 to 32 pixels, read or not at
each size (where the sizes differ in quality, not only in time).

`--previews` adds a third: the public-domain Grace Hopper portrait (512 x 600, a small name tag on
her uniform) with her face hidden the ways the face styles hide it (blur, big squares, a sticker;
three margins; the photo at three sizes), and whether the check still finds the tag: as it was
(RapidOCR's default box threshold 0.5, one look), with SafePic's box threshold (text.BOX_SCORE),
and with that plus the second look at small pictures (text.SECOND_LOOK). The tag is never
touched, so a stable finder finds it every time.

On a busy shared machine, `chrt -f 10` in front of the command gives times close to an idle one.

    .venv/bin/python benchmarks/text.py [--runs 3] [--sides 640,800,960,1280,1600] [--small]
        [--previews]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from safepic.core.picture import from_image  # noqa: E402
from safepic.core.styles import faces as style_faces  # noqa: E402
from safepic.core.vision import text  # noqa: E402
from tests.core.vision import text_scenes  # noqa: E402

FULL = 10_000  # larger than any side: no downscaling


def _scenes() -> list[tuple[str, object, str]]:
    """(name, Picture, words expected or "") for each benchmark scene."""
    font = text_scenes.find_font()
    if font is None:
        raise SystemExit("DejaVu Sans Bold is needed to draw the scenes (apt-get install fonts-dejavu-core).")
    made = [
        ("street sign, 110 px letters", text_scenes.house_sign(font)),
        ("street sign, 45 px letters", text_scenes.house_sign(font, letter=45)),
        ("street sign, 26 px letters", text_scenes.house_sign(font, letter=26)),
        ("number plate, 72 px letters", text_scenes.number_plate(font)),
        ("number plate, 36 px letters", text_scenes.number_plate(font, letter=36)),
        ("number plate, 22 px letters", text_scenes.number_plate(font, letter=22)),
        ("name badge, 64/150 px letters", text_scenes.name_badge(font)),
    ]
    made += [(f"door number {n}, {px} px letters", text_scenes.door_number(font, n, px))
             for n, px in (("42", 40), ("12", 40), ("12", 160))]
    scenes = [(name, from_image(image, "scene.jpg"), drawn.text) for name, (image, drawn) in made]
    scenes.append(("no words (rocket)", from_image(text_scenes.photo("rocket.jpg"), "rocket.jpg"), ""))
    from safepic.core.avatars import make_avatar

    # Drawn animals whose round eyes, beak or mouth were read as "0.0" and "00".
    scenes += [(f"no words (drawn animal {seed})", make_avatar("animal", seed), "") for seed in (28, 48)]
    return scenes


def _read_ok(findings, expected: str) -> bool:
    said = " ".join(f.title.split('"')[1] for f in findings).upper().replace(" ", "")
    if not expected:
        return not findings
    wanted = [word for word in expected.split() if len(word) > 2] or [expected]  # "42" alone counts
    return all(word.upper() in said for word in wanted)


def run(runs: int = 3, sides: list[int] | None = None) -> list[dict]:
    """One row per (size, scene): median wall ms, median CPU ms, what was read, right or not."""
    sides = sides or [640, 800, 960, 1280, 1600]
    scenes = _scenes()
    text.check(scenes[0][1])  # load the models once, outside the timings
    rows = []
    for side in sides:
        for name, picture, expected in scenes:
            walls, cpus = [], []
            findings = []
            for _ in range(runs if side != FULL else 1):
                start_wall, start_cpu = time.perf_counter(), time.process_time()
                findings = text.check(picture, detect_side=side)
                walls.append(time.perf_counter() - start_wall)
                cpus.append(time.process_time() - start_cpu)
            rows.append({
                "side": "full" if side == FULL else side,
                "scene": name,
                "wall_ms": round(statistics.median(walls) * 1000),
                "cpu_ms": round(statistics.median(cpus) * 1000),
                "read": " | ".join(f.title.split('"')[1] for f in findings),
                "severity": ",".join(f.severity for f in findings),
                "ok": _read_ok(findings, expected),
            })
    return rows


def small_print(sides: list[int], letters: tuple[int, ...] = (14, 16, 18, 20, 22, 24, 28, 32)) -> list[dict]:
    """One row per (kind, letter height): for each size, whether the words were read."""
    font = text_scenes.find_font()
    rows = []
    for letter in letters:
        for kind, build in (("sign", text_scenes.house_sign), ("plate", text_scenes.number_plate)):
            image, drawn = build(font, letter=letter)
            picture = from_image(image, "scene.jpg")
            wanted = drawn.text.replace(" ", "")
            row: dict = {"kind": kind, "letter_px": letter}
            for side in sides:
                lines = text.read_text(picture, detect_side=side)
                row[side] = any(wanted in line.text.upper().replace(" ", "") for line in lines)
            rows.append(row)
    return rows


GRACE_FACE = (161, 139, 196, 196)  # where SafePic's face finder puts her face
GRACE_TAG = (104, 489, 57, 23)  # the name tag, read as "COMO HOPPER"


SETTINGS = {  # name: (box threshold, size of the second look; 1.0 is no second look)
    "as before": (0.5, 1.0),
    "box 0.3": (text.BOX_SCORE, 1.0),
    "+ 2nd look": (text.BOX_SCORE, text.SECOND_LOOK),
}


def previews() -> list[dict]:
    """One row per hidden-face version of the portrait: tag found or not with each setting."""
    with Image.open(text_scenes.DATA / "grace-hopper.jpg") as image:
        portrait = image.convert("RGB")
    engine = text._get_engine()
    rows = []
    for size in (0.9, 1.0, 1.25):
        picture = portrait.resize((round(512 * size), round(600 * size)), Image.Resampling.LANCZOS)
        rgb = np.asarray(picture)
        face = [tuple(round(v * size) for v in GRACE_FACE)]
        tag = tuple(round(v * size) for v in GRACE_TAG)
        for margin in (2.0, 2.3, 2.6):
            versions = {
                "blur": style_faces.blur_faces(rgb, face, margin=margin, rng=np.random.default_rng(0)),
                "squares": style_faces.pixelate_faces(rgb, face, margin=margin,
                                                      rng=np.random.default_rng(0)),
                "sticker": style_faces.cover_faces(rgb, face, margin=margin),
            }
            for hide, hidden in versions.items():
                row: dict = {"hide": hide, "size": size, "margin": margin}
                for name, (score, second) in SETTINGS.items():
                    engine.box_threshold = score
                    text.SECOND_LOOK = second
                    found = text.check(from_image(Image.fromarray(hidden), "preview.png"))
                    row[name] = any(f.box and text_scenes.overlap(f.box, tag) > 0.5 for f in found)
                rows.append(row)
    engine.box_threshold = text.BOX_SCORE
    text.SECOND_LOOK = SETTINGS["+ 2nd look"][1]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", action="store_true", help="also the small-print table")
    parser.add_argument("--previews", action="store_true",
                        help="also the name tag on the portrait with the face hidden")
    parser.add_argument("--sides", default="640,800,960,1280,1600",
                        help='comma-separated; "full" runs on the picture as it is (slow)')
    args = parser.parse_args()
    sides = [FULL if s == "full" else int(s) for s in args.sides.split(",")]
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} before the run")
    rows = run(args.runs, sides)
    print(f"{'side':>5}  {'scene':<30} {'wall ms':>8} {'cpu ms':>8}  ok  read")
    for row in rows:
        print(f"{row['side']!s:>5}  {row['scene']:<30} {row['wall_ms']:>8} {row['cpu_ms']:>8}  "
              f"{'yes' if row['ok'] else 'NO ':<3} {row['read']} ({row['severity'] or '-'})")
    if args.small:
        sized = [s for s in sides if s != FULL]
        print(f"\n{'kind':<6} {'letters':>7}  " + "  ".join(f"{s:>5}" for s in sized))
        table = small_print(sized)
        for row in table:
            print(f"{row['kind']:<6} {row['letter_px']:>5}px  "
                  + "  ".join(f"{'yes' if row[s] else '-':>5}" for s in sized))
        print(f"{'read':<6} {'':>7}  " + "  ".join(f"{sum(r[s] for r in table):>5}" for s in sized))
    if args.previews:
        table = previews()
        print(f"\nname tag found with the face hidden (of {len(table) // 3} versions each)")
        print(f"{'hidden by':<10} " + "  ".join(f"{name:>10}" for name in SETTINGS))
        for hide in ("blur", "squares", "sticker"):
            mine = [r for r in table if r["hide"] == hide]
            print(f"{hide:<10} " + "  ".join(f"{sum(r[n] for r in mine):>10}" for n in SETTINGS))
    print(f"load {os.getloadavg()[0]:.1f} after the run")


if __name__ == "__main__":
    main()
