"""Friendly animal portraits: cat, fox, bear, rabbit, owl, panda, mouse or dog."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from .shapes import (
    OUT,
    Colour,
    Layer,
    S,
    ellipse,
    finish,
    gradient,
    hex_colour,
    hls,
    lightness,
    pastel,
    petal,
    place,
    rounded,
    shade,
)

_SPECIES = ("cat", "fox", "bear", "rabbit", "owl", "panda", "mouse", "dog")

_FURS: dict[str, list[Colour]] = {
    "cat": [hex_colour(c) for c in
            "e8964a f0c27b 8a8d91 5b5e66 f4ead8 3d3b40 c9a27e b06a3b a9b4c2 7a6a5e".split()],
    "fox": [hex_colour(c) for c in "e9762b d9602a f08a3c c8553d f1ece3 9a6b4f".split()],
    "bear": [hex_colour(c) for c in "8b5a3c a8733f 6d4a34 c99a5f 4a3b33 d9b48a f2eee6".split()],
    "rabbit": [hex_colour(c) for c in "f6f1ea d9c3a5 b8a08a 9c9aa0 e9d5c0 7d6452".split()],
    "owl": [hex_colour(c) for c in
            "9b6b43 7c5a44 b88a5a 6e7f8d 8c6d9e 4f7c78 c46f4e e8e4dc 5d6b8a a3875e".split()],
    "panda": [hex_colour(c) for c in "fbfaf7 f3efe8".split()],
    "mouse": [hex_colour(c) for c in "a8a3a0 c8b8a6 8f8a8c e6dccf b89f86".split()],
    "dog": [hex_colour(c) for c in "c98c4f e0b07a 8b5e3c f2e3cc 6b4b3a d7a46b".split()],
}


def draw_animal(rng: random.Random) -> Image.Image:
    """A friendly animal portrait: cat, fox, bear, rabbit, owl, panda, mouse or dog."""
    species = rng.choice(_SPECIES)
    fur = rng.choice(_FURS[species])
    bg_hue = rng.random()
    if rng.random() < 0.3:  # a deep, calm colour instead of a pastel: navy, teal, plum...
        bg_hue = rng.choice([0.64, 0.5, 0.76, 0.92, 0.40, 0.02]) + rng.uniform(-0.03, 0.03)
        base = hls(bg_hue, rng.uniform(0.3, 0.4), rng.uniform(0.3, 0.5))
        far = shade(hls(bg_hue + 0.05, 0.3, 0.45), -0.15)
        decoration = shade(base, 0.15)
    else:
        base = pastel(bg_hue, rng)
        far = shade(pastel(bg_hue + 0.05, rng), -0.1)
        decoration = shade(base, rng.choice([0.4, -0.06]))
    background = gradient(base, far, rng.choice(["vertical", "radial", "diagonal"]))
    background = _backdrop(background, rng, decoration)
    subject = Layer()
    if species == "owl":
        _owl(subject, rng, fur)
    else:
        _face(subject, rng, species, fur)
    return finish(background, subject, shadow=0.2)


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


def _face(body: Layer, rng: random.Random, species: str, fur: Colour) -> None:
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
    light = shade(fur, 0.55 if lightness(fur) < 0.7 else 0.3)
    if lightness(fur) > 0.85:
        light = (255, 255, 255)
    dark = shade(fur, -0.35)
    ink = (45, 36, 40)
    pink = hls(0.97, rng.uniform(0.74, 0.82), 0.65)
    if species == "panda":
        dark = (40, 38, 42)

    subject = Layer()  # the head, drawn apart so it can tilt a little
    # body: round shoulders under the head
    body_top = cy + ry * 0.55
    body.ellipse(cx, body_top + S * 0.36, rx * 1.25, S * 0.4, fur)
    if species in ("fox", "cat", "dog", "rabbit", "mouse") and rng.random() < 0.7:
        body.ellipse(cx, body_top + S * 0.33, rx * 0.55, S * 0.3, light)
    if species == "panda":
        body.ellipse(cx, body_top + S * 0.36, rx * 1.25, S * 0.4, dark)
        body.ellipse(cx, body_top + S * 0.30, rx * 0.9, S * 0.3, fur)

    _ears(subject, rng, species, cx, cy, rx, ry, fur, dark, pink)

    head = ellipse(cx, cy, rx, ry)
    if species in ("fox", "cat") and rng.random() < 0.6:  # a slightly pointed chin and cheeks
        head = rounded([(cx - rx * 1.02, cy - ry * 0.1), (cx - rx * 0.95, cy - ry * 0.7),
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
    nose_colour = ink if species in ("bear", "dog", "panda", "fox") else shade(pink, -0.2)
    if species == "cat" and rng.random() < 0.5:
        nose_colour = ink
    ny = muzzle_y - ry * 0.1
    subject.poly(rounded([(cx - nose_w, ny), (cx + nose_w, ny), (cx, ny + nose_w * 0.95)],
                          nose_w * 0.35), nose_colour)
    subject.ellipse(cx - nose_w * 0.35, ny + nose_w * 0.18, nose_w * 0.22, nose_w * 0.12,
                    shade(nose_colour, 0.5))
    _mouth(subject, rng, cx, ny + nose_w * 0.95, rx, ink)

    if species in ("cat", "mouse") or (species == "rabbit" and rng.random() < 0.5):
        for side in (-1, 1):
            for k in range(rng.choice([2, 3])):
                y0 = muzzle_y + ry * (0.02 + 0.08 * k)
                subject.draw.line([(cx + side * rx * 0.42, y0),
                                   (cx + side * rx * 1.05, y0 + ry * (-0.12 + 0.1 * k))],
                                  fill=(*shade(fur, -0.5), 255), width=9)

    extra = rng.choice(["none", "none", "scarf", "flower", "bow"])
    if extra in ("flower", "bow"):
        _trinket(subject, rng, extra, cx, cy, rx, ry)
    tilt = rng.choice([0.0, rng.uniform(-10, -4), rng.uniform(4, 10)])
    box = subject.image.getbbox()
    if box is None:
        return
    pad = round(rx * 0.3)
    box = (max(box[0] - pad, 0), max(box[1] - pad, 0), min(box[2] + pad, S), min(box[3] + pad, S))
    tilted = subject.image.crop(box)
    if tilt:
        tilted = tilted.rotate(tilt, Image.Resampling.NEAREST,  # sharp, as drawn; shrunk later
                               center=(cx - box[0], cy + ry * 0.9 - box[1]))
    body.image.alpha_composite(tilted, dest=box[:2])
    if extra == "scarf":
        _scarf(body, rng, cx, cy, rx, ry)


def _ears(subject: Layer, rng: random.Random, species: str, cx: float, cy: float, rx: float,
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
            outer = rounded([base_a, tip, base_b], rx * 0.12)
            subject.poly(outer, fur)
            inner_pts = [base_a, tip, base_b]
            inner = [((x - tip[0]) * 0.62 + tip[0] + side * -rx * 0.03,
                      (y - tip[1]) * 0.62 + tip[1] + ry * 0.12) for x, y in inner_pts]
            subject.poly(rounded(inner, rx * 0.06), pink if species == "cat" else (250, 240, 232))
            if species == "fox":  # dark ear tips
                top = [((x - tip[0]) * 0.32 + tip[0], (y - tip[1]) * 0.32 + tip[1])
                       for x, y in (base_a, tip, base_b)]
                subject.poly(rounded(top, rx * 0.05), (60, 45, 42))
        elif species in ("bear", "panda"):
            ex, ey, r = cx + side * rx * 0.72, cy - ry * 0.72, rx * 0.3
            subject.ellipse(ex, ey, r, r, dark if species == "panda" else fur)
            if species == "bear":
                subject.ellipse(ex, ey + r * 0.08, r * 0.58, r * 0.58, shade(fur, 0.35))
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


def _markings(subject: Layer, rng: random.Random, species: str, cx: float, cy: float,
              rx: float, ry: float, fur: Colour, light: Colour, dark: Colour,
              head: Image.Image) -> None:
    """Fur patterns painted inside the head: tabby stripes, patches, a fox's white cheeks."""
    if species == "cat":
        choice = rng.choice(["tabby", "patch", "mask", "none"])
        if choice == "tabby":
            stripe = shade(fur, -0.28)
            for k in (-1, 0, 1):
                x = cx + k * rx * 0.16
                subject.paint(lambda d, x=x, k=k: d.polygon(rounded(
                    [(x - rx * 0.05, cy - ry * 1.05), (x + rx * 0.05, cy - ry * 1.05),
                     (x, cy - ry * (0.55 if k == 0 else 0.68))], rx * 0.03), fill=255),
                    stripe, clip=head)
            for side in (-1, 1):
                for k in range(2):
                    y = cy + ry * (0.05 + 0.16 * k)
                    subject.paint(lambda d, side=side, y=y: d.polygon(rounded(
                        [(cx + side * rx * 1.05, y - ry * 0.05),
                         (cx + side * rx * 1.05, y + ry * 0.05),
                         (cx + side * rx * 0.72, y)], rx * 0.03), fill=255), stripe, clip=head)
        elif choice == "patch":
            side = rng.choice([-1, 1])
            patch = rng.choice([(60, 52, 50), hex_colour("e8964a"), shade(fur, -0.3)])
            subject.paint(lambda d: d.ellipse((cx + side * rx * 0.45 - rx * 0.55, cy - ry * 1.2,
                                               cx + side * rx * 0.45 + rx * 0.55, cy + ry * 0.25),
                                              fill=255), patch, clip=head)
        elif choice == "mask":
            subject.paint(lambda d: d.ellipse((cx - rx * 0.55, cy - ry * 0.15, cx + rx * 0.55,
                                               cy + ry * 1.2), fill=255), light, clip=head)
    elif species == "fox":
        white = (250, 244, 236)
        for side in (-1, 1):
            subject.paint(lambda d, side=side: d.polygon(rounded(
                [(cx + side * rx * 1.1, cy - ry * 0.05), (cx + side * rx * 0.05, cy + ry * 0.25),
                 (cx + side * rx * 0.1, cy + ry * 1.1), (cx + side * rx * 1.1, cy + ry * 1.0)],
                rx * 0.2), fill=255), white, clip=head)
    elif species == "dog":
        ear = rng.choice([dark, shade(fur, -0.2), (70, 52, 44)])
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
                                           cy - ry * 0.5), fill=255), shade(fur, 0.2), clip=head)


