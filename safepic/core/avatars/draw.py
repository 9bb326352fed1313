"""One-of-a-kind profile pictures drawn from a seed: flowers, friendly animals and patterns.

A picture made here is new: it shows nothing about the person, and it is not a copy of anything
online that a reverse image search could find. The same seed always draws the same picture, so a
person can keep the number and make it again; a new seed makes a new one.

Everything is drawn with Pillow at four times the final size and then shrunk, for smooth edges.
All choices come from one `random.Random` seeded with the kind and the seed, so the pixels
depend on those alone.
"""

from __future__ import annotations

import colorsys
import math
import random
import secrets
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from ..errors import SafePicError
from ..picture import Picture, from_image

KINDS = ("flower", "animal", "pattern")
OUT = 512
SCALE = 4
S = OUT * SCALE  # drawing size

Colour = tuple[int, int, int]
Point = tuple[float, float]


class AvatarError(SafePicError):
    """An avatar was asked for in a way SafePic cannot draw."""


def new_seed() -> int:
    """A fresh random seed; keep it to draw the same avatar again."""
    return secrets.randbits(63)


def make_avatar(kind: str, seed: int) -> Picture:
    """Draw the avatar of this kind for this seed: 512x512 RGB, the same every time."""
    draw = _DRAWERS.get(kind)
    if draw is None:
        raise AvatarError(f"SafePic can draw a flower, an animal or a pattern, not '{kind}'.")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise AvatarError("The avatar number must be a whole number, 0 or more.")
    image = draw(random.Random(f"{kind}:{seed}"))
    return from_image(image, f"avatar-{kind}-{seed}.png")


# ---------------------------------------------------------------- colours

def _hls(hue: float, light: float, sat: float) -> Colour:
    r, g, b = colorsys.hls_to_rgb(hue % 1.0, min(max(light, 0.0), 1.0), min(max(sat, 0.0), 1.0))
    return round(r * 255), round(g * 255), round(b * 255)


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    r, g, b_ = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return r, g, b_


def _shade(c: Colour, t: float) -> Colour:
    """Darker (t < 0) or lighter (t > 0), by mixing with black or white."""
    return _mix(c, (0, 0, 0), -t) if t < 0 else _mix(c, (255, 255, 255), t)


def _hex(code: str) -> Colour:
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


