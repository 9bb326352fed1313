"""Find faces, big or small, one or many, with MediaPipe's BlazeFace models.

One pass of a face model over a whole photo misses small faces: the model sees the picture at
192 x 192 pixels, where a face 80 pixels wide in a 4000-pixel group photo is a smudge. So we look
at the picture several times, each time at a larger size cut into overlapping 192-pixel tiles,
until the smallest face worth finding is about 20 pixels wide in a tile, where the full-range
model is reliable. The boxes from every tile and size are merged. To keep hands, cats and
textures from counting, each merged box is checked again by the short-range model on a close
crop around it, where a real face is large and clear; only boxes it agrees with are kept.
All work is done on downscaled copies, so a 12-megapixel photo costs about the same as a
2-megapixel one.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from ..picture import Picture
from ..report import Finding
from . import models

TILE = 192  # the full-range model's input size
SMALLEST_IN_TILE = 20  # faces this wide (pixels in a tile) or wider are found reliably
LEVEL_STEP = 2.5  # each level looks at the picture this much larger than the one before
OVERLAP = 56  # tiles overlap by more than the largest face a level has to find (20 * 2.5 = 50)
SMALLEST_FACE = 24  # pixels in the picture: smaller faces are too small to recognise
SMALLEST_SHARE = 1 / 80  # ... and so are faces under this share of the picture's long side
FIND_SCORE = 0.5  # a tile detection below this is noise
VERIFY_SIZE = 128  # the short-range model's input size
VERIFY_ZOOM = 2.2  # crop side / face side for the second look
VERIFY_SCORE = 0.75  # the second look must be at least this sure


@dataclass(frozen=True)
class Face:
    """One face: its box (x, y, w, h) in upright-picture pixels and how sure the model is."""

    box: tuple[int, int, int, int]
    score: float


def find_faces(picture: Picture) -> list[Face]:
    """Every face in the picture, largest first."""
    image = as_seen(picture.image)
    faces = []
    for box, score in _merge(_scan(image)):
        second = _second_look(image, box)
        if second >= VERIFY_SCORE:
            faces.append(Face(_clip_box(box, image.size), round(max(score, second), 3)))
    faces.sort(key=lambda f: f.box[2] * f.box[3], reverse=True)
    return faces


def check(picture: Picture) -> list[Finding]:
    """One finding per face: a clear face can be matched to other photos of the same person."""
    return [
        Finding(
            code="face",
            severity="high",
            title="A face can be seen",
            detail=("A clear face can be matched by face-search websites to other photos of you, "
                    "even ones with your name next to them."),
            box=face.box,
        )
        for face in find_faces(picture)
    ]


def as_seen(image: Image.Image) -> Image.Image:
    """The picture as a person sees it: RGB, with transparent parts shown over white.

    Pixels kept under full transparency are not visible, so they are not checked here (the
    hidden-data check reports them).
    """
    if image.mode == "RGBA":
        white = Image.new("RGB", image.size, (255, 255, 255))
        white.paste(image, mask=image.getchannel("A"))
        image = white
    elif image.mode != "RGB":
        image = image.convert("RGB")
    return image


def _levels(width: int, height: int) -> list[float]:
    """Scales (tile pixels per picture pixel), finest first, down to the whole picture."""
    long_side = max(width, height)
    smallest = max(SMALLEST_FACE, long_side * SMALLEST_SHARE)
    scales = [min(1.0, SMALLEST_IN_TILE / smallest)]
    while long_side * scales[-1] > TILE:
        scales.append(max(scales[-1] / LEVEL_STEP, TILE / long_side))
    return scales


def _scan(image: Image.Image) -> list[tuple[tuple[float, float, float, float], float]]:
    """Raw detections (box in picture pixels, score) from every tile at every level."""
    width, height = image.size
    found: list[tuple[tuple[float, float, float, float], float]] = []
    level = None
    with models.use(models.FACE_FULL) as full, models.use(models.FACE_SHORT) as short:
        for scale in _levels(width, height):
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            level = _shrink(image, size) if level is None else \
                cv2.resize(level, size, interpolation=cv2.INTER_AREA)
            scale = size[0] / width
            if max(size) <= TILE:
                found += _whole(level, scale, full, short)
            else:
                found += _tiles(level, scale, full)
    return found


def _shrink(image: Image.Image, size: tuple[int, int]) -> np.ndarray:
    """The picture at `size` as an array; a fast whole-number reduce does most of the work."""
    factor = min(image.width // size[0], image.height // size[1])
    if factor >= 2:
        image = image.reduce(factor)
    pixels = np.asarray(image)
    if pixels.shape[1::-1] != size:
        pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    return pixels


def _whole(image: np.ndarray, scale: float, full, short) -> list:
    """The whole picture in one tile, padded so a face that fills the frame is still found."""
    height, width = image.shape[:2]
    side = int(max(width, height) * 1.5)
    pad_x, pad_y = (side - width) // 2, (side - height) // 2
    square = cv2.copyMakeBorder(image, pad_y, side - height - pad_y, pad_x, side - width - pad_x,
                                cv2.BORDER_CONSTANT, value=(128, 128, 128))
    square = cv2.resize(square, (TILE, TILE), interpolation=cv2.INTER_AREA)
    zoom = TILE / side
    found = []
    for model in (full, short):
        for (x, y, w, h), score in _detect(model, square):
            box = ((x / zoom - pad_x) / scale, (y / zoom - pad_y) / scale, w / zoom / scale,
                   h / zoom / scale)
            found.append((box, score))
    return found


def _tiles(image: np.ndarray, scale: float, full) -> list:
    """Overlapping tiles over a level; boxes cut by an inner tile edge are left to a neighbour."""
    height, width = image.shape[:2]
    found = []
    xs, ys = _starts(width), _starts(height)
    for ty in ys:
        for tx in xs:
            tile = image[ty:ty + TILE, tx:tx + TILE]
            th, tw = tile.shape[:2]
            if (th, tw) != (TILE, TILE):
                tile = cv2.copyMakeBorder(tile, 0, TILE - th, 0, TILE - tw, cv2.BORDER_CONSTANT,
                                          value=(128, 128, 128))
            for (x, y, w, h), score in _detect(full, tile):
                if _cut_by_inner_edge(x, y, w, h, tx, ty, width, height):
                    continue
                found.append((((tx + x) / scale, (ty + y) / scale, w / scale, h / scale), score))
    return found


def _starts(length: int) -> list[int]:
    """Tile start positions covering `length` with at least OVERLAP pixels of overlap."""
    if length <= TILE:
        return [0]
    count = int(np.ceil((length - OVERLAP) / (TILE - OVERLAP)))
    step = (length - TILE) / (count - 1)
    return [round(i * step) for i in range(count)]


def _cut_by_inner_edge(x: float, y: float, w: float, h: float, tx: int, ty: int,
                       width: int, height: int, margin: float = 2.0) -> bool:
    """True when the box touches a tile edge that is not the picture's edge."""
    return ((x <= margin and tx > 0) or (y <= margin and ty > 0)
            or (x + w >= TILE - margin and tx + TILE < width)
            or (y + h >= TILE - margin and ty + TILE < height))


