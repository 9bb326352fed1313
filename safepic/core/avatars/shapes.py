"""What every kind of avatar draws with: colours and palettes, shapes, layers that blend.

Everything is drawn with Pillow at four times the final size (`S`) and then shrunk to `OUT`,
for smooth edges. Every choice comes from the `random.Random` the caller passes in.
"""

from __future__ import annotations

import colorsys
import math
import random
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

OUT = 512
SCALE = 4
S = OUT * SCALE  # drawing size

Colour = tuple[int, int, int]
Point = tuple[float, float]


# ---------------------------------------------------------------- colours

def hls(hue: float, light: float, sat: float) -> Colour:
    r, g, b = colorsys.hls_to_rgb(hue % 1.0, min(max(light, 0.0), 1.0), min(max(sat, 0.0), 1.0))
    return round(r * 255), round(g * 255), round(b * 255)


def mix(a: Colour, b: Colour, t: float) -> Colour:
    r, g, b_ = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return r, g, b_


def shade(c: Colour, t: float) -> Colour:
    """Darker (t < 0) or lighter (t > 0), by mixing with black or white."""
    return mix(c, (0, 0, 0), -t) if t < 0 else mix(c, (255, 255, 255), t)


def hex_colour(code: str) -> Colour:
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


# Hand-picked palettes that sit well together (dark to light is not implied).
PALETTES: list[list[Colour]] = [[hex_colour(c) for c in p.split()] for p in (
    "264653 2a9d8f e9c46a f4a261 e76f51",
    "355070 6d597a b56576 e56b6f eaac8b",
    "003049 d62828 f77f00 fcbf49 eae2b7",
    "606c38 283618 fefae0 dda15e bc6c25",
    "22223b 4a4e69 9a8c98 c9ada7 f2e9e4",
    "0b3954 087e8b bfd7ea ff5a5f c81d25",
    "ffcdb2 ffb4a2 e5989b b5838d 6d6875",
    "2b2d42 8d99ae edf2f4 ef233c d90429",
    "1d3557 457b9d a8dadc f1faee e63946",
    "3d405b e07a5f f4f1de 81b29a f2cc8f",
    "5f0f40 9a031e fb8b24 e36414 0f4c5c",
    "0d3b66 faf0ca f4d35e ee964b f95738",
    "ef476f ffd166 06d6a0 118ab2 073b4c",
    "582f0e 7f4f24 c9a66b e8d8b0 6a994e",
    "7400b8 6930c3 5e60ce 5390d9 48bfe3",
    "d8e2dc ffe5d9 ffcad4 f4acb7 9d8189",
    "f6bd60 f7ede2 f5cac3 84a59d f28482",
    "8e7dbe 99c1b9 f2d0a9 f1e3d3 d88c9a",
    "01161e 124559 598392 aec3b0 eff6e0",
    "cb997e ddbea9 ffe8d6 b7b7a4 6b705c",
    "283d3b 197278 edddd4 c44536 772e25",
    "8ecae6 219ebc 023047 ffb703 fb8500",
    "f94144 f3722c f8961e f9c74f 90be6d",
    "114b5f 028090 e4fde1 456990 f45b69",
)]


def palette(rng: random.Random) -> list[Colour]:
    """A curated palette, its hues turned a little, in a random order."""
    turn = rng.uniform(-0.04, 0.04)
    colours = []
    for c in rng.choice(PALETTES):
        hue, light, sat = colorsys.rgb_to_hls(*(x / 255 for x in c))
        colours.append(hls(hue + turn, light, sat))
    rng.shuffle(colours)
    return colours


def lightness(c: Colour) -> float:
    return colorsys.rgb_to_hls(*(x / 255 for x in c))[1]


def pastel(hue: float, rng: random.Random) -> Colour:
    return hls(hue, rng.uniform(0.80, 0.88), rng.uniform(0.35, 0.6))


# ---------------------------------------------------------------- shapes

def ellipse(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0,
             n: int = 96) -> list[Point]:
    ca, sa = math.cos(angle), math.sin(angle)
    points = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        points.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return points


def place(points: Sequence[Point], cx: float, cy: float, angle: float) -> list[Point]:
    """Rotate points (drawn around 0,0) by angle and move them to (cx, cy)."""
    ca, sa = math.cos(angle), math.sin(angle)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in points]