# Hand-picked palettes that sit well together (dark to light is not implied).
_PALETTES: list[list[Colour]] = [[_hex(c) for c in p.split()] for p in (
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


def _palette(rng: random.Random) -> list[Colour]:
    """A curated palette, its hues turned a little, in a random order."""
    turn = rng.uniform(-0.04, 0.04)
    colours = []
    for c in rng.choice(_PALETTES):
        hue, light, sat = colorsys.rgb_to_hls(*(x / 255 for x in c))
        colours.append(_hls(hue + turn, light, sat))
    rng.shuffle(colours)
    return colours


def _lightness(c: Colour) -> float:
    return colorsys.rgb_to_hls(*(x / 255 for x in c))[1]


def _pastel(hue: float, rng: random.Random) -> Colour:
    return _hls(hue, rng.uniform(0.80, 0.88), rng.uniform(0.35, 0.6))


# ---------------------------------------------------------------- shapes

def _ellipse(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0,
             n: int = 96) -> list[Point]:
    ca, sa = math.cos(angle), math.sin(angle)
    points = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        points.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return points


def _place(points: Sequence[Point], cx: float, cy: float, angle: float) -> list[Point]:
    """Rotate points (drawn around 0,0) by angle and move them to (cx, cy)."""
    ca, sa = math.cos(angle), math.sin(angle)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in points]


def _rounded(points: Sequence[Point], radius: float, steps: int = 8) -> list[Point]:
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


def _petal(length: float, width: float, shape: str, n: int = 40) -> list[Point]:
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


def _gradient(top: Colour, bottom: Colour, style: str, size: int = OUT) -> Image.Image:
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


class _Field:
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


class _Layer:
    """A transparent drawing-size layer with helpers for fills that blend."""

    def __init__(self) -> None:
        self.image = Image.new("RGBA", (S, S), (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.image)

    def poly(self, points: Sequence[Point], fill: Colour) -> None:
        self.draw.polygon(points, fill=fill)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: Colour,
                angle: float = 0.0) -> None:
        if angle:
            self.draw.polygon(_ellipse(cx, cy, rx, ry, angle), fill=fill)
        else:
            self.draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=fill)

    def paint(self, shape: Callable[[ImageDraw.ImageDraw], None], source: _Field | Colour,
              opacity: float = 1.0, clip: Image.Image | None = None) -> None:
        """Draw `shape` as a mask and fill it with a colour or a colour field, blended.

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
        if isinstance(source, _Field):
            self.image.paste(source.crop(box), box, mask)
        else:
            self.image.paste((*source, 255), box, mask)

    def alpha(self) -> Image.Image:
        return self.image.getchannel("A")


def _finish(background: Image.Image, subject: _Layer, shadow: float = 0.22,
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


def _sprinkle(background: Image.Image, rng: random.Random, colour: Colour, count: int,
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


# ---------------------------------------------------------------- flowers

_FLOWER_HUES = [0.97, 0.0, 0.03, 0.07, 0.11, 0.14, 0.78, 0.83, 0.88, 0.92, 0.62, 0.58, 0.72]


def _flower(rng: random.Random) -> Image.Image:
    """One big bloom, sometimes with small ones behind it, on a soft or deep background."""
    hue = rng.choice(_FLOWER_HUES) + rng.uniform(-0.02, 0.02)
    scheme = rng.choice(["analogous", "complement", "soft"])
    if scheme == "complement":
        bg_hue = hue + 0.5 + rng.uniform(-0.08, 0.08)
    elif scheme == "analogous":
        bg_hue = hue + rng.choice([-1, 1]) * rng.uniform(0.08, 0.16)
    else:
        bg_hue = hue
    if rng.random() < 0.2:  # now and then a deep evening colour, so the petals glow
        bg_top = _hls(rng.choice([0.64, 0.5, 0.76, 0.92]) + rng.uniform(-0.03, 0.03),
                      rng.uniform(0.26, 0.34), rng.uniform(0.3, 0.45))
        bg_bottom = _shade(bg_top, -0.3)
        dots = _shade(bg_top, 0.2)
    else:
        bg_top = _pastel(bg_hue, rng)
        bg_bottom = _shade(_pastel(bg_hue + rng.uniform(-0.06, 0.06), rng), -0.08)
        dots = _shade(bg_top, 0.5)
    background = _gradient(bg_top, bg_bottom, rng.choice(["vertical", "diagonal", "radial"]))
    background = _sprinkle(background, rng, dots, rng.randint(6, 18), (3, 14), 0.5)

    cx = S / 2 + rng.uniform(-60, 60)
    cy = S / 2 + rng.uniform(-60, 40)
    radius = rng.uniform(0.31, 0.37) * S
    subject = _Layer()
    if rng.random() < 0.45:  # a few small flowers peeking out from behind
        count = rng.randint(1, 3)
        start = rng.uniform(0, 2 * math.pi)
        small_hue = (hue + rng.choice([0.0, 0.06, -0.06, 0.5])) % 1.0
        if 0.18 < small_hue < 0.45:  # no green flowers: make them buttercup yellow
            small_hue = 0.13
        for k in range(count):
            a = start + 2 * math.pi * k / count + rng.uniform(-0.3, 0.3)
            d = radius * rng.uniform(1.05, 1.3)
            small = radius * rng.uniform(0.32, 0.45)
            x = min(max(cx + math.cos(a) * d, small * 0.6), S - small * 0.6)
            y = min(max(cy + math.sin(a) * d, small * 0.6), S - small * 0.6)
            _bloom(subject, rng, x, y, small, small_hue, leaves=False)
    _bloom(subject, rng, cx, cy, radius, hue, leaves=rng.random() < 0.75)
    return _finish(background, subject, shadow=0.25, shadow_colour=_shade(bg_bottom, -0.5))


def _bloom(subject: _Layer, rng: random.Random, cx: float, cy: float, radius: float,
           hue: float, leaves: bool) -> None:
    """One flower: leaves behind, one to three rings of petals, and a centre."""
    if leaves:
        _leaves(subject, rng, cx, cy, radius)
    layers = rng.choice([1, 2, 2, 3])
    shape = rng.choice(["round", "pointed", "tear", "notched", "slim"])
    count = rng.choice([5, 6, 8, 10, 12, 14]) if shape != "slim" else rng.choice([14, 18, 22])
    sat = rng.uniform(0.55, 0.85)
    light = rng.uniform(0.52, 0.66)
    if 0.1 < hue % 1.0 < 0.18:  # yellow turns khaki when dull or dark: keep it bright
        sat, light = max(sat, 0.82), light + 0.06
    spin = rng.uniform(0, 2 * math.pi)
    tone = rng.choices(["plain", "white", "heart"], weights=[6, 1, 3])[0]
    for layer in range(layers):
        frac = 1 - layer * rng.uniform(0.22, 0.3)
        length = radius * frac
        # about as wide as its share of the circle, so petals touch without merging
        width = length * math.pi / count * rng.uniform(0.5, 0.7)
        layer_hue = hue + layer * rng.uniform(-0.03, 0.03)
        outer = _hls(layer_hue, light - 0.04 * layer, sat)
        inner = _hls(layer_hue + rng.uniform(-0.04, 0.04), min(light + 0.25, 0.92), sat)
        if tone == "white":
            outer, inner = _hls(layer_hue, 0.86, 0.35), (255, 253, 248)
        elif tone == "heart":  # a warm yellow heart fading out to the petal colour
            inner = _hls(rng.uniform(0.11, 0.15), 0.7, 0.9)
        elif rng.random() < 0.5:
            outer, inner = inner, outer
        offset = spin + layer * math.pi / count
        outline = _petal(length, width, shape)
        for k in range(count):
            subject.poly(_place(outline, cx, cy, offset + 2 * math.pi * k / count),
                         _shade(outer, -0.2))
        inset = [_place(_petal(length * 0.97, width * 0.9, shape), cx, cy,
                        offset + 2 * math.pi * k / count) for k in range(count)]
        field = _Field(inner, outer, cx, cy, length * (0.75 if tone == "heart" else 1.0))
        subject.paint(lambda d, inset=inset: [d.polygon(p, fill=255) for p in inset], field)
        if rng.random() < 0.6:  # a fine vein down each petal
            vein = (*_shade(outer, -0.12), 255)
            for k in range(count):
                a = offset + 2 * math.pi * k / count
                subject.draw.line([(cx + math.cos(a) * length * 0.2,
                                    cy + math.sin(a) * length * 0.2),
                                   (cx + math.cos(a) * length * 0.62,
                                    cy + math.sin(a) * length * 0.62)],
                                  fill=vein, width=max(4, round(width * 0.05)))
    _flower_centre(subject, rng, cx, cy, radius, hue)


def _leaves(subject: _Layer, rng: random.Random, cx: float, cy: float, radius: float) -> None:
    """Pointed leaves behind a flower, lit on one side."""
    green = _hls(rng.uniform(0.25, 0.40), rng.uniform(0.32, 0.45), rng.uniform(0.35, 0.6))
    count = rng.choice([2, 3, 4, 5])
    start = rng.uniform(0, 2 * math.pi)
    for k in range(count):
        a = start + 2 * math.pi * k / count + rng.uniform(-0.3, 0.3)
        length = radius * rng.uniform(1.05, 1.2)
        outline = _petal(length, length * 0.24, "pointed")
        leaf = _place(outline, cx, cy, a)
        subject.poly(leaf, _shade(green, -0.25))
        subject.poly(_place(_petal(length * 0.97, length * 0.21, "pointed"), cx, cy, a),
                     green)
        half = [(x, max(y, 0.0)) for x, y in _petal(length * 0.97, length * 0.21, "pointed")]
        subject.poly(_place(half, cx, cy, a), _shade(green, 0.12))


def _flower_centre(subject: _Layer, rng: random.Random, cx: float, cy: float, radius: float,
                   hue: float) -> None:
    """The middle of a flower: a seed spiral, a shiny dome, or a ring of stamens."""
    style = rng.choice(["seeds", "seeds", "dome", "stamens"])
    r = radius * rng.uniform(0.17, 0.24)
    base = rng.choice([_hls(0.12, 0.55, 0.85), _hls(0.08, 0.3, 0.5), _hls(0.14, 0.62, 0.9),
                       _hls(hue + 0.5, 0.35, 0.5)])
    if style == "stamens":
        r *= 0.6
        tip = _hls(0.13, 0.6, 0.9)
        count = rng.randint(9, 16)
        for k in range(count):
            a = 2 * math.pi * k / count + rng.uniform(-0.1, 0.1)
            length = radius * rng.uniform(0.28, 0.4)
            x, y = cx + math.cos(a) * length, cy + math.sin(a) * length
            subject.draw.line([(cx, cy), (x, y)], fill=(*_shade(base, 0.3), 255),
                              width=max(3, round(radius * 0.014)))
            subject.ellipse(x, y, radius * 0.026, radius * 0.026, tip)
    subject.ellipse(cx, cy, r, r, _shade(base, -0.3))
    subject.paint(lambda d: d.ellipse((cx - r * 0.9, cy - r * 0.9, cx + r * 0.9, cy + r * 0.9),
                                      fill=255),
                  _Field(_shade(base, 0.25), base, cx - r * 0.3, cy - r * 0.3, r * 1.6))
    if style == "seeds":  # seeds laid in a sunflower spiral
        dot = _shade(base, -0.35)
        golden = math.pi * (3 - math.sqrt(5))
        n = 90
        for i in range(n):
            d = r * 0.85 * math.sqrt((i + 0.5) / n)
            x, y = cx + math.cos(i * golden) * d, cy + math.sin(i * golden) * d
            size = r * 0.045 * (0.6 + d / r)
            subject.ellipse(x, y, size, size, dot)
    elif style == "dome":
        subject.ellipse(cx - r * 0.3, cy - r * 0.35, r * 0.28, r * 0.2, _shade(base, 0.55))


# ---------------------------------------------------------------- animals

_SPECIES = ("cat", "fox", "bear", "rabbit", "owl", "panda", "mouse", "dog")

_FURS: dict[str, list[Colour]] = {
    "cat": [_hex(c) for c in
            "e8964a f0c27b 8a8d91 5b5e66 f4ead8 3d3b40 c9a27e b06a3b a9b4c2 7a6a5e".split()],
    "fox": [_hex(c) for c in "e9762b d9602a f08a3c c8553d f1ece3 9a6b4f".split()],
    "bear": [_hex(c) for c in "8b5a3c a8733f 6d4a34 c99a5f 4a3b33 d9b48a f2eee6".split()],
    "rabbit": [_hex(c) for c in "f6f1ea d9c3a5 b8a08a 9c9aa0 e9d5c0 7d6452".split()],
    "owl": [_hex(c) for c in
            "9b6b43 7c5a44 b88a5a 6e7f8d 8c6d9e 4f7c78 c46f4e e8e4dc 5d6b8a a3875e".split()],
    "panda": [_hex(c) for c in "fbfaf7 f3efe8".split()],
    "mouse": [_hex(c) for c in "a8a3a0 c8b8a6 8f8a8c e6dccf b89f86".split()],
    "dog": [_hex(c) for c in "c98c4f e0b07a 8b5e3c f2e3cc 6b4b3a d7a46b".split()],
}


def _animal(rng: random.Random) -> Image.Image:
    """A friendly animal portrait: cat, fox, bear, rabbit, owl, panda, mouse or dog."""
    species = rng.choice(_SPECIES)
    fur = rng.choice(_FURS[species])
    bg_hue = rng.random()
    if rng.random() < 0.3:  # a deep, calm colour instead of a pastel: navy, teal, plum...
        bg_hue = rng.choice([0.64, 0.5, 0.76, 0.92, 0.40, 0.02]) + rng.uniform(-0.03, 0.03)
        base = _hls(bg_hue, rng.uniform(0.3, 0.4), rng.uniform(0.3, 0.5))
        far = _shade(_hls(bg_hue + 0.05, 0.3, 0.45), -0.15)
        decoration = _shade(base, 0.15)
    else:
        base = _pastel(bg_hue, rng)
        far = _shade(_pastel(bg_hue + 0.05, rng), -0.1)
        decoration = _shade(base, rng.choice([0.4, -0.06]))
    background = _gradient(base, far, rng.choice(["vertical", "radial", "diagonal"]))
    background = _backdrop(background, rng, decoration)
    subject = _Layer()
    if species == "owl":
        _owl(subject, rng, fur)
    else:
        _face(subject, rng, species, fur)
    return _finish(background, subject, shadow=0.2)


def _backdrop(background: Image.Image, rng: random.Random, colour: Colour) -> Image.Image:
    """A quiet decoration behind the animal: a halo, polka dots, stripes, rays or stars."""
    style = rng.choice(["halo", "ring", "dots", "stripes", "rays", "stars", "plain"])
    big = OUT * 2  # drawn at twice the size and shrunk, for smooth edges
    layer = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(layer)
    c = big / 2
    if style in ("halo", "ring"):
        r = big * rng.uniform(0.34, 0.42)
        draw.ellipse((c - r, c - r - 40, c + r, c + r - 40), fill=210)
        if style == "ring":
            w = big * rng.uniform(0.02, 0.05)
            draw.ellipse((c - r + w, c - r - 40 + w, c + r - w, c + r - 40 - w), fill=0)
    elif style == "dots":
        step = big / rng.choice([6, 7, 8, 9])
        r = step * rng.uniform(0.12, 0.22)
        for row in range(-1, int(big / step) + 2):
            for col in range(-1, int(big / step) + 2):
                x = col * step + (step / 2 if row % 2 else 0)
                draw.ellipse((x - r, row * step - r, x + r, row * step + r), fill=190)
    elif style == "stripes":
        step = big / rng.choice([6, 8, 10])
        slope = rng.choice([-1, 0, 1])
        for k in range(-12, 24):
            x = k * step
            draw.polygon([(x, 0), (x + step / 2, 0), (x + step / 2 + slope * big, big),
                          (x + slope * big, big)], fill=150)
    elif style == "rays":
        count = rng.choice([12, 16, 20])
        spin = rng.uniform(0, math.pi)
        for k in range(count):
            a0 = spin + 2 * math.pi * k / count
            a1 = a0 + math.pi / count
            draw.polygon([(c, c), (c + math.cos(a0) * big, c + math.sin(a0) * big),
                          (c + math.cos(a1) * big, c + math.sin(a1) * big)], fill=140)
    elif style == "stars":
        for _ in range(rng.randint(14, 26)):
            x, y, r = rng.uniform(0, big), rng.uniform(0, big), rng.uniform(8, 22)
            tips = [(math.pi * k / 5 - math.pi / 2, r if k % 2 == 0 else r * 0.45)
                    for k in range(10)]
            points = [(x + math.cos(a) * d, y + math.sin(a) * d) for a, d in tips]
            draw.polygon(points, fill=230)
    layer = layer.reduce(2)
    return Image.composite(Image.new("RGB", (OUT, OUT), colour), background, layer)


def _face(body: _Layer, rng: random.Random, species: str, fur: Colour) -> None:
    """A face and shoulders built from ellipses, with ears, markings and a small smile."""
    cx = S / 2 + rng.uniform(-100, 100)
    cy = S * rng.uniform(0.51, 0.57)
    rx = S * rng.uniform(0.22, 0.30)
    ry = rx * rng.uniform(0.82, 0.95)
    if species in ("rabbit", "mouse"):
        ry = rx * rng.uniform(0.86, 0.98)
    if species == "rabbit":  # room for the long ears
        rx *= 0.88
        ry *= 0.88
    # keep the ears inside the picture, even with the head tilted
    reach = {"cat": 1.62 * ry, "fox": 1.62 * ry, "bear": 0.72 * ry + 0.3 * rx,
             "panda": 0.72 * ry + 0.3 * rx, "mouse": 0.7 * ry + 0.5 * rx, "rabbit": 2.55 * ry,
             "dog": ry}[species] + 0.15 * rx
    if S * 0.04 + reach > cy:  # lower the head a little, or if that is not enough, shrink it
        lowest = S * 0.6
        if S * 0.04 + reach > lowest:
            scale = (lowest - S * 0.04) / reach
            rx, ry = rx * scale, ry * scale
        cy = min(S * 0.04 + reach, lowest)
    light = _shade(fur, 0.55 if _lightness(fur) < 0.7 else 0.3)
    if _lightness(fur) > 0.85:
        light = (255, 255, 255)
    dark = _shade(fur, -0.35)
    ink = (45, 36, 40)
    pink = _hls(0.97, rng.uniform(0.74, 0.82), 0.65)
    if species == "panda":
        dark = (40, 38, 42)

    subject = _Layer()  # the head, drawn apart so it can tilt a little
    # body: round shoulders under the head
    body_top = cy + ry * 0.55
    body.ellipse(cx, body_top + S * 0.36, rx * 1.25, S * 0.4, fur)
    if species in ("fox", "cat", "dog", "rabbit", "mouse") and rng.random() < 0.7:
        body.ellipse(cx, body_top + S * 0.33, rx * 0.55, S * 0.3, light)
    if species == "panda":
        body.ellipse(cx, body_top + S * 0.36, rx * 1.25, S * 0.4, dark)
        body.ellipse(cx, body_top + S * 0.30, rx * 0.9, S * 0.3, fur)

    _ears(subject, rng, species, cx, cy, rx, ry, fur, dark, pink)

    head = _ellipse(cx, cy, rx, ry)
    if species in ("fox", "cat") and rng.random() < 0.6:  # a slightly pointed chin and cheeks
        head = _rounded([(cx - rx * 1.02, cy - ry * 0.1), (cx - rx * 0.95, cy - ry * 0.7),
                         (cx, cy - ry * 1.0), (cx + rx * 0.95, cy - ry * 0.7),
                         (cx + rx * 1.02, cy - ry * 0.1), (cx + rx * 0.75, cy + ry * 0.75),
                         (cx, cy + ry * 1.0), (cx - rx * 0.75, cy + ry * 0.75)], rx * 0.5, 12)
    subject.poly(head, fur)
    head_mask = Image.new("L", (S, S), 0)
    ImageDraw.Draw(head_mask).polygon(head, fill=255)

    _markings(subject, rng, species, cx, cy, rx, ry, fur, light, dark, head_mask)

    eye_y = cy + ry * rng.uniform(-0.02, 0.1)
    eye_dx = rx * rng.uniform(0.36, 0.46)
    muzzle_y = cy + ry * 0.45
    if species in ("bear", "dog", "panda", "mouse") or (species == "rabbit" and rng.random() < .5):
        mw = rx * rng.uniform(0.36, 0.46)
        subject.ellipse(cx, muzzle_y, mw, mw * 0.72, light)
    elif species in ("cat", "fox"):
        for side in (-1, 1):
            subject.ellipse(cx + side * rx * 0.17, muzzle_y + ry * 0.05, rx * 0.22, ry * 0.18,
                            light)
    if species == "panda":
        for side in (-1, 1):
            subject.ellipse(cx + side * eye_dx * 1.05, eye_y + rx * 0.04, rx * 0.16, rx * 0.24,
                            dark, angle=-side * 0.6)

    cheeks = rng.random() < 0.7
    if cheeks:
        for side in (-1, 1):
            x = cx + side * rx * 0.62
            subject.paint(lambda d, x=x: d.ellipse((x - rx * 0.15, muzzle_y - rx * 0.1,
                                                    x + rx * 0.15, muzzle_y + rx * 0.03),
                                                   fill=255), pink, opacity=0.55)

    _eyes(subject, rng, species, cx, eye_y, eye_dx, rx, ink)

    nose_w = rx * (0.12 if species in ("bear", "dog", "panda") else 0.09)
    nose_colour = ink if species in ("bear", "dog", "panda", "fox") else _shade(pink, -0.2)
    if species == "cat" and rng.random() < 0.5:
        nose_colour = ink
    ny = muzzle_y - ry * 0.1
    subject.poly(_rounded([(cx - nose_w, ny), (cx + nose_w, ny), (cx, ny + nose_w * 0.95)],
                          nose_w * 0.35), nose_colour)
    subject.ellipse(cx - nose_w * 0.35, ny + nose_w * 0.18, nose_w * 0.22, nose_w * 0.12,
                    _shade(nose_colour, 0.5))
    _mouth(subject, rng, cx, ny + nose_w * 0.95, rx, ink)

    if species in ("cat", "mouse") or (species == "rabbit" and rng.random() < 0.5):
        for side in (-1, 1):
            for k in range(rng.choice([2, 3])):
                y0 = muzzle_y + ry * (0.02 + 0.08 * k)
                subject.draw.line([(cx + side * rx * 0.42, y0),
                                   (cx + side * rx * 1.05, y0 + ry * (-0.12 + 0.1 * k))],
                                  fill=(*_shade(fur, -0.5), 255), width=9)

    extra = rng.choice(["none", "none", "scarf", "flower", "bow"])
    if extra in ("flower", "bow"):
        _trinket(subject, rng, extra, cx, cy, rx, ry)
    tilt = rng.choice([0.0, rng.uniform(-10, -4), rng.uniform(4, 10)])
    box = subject.image.getbbox()
    if box is None:
        return
    pad = round(rx * 0.3)
    box = (max(box[0] - pad, 0), max(box[1] - pad, 0), min(box[2] + pad, S), min(box[3] + pad, S))
    head = subject.image.crop(box)
    if tilt:
        head = head.rotate(tilt, Image.Resampling.NEAREST,  # sharp, as drawn; shrunk later
                           center=(cx - box[0], cy + ry * 0.9 - box[1]))
    body.image.alpha_composite(head, dest=box[:2])
    if extra == "scarf":
        _scarf(body, rng, cx, cy, rx, ry)


def _ears(subject: _Layer, rng: random.Random, species: str, cx: float, cy: float, rx: float,
          ry: float, fur: Colour, dark: Colour, pink: Colour) -> None:
    """Ears by kind: pointed (cat, fox), round (bear, panda, mouse) or long (rabbit)."""
    if species == "dog":
        return  # a dog's ears hang over the head; drawn in _markings
    for side in (-1, 1):
        if species in ("cat", "fox"):
            tall = ry * (rng.uniform(0.75, 0.95) if species == "fox" else rng.uniform(0.55, 0.7))
            base_a = (cx + side * rx * 0.95, cy - ry * 0.2)
            base_b = (cx + side * rx * 0.18, cy - ry * 0.85)
            tip = (cx + side * rx * 0.8, cy - ry * 0.62 - tall)
            outer = _rounded([base_a, tip, base_b], rx * 0.12)
            subject.poly(outer, fur)
            inner_pts = [base_a, tip, base_b]
            inner = [((x - tip[0]) * 0.62 + tip[0] + side * -rx * 0.03,
                      (y - tip[1]) * 0.62 + tip[1] + ry * 0.12) for x, y in inner_pts]
            subject.poly(_rounded(inner, rx * 0.06), pink if species == "cat" else (250, 240, 232))
            if species == "fox":  # dark ear tips
                top = [((x - tip[0]) * 0.32 + tip[0], (y - tip[1]) * 0.32 + tip[1])
                       for x, y in (base_a, tip, base_b)]
                subject.poly(_rounded(top, rx * 0.05), (60, 45, 42))
        elif species in ("bear", "panda"):
            ex, ey, r = cx + side * rx * 0.72, cy - ry * 0.72, rx * 0.3
            subject.ellipse(ex, ey, r, r, dark if species == "panda" else fur)
            if species == "bear":
                subject.ellipse(ex, ey + r * 0.08, r * 0.58, r * 0.58, _shade(fur, 0.35))
        elif species == "mouse":
            ex, ey, r = cx + side * rx * 0.85, cy - ry * 0.7, rx * 0.5
            subject.ellipse(ex, ey, r, r, fur)
            subject.ellipse(ex, ey + r * 0.06, r * 0.7, r * 0.7, pink)
        elif species == "rabbit":
            droop = side == 1 and rng.random() < 0.35
            angle = side * rng.uniform(0.12, 0.3) + (0.9 if droop else 0)
            length, width = ry * rng.uniform(0.78, 0.92), rx * 0.2
            ex = cx + side * rx * 0.38 + math.sin(angle) * length * 0.9
            ey = cy - ry * 0.75 - math.cos(angle) * length * 0.9
            subject.ellipse(ex, ey, width, length, fur, angle=angle)
            subject.ellipse(ex, ey + 10, width * 0.55, length * 0.8, pink, angle=angle)


def _markings(subject: _Layer, rng: random.Random, species: str, cx: float, cy: float,
              rx: float, ry: float, fur: Colour, light: Colour, dark: Colour,
              head: Image.Image) -> None:
    """Fur patterns painted inside the head: tabby stripes, patches, a fox's white cheeks."""
    if species == "cat":
        choice = rng.choice(["tabby", "patch", "mask", "none"])
        if choice == "tabby":
            stripe = _shade(fur, -0.28)
            for k in (-1, 0, 1):
                x = cx + k * rx * 0.16
                subject.paint(lambda d, x=x, k=k: d.polygon(_rounded(
                    [(x - rx * 0.05, cy - ry * 1.05), (x + rx * 0.05, cy - ry * 1.05),
                     (x, cy - ry * (0.55 if k == 0 else 0.68))], rx * 0.03), fill=255),
                    stripe, clip=head)
            for side in (-1, 1):
                for k in range(2):
                    y = cy + ry * (0.05 + 0.16 * k)
                    subject.paint(lambda d, side=side, y=y: d.polygon(_rounded(
                        [(cx + side * rx * 1.05, y - ry * 0.05),
                         (cx + side * rx * 1.05, y + ry * 0.05),
                         (cx + side * rx * 0.72, y)], rx * 0.03), fill=255), stripe, clip=head)
        elif choice == "patch":
            side = rng.choice([-1, 1])
            patch = rng.choice([(60, 52, 50), _hex("e8964a"), _shade(fur, -0.3)])
            subject.paint(lambda d: d.ellipse((cx + side * rx * 0.45 - rx * 0.55, cy - ry * 1.2,
                                               cx + side * rx * 0.45 + rx * 0.55, cy + ry * 0.25),
                                              fill=255), patch, clip=head)
        elif choice == "mask":
            subject.paint(lambda d: d.ellipse((cx - rx * 0.55, cy - ry * 0.15, cx + rx * 0.55,
                                               cy + ry * 1.2), fill=255), light, clip=head)
    elif species == "fox":
        white = (250, 244, 236)
        for side in (-1, 1):
            subject.paint(lambda d, side=side: d.polygon(_rounded(
                [(cx + side * rx * 1.1, cy - ry * 0.05), (cx + side * rx * 0.05, cy + ry * 0.25),
                 (cx + side * rx * 0.1, cy + ry * 1.1), (cx + side * rx * 1.1, cy + ry * 1.0)],
                rx * 0.2), fill=255), white, clip=head)
    elif species == "dog":
        ear = rng.choice([dark, _shade(fur, -0.2), (70, 52, 44)])
        for side in (-1, 1):
            angle = -side * rng.uniform(0.2, 0.4)  # hanging from the top of the head
            subject.ellipse(cx + side * rx * 0.92, cy - ry * 0.02, rx * 0.26, ry * 0.6, ear,
                            angle=angle)
        if rng.random() < 0.5:
            side = rng.choice([-1, 1])
            subject.paint(lambda d: d.ellipse((cx + side * rx * 0.4 - rx * 0.3, cy - ry * 0.3,
                                               cx + side * rx * 0.4 + rx * 0.3, cy + ry * 0.3),
                                              fill=255), ear, clip=head)
    elif species == "bear" and rng.random() < 0.4:
        subject.paint(lambda d: d.ellipse((cx - rx * 0.2, cy - ry * 0.85, cx + rx * 0.2,
                                           cy - ry * 0.5), fill=255), _shade(fur, 0.2), clip=head)


