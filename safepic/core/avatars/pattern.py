"""Patterns in one palette: tiles, a medallion, flowing bands, hills or scales."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image

from .shapes import SCALE, Colour, Layer, S, finish, gradient, lightness, mix, palette, petal, place, shade


def draw_pattern(rng: random.Random) -> Image.Image:
    """A design in one harmonious palette: tiles, a medallion, flowing bands, hills or scales."""
    style = rng.choice(["bauhaus", "mandala", "truchet", "hills", "scales"])
    colours = palette(rng)
    return {"bauhaus": _bauhaus, "mandala": _mandala, "truchet": _truchet, "hills": _hills,
            "scales": _scales}[style](rng, colours)


def _bauhaus(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """A grid of tiles, each with a simple shape: quarter and half circles, leaves, rings."""
    n = rng.choice([3, 4, 4, 5])
    cell = S / n
    layer = Layer()
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
    ordered = sorted(colours, key=lightness)
    dark_first = rng.random() < 0.5
    back = ordered[0] if dark_first else ordered[-1]
    rest = [c for c in colours if c != back]
    background = gradient(shade(back, 0.08), shade(back, -0.1), "radial")
    layer = Layer()
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
            outline = petal(r * 0.55, width, shape)
            for k in range(count):
                a = spin + 2 * math.pi * k / count
                layer.poly(place(outline, c + math.cos(a) * r * 0.45, c + math.sin(a) * r * 0.45,
                                  a), colour)
                inner = petal(r * 0.38, width * 0.55, shape)
                layer.poly(place(inner, c + math.cos(a) * r * 0.5, c + math.sin(a) * r * 0.5,
                                  a), shade(colour, 0.25))
            layer.ellipse(c, c, r * 0.5, r * 0.5, shade(colour, -0.15))
        elif kind == "dots":
            layer.ellipse(c, c, r, r, colour)
            dot = r * math.pi / count * 0.55
            for k in range(count):
                a = spin + 2 * math.pi * k / count
                layer.ellipse(c + math.cos(a) * (r - dot * 1.4), c + math.sin(a) * (r - dot * 1.4),
                              dot, dot, shade(colour, rng.choice([-0.3, 0.45])))
        else:
            star = []
            for k in range(count * 2):
                a = spin + math.pi * k / count
                rr = r if k % 2 == 0 else r * 0.78
                star.append((c + math.cos(a) * rr, c + math.sin(a) * rr))
            layer.poly(star, colour)
    layer.ellipse(c, c, radius * 0.08, radius * 0.08, back)
    return finish(background, layer, shadow=0.18, shadow_colour=shade(back, -0.6))


def _truchet(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """Quarter-circle tiles that join into flowing bands across the square."""
    n = rng.choice([4, 5, 6, 7])
    cell = S / n
    ordered = sorted(colours, key=lightness)
    back, band = (ordered[0], ordered[-1]) if rng.random() < 0.5 else (ordered[-1], ordered[0])
    accents = [col for col in colours if col not in (back, band)]
    layer = Layer()
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
    ordered = sorted(colours, key=lightness, reverse=True)
    sky = shade(ordered[0], 0.35)
    background = gradient(sky, shade(ordered[0], 0.05), "vertical")
    layer = Layer()
    sun = shade(ordered[1], 0.2)
    sx, sy = rng.uniform(0.25, 0.75) * S, rng.uniform(0.2, 0.38) * S
    sr = rng.uniform(0.09, 0.14) * S
    layer.paint(lambda d: d.ellipse((sx - sr * 1.6, sy - sr * 1.6, sx + sr * 1.6, sy + sr * 1.6),
                                    fill=255), sun, opacity=0.25)
    layer.ellipse(sx, sy, sr, sr, sun)
    bands = rng.randint(4, 6)
    tones = ordered[1:] + [shade(ordered[-1], -0.25)]
    for i in range(bands):
        base = S * (0.42 + 0.5 * i / bands)
        amp = S * rng.uniform(0.03, 0.08)
        freq = rng.uniform(1.0, 2.6)
        phase = rng.uniform(0, 2 * math.pi)
        points = [(x, base + amp * math.sin(freq * 2 * math.pi * x / S + phase)
                   + amp * 0.4 * math.sin(freq * 5.1 * math.pi * x / S + phase * 2))
                  for x in np.linspace(0, S, 120)]
        colour = tones[min(i * len(tones) // bands, len(tones) - 1)]
        colour = mix(colour, sky, 0.35 * (1 - i / bands))
        layer.poly(points + [(S, S), (0, S)], colour)
    return finish(background, layer, shadow=0)


def _scales(rng: random.Random, colours: list[Colour]) -> Image.Image:
    """Overlapping fish scales shading from one colour to the next, each with a bright rim."""
    n = rng.choice([4, 5, 6])
    r = S / n / 2
    ordered = sorted(colours, key=lightness, reverse=rng.random() < 0.5)
    layer = Layer()
    layer.draw.rectangle((0, 0, S, S), fill=ordered[0])
    rows = int(S / (r * 0.9)) + 3
    for row in range(rows):
        y = S + r - row * r * 0.9
        t = row / rows
        k = t * (len(ordered) - 1)
        colour = mix(ordered[int(k)], ordered[min(int(k) + 1, len(ordered) - 1)], k - int(k))
        offset = r if row % 2 else 0
        for col in range(-1, n + 2):
            x = col * 2 * r + offset
            layer.ellipse(x, y, r, r, shade(colour, -0.3))
            layer.ellipse(x, y + r * 0.05, r * 0.93, r * 0.93, colour)
            layer.draw.arc((x - r * 0.7, y - r * 0.62, x + r * 0.7, y + r * 0.78), 30,
                           150, fill=(*shade(colour, 0.3), 255), width=round(r * 0.08))
    turn = rng.choice([None, Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180,
                       Image.Transpose.ROTATE_270])
    image = layer.image.convert("RGB").reduce(SCALE)
    return image.transpose(turn) if turn is not None else image
