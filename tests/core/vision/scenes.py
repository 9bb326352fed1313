"""Labelled test scenes built from the public-domain photos in tests/data.

Other engineers reuse these (styles that blur faces, the OCR tests, benchmarks). Each builder
returns a `Scene`: the pixels, the face boxes a person would mark, and a short name. Builders
are deterministic (fixed seeds), so counts asserted on them are stable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

DATA = Path(__file__).resolve().parents[2] / "data"

Box = tuple[int, int, int, int]

# Face boxes (x, y, w, h) in the photos of tests/data, marked by eye around brows to chin.
FACE_SOURCES: dict[str, Box] = {
    "astronaut.jpg": (172, 72, 104, 104),
    "grace-hopper.jpg": (166, 140, 199, 190),
    "camera.jpg": (190, 116, 84, 90),
}


@dataclass
class Scene:
    """A picture and the faces in it (boxes in its pixels)."""

    name: str
    image: Image.Image
    faces: list[Box] = field(default_factory=list)
    person: bool = False  # a person's body or head fills a real part of the picture


@lru_cache(maxsize=None)
def photo(name: str) -> Image.Image:
    """One of the photos in tests/data, as RGB (cached: treat it as read-only)."""
    with Image.open(DATA / name) as image:
        return image.convert("RGB")


def _head(source: str, face_width: int, *, mirror: bool, tint: tuple[float, float, float],
          brightness: float, angle: float) -> tuple[Image.Image, Image.Image, Box]:
    """A head cut from `source`, scaled so its face is `face_width` wide, with a soft mask.

    Returns (head RGB, mask L, face box inside the head image).
    """
    fx, fy, fw, fh = FACE_SOURCES[source]
    image = photo(source)
    cx, cy = fx + fw / 2, fy + fh / 2
    half = 0.95 * max(fw, fh)
    crop = (int(cx - half), int(cy - 1.15 * half), int(cx + half), int(cy + 0.85 * half))
    head = image.crop(crop)
    scale = face_width / fw
    size = (max(1, round(head.width * scale)), max(1, round(head.height * scale)))
    head = head.resize(size, Image.Resampling.LANCZOS)
    box = [round((fx - crop[0]) * scale), round((fy - crop[1]) * scale),
           round(fw * scale), round(fh * scale)]
    if mirror:
        head = ImageOps.mirror(head)
        box[0] = head.width - box[0] - box[2]
    r, g, b = (np.asarray(head, dtype=np.float32)[..., i] * tint[i] for i in range(3))
    head = Image.fromarray(np.clip(np.dstack([r, g, b]), 0, 255).astype(np.uint8))
    head = ImageEnhance.Brightness(head).enhance(brightness)
    mask = Image.new("L", head.size, 0)
    inset = max(1, head.width // 14)
    ImageDraw.Draw(mask).ellipse((inset, inset, head.width - inset, head.height - inset), fill=255)
    mask = mask.filter(ImageFilter.GaussianBlur(max(1, head.width // 24)))
    if angle:
        head = head.rotate(angle, resample=Image.Resampling.BICUBIC)
        mask = mask.rotate(angle, resample=Image.Resampling.BICUBIC)
    return head, mask, (box[0], box[1], box[2], box[3])


def _background(name: str, size: tuple[int, int], seed: int) -> Image.Image:
    """A real photo stretched to `size`, with a little sensor-like noise so it is not smooth."""
    base = photo(name).resize(size, Image.Resampling.BICUBIC)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, 4.0, (size[1], size[0], 1)).astype(np.float32)
    pixels = np.asarray(base, dtype=np.float32) + noise
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def group_photo(size: tuple[int, int] = (4000, 3000), count: int = 6, face_width: int = 80,
                background: str = "rocket.jpg", seed: int = 6, rows: int = 2) -> Scene:
    """`count` heads in `rows` rows on a real background, like a phone photo of a group.

    Heads come from three different people, some mirrored, tinted, darker or lighter and turned
    a little, with face widths within about 15% of `face_width`.
    """
    rng = np.random.default_rng(seed)
    canvas = _background(background, size, seed)
    sources = list(FACE_SOURCES)
    per_row = -(-count // rows)
    gap = min(0.25, 0.75 / rows)  # between rows, as a share of the height
    faces: list[Box] = []
    for i in range(count):
        row, col = divmod(i, per_row)
        width = int(face_width * rng.uniform(0.85, 1.15))
        head, mask, (bx, by, bw, bh) = _head(
            sources[i % len(sources)], width,
            mirror=bool(i % 2), tint=tuple(rng.uniform(0.85, 1.15, 3)),
            brightness=float(rng.uniform(0.75, 1.2)), angle=float(rng.uniform(-8, 8)))
        cell_w = size[0] / (per_row + 1)
        x = int(cell_w * (col + 1) - head.width / 2 + rng.uniform(-0.2, 0.2) * cell_w)
        y = int(size[1] * (0.475 + gap * (row - (rows - 1) / 2)) - head.height / 2)
        canvas.paste(head, (x, y), mask)
        faces.append((x + bx, y + by, bw, bh))
    return Scene(f"group of {count} ({size[0]}x{size[1]}, faces ~{face_width} px)", canvas, faces,
                 person=False)


def single_face(source: str = "astronaut.jpg") -> Scene:
    """One of the portrait photos as it is."""
    return Scene(source, photo(source).copy(), [FACE_SOURCES[source]], person=True)


def tight_face(source: str = "astronaut.jpg", size: int = 256) -> Scene:
    """A crop where the face fills most of the frame (a close selfie)."""
    fx, fy, fw, fh = FACE_SOURCES[source]
    margin = 0.12 * fw
    crop = (int(fx - margin), int(fy - margin), int(fx + fw + margin), int(fy + fh + margin))
    image = photo(source).crop(crop).resize((size, size), Image.Resampling.LANCZOS)
    sx, sy = size / (crop[2] - crop[0]), size / (crop[3] - crop[1])
    box = (round((fx - crop[0]) * sx), round((fy - crop[1]) * sy), round(fw * sx), round(fh * sy))
    return Scene(f"tight face ({source})", image, [box], person=True)


def phone_size(scene: Scene, size: tuple[int, int] = (4000, 3000)) -> Scene:
    """The same scene stretched to phone resolution, boxes scaled with it."""
    sx, sy = size[0] / scene.image.width, size[1] / scene.image.height
    faces = [(round(x * sx), round(y * sy), round(w * sx), round(h * sy)) for x, y, w, h in scene.faces]
    image = scene.image.resize(size, Image.Resampling.BICUBIC)
    return Scene(f"{scene.name} at {size[0]}x{size[1]}", image, faces, scene.person)


def blurred(scene: Scene, radius: float = 2.0) -> Scene:
    """The same scene out of focus (a shaky phone photo)."""
    image = scene.image.filter(ImageFilter.GaussianBlur(radius))
    return Scene(f"{scene.name}, blurred {radius:g} px", image, list(scene.faces), scene.person)


def no_face(name: str) -> Scene:
    """A photo with no human face in it (the cat, the coffee, the rocket)."""
    return Scene(name, photo(name).copy(), [], person=False)


def labelled_set() -> list[Scene]:
    """Every labelled scene, for the benchmark (slow to build: a few seconds)."""
    return [
        single_face("astronaut.jpg"),
        single_face("grace-hopper.jpg"),
        single_face("camera.jpg"),
        tight_face("astronaut.jpg"),
        tight_face("grace-hopper.jpg"),
        group_photo(),
        group_photo(face_width=60, background="coffee.jpg", seed=11),
        group_photo(size=(1600, 1200), count=4, face_width=40, background="chelsea-cat.jpg", seed=3),
        phone_size(single_face("astronaut.jpg")),
        no_face("chelsea-cat.jpg"),
        no_face("coffee.jpg"),
        no_face("rocket.jpg"),
        phone_size(no_face("chelsea-cat.jpg")),
        phone_size(no_face("coffee.jpg")),
        phone_size(no_face("rocket.jpg")),
    ]


def overlap(a: Box, b: Box) -> float:
    """Intersection over the smaller box's area (a found face box is often tighter or looser)."""
    iw = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    ih = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    return iw * ih / min(a[2] * a[3], b[2] * b[3])


def score(found: list[Box], truth: list[Box], *, least: float = 0.5) -> tuple[int, int, int]:
    """(found, missed, false): each true face matched to at most one found box."""
    unused = list(found)
    hits = 0
    for face in truth:
        best = max(unused, key=lambda box: overlap(box, face), default=None)
        if best is not None and overlap(best, face) >= least:
            unused.remove(best)
            hits += 1
    return hits, len(truth) - hits, len(unused)