def _eyes(subject: _Layer, rng: random.Random, species: str, cx: float, ey: float, dx: float,
          rx: float, ink: Colour) -> None:
    """Two eyes in one style: dots, sparkly, coloured with slit pupils, or closed and happy."""
    style = rng.choice(["dot", "sparkle", "happy", "sleepy", "iris"] if species in ("cat", "fox")
                       else ["dot", "sparkle", "happy", "sleepy"])
    white = (255, 255, 255)
    if species == "panda":  # eyes sit on dark patches: closed eyes in white, open ones ringed
        if style in ("happy", "sleepy"):
            ink = (245, 242, 238)
        else:
            for side in (-1, 1):
                r = rx * (0.105 if style == "dot" else 0.15)
                subject.ellipse(cx + side * dx, ey, r, r * 1.12, white)
    for side in (-1, 1):
        x = cx + side * dx
        if style == "dot":
            r = rx * 0.085
            subject.ellipse(x, ey, r, r * 1.15, ink)
            subject.ellipse(x + r * 0.3, ey - r * 0.4, r * 0.32, r * 0.32, white)
        elif style == "sparkle":
            r = rx * 0.13
            subject.ellipse(x, ey, r, r * 1.08, ink)
            subject.ellipse(x + r * 0.3, ey - r * 0.35, r * 0.34, r * 0.34, white)
            subject.ellipse(x - r * 0.35, ey + r * 0.4, r * 0.15, r * 0.15, white)
        elif style == "iris":
            r = rx * 0.13
            iris = rng.choice([_hex("9cc65b"), _hex("e3b23c"), _hex("6fb7c9")])
            subject.ellipse(x, ey, r, r * 1.05, ink)
            subject.ellipse(x, ey, r * 0.85, r * 0.9, iris)
            subject.ellipse(x, ey, r * 0.25, r * 0.75, ink)
            subject.ellipse(x + r * 0.3, ey - r * 0.4, r * 0.2, r * 0.2, white)
        else:
            r = rx * 0.1
            if style == "happy":  # closed, smiling eyes
                box = (x - r, ey - r * 0.6, x + r, ey + r * 1.2)
                subject.draw.arc(box, 200, 340, fill=(*ink, 255), width=round(rx * 0.04))
            else:  # sleepy: closed eyes with lashes
                box = (x - r, ey - r * 1.2, x + r, ey + r * 0.6)
                subject.draw.arc(box, 20, 160, fill=(*ink, 255), width=round(rx * 0.04))