def rounded(points: Sequence[Point], radius: float, steps: int = 8) -> list[Point]:
    """A polygon with each corner replaced by a smooth curve (for ears, leaves, tiles)."""
    out: list[Point] = []
    n = len(points)
    for i in range(n):
        p0, p1, p2 = points[i - 1], points[i], points[(i + 1) % n]
        d0 = math.dist(p0, p1) or 1.0
        d2 = math.dist(p1, p2) or 1.0
        r0, r2 = min(radius, d0 / 2) / d0, min(radius, d2 / 2) / d2
        a = (p1[0] + (p0[0] - p1[0]) * r0, p1[1] + (p0[1] - p1[1]) * r0)
        b = (p1[0] + (p2[0] - p1[0]) * r2, p1[1] + (p2[1] - p1[1]) * r2)
        for k in range(steps + 1):
            t = k / steps
            out.append(((1 - t) ** 2 * a[0] + 2 * (1 - t) * t * p1[0] + t * t * b[0],
                        (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * p1[1] + t * t * b[1]))
    return out


def petal(length: float, width: float, shape: str, n: int = 40) -> list[Point]:
    """A petal lying along +x from the origin, as a closed outline."""
    top: list[Point] = []
    for i in range(n + 1):
        t = i / n
        if shape == "round":
            w = math.sin(math.pi * t) ** 0.75
        elif shape == "pointed":
            w = math.sin(math.pi * t) * (1 - t) ** 0.15 * 1.1
        elif shape == "tear":
            w = math.sin(math.pi * t ** 0.65) ** 0.9
        elif shape == "notched":
            w = math.sin(math.pi * t ** 0.8) ** 0.7
        else:  # "slim"
            w = math.sin(math.pi * t) ** 1.4
        top.append((length * t, width * w))
    if shape == "notched":  # a small dip at the tip, like a cherry blossom
        top[-1] = (length * 0.9, 0.0)
        top[-2] = (length * 0.97, width * 0.12)
    bottom = [(x, -y) for x, y in reversed(top[1:-1])]
    return top + bottom


def gradient(top: Colour, bottom: Colour, style: str, size: int = OUT) -> Image.Image:
    """A soft background, vertical, diagonal or radial (lighter in the middle)."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / (size - 1)
    if style == "vertical":
        t = yy
    elif style == "diagonal":
        t = (xx + yy) / 2
    else:
        t = np.clip(np.hypot(xx - 0.5, yy - 0.45) / 0.72, 0, 1)
    t = t[..., None] ** 1.1
    a, b = np.array(top, np.float32), np.array(bottom, np.float32)
    return Image.fromarray(np.round(a + (b - a) * t).astype(np.uint8), "RGB")


class Field:
    """A radial colour field (inner colour at the centre, outer at `radius`), drawn on demand."""

    def __init__(self, inner: Colour, outer: Colour, cx: float, cy: float, radius: float) -> None:
        self.inner, self.outer = np.array(inner, np.float32), np.array(outer, np.float32)
        self.cx, self.cy, self.radius = cx, cy, radius

    def crop(self, box: tuple[int, int, int, int]) -> Image.Image:
        """The field over one box, worked out at a quarter size and enlarged (it is smooth)."""
        x0, y0, x1, y1 = box
        w, h = max(1, (x1 - x0) // SCALE), max(1, (y1 - y0) // SCALE)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        xx = x0 + (xx + 0.5) * (x1 - x0) / w
        yy = y0 + (yy + 0.5) * (y1 - y0) / h
        t = np.clip(np.hypot(xx - self.cx, yy - self.cy) / self.radius, 0, 1)[..., None]
        pixels = np.round(self.inner + (self.outer - self.inner) * t).astype(np.uint8)
        small = Image.fromarray(pixels, "RGB")
        return small.convert("RGBA").resize((x1 - x0, y1 - y0), Image.Resampling.BILINEAR)


class Layer:
    """A transparent drawing-size layer with helpers for fills that blend."""

    def __init__(self) -> None:
        self.image = Image.new("RGBA", (S, S), (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.image)

    def poly(self, points: Sequence[Point], fill: Colour) -> None:
        self.draw.polygon(points, fill=fill)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: Colour,
                angle: float = 0.0) -> None:
        if angle:
            self.draw.polygon(ellipse(cx, cy, rx, ry, angle), fill=fill)
        else:
            self.draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=fill)

    def paint(self, shape: Callable[..., object], source: Field | Colour,
              opacity: float = 1.0, clip: Image.Image | None = None) -> None:
        """Draw `shape` as a mask and fill it with a colour or a colour field, blended.

        `shape` takes the mask's ImageDraw (typed loosely: callers' lambdas bind loop values as
        default arguments, which a type checker cannot match against an exact signature).
        Blending is only used over parts already painted (cheeks on a face), where a plain
        mix of the two colours is right.
        """
        mask = Image.new("L", (S, S), 0)
        shape(ImageDraw.Draw(mask))
        box = mask.getbbox()
        if box is None:
            return
        mask = mask.crop(box)
        if clip is not None:
            mask = ImageChops.multiply(mask, clip.crop(box))
        if opacity < 1.0:
            mask = mask.point(lambda v: round(v * opacity))
        if isinstance(source, Field):
            self.image.paste(source.crop(box), box, mask)
        else:
            self.image.paste((*source, 255), box, mask)

    def alpha(self) -> Image.Image:
        return self.image.getchannel("A")


def finish(background: Image.Image, subject: Layer, shadow: float = 0.22,
            shadow_colour: Colour = (40, 30, 50)) -> Image.Image:
    """Lay the subject on the background with a soft shadow, and shrink to the final size."""
    if shadow > 0:
        soft = subject.alpha().reduce(SCALE).filter(ImageFilter.GaussianBlur(9))
        soft = soft.transform(soft.size, Image.Transform.AFFINE, (1, 0, 0, 0, 1, -9))
        soft = soft.point(lambda v: round(v * shadow))
        background = Image.composite(Image.new("RGB", (OUT, OUT), shadow_colour), background, soft)
    # Shrinking first is the same as laying on and then shrinking: Pillow weighs colours by
    # their opacity when it shrinks, and both steps are averages.
    small = subject.image.reduce(SCALE)
    out = background.convert("RGBA")
    out.alpha_composite(small)
    return out.convert("RGB")


def sprinkle(background: Image.Image, rng: random.Random, colour: Colour, count: int,
              sizes: tuple[float, float], opacity: float) -> Image.Image:
    """Scatter soft round dots on a background, for a little depth."""
    layer = Image.new("L", (OUT, OUT), 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        r = rng.uniform(*sizes)
        x, y = rng.uniform(0, OUT), rng.uniform(0, OUT)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=round(255 * opacity * rng.uniform(0.4, 1)))
    layer = layer.filter(ImageFilter.GaussianBlur(1.2))
    return Image.composite(Image.new("RGB", (OUT, OUT), colour), background, layer)
