"""Find pets, signs of a home's inside and vehicles: people who know you can recognise your own
cat, dog or horse, a bed, sofa or kitchen shows where you live, and a car or motorbike can be
known by its number plate or by the car itself.

The finder is NanoDet-m (COCO, 416 x 416 input), stored as ONNX under resources/models/animals/
and run by onnxruntime, offline. Only its animal, household and vehicle classes are used, all
from one pass. The picture is shrunk to fit
the model's square (padded, never stretched: a stretched close-up of a cat looks like a person
to the model), and large pictures are also looked at in overlapping tiles so that a small pet
in a big photo is not missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

from ..picture import Picture
from ..report import Finding, Severity
from ..words import words
from . import models
from .faces import as_seen

MODEL = ("animals", "nanodet-m-416-coco.onnx")  # under resources/models/
SIDE = 416
MEAN = np.array([103.53, 116.28, 123.675], dtype=np.float32)  # BGR, as NanoDet was trained
STD = np.array([57.375, 57.12, 58.395], dtype=np.float32)
BINS = 11  # NanoDet's box sides are spread over 0..10 grid steps
MIN_SCORE = 0.45  # real pets scored 0.49-0.67 in our checks; a painting and handwriting 0.41
# Household things need to be surer: the model took a photo of an eye's retina for a bed (0.61)
# and a drawn padlock for a toilet (0.68); benchmarks/things.py counts the false alarms.
THING_SCORE = {"home": 0.65, "vehicle": 0.5}
# Birds need to be surer too: the model's bird is what it makes of a human head it cannot place.
# On photos without any animal (tests/data, the generated scenes, group photos at 12 MP, their
# blurred and pixelated versions) every find of 0.30 or more was a "bird" on a head, up to
# 0.467, while real cats scored 0.485-0.623 (benchmarks/things.py). Of the drawn birds in
# Debian's openclipart-png, 10 scored 0.45-0.68; at this bar 7 are still found.
KIND_SCORE = {"bird": 0.5}
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

# COCO class number -> what it tells: signs of a home's inside (things people have at home,
# not in a café or an office: no chairs or tables) and vehicles that can be someone's own.
# Screens are left out: the model takes every computer screen for a TV.
HOME = {57: "sofa", 59: "bed", 61: "toilet", 69: "oven", 71: "sink", 72: "fridge"}
VEHICLES = {2: "car", 3: "motorbike", 7: "van"}
CODES = {**{number: "animal" for number in ANIMALS}, **{number: "home" for number in HOME},
         **{number: "vehicle" for number in VEHICLES}}
KINDS = {**ANIMALS, **HOME, **VEHICLES}

# The finding's title and the animal's name in its detail, one sentence each so they translate.
TITLES = {"bird": words("A bird can be seen"), "cat": words("A cat can be seen"),
          "dog": words("A dog can be seen"), "animal": words("An animal can be seen")}
NAMES = {"bird": words("bird"), "cat": words("cat"), "dog": words("dog"), "animal": words("animal")}
THING_NAMES = {"sofa": words("a sofa"), "bed": words("a bed"), "toilet": words("a toilet"),
               "oven": words("an oven"), "sink": words("a sink"), "fridge": words("a fridge"),
               "car": words("A car"),
               "motorbike": words("A motorbike"), "van": words("A van or lorry")}

@dataclass(frozen=True)
class Thing:
    """One animal, household thing or vehicle in the picture (`code` animal, home or vehicle);
    box is x, y, w, h in upright-picture pixels."""

    code: str
    kind: str
    box: tuple[int, int, int, int]
    score: float



def find_animals(picture: Picture) -> list[Thing]:
    """Every animal found, best first, overlapping finds merged."""
    return [thing for thing in find_things(picture) if thing.code == "animal"]


def find_things(picture: Picture) -> list[Thing]:
    """Every animal, household thing and vehicle found, best first, overlapping finds of one
    code merged (a cat on a sofa is both)."""
    image = as_seen(picture.image)
    boxes: list[list[float]] = []
    scores: list[float] = []
    kinds: list[int] = []
    session = models.onnx_session(*MODEL)
    for left, top, crop in _views(image):
        for kind, score, (x0, y0, x1, y1) in _detect(session, crop):
            boxes.append([left + x0, top + y0, x1 - x0, y1 - y0])
            scores.append(score)
            kinds.append(kind)
    if not boxes:
        return []
    import cv2

    width, height = image.size
    found = []
    for code in sorted(set(CODES.values())):
        mine = [i for i, kind in enumerate(kinds) if CODES[kind] == code]
        if not mine:
            continue
        keep = cv2.dnn.NMSBoxes([boxes[i] for i in mine], [scores[i] for i in mine], MIN_SCORE,
                                NMS_OVERLAP)
        for i in (mine[k] for k in np.asarray(keep).reshape(-1)):
            x, y, w, h = boxes[i]
            left, top = max(0, int(round(x))), max(0, int(round(y)))
            right, bottom = min(width, int(round(x + w))), min(height, int(round(y + h)))
            if right > left and bottom > top:
                found.append(Thing(code, KINDS[kinds[i]], (left, top, right - left, bottom - top),
                                   float(scores[i])))
    return sorted(found, key=lambda thing: -thing.score)


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
        picks: list[int] = np.linspace(0, length - side, min(count, MAX_TILES)).round().astype(int).tolist()
        return picks

    lefts, tops = starts(width), starts(height)
    for top in tops[: max(1, MAX_TILES // len(lefts))]:
        for left in lefts:
            views.append((left, top, image.crop((left, top, left + side, top + side))))
    return views


def _detect(session: Any, image: Image.Image) -> list[tuple[int, float, tuple[float, ...]]]:
    """Boxes of the classes in CODES (class, score, x0, y0, x1, y1 in `image` pixels) from one
    model pass, each at least as sure as its code needs."""
    width, height = image.size
    scale = SIDE / max(width, height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    canvas = Image.new("RGB", (SIDE, SIDE), (114, 114, 114))
    canvas.paste(image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0), (0, 0))
    pixels = (np.asarray(canvas, dtype=np.float32)[:, :, ::-1] - MEAN) / STD
    outputs = session.run(None, {session.get_inputs()[0].name: pixels.transpose(2, 0, 1)[None]})
    class_maps = {o.shape[1]: o[0] for o in outputs if o.shape[-1] == 80}
    box_maps = {o.shape[1]: o[0] for o in outputs if o.shape[-1] == 4 * BINS}
    columns = np.array(sorted(CODES))
    least = np.array([THING_SCORE.get(CODES[number], KIND_SCORE.get(KINDS[number], MIN_SCORE))
                      for number in columns])
    found: list[tuple[int, float, tuple[float, ...]]] = []
    for cells, classes in class_maps.items():
        animal = classes[:, columns]
        cell_ids, picks = np.nonzero(animal >= least)
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
    """One finding per animal (your own pet can give you away to people who know it), per sign
    of a home's inside and per vehicle."""
    width, height = picture.size
    findings = []
    for animal in find_things(picture):
        share = animal.box[2] * animal.box[3] / float(width * height)
        severity: Severity = "medium" if share >= BIG_SHARE else "low"
        if animal.code != "animal":
            findings.append(_thing_finding(animal, severity))
            continue
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


def _thing_finding(thing: Thing, severity: Severity) -> Finding:
    """The finding for a sign of a home's inside or a vehicle, in plain words."""
    if thing.code == "home":
        return Finding(
            code="home", severity=severity,
            title=words("The inside of a home can be seen"),
            detail=words("The picture shows {thing}. A room, its furniture and what is on the "
                         "walls can be recognised by people who have been there, and show "
                         "where you live. A picture taken outside your home is safer.",
                         thing=THING_NAMES[thing.kind]),
            box=thing.box)
    return Finding(
        code="vehicle", severity="medium",
        title=words("A vehicle can be seen"),
        detail=words("{thing} can be seen. Its number plate, or the vehicle itself, can be "
                     "known by people who live near you and can lead to you. Cover it, or "
                     "choose a picture without it.", thing=THING_NAMES[thing.kind]),
        box=thing.box)
