"""Flowers: one big bloom, sometimes small ones behind it, on a soft or deep background."""

from __future__ import annotations

import math
import random

from PIL import Image

from .shapes import Field, Layer, S, finish, gradient, hls, pastel, petal, place, shade, sprinkle

_FLOWER_HUES = [0.97, 0.0, 0.03, 0.07, 0.11, 0.14, 0.78, 0.83, 0.88, 0.92, 0.62, 0.58, 0.72]


def draw_flower(rng: random.Random) -> Image.Image:
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
        bg_top = hls(rng.choice([0.64, 0.5, 0.76, 0.92]) + rng.uniform(-0.03, 0.03),
                      rng.uniform(0.26, 0.34), rng.uniform(0.3, 0.45))
        bg_bottom = shade(bg_top, -0.3)
        dots = shade(bg_top, 0.2)
    else:
        bg_top = pastel(bg_hue, rng)
        bg_bottom = shade(pastel(bg_hue + rng.uniform(-0.06, 0.06), rng), -0.08)
        dots = shade(bg_top, 0.5)
    background = gradient(bg_top, bg_bottom, rng.choice(["vertical", "diagonal", "radial"]))
    background = sprinkle(background, rng, dots, rng.randint(6, 18), (3, 14), 0.5)

    cx = S / 2 + rng.uniform(-60, 60)
    cy = S / 2 + rng.uniform(-60, 40)
    radius = rng.uniform(0.31, 0.37) * S
    subject = Layer()
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
    return finish(background, subject, shadow=0.25, shadow_colour=shade(bg_bottom, -0.5))


def _bloom(subject: Layer, rng: random.Random, cx: float, cy: float, radius: float,
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
        outer = hls(layer_hue, light - 0.04 * layer, sat)
        inner = hls(layer_hue + rng.uniform(-0.04, 0.04), min(light + 0.25, 0.92), sat)
        if tone == "white":
            outer, inner = hls(layer_hue, 0.86, 0.35), (255, 253, 248)
        elif tone == "heart":  # a warm yellow heart fading out to the petal colour
            inner = hls(rng.uniform(0.11, 0.15), 0.7, 0.9)
        elif rng.random() < 0.5:
            outer, inner = inner, outer
        offset = spin + layer * math.pi / count
        outline = petal(length, width, shape)
        for k in range(count):
            subject.poly(place(outline, cx, cy, offset + 2 * math.pi * k / count),
                         shade(outer, -0.2))
        inset = [place(petal(length * 0.97, width * 0.9, shape), cx, cy,
                        offset + 2 * math.pi * k / count) for k in range(count)]
        field = Field(inner, outer, cx, cy, length * (0.75 if tone == "heart" else 1.0))
        subject.paint(lambda d, inset=inset: [d.polygon(p, fill=255) for p in inset], field)
        if rng.random() < 0.6:  # a fine vein down each petal
            vein = (*shade(outer, -0.12), 255)
            for k in range(count):
                a = offset + 2 * math.pi * k / count
                subject.draw.line([(cx + math.cos(a) * length * 0.2,
                                    cy + math.sin(a) * length * 0.2),
                                   (cx + math.cos(a) * length * 0.62,
                                    cy + math.sin(a) * length * 0.62)],
                                  fill=vein, width=max(4, round(width * 0.05)))
    _flower_centre(subject, rng, cx, cy, radius, hue)


def _leaves(subject: Layer, rng: random.Random, cx: float, cy: float, radius: float) -> None:
    """Pointed leaves behind a flower, lit on one side."""
    green = hls(rng.uniform(0.25, 0.40), rng.uniform(0.32, 0.45), rng.uniform(0.35, 0.6))
    count = rng.choice([2, 3, 4, 5])
    start = rng.uniform(0, 2 * math.pi)
    for k in range(count):
        a = start + 2 * math.pi * k / count + rng.uniform(-0.3, 0.3)
        length = radius * rng.uniform(1.05, 1.2)
        outline = petal(length, length * 0.24, "pointed")
        leaf = place(outline, cx, cy, a)
        subject.poly(leaf, shade(green, -0.25))
        subject.poly(place(petal(length * 0.97, length * 0.21, "pointed"), cx, cy, a),
                     green)
        half = [(x, max(y, 0.0)) for x, y in petal(length * 0.97, length * 0.21, "pointed")]
        subject.poly(place(half, cx, cy, a), shade(green, 0.12))


def _flower_centre(subject: Layer, rng: random.Random, cx: float, cy: float, radius: float,
                   hue: float) -> None:
    """The middle of a flower: a seed spiral, a shiny dome, or a ring of stamens."""
    style = rng.choice(["seeds", "seeds", "dome", "stamens"])
    r = radius * rng.uniform(0.17, 0.24)
    base = rng.choice([hls(0.12, 0.55, 0.85), hls(0.08, 0.3, 0.5), hls(0.14, 0.62, 0.9),
                       hls(hue + 0.5, 0.35, 0.5)])
    if style == "stamens":
        r *= 0.6
        tip = hls(0.13, 0.6, 0.9)
        count = rng.randint(9, 16)
        for k in range(count):
            a = 2 * math.pi * k / count + rng.uniform(-0.1, 0.1)
            length = radius * rng.uniform(0.28, 0.4)
            x, y = cx + math.cos(a) * length, cy + math.sin(a) * length
            subject.draw.line([(cx, cy), (x, y)], fill=(*shade(base, 0.3), 255),
                              width=max(3, round(radius * 0.014)))
            subject.ellipse(x, y, radius * 0.026, radius * 0.026, tip)
    subject.ellipse(cx, cy, r, r, shade(base, -0.3))
    subject.paint(lambda d: d.ellipse((cx - r * 0.9, cy - r * 0.9, cx + r * 0.9, cy + r * 0.9),
                                      fill=255),
                  Field(shade(base, 0.25), base, cx - r * 0.3, cy - r * 0.3, r * 1.6))
    if style == "seeds":  # seeds laid in a sunflower spiral
        dot = shade(base, -0.35)
        golden = math.pi * (3 - math.sqrt(5))
        n = 90
        for i in range(n):
            d = r * 0.85 * math.sqrt((i + 0.5) / n)
            x, y = cx + math.cos(i * golden) * d, cy + math.sin(i * golden) * d
            size = r * 0.045 * (0.6 + d / r)
            subject.ellipse(x, y, size, size, dot)
    elif style == "dome":
        subject.ellipse(cx - r * 0.3, cy - r * 0.35, r * 0.28, r * 0.2, shade(base, 0.55))