def _eyes(subject: Layer, rng: random.Random, species: str, cx: float, ey: float, dx: float,
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
            iris = rng.choice([hex_colour("9cc65b"), hex_colour("e3b23c"), hex_colour("6fb7c9")])
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


def _mouth(subject: Layer, rng: random.Random, cx: float, y: float, rx: float,
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


def _scarf(body: Layer, rng: random.Random, cx: float, cy: float, rx: float, ry: float) -> None:
    """A striped scarf around the neck."""
    accent = hls(rng.random(), rng.uniform(0.5, 0.62), rng.uniform(0.55, 0.75))
    y = cy + ry * 0.98
    band = rounded([(cx - rx * 0.9, y - ry * 0.1), (cx + rx * 0.9, y - ry * 0.1),
                     (cx + rx * 0.95, y + ry * 0.16), (cx - rx * 0.95, y + ry * 0.16)], ry * 0.08)
    body.poly(band, accent)
    side = rng.choice([-1, 1])
    tail = rounded([(cx + side * rx * 0.35, y), (cx + side * rx * 0.65, y),
                     (cx + side * rx * 0.7, y + ry * 0.55), (cx + side * rx * 0.42, y + ry * 0.5)],
                    ry * 0.06)
    body.poly(tail, shade(accent, -0.12))
    for k in range(5):  # a few stripes
        x = cx - rx * 0.75 + k * rx * 0.36
        body.draw.line([(x, y - ry * 0.08), (x - rx * 0.06, y + ry * 0.14)],
                       fill=(*shade(accent, 0.35), 255), width=round(rx * 0.05))


def _trinket(head: Layer, rng: random.Random, kind: str, cx: float, cy: float, rx: float,
             ry: float) -> None:
    """A small flower or a bow near one ear."""
    accent = hls(rng.random(), rng.uniform(0.5, 0.62), rng.uniform(0.55, 0.75))
    side = rng.choice([-1, 1])
    x, y = cx + side * rx * 0.52, cy - ry * 0.8
    if kind == "flower":
        outline = petal(rx * 0.17, rx * 0.09, "round")
        for k in range(5):
            head.poly(place(outline, x, y, 2 * math.pi * k / 5 + 0.3), accent)
        head.ellipse(x, y, rx * 0.06, rx * 0.06, hls(0.13, 0.6, 0.9))
    else:
        for s in (-1, 1):
            head.poly(rounded([(x, y), (x + s * rx * 0.22, y - ry * 0.14),
                                (x + s * rx * 0.22, y + ry * 0.14)], rx * 0.04), accent)
        head.ellipse(x, y, rx * 0.05, rx * 0.05, shade(accent, -0.15))


def _branch(subject: Layer, rng: random.Random, y: float, rx: float) -> None:
    """A branch across the picture with a few leaves, for an owl to sit on."""
    bark = hls(rng.uniform(0.06, 0.09), rng.uniform(0.25, 0.35), 0.35)
    slope = rng.uniform(-0.08, 0.08) * S
    thick = rx * rng.uniform(0.14, 0.18)
    subject.poly(rounded([(-50, y - thick + slope), (S + 50, y - thick - slope),
                           (S + 50, y + thick - slope), (-50, y + thick + slope)], thick), bark)
    subject.poly([(-50, y - thick * 0.3 + slope), (S + 50, y - thick * 0.3 - slope),
                  (S + 50, y - thick * 0.55 - slope), (-50, y - thick * 0.55 + slope)],
                 shade(bark, 0.15))
    green = hls(rng.uniform(0.25, 0.38), rng.uniform(0.35, 0.45), 0.45)
    for _ in range(rng.randint(2, 4)):
        x = rng.choice([rng.uniform(0.05, 0.25), rng.uniform(0.75, 0.95)]) * S
        at = y + slope * (1 - 2 * x / S)
        a = rng.choice([-1, 1]) * rng.uniform(0.5, 1.2) - math.pi / 2
        leaf = petal(rx * rng.uniform(0.35, 0.5), rx * 0.12, "pointed")
        subject.poly(place(leaf, x, at, a), green)
        subject.poly(place([(px, max(py, 0.0)) for px, py in leaf], x, at, a),
                     shade(green, 0.15))


def _owl(subject: Layer, rng: random.Random, fur: Colour) -> None:
    """A round owl with tufts, big eyes, a feathered belly and folded wings."""
    cx = S / 2 + rng.uniform(-80, 80)
    cy = S * rng.uniform(0.54, 0.58)
    rx, ry = S * rng.uniform(0.24, 0.3), S * rng.uniform(0.32, 0.36)
    belly = shade(fur, rng.uniform(0.45, 0.6))
    dark = shade(fur, -0.3)
    ink = (45, 36, 40)
    if rng.random() < 0.65:  # perched on a branch
        _branch(subject, rng, cy + ry * 1.04, rx)
    for side in (-1, 1):  # ear tufts
        tuft = rounded([(cx + side * rx * 0.25, cy - ry * 0.8),
                         (cx + side * rx * 0.95, cy - ry * rng.uniform(1.05, 1.15)),
                         (cx + side * rx * 0.85, cy - ry * 0.45)], rx * 0.08)
        subject.poly(tuft, fur)
    for side in (-1, 1):  # feet
        for k in (-1, 0, 1):
            subject.ellipse(cx + side * rx * 0.3 + k * rx * 0.09, cy + ry * 0.98, rx * 0.05,
                            rx * 0.1, hls(0.1, 0.55, 0.7))
    subject.ellipse(cx, cy, rx, ry, fur)
    subject.paint(lambda d: d.ellipse((cx - rx * 0.62, cy - ry * 0.1, cx + rx * 0.62,
                                       cy + ry * 0.95), fill=255), belly)
    # belly feathers: rows of small arcs
    feather = shade(belly, -0.2)
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
    disc = shade(fur, 0.3)
    eye_dx = rx * 0.42
    ey = cy - ry * 0.38
    for side in (-1, 1):
        subject.ellipse(cx + side * eye_dx, ey, rx * 0.4, rx * 0.4, disc)
    iris = rng.choice([hex_colour("f2b134"), hex_colour("f08a24"), hex_colour("8fc25a"), hex_colour("6fb7c9")])
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
    beak = rounded([(cx - rx * 0.1, ey + rx * 0.12), (cx + rx * 0.1, ey + rx * 0.12),
                     (cx, ey + rx * 0.34)], rx * 0.04)
    subject.poly(beak, hls(0.1, 0.55, 0.8))
    if rng.random() < 0.6:
        for side in (-1, 1):
            x = cx + side * rx * 0.7
            subject.paint(lambda d, x=x: d.ellipse((x - rx * 0.12, ey + rx * 0.25, x + rx * 0.12,
                                                    ey + rx * 0.37), fill=255),
                          hls(0.97, 0.78, 0.6), opacity=0.5)
