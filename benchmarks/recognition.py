"""Hidden means unrecognisable? The attacker's view: a face-recognition model on hidden faces.

A face detector that no longer finds a face does not show that the face can no longer be
recognised. Here dlib's face-recognition model (through `face_recognition`, a benchmark-only
tool) plays someone who has the original photo and a hidden version of it:

- it encodes each face of the original (at the box dlib's own detector gives it) and the same
  spot of each hidden version: blur-faces, pixelate-faces and cover-faces made by SafePic from
  its own check (`make_safe`, as the wizard does), and the same head painted solid grey as the
  reference for "nothing of the face is left";
- for each hidden face it asks which original face is nearest: re-identified when that is the
  owner's. With N people in the picture, chance is 1 in N;
- trace: the owner's distance over the median distance to the others. About 1 means the hidden
  face is no nearer its owner than anyone else (no trace of who it was); below 1 is a trace.

The people are the five public-domain portraits of tests/data (tests/core/vision/scenes.py
`line_up`: Eileen Collins, Grace Hopper, a cameraman, Barack Obama, Joe Biden, each once per
picture), at face widths of 60 to 240 pixels on three backgrounds.

    .benchvenv/bin/python benchmarks/recognition.py [--widths 60 100 160 240]

Install the attacker in the benchmark environment (see benchmarks/vision.py), never in the
project's: `.benchvenv/bin/pip install dlib-bin face-recognition-models` and
`.benchvenv/bin/pip install --no-deps face_recognition` (its `dlib` requirement would
build dlib from source; dlib-bin is the same module prebuilt).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core.analyse import look  # noqa: E402
from safepic.core.picture import from_image  # noqa: E402
from safepic.core.styles.anonymise import make_safe  # noqa: E402
from safepic.core.styles.faces import ellipse_mask, head_ellipse  # noqa: E402
from tests.core.vision import scenes  # noqa: E402

STYLES = ("blur-faces", "pixelate-faces", "cover-faces")
GREY = "painted grey (reference)"
BACKGROUNDS = (("rocket.jpg", 1), ("coffee.jpg", 2), ("chelsea-cat.jpg", 3))


def _painted_grey(rgb: np.ndarray, boxes: list[scenes.Box]) -> np.ndarray:
    """Every head (the ellipse the face styles hide) painted solid grey."""
    out = rgb.copy()
    height, width = rgb.shape[:2]
    for box in boxes:
        head = head_ellipse(box, picture_side=max(width, height))
        x0, y0, x1, y1 = head.bounds((width, height))
        inside = ellipse_mask(head, (x0, y0), (y1 - y0, x1 - x0)) > 0
        out[y0:y1, x0:x1][inside] = 128
    return out


def _spots(rgb: np.ndarray, truth: list[scenes.Box]) -> list[tuple[int, int, int, int]]:
    """dlib's own box (top, right, bottom, left) for each true face, or the true box if its
    detector misses the face, so that the attacker encodes the best it can."""
    import face_recognition

    found = face_recognition.face_locations(rgb, number_of_times_to_upsample=1)
    spots = []
    for x, y, w, h in truth:
        mine = [(t, r, b, left) for t, r, b, left in found
                if scenes.overlap((left, t, r - left, b - t), (x, y, w, h)) > 0.5]
        spots.append(mine[0] if mine else (y, x + w, y + h, x))
    return spots


def _encode(rgb: np.ndarray, spots: list[tuple[int, int, int, int]]) -> np.ndarray:
    import face_recognition

    return np.array(face_recognition.face_encodings(rgb, known_face_locations=spots,
                                                    num_jitters=2, model="large"))


def attack(original: np.ndarray, hidden: np.ndarray, truth: list[scenes.Box]) -> list[dict]:
    """Per face: re-identified (the nearest original is the owner's) and its trace ratio."""
    spots = _spots(original, truth)
    known, probes = _encode(original, spots), _encode(hidden, spots)
    rows = []
    for owner, probe in enumerate(probes):
        distances = np.linalg.norm(known - probe, axis=1)
        others = np.delete(distances, owner)
        rows.append({"reidentified": int(np.argmin(distances)) == owner,
                     "trace": float(distances[owner] / np.median(others)),
                     "rank": int(np.sum(distances < distances[owner]))})
    return rows


def run(widths: tuple[int, ...] = (60, 100, 160, 240)) -> list[dict]:
    """One row per (face width, background, style) and the totals per style."""
    rows = []
    for width in widths:
        for background, seed in BACKGROUNDS:
            scene = scenes.line_up(width, background, seed,
                                   size=(max(2000, 13 * width), max(1000, 6 * width)))
            original = np.asarray(scene.image)
            analysis = look(from_image(scene.image, "line-up.jpg"))
            hidden = {style: np.asarray(make_safe(analysis, style, check=False).picture.image
                                        .convert("RGB")) for style in STYLES}
            hidden[GREY] = _painted_grey(original, scene.faces)
            for style, pixels in hidden.items():
                for face in attack(original, pixels, scene.faces):
                    rows.append({"width": width, "background": background, "style": style,
                                 "people": len(scene.faces), **face})
    return rows


def summary(rows: list[dict]) -> list[dict]:
    """Per style (and per style and face width): faces, re-identified, chance, trace."""
    out = []
    for style in (*STYLES, GREY):
        for width in (None, *sorted({r["width"] for r in rows})):
            chosen = [r for r in rows if r["style"] == style and width in (None, r["width"])]
            if not chosen:
                continue
            traces = [r["trace"] for r in chosen]
            out.append({"style": style, "width": width, "faces": len(chosen),
                        "reidentified": sum(r["reidentified"] for r in chosen),
                        "chance": sum(1 / r["people"] for r in chosen),
                        "trace_median": statistics.median(traces), "trace_lowest": min(traces)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--widths", type=int, nargs="+", default=[60, 100, 160, 240])
    rows = summary(run(tuple(parser.parse_args().widths)))
    print(f"{'hidden with':26s} {'face px':>7s} {'faces':>5s} {'re-identified':>13s} {'chance':>6s} "
          f"{'trace (median, lowest)':>23s}")
    for r in rows:
        print(f"{r['style']:26s} {r['width'] or 'all':>7} {r['faces']:5d} {r['reidentified']:13d} "
              f"{r['chance']:6.1f} {r['trace_median']:11.2f} {r['trace_lowest']:11.2f}")


if __name__ == "__main__":
    main()
