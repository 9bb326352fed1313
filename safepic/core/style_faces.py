"""Hide faces found in a picture: blur, coarse blocks or a friendly sticker over each whole head.

These are pure pixel operations on an RGB array and a list of face boxes, so they can be tested
with fixed inputs. A face box from the detector covers brow to chin; hair, ears and the outline
of the head also help people recognise someone, so every style works on a larger head ellipse.
Blur and blocks both throw the detail away (the head is shrunk to a few pixels) and add noise,
so the face cannot be sharpened back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

Box = tuple[int, int, int, int]  # x, y, w, h in picture pixels


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


def head_ellipse(box: Box, margin: float = 1.8) -> Ellipse:
    """The whole head around a face box: `margin` times wider, taller still, raised for the hair."""
    x, y, w, h = box
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
    return np.clip(patch.astype(np.float32) + noise, 0, 255)


def blur_faces(
    rgb: np.ndarray,
    boxes: Sequence[Box],
    *,
    margin: float = 1.8,
    detail: int = 6,
    noise: float = 8.0,
    rng: np.random.Generator | None = None,
) -> np.ndarray:
    """Blur every head so strongly that only about `detail` soft patches remain across it."""
    rng = rng or np.random.default_rng()
    out = rgb.copy()
    height, width = rgb.shape[:2]
    for box in boxes:
        head = head_ellipse(box, margin)
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
        smooth = cv2.resize(small, (patch.shape[1], patch.shape[0]), interpolation=cv2.INTER_LINEAR)
        smooth = cv2.GaussianBlur(smooth, (0, 0), sigmaX=cell * 0.6)
        blurred = _add_noise(smooth, noise, rng)
        alpha = ellipse_mask(head, (x0, y0), patch.shape[:2], feather)[..., None]
        mixed = blurred * alpha + patch.astype(np.float32) * (1.0 - alpha)
        out[y0:y1, x0:x1] = np.clip(mixed + 0.5, 0, 255).astype(np.uint8)
    return out


def pixelate_faces(
    rgb: np.ndarray,
    boxes: Sequence[Box],
    *,
    margin: float = 1.8,
    blocks: int = 7,
    noise: float = 10.0,
    rng: np.random.Generator | None = None,
) -> np.ndarray:
    """Replace every head with about `blocks` big square blocks across, each slightly shifted in colour."""
    rng = rng or np.random.default_rng()
    out = rgb.copy()
    height, width = rgb.shape[:2]
    for box in boxes:
        head = head_ellipse(box, margin)
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


# Sticker colours: (badge, ring) pairs, warm and friendly; one per face, in turn.
_STICKER_COLOURS = [
    ((255, 205, 60), (255, 255, 255)),
    ((255, 150, 170), (255, 255, 255)),
    ((120, 200, 240), (255, 255, 255)),
    ((150, 215, 140), (255, 255, 255)),
    ((200, 165, 235), (255, 255, 255)),
    ((255, 170, 100), (255, 255, 255)),
]
_INK = (70, 45, 40)
_SUPERSAMPLE = 4
_MAX_DRAW = 2400  # largest sticker we draw before scaling down, in pixels


def sticker(diameter: int, kind: str = "smiley", colour_index: int = 0) -> Image.Image:
    """A round RGBA sticker (badge, white ring, soft shadow) with a smiley or a flower on it.

    Drawn large and scaled down, so its edges are smooth. The badge itself is fully opaque.
    """
    badge, ring = _STICKER_COLOURS[colour_index % len(_STICKER_COLOURS)]
    big = min(_MAX_DRAW, max(64, diameter * _SUPERSAMPLE))
    pad = big // 10  # room for the shadow
    side = big + 2 * pad
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    c = side / 2
    r = big / 2

    def disc(radius: float, fill: tuple, dx: float = 0, dy: float = 0) -> None:
        draw.ellipse((c + dx - radius, c + dy - radius, c + dx + radius, c + dy + radius), fill=fill)

    disc(r, ring + (255,))
    disc(r * 0.9, badge + (255,))
    if kind == "flower":
        # A daisy: white petals round a golden middle.
        for i in range(10):
            angle = i * math.pi / 5
            px, py = c + math.cos(angle) * r * 0.45, c + math.sin(angle) * r * 0.45
            petal = Image.new("RGBA", layer.size, (0, 0, 0, 0))
            ImageDraw.Draw(petal).ellipse((c - r * 0.3, c - r * 0.12, c + r * 0.3, c + r * 0.12),
                                          fill=(255, 255, 255, 255))
            petal = petal.rotate(-math.degrees(angle), center=(c, c),
                                 resample=Image.Resampling.BICUBIC, translate=(px - c, py - c))
            layer.alpha_composite(petal)
        disc(r * 0.24, (250, 190, 40, 255))
        disc(r * 0.24, (250, 190, 40, 255), dy=-r * 0.02)
        disc(r * 0.1, (255, 225, 120, 255), dx=-r * 0.06, dy=-r * 0.07)
    else:
        eye_w, eye_h = r * 0.09, r * 0.16
        for dx in (-0.3, 0.3):
            ex, ey = c + dx * r, c - 0.18 * r
            draw.ellipse((ex - eye_w, ey - eye_h, ex + eye_w, ey + eye_h), fill=_INK + (255,))
            draw.ellipse(
                (ex - eye_w * 0.2, ey - eye_h * 0.7, ex + eye_w * 0.55, ey - eye_h * 0.15),
                fill=(255, 255, 255, 255),
            )
        # Rosy cheeks, mixed with the badge colour here so the badge stays fully opaque.
        cheek = tuple(round(0.55 * b + 0.45 * p) for b, p in zip(badge, (255, 100, 110))) + (255,)
        for dx in (-0.52, 0.52):
            ex, ey = c + dx * r, c + 0.12 * r
            draw.ellipse((ex - r * 0.13, ey - r * 0.08, ex + r * 0.13, ey + r * 0.08), fill=cheek)
        smile = (c - r * 0.42, c - r * 0.3, c + r * 0.42, c + r * 0.5)
        draw.arc(smile, start=25, end=155, fill=_INK + (255,), width=max(2, round(r * 0.08)))
    shadow = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    ImageDraw.Draw(shadow).ellipse(
        (c - r, c - r + pad * 0.35, c + r, c + r + pad * 0.35), fill=(0, 0, 0, 90)
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(pad * 0.35))
    shadow.alpha_composite(layer)
    out_side = round(side * diameter / big)
    return shadow.resize((out_side, out_side), Image.Resampling.LANCZOS)


def cover_faces(
    rgb: np.ndarray, boxes: Sequence[Box], *, margin: float = 1.8, kinds: Sequence[str] = ("smiley", "flower")
) -> np.ndarray:
    """Put a friendly round sticker over every head; nothing of the head shows through."""
    image = Image.fromarray(rgb).convert("RGBA")
    for i, box in enumerate(boxes):
        head = head_ellipse(box, margin)
        radius = max(head.rx, head.ry)
        # The badge must cover the head fully: its smoothed rim (about 2 pixels) lies outside
        # the head. The sticker's transparent border holds the shadow.
        diameter = math.ceil(2 * radius) + 6
        tile = sticker(diameter, kinds[i % len(kinds)], i)
        left = round(head.cx - tile.width / 2)
        top = round(head.cy - tile.height / 2)
        image.alpha_composite(tile, dest=(max(0, left), max(0, top)),
                              source=(max(0, -left), max(0, -top)))
    return np.asarray(image.convert("RGB"))
