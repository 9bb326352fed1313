"""Hide marked spots that are not faces: words, codes, pets, things in a home, a car, a spot the
person covered. Blur, big squares, a sticker, or a plain patch.

Pure pixel operations on an RGB array and a list of boxes (x, y, w, h), like faces.py. A spot is
its box grown a little on every side (a finder's box is tight around letters or a code's corners).
The blur and the squares throw the detail away at a cell size tied to the spot's own size, so
words cannot be read back however large they were; the sticker and the patch leave nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import cv2
import numpy as np
from PIL import Image, ImageDraw

from . import faces as style_faces

Box = tuple[int, int, int, int]

PAD = 0.15  # each side of a spot grows by this share of its shorter side...
MIN_PAD = 3  # ... and at least this many pixels
CELLS_ACROSS_SHORT = 1.5  # a blur or square cell is at least the short side / this...
CELLS_ALONG = 8  # ... and at least the long side / this


def bounds(box: Box, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The spot around `box` as (x0, y0, x1, y1), grown by PAD, clipped to `size`."""
    x, y, w, h = box
    pad = max(MIN_PAD, PAD * min(w, h))
    width, height = size
    return (max(0, math.floor(x - pad)), max(0, math.floor(y - pad)),
            min(width, math.ceil(x + w + pad)), min(height, math.ceil(y + h + pad)))


def cell_size(box: Box) -> int:
    """How big one remaining patch of colour is: words of any size become a few smudges."""
    w, h = box[2], box[3]
    return max(2, round(max(min(w, h) / CELLS_ACROSS_SHORT, max(w, h) / CELLS_ALONG)))


def _areas(rgb: np.ndarray, boxes: Sequence[Box]) -> Iterator[tuple[Box, tuple[int, int, int, int]]]:
    """Each box with its spot (x0, y0, x1, y1) in the picture, leaving out spots outside it."""
    size = (rgb.shape[1], rgb.shape[0])
    for box in boxes:
        x0, y0, x1, y1 = bounds(box, size)
        if x1 > x0 and y1 > y0:
            yield box, (x0, y0, x1, y1)


def blur_spots(rgb: np.ndarray, boxes: Sequence[Box], *, noise: float = 8.0,
               rng: np.random.Generator | None = None) -> np.ndarray:
    """Blur every spot down to a few soft patches, with grain so it cannot be sharpened back."""
    rng = rng or np.random.default_rng()
    out: np.ndarray = rgb.copy()
    for box, (x0, y0, x1, y1) in _areas(rgb, boxes):
        patch = out[y0:y1, x0:x1]
        cell = cell_size(box)
        small = cv2.resize(patch, (max(1, round(patch.shape[1] / cell)),
                                   max(1, round(patch.shape[0] / cell))),
                           interpolation=cv2.INTER_AREA)
        mid = (small.shape[1] * 8, small.shape[0] * 8)
        smooth = cv2.GaussianBlur(cv2.resize(small, mid, interpolation=cv2.INTER_CUBIC), (0, 0), 4.8)
        smooth = cv2.resize(smooth, (patch.shape[1], patch.shape[0]), interpolation=cv2.INTER_LINEAR)
        grain = rng.normal(0.0, noise, patch.shape).astype(np.float32)  # the same shape as smooth
        out[y0:y1, x0:x1] = np.clip(smooth.astype(np.float32) + grain + 0.5, 0, 255).astype(np.uint8)
    return out