def _detect(model, rgb: np.ndarray) -> list[tuple[tuple[float, float, float, float], float]]:
    result = model.detect(models.as_mp_image(rgb))
    out = []
    for detection in result.detections:
        score = detection.categories[0].score if detection.categories else 0.0
        if score >= FIND_SCORE:
            b = detection.bounding_box
            out.append(((float(b.origin_x), float(b.origin_y), float(b.width), float(b.height)),
                        float(score)))
    return out


def _merge(found: list) -> list[tuple[tuple[float, float, float, float], float]]:
    """One box per face: keep the surest, drop any box that overlaps or sits inside it."""
    kept: list[tuple[tuple[float, float, float, float], float]] = []
    for box, score in sorted(found, key=lambda item: item[1], reverse=True):
        if all(not _same_face(box, other) for other, _ in kept):
            kept.append((box, score))
    return kept


def _same_face(a, b) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    iw = min(ax + aw, bx + bw) - max(ax, bx)
    ih = min(ay + ah, by + bh) - max(ay, by)
    if iw <= 0 or ih <= 0:
        return False
    inter = iw * ih
    smaller = min(aw * ah, bw * bh)
    union = aw * ah + bw * bh - inter
    larger = max(aw * ah, bw * bh)
    return inter / union > 0.3 or (inter / smaller > 0.6 and smaller * 4 > larger)


def _second_look(image: Image.Image, box) -> float:
    """The short-range model's score for a square crop centred on the box (0 if no face)."""
    x, y, w, h = box
    side = max(2, round(VERIFY_ZOOM * max(w, h)))
    x0, y0 = round(x + w / 2 - side / 2), round(y + h / 2 - side / 2)
    inside = (max(0, x0), max(0, y0), min(image.width, x0 + side), min(image.height, y0 + side))
    if inside[0] >= inside[2] or inside[1] >= inside[3]:
        return 0.0
    crop = Image.new("RGB", (side, side), (128, 128, 128))
    crop.paste(image.crop(inside), (inside[0] - x0, inside[1] - y0))
    crop = crop.resize((VERIFY_SIZE, VERIFY_SIZE), Image.Resampling.BILINEAR,
                       reducing_gap=2.0 if side > 2 * VERIFY_SIZE else None)
    centre = VERIFY_SIZE / 2
    with models.use(models.FACE_SHORT) as short:
        scores = [score for (bx, by, bw, bh), score in _detect(short, np.asarray(crop))
                  if bx <= centre <= bx + bw and by <= centre <= by + bh]
    return max(scores, default=0.0)


def _clip_box(box, size: tuple[int, int]) -> tuple[int, int, int, int]:
    width, height = size
    x, y, w, h = box
    x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
    x1, y1 = min(width, int(round(x + w))), min(height, int(round(y + h)))
    return (x0, y0, max(1, x1 - x0), max(1, y1 - y0))