def _mouth(subject: _Layer, rng: random.Random, cx: float, y: float, rx: float,
           ink: Colour) -> None:
    """A small nose-to-mouth line and a soft "w" or a smile."""
    w = rx * rng.uniform(0.1, 0.14)
    width = round(rx * 0.03)
    subject.draw.line([(cx, y - 4), (cx, y + w * 0.45)], fill=(*ink, 255), width=width)
    style = rng.choice(["w", "w", "smile"])
    if style == "w":
        for side in (-1, 1):
            box = (cx + (side - 1) * w / 1, y + w * 0.45 - w, cx + (side + 1) * w / 1,
                   y + w * 0.45 + w * 0.9)
            subject.draw.arc(box, 10, 170, fill=(*ink, 255), width=width)
    else:
        box = (cx - w * 1.4, y - w * 0.6, cx + w * 1.4, y + w * 1.2)
        subject.draw.arc(box, 25, 155, fill=(*ink, 255), width=width)


def _scarf(body: _Layer, rng: random.Random, cx: float, cy: float, rx: float, ry: float) -> None:
    """A striped scarf around the neck."""
    accent = _hls(rng.random(), rng.uniform(0.5, 0.62), rng.uniform(0.55, 0.75))
    y = cy + ry * 0.98
    band = _rounded([(cx - rx * 0.9, y - ry * 0.1), (cx + rx * 0.9, y - ry * 0.1),
                     (cx + rx * 0.95, y + ry * 0.16), (cx - rx * 0.95, y + ry * 0.16)], ry * 0.08)
    body.poly(band, accent)
    side = rng.choice([-1, 1])
    tail = _rounded([(cx + side * rx * 0.35, y), (cx + side * rx * 0.65, y),
                     (cx + side * rx * 0.7, y + ry * 0.55), (cx + side * rx * 0.42, y + ry * 0.5)],
                    ry * 0.06)
    body.poly(tail, _shade(accent, -0.12))
    for k in range(5):  # a few stripes
        x = cx - rx * 0.75 + k * rx * 0.36
        body.draw.line([(x, y - ry * 0.08), (x - rx * 0.06, y + ry * 0.14)],
                       fill=(*_shade(accent, 0.35), 255), width=round(rx * 0.05))


