"""Find pets and other animals: people who know you can recognise your own cat, dog or horse.

The finder is NanoDet-m (COCO, 416 x 416 input), stored as ONNX under resources/models/animals/
and run by onnxruntime, offline. Only its animal classes are used. The picture is shrunk to fit
the model's square (padded, never stretched: a stretched close-up of a cat looks like a person
to the model), and large pictures are also looked at in overlapping tiles so that a small pet
in a big photo is not missed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from ..picture import Picture
from ..report import Finding, Severity
from ..resources import resource_path
from ..words import words
from .faces import as_seen

MODEL = ("models", "animals", "nanodet-m-416-coco.onnx")
SIDE = 416
MEAN = np.array([103.53, 116.28, 123.675], dtype=np.float32)  # BGR, as NanoDet was trained
STD = np.array([57.375, 57.12, 58.395], dtype=np.float32)
BINS = 11  # NanoDet's box sides are spread over 0..10 grid steps
MIN_SCORE = 0.45  # real pets scored 0.49-0.67 in our checks; a painting and handwriting 0.41
NMS_OVERLAP = 0.45
TILE_FROM = 2 * SIDE  # pictures whose short side is larger are also checked in tiles
MAX_TILES = 5
BIG_SHARE = 0.08  # an animal covering this much of the picture is clearly the subject

# COCO class number -> the word used in the title. The model mixes up horses, sheep and cows, so
# those are just "animal". Wild animals (elephant, zebra...) are left out: a zoo animal says
# nothing about whose picture it is.
ANIMALS = {
    14: "bird",
    15: "cat",
    16: "dog",
    17: "animal",
    18: "animal",
    19: "animal",
}

# The finding's title and the animal's name in its detail, one sentence each so they translate.
TITLES = {"bird": words("A bird can be seen"), "cat": words("A cat can be seen"),
          "dog": words("A dog can be seen"), "animal": words("An animal can be seen")}
NAMES = {"bird": words("bird"), "cat": words("cat"), "dog": words("dog"), "animal": words("animal")}

_lock = threading.Lock()
_session: Any = None


@dataclass(frozen=True)
class Animal:
    """One animal in the picture; box is x, y, w, h in upright-picture pixels."""

    kind: str
    box: tuple[int, int, int, int]
    score: float


def _get_session() -> Any:
    """The model, loaded once per process on first use (onnxruntime sessions are thread-safe)."""
    global _session
    with _lock:
        if _session is None:
            import onnxruntime

            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3
            _session = onnxruntime.InferenceSession(
                str(resource_path(*MODEL)), sess_options=options,
                providers=["CPUExecutionProvider"],
            )
    return _session


def find_animals(picture: Picture) -> list[Animal]:
    """Every animal found, best first, overlapping finds merged."""
    image = as_seen(picture.image)
    boxes: list[list[float]] = []
    scores: list[float] = []
    kinds: list[int] = []
    session = _get_session()
    for left, top, crop in _views(image):
        for kind, score, (x0, y0, x1, y1) in _detect(session, crop):
            boxes.append([left + x0, top + y0, x1 - x0, y1 - y0])
            scores.append(score)
            kinds.append(kind)
    if not boxes:
        return []
    import cv2

    keep = cv2.dnn.NMSBoxes(boxes, scores, MIN_SCORE, NMS_OVERLAP)
    width, height = image.size
    found = []
    for i in np.asarray(keep).reshape(-1):
        x, y, w, h = boxes[i]
        left, top = max(0, int(round(x))), max(0, int(round(y)))
        right, bottom = min(width, int(round(x + w))), min(height, int(round(y + h)))
        if right > left and bottom > top:
            found.append(Animal(ANIMALS[kinds[i]], (left, top, right - left, bottom - top),
                                float(scores[i])))
    return sorted(found, key=lambda a: -a.score)


def _views(image: Image.Image) -> list[tuple[int, int, Image.Image]]:
    """The whole picture, plus overlapping square tiles when it is large.

    A tile's side is the picture's short side, or three quarters of its long side if that is
    less (so a square picture gets four tiles); tiles overlap by half. Very long strips get no
    more than MAX_TILES of them.
    """
    width, height = image.size
    views = [(0, 0, image)]
    side = int(min(width, height, 0.75 * max(width, height)))
    if side <= TILE_FROM:
        return views

    def starts(length: int) -> list[int]:
        count = int(np.ceil((length - side) / (side * 0.5))) + 1
        return np.linspace(0, length - side, min(count, MAX_TILES)).round().astype(int).tolist()

    lefts, tops = starts(width), starts(height)
    for top in tops[: max(1, MAX_TILES // len(lefts))]:
        for left in lefts:
            views.append((left, top, image.crop((left, top, left + side, top + side))))
    return views


def _detect(session: Any, image: Image.Image) -> list[tuple[int, float, tuple[float, ...]]]:
    """Animal boxes (class, score, x0, y0, x1, y1 in `image` pixels) from one model pass."""
    width, height = image.size
    scale = SIDE / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    canvas = Image.new("RGB", (SIDE, SIDE), (114, 114, 114))
    canvas.paste(image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0), (0, 0))
    pixels = (np.asarray(canvas, dtype=np.float32)[:, :, ::-1] - MEAN) / STD
    outputs = session.run(None, {session.get_inputs()[0].name: pixels.transpose(2, 0, 1)[None]})
    class_maps = {o.shape[1]: o[0] for o in outputs if o.shape[-1] == 80}
    box_maps = {o.shape[1]: o[0] for o in outputs if o.shape[-1] == 4 * BINS}
    columns = np.array(sorted(ANIMALS))
    found = []
    for cells, classes in class_maps.items():
        animal = classes[:, columns]
        cell_ids, picks = np.nonzero(animal >= MIN_SCORE)
        if len(cell_ids) == 0:
            continue
        grid = int(round(np.sqrt(cells)))
        stride = SIDE / grid
        logits = box_maps[cells][cell_ids].reshape(-1, 4, BINS)
        weights = np.exp(logits - logits.max(-1, keepdims=True))
        sides = (weights / weights.sum(-1, keepdims=True)) @ np.arange(BINS) * stride
        centre_x = (cell_ids % grid + 0.5) * stride
        centre_y = (cell_ids // grid + 0.5) * stride
        for n, pick in enumerate(picks):
            left, top, right, bottom = sides[n]
            found.append((int(columns[pick]), float(animal[cell_ids[n], pick]),
                          ((centre_x[n] - left) / scale, (centre_y[n] - top) / scale,
                           (centre_x[n] + right) / scale, (centre_y[n] + bottom) / scale)))
    return found


def check(picture: Picture) -> list[Finding]:
    """One finding per animal: your own pet can give you away to people who know it."""
    width, height = picture.size
    findings = []
    for animal in find_animals(picture):
        share = animal.box[2] * animal.box[3] / float(width * height)
        severity: Severity = "medium" if share >= BIG_SHARE else "low"
        findings.append(Finding(
            code="animal",
            severity=severity,
            title=TITLES[animal.kind],
            detail=words("If this {kind} is yours, people who know you may recognise it, and then "
                         "you. Pets are often shown in other pictures you share. A picture of an "
                         "animal that is not yours, or a drawing, is safer.", kind=NAMES[animal.kind]),
            box=animal.box,
        ))
    return findings