def pixelate_spots(rgb: np.ndarray, boxes: Sequence[Box], *, noise: float = 4.0,
                   rng: np.random.Generator | None = None) -> np.ndarray:
    """Turn every spot into big square blocks of its average colours, each slightly shifted."""
    rng = rng or np.random.default_rng()
    out: np.ndarray = rgb.copy()
    for box, (x0, y0, x1, y1) in _areas(rgb, boxes):
        cell = cell_size(box)
        cols, rows = max(1, math.ceil((x1 - x0) / cell)), max(1, math.ceil((y1 - y0) / cell))
        patch = out[y0:y1, x0:x1]
        means = cv2.resize(patch, (cols, rows), interpolation=cv2.INTER_AREA).astype(np.float32)
        means = np.clip(means + rng.normal(0.0, noise, (rows, cols, 1)), 0, 255).astype(np.uint8)
        blocky = np.repeat(np.repeat(means, cell, axis=0), cell, axis=1)
        out[y0:y1, x0:x1] = blocky[:y1 - y0, :x1 - x0]
    return out


def cover_spots(rgb: np.ndarray, boxes: Sequence[Box], *, first: int = 0) -> np.ndarray:
    """A friendly sticker over every spot: a rounded badge the shape of the spot, white rim,
    with the sticker's picture in the middle. `first` picks the first sticker's design, so
    spots and faces in one picture do not all get the same one."""
    out: np.ndarray = rgb.copy()
    for i, (_, (x0, y0, x1, y1)) in enumerate(_areas(rgb, boxes)):
        kind = first + i
        w, h = x1 - x0, y1 - y0
        badge = Image.new("RGBA", (w, h), (0, 0, 0, 0))
        draw = ImageDraw.Draw(badge)
        radius = 0.3 * min(w, h)
        rim = max(1, round(0.06 * min(w, h)))
        colour = style_faces.sticker_colour(kind)
        draw.rounded_rectangle((0, 0, w - 1, h - 1), radius=radius, fill=(255, 255, 255, 255))
        draw.rounded_rectangle((rim, rim, w - 1 - rim, h - 1 - rim), radius=max(0, radius - rim),
                               fill=colour + (255,))
        diameter = round(0.65 * min(w, h))  # the sticker's shadow makes it a fifth wider
        if diameter >= 8:
            tile = style_faces.sticker(diameter, kind)
            if tile.width <= w and tile.height <= h:
                badge.alpha_composite(tile, dest=((w - tile.width) // 2, (h - tile.height) // 2))
        # Under the badge nothing of the spot is kept, even where its rounded corners let
        # the picture show: those corners lie outside the box the finder drew.
        style_faces.lay_over(out, badge, x0, y0)
    return out


def fill_spots(rgb: np.ndarray, boxes: Sequence[Box], *, faces: Sequence[Box] = (),
               showing: np.ndarray | None = None, in_place: bool = False) -> np.ndarray:
    """A plain patch of one colour (the spot's own average) over every spot and every face's
    whole head. With `showing` (0..1 per pixel: how much of the original still shows there,
    as in a blurred background with the person kept sharp), the patch covers only that much.
    With `in_place`, the patches go onto `rgb` itself (a caller's own new pixels: a copy of a
    12-megapixel picture is 36 MB) and it is returned.
    """
    out: np.ndarray = rgb if in_place else rgb.copy()
    height, width = rgb.shape[:2]
    shapes: list[tuple[tuple[int, int, int, int], style_faces.Ellipse | None]] = [
        (bounds(box, (width, height)), None) for box in boxes]
    for box in faces:
        face_head = style_faces.head_ellipse(box, style_faces.MARGIN, max(width, height))
        shapes.append((face_head.bounds((width, height), pad=2), face_head))
    for (x0, y0, x1, y1), head in shapes:
        if x1 <= x0 or y1 <= y0:
            continue
        patch = out[y0:y1, x0:x1].astype(np.float32)
        cover = np.ones(patch.shape[:2], np.float32) if head is None else \
            style_faces.ellipse_mask(head, (x0, y0), patch.shape[:2], feather=2.0)
        if showing is not None:
            cover = cover * showing[y0:y1, x0:x1]
        colour = patch.reshape(-1, 3).mean(axis=0)
        patch += (colour - patch) * cover[..., None]
        out[y0:y1, x0:x1] = np.clip(patch + 0.5, 0, 255).astype(np.uint8)
    return out