def _trinket(head: _Layer, rng: random.Random, kind: str, cx: float, cy: float, rx: float,
             ry: float) -> None:
    """A small flower or a bow near one ear."""
    accent = _hls(rng.random(), rng.uniform(0.5, 0.62), rng.uniform(0.55, 0.75))
    side = rng.choice([-1, 1])
    x, y = cx + side * rx * 0.52, cy - ry * 0.8
    if kind == "flower":
        petal = _petal(rx * 0.17, rx * 0.09, "round")
        for k in range(5):
            head.poly(_place(petal, x, y, 2 * math.pi * k / 5 + 0.3), accent)
        head.ellipse(x, y, rx * 0.06, rx * 0.06, _hls(0.13, 0.6, 0.9))
    else:
        for s in (-1, 1):
            head.poly(_rounded([(x, y), (x + s * rx * 0.22, y - ry * 0.14),
                                (x + s * rx * 0.22, y + ry * 0.14)], rx * 0.04), accent)
        head.ellipse(x, y, rx * 0.05, rx * 0.05, _shade(accent, -0.15))


def _branch(subject: _Layer, rng: random.Random, y: float, rx: float) -> None:
    """A branch across the picture with a few leaves, for an owl to sit on."""
    bark = _hls(rng.uniform(0.06, 0.09), rng.uniform(0.25, 0.35), 0.35)
    slope = rng.uniform(-0.08, 0.08) * S
    thick = rx * rng.uniform(0.14, 0.18)
    subject.poly(_rounded([(-50, y - thick + slope), (S + 50, y - thick - slope),
                           (S + 50, y + thick - slope), (-50, y + thick + slope)], thick), bark)
    subject.poly([(-50, y - thick * 0.3 + slope), (S + 50, y - thick * 0.3 - slope),
                  (S + 50, y - thick * 0.55 - slope), (-50, y - thick * 0.55 + slope)],
                 _shade(bark, 0.15))
    green = _hls(rng.uniform(0.25, 0.38), rng.uniform(0.35, 0.45), 0.45)
    for _ in range(rng.randint(2, 4)):
        x = rng.choice([rng.uniform(0.05, 0.25), rng.uniform(0.75, 0.95)]) * S
        at = y + slope * (1 - 2 * x / S)
        a = rng.choice([-1, 1]) * rng.uniform(0.5, 1.2) - math.pi / 2
        leaf = _petal(rx * rng.uniform(0.35, 0.5), rx * 0.12, "pointed")
        subject.poly(_place(leaf, x, at, a), green)
        subject.poly(_place([(px, max(py, 0.0)) for px, py in leaf], x, at, a),
                     _shade(green, 0.15))


def _owl(subject: _Layer, rng: random.Random, fur: Colour) -> None:
    """A round owl with tufts, big eyes, a feathered belly and folded wings."""
    cx = S / 2 + rng.uniform(-80, 80)
    cy = S * rng.uniform(0.54, 0.58)
    rx, ry = S * rng.uniform(0.24, 0.3), S * rng.uniform(0.32, 0.36)
    belly = _shade(fur, rng.uniform(0.45, 0.6))
    dark = _shade(fur, -0.3)
    ink = (45, 36, 40)
    if rng.random() < 0.65:  # perched on a branch
        _branch(subject, rng, cy + ry * 1.04, rx)
    for side in (-1, 1):  # ear tufts
        tuft = _rounded([(cx + side * rx * 0.25, cy - ry * 0.8),
                         (cx + side * rx * 0.95, cy - ry * rng.uniform(1.05, 1.15)),
                         (cx + side * rx * 0.85, cy - ry * 0.45)], rx * 0.08)
        subject.poly(tuft, fur)
    for side in (-1, 1):  # feet
        for k in (-1, 0, 1):
            subject.ellipse(cx + side * rx * 0.3 + k * rx * 0.09, cy + ry * 0.98, rx * 0.05,
                            rx * 0.1, _hls(0.1, 0.55, 0.7))
    subject.ellipse(cx, cy, rx, ry, fur)
    subject.paint(lambda d: d.ellipse((cx - rx * 0.62, cy - ry * 0.1, cx + rx * 0.62,
                                       cy + ry * 0.95), fill=255), belly)
    # belly feathers: rows of small arcs
    feather = _shade(belly, -0.2)
    for row in range(4):
        y = cy + ry * (0.15 + row * 0.18)
        n = 4 - (row == 3)
        for k in range(n):
            x = cx + (k - (n - 1) / 2) * rx * 0.26
            subject.draw.arc((x - rx * 0.09, y - rx * 0.07, x + rx * 0.09, y + rx * 0.09), 20, 160,
                             fill=(*feather, 255), width=round(rx * 0.028))
    # wings
    for side in (-1, 1):
        subject.ellipse(cx + side * rx * 0.88, cy + ry * 0.25, rx * 0.26, ry * 0.52, dark,
                        angle=-side * 0.18)
    # face disc and eyes
    disc = _shade(fur, 0.3)
    eye_dx = rx * 0.42
    ey = cy - ry * 0.38
    for side in (-1, 1):
        subject.ellipse(cx + side * eye_dx, ey, rx * 0.4, rx * 0.4, disc)
    iris = rng.choice([_hex("f2b134"), _hex("f08a24"), _hex("8fc25a"), _hex("6fb7c9")])
    style = rng.choice(["open", "open", "happy", "sleepy"])
    for side in (-1, 1):
        x = cx + side * eye_dx
        if style == "open":
            subject.ellipse(x, ey, rx * 0.27, rx * 0.27, (255, 255, 255))
            subject.ellipse(x, ey, rx * 0.2, rx * 0.2, iris)
            subject.ellipse(x, ey, rx * 0.12, rx * 0.12, ink)
            subject.ellipse(x + rx * 0.05, ey - rx * 0.06, rx * 0.045, rx * 0.045, (255, 255, 255))
        else:
            r = rx * 0.15
            box = (x - r, ey - r * 0.6, x + r, ey + r * 1.2) if style == "happy" else \
                (x - r, ey - r * 1.2, x + r, ey + r * 0.6)
            start, end = (200, 340) if style == "happy" else (20, 160)
            subject.draw.arc(box, start, end, fill=(*ink, 255), width=round(rx * 0.05))
    beak = _rounded([(cx - rx * 0.1, ey + rx * 0.12), (cx + rx * 0.1, ey + rx * 0.12),
                     (cx, ey + rx * 0.34)], rx * 0.04)
    subject.poly(beak, _hls(0.1, 0.55, 0.8))
    if rng.random() < 0.6:
        for side in (-1, 1):
            x = cx + side * rx * 0.7
            subject.paint(lambda d, x=x: d.ellipse((x - rx * 0.12, ey + rx * 0.25, x + rx * 0.12,
                                                    ey + rx * 0.37), fill=255),
                          _hls(0.97, 0.78, 0.6), opacity=0.5)


# ---------------------------------------------------------------- patterns

def _pattern(rng: random.Random) -> Image.Image:
    """A design in one harmonious palette: tiles, a medallion, flowing bands, hills or scales."""
    style = rng.choice(["bauhaus", "mandala", "truchet", "hills", "scales"])
    colours = _palette(rng)
    return {"bauhaus": _bauhaus, "mandala": _mandala, "truchet": _truchet, "hills": _hills,
            "scales": _scales}[style](rng, colours)


def _bauhaus(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """A grid of tiles, each with a simple shape: quarter and half circles, leaves, rings."""
    n = rng.choice([3, 4, 4, 5])
    cell = S / n
    layer = _Layer()
    for row in range(n):
        for col in range(n):
            x0, y0 = col * cell, row * cell
            back, front, extra = rng.sample(colours, 3)
            layer.draw.rectangle((x0, y0, x0 + cell + 1, y0 + cell + 1), fill=back)
            shape = rng.choice(["quarter", "half", "circle", "leaf", "ring", "triangle"])
            if shape == "quarter":
                corner = rng.randrange(4)
                cx0 = x0 + (cell if corner in (1, 2) else 0)
                cy0 = y0 + (cell if corner in (2, 3) else 0)
                layer.draw.pieslice((cx0 - cell, cy0 - cell, cx0 + cell, cy0 + cell),
                                    90 * (corner + 2) % 360 - 90 * 0, 90 * (corner + 2) % 360 + 90,
                                    fill=front)
            elif shape == "half":
                side = rng.randrange(4)
                mx, my = x0 + cell / 2, y0 + cell / 2
                cxs = [(mx, y0), (x0 + cell, my), (mx, y0 + cell), (x0, my)][side]
                start = [0, 90, 180, 270][side]
                layer.draw.pieslice((cxs[0] - cell / 2, cxs[1] - cell / 2, cxs[0] + cell / 2,
                                     cxs[1] + cell / 2), start, start + 180, fill=front)
            elif shape == "circle":
                m = cell * 0.12
                layer.draw.ellipse((x0 + m, y0 + m, x0 + cell - m, y0 + cell - m), fill=front)
                if rng.random() < 0.5:
                    m2 = cell * 0.32
                    layer.draw.ellipse((x0 + m2, y0 + m2, x0 + cell - m2, y0 + cell - m2),
                                       fill=extra)
            elif shape == "leaf":  # where two quarter circles from opposite corners overlap
                flip = rng.random() < 0.5
                arc = [i * math.pi / 2 / 24 for i in range(25)]
                if flip:
                    lens = [(x0 + cell * math.cos(t), y0 + cell * math.sin(t)) for t in arc] + \
                        [(x0 + cell - cell * math.cos(t), y0 + cell - cell * math.sin(t))
                         for t in arc]
                else:
                    lens = [(x0 + cell - cell * math.cos(t), y0 + cell * math.sin(t))
                            for t in arc] + \
                        [(x0 + cell * math.cos(t), y0 + cell - cell * math.sin(t)) for t in arc]
                layer.poly(lens, front)
            elif shape == "ring":
                m = cell * 0.15
                w = round(cell * rng.uniform(0.1, 0.16))
                layer.draw.ellipse((x0 + m, y0 + m, x0 + cell - m, y0 + cell - m), outline=front,
                                   width=w)
                layer.draw.ellipse((x0 + cell / 2 - w / 2, y0 + cell / 2 - w / 2,
                                    x0 + cell / 2 + w / 2, y0 + cell / 2 + w / 2), fill=extra)
            else:
                corners = [(x0, y0), (x0 + cell, y0), (x0 + cell, y0 + cell), (x0, y0 + cell)]
                k = rng.randrange(4)
                layer.poly([corners[k], corners[(k + 1) % 4], corners[(k + 2) % 4]], front)
    return layer.image.convert("RGB").reduce(SCALE)


def _mandala(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """Rings of petals and dots around the middle, each ring with its own symmetry."""
    ordered = sorted(colours, key=_lightness)
    dark_first = rng.random() < 0.5
    back = ordered[0] if dark_first else ordered[-1]
    rest = [c for c in colours if c != back]
    background = _gradient(_shade(back, 0.08), _shade(back, -0.1), "radial")
    layer = _Layer()
    c = S / 2
    radius = S * rng.uniform(0.42, 0.48)
    rings = rng.randint(4, 6)
    for i in range(rings):
        r = radius * (1 - i / rings)
        colour = rest[i % len(rest)]
        count = rng.choice([6, 8, 10, 12, 16, 20, 24])
        kind = rng.choice(["petals", "petals", "dots", "points"])
        spin = rng.uniform(0, math.pi)
        if kind == "petals":
            shape = rng.choice(["round", "pointed", "tear", "notched"])
            width = r * math.pi / count * rng.uniform(0.9, 1.25)
            outline = _petal(r * 0.55, width, shape)
            for k in range(count):
                a = spin + 2 * math.pi * k / count
                layer.poly(_place(outline, c + math.cos(a) * r * 0.45, c + math.sin(a) * r * 0.45,
                                  a), colour)
                inner = _petal(r * 0.38, width * 0.55, shape)
                layer.poly(_place(inner, c + math.cos(a) * r * 0.5, c + math.sin(a) * r * 0.5,
                                  a), _shade(colour, 0.25))
            layer.ellipse(c, c, r * 0.5, r * 0.5, _shade(colour, -0.15))
        elif kind == "dots":
            layer.ellipse(c, c, r, r, colour)
            dot = r * math.pi / count * 0.55
            for k in range(count):
                a = spin + 2 * math.pi * k / count
                layer.ellipse(c + math.cos(a) * (r - dot * 1.4), c + math.sin(a) * (r - dot * 1.4),
                              dot, dot, _shade(colour, rng.choice([-0.3, 0.45])))
        else:
            star = []
            for k in range(count * 2):
                a = spin + math.pi * k / count
                rr = r if k % 2 == 0 else r * 0.78
                star.append((c + math.cos(a) * rr, c + math.sin(a) * rr))
            layer.poly(star, colour)
    layer.ellipse(c, c, radius * 0.08, radius * 0.08, back)
    return _finish(background, layer, shadow=0.18, shadow_colour=_shade(back, -0.6))


def _truchet(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """Quarter-circle tiles that join into flowing bands across the square."""
    n = rng.choice([4, 5, 6, 7])
    cell = S / n
    ordered = sorted(colours, key=_lightness)
    back, band = (ordered[0], ordered[-1]) if rng.random() < 0.5 else (ordered[-1], ordered[0])
    accents = [col for col in colours if col not in (back, band)]
    layer = _Layer()
    layer.draw.rectangle((0, 0, S, S), fill=back)
    width = round(cell * rng.uniform(0.22, 0.34))
    fill_corners = rng.random() < 0.6
    for row in range(n):
        for col in range(n):
            x0, y0 = col * cell, row * cell
            flip = rng.random() < 0.5
            pairs = [((x0, y0), 0), ((x0 + cell, y0 + cell), 180)] if flip else \
                [((x0 + cell, y0), 90), ((x0, y0 + cell), 270)]
            for (px, py), start in pairs:
                if fill_corners:
                    r0 = cell / 2 - width / 2
                    layer.draw.pieslice((px - r0, py - r0, px + r0, py + r0), start, start + 90,
                                        fill=rng.choice(accents))
                r = cell / 2
                layer.draw.arc((px - r - width / 2, py - r - width / 2, px + r + width / 2,
                                py + r + width / 2), start, start + 90, fill=band, width=width)
    return layer.image.convert("RGB").reduce(SCALE)


def _hills(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """Soft rolling bands from a light sky down to a deep front, with a round sun or moon."""
    ordered = sorted(colours, key=_lightness, reverse=True)
    sky = _shade(ordered[0], 0.35)
    background = _gradient(sky, _shade(ordered[0], 0.05), "vertical")
    layer = _Layer()
    sun = _shade(ordered[1], 0.2)
    sx, sy = rng.uniform(0.25, 0.75) * S, rng.uniform(0.2, 0.38) * S
    sr = rng.uniform(0.09, 0.14) * S
    layer.paint(lambda d: d.ellipse((sx - sr * 1.6, sy - sr * 1.6, sx + sr * 1.6, sy + sr * 1.6),
                                    fill=255), sun, opacity=0.25)
    layer.ellipse(sx, sy, sr, sr, sun)
    bands = rng.randint(4, 6)
    tones = ordered[1:] + [_shade(ordered[-1], -0.25)]
    for i in range(bands):
        base = S * (0.42 + 0.5 * i / bands)
        amp = S * rng.uniform(0.03, 0.08)
        freq = rng.uniform(1.0, 2.6)
        phase = rng.uniform(0, 2 * math.pi)
        points = [(x, base + amp * math.sin(freq * 2 * math.pi * x / S + phase)
                   + amp * 0.4 * math.sin(freq * 5.1 * math.pi * x / S + phase * 2))
                  for x in np.linspace(0, S, 120)]
        colour = tones[min(i * len(tones) // bands, len(tones) - 1)]
        colour = _mix(colour, sky, 0.35 * (1 - i / bands))
        layer.poly(points + [(S, S), (0, S)], colour)
    return _finish(background, layer, shadow=0)


def _scales(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """Overlapping fish scales shading from one colour to the next, each with a bright rim."""
    n = rng.choice([4, 5, 6])
    r = S / n / 2
    ordered = sorted(colours, key=_lightness, reverse=rng.random() < 0.5)
    layer = _Layer()
    layer.draw.rectangle((0, 0, S, S), fill=ordered[0])
    rows = int(S / (r * 0.9)) + 3
    for row in range(rows):
        y = S + r - row * r * 0.9
        t = row / rows
        k = t * (len(ordered) - 1)
        colour = _mix(ordered[int(k)], ordered[min(int(k) + 1, len(ordered) - 1)], k - int(k))
        offset = r if row % 2 else 0
        for col in range(-1, n + 2):
            x = col * 2 * r + offset
            layer.ellipse(x, y, r, r, _shade(colour, -0.3))
            layer.ellipse(x, y + r * 0.05, r * 0.93, r * 0.93, colour)
            layer.draw.arc((x - r * 0.7, y - r * 0.62, x + r * 0.7, y + r * 0.78), 30,
                           150, fill=(*_shade(colour, 0.3), 255), width=round(r * 0.08))
    turn = rng.choice([None, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180,
                       Image.Transpose.ROTATE_270])
    image = layer.image.convert("RGB").reduce(SCALE)
    return image.transpose(turn) if turn is not None else image


_DRAWERS: dict[str, Callable[[random.Random], Image.Image]] = {
    "flower": _flower, "animal": _animal, "pattern": _pattern,
}
