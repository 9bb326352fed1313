"""Near misses for the copy search: two photos of one scene taken at different moments.

A copy is the same picture after a resize, crop, mirror or recolour. Two shots of the same place
are not copies: someone walked into the frame, the camera moved on, a burst caught a person
half a step later. The copy search must tell them apart. Each builder returns a pair (first,
second) made from one background photo and a person cut from a portrait; builders are
deterministic (fixed seeds). Reused by benchmarks/similar.py.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

Pair = tuple[Image.Image, Image.Image]


def person(portrait: Image.Image, height: int) -> tuple[Image.Image, Image.Image]:
    """A portrait's middle (head and shoulders) scaled to `height`, with a soft oval mask."""
    w, h = portrait.size
    body = portrait.crop((round(0.2 * w), 0, round(0.8 * w), h))
    size = (max(8, round(body.width * height / body.height)), height)
    body = body.resize(size, Image.Resampling.LANCZOS)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).ellipse((size[0] // 10, 0, size[0] - size[0] // 10, size[1] * 2), fill=255)
    return body, mask.filter(ImageFilter.GaussianBlur(max(1, size[0] // 30)))


def _shot(scene: Image.Image, people: list[tuple[float, float]], portrait: Image.Image,
          seed: int) -> Image.Image:
    """The scene with a person at each (x, y) share of the frame, and its own sensor noise."""
    shot = scene.copy()
    body, mask = person(portrait, round(0.45 * scene.height))
    for x, y in people:
        shot.paste(body, (round(x * scene.width - body.width / 2), round(y * scene.height)), mask)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, 3.0, (scene.height, scene.width, 1)).astype(np.float32)
    return Image.fromarray(np.clip(np.asarray(shot, dtype=np.float32) + noise, 0, 255).astype(np.uint8))


def moved(scene: Image.Image, portrait: Image.Image) -> Pair:
    """One person stands on the left, then on the right."""
    return (_shot(scene, [(0.3, 0.55)], portrait, 1), _shot(scene, [(0.7, 0.55)], portrait, 2))


def added(scene: Image.Image, portrait: Image.Image) -> Pair:
    """The same place empty, then with someone in it."""
    return _shot(scene, [], portrait, 3), _shot(scene, [(0.45, 0.55)], portrait, 4)


def wider(scene: Image.Image, portrait: Image.Image) -> Pair:
    """Two framings of a wider view: each shows a third of the width the other does not."""
    wide = _shot(scene.resize((scene.width * 3 // 2, scene.height), Image.Resampling.BICUBIC),
                 [(0.2, 0.55)], portrait, 5)
    third = wide.width // 3
    return wide.crop((0, 0, 2 * third, wide.height)), wide.crop((third, 0, wide.width, wide.height))


def burst(scene: Image.Image, portrait: Image.Image) -> Pair:
    """Two frames of a burst: the camera moves a little, the person a step further."""
    first = _shot(scene, [(0.45, 0.5)], portrait, 6)
    second = _shot(scene, [(0.55, 0.52)], portrait, 7)
    w, h = scene.size
    second = second.rotate(1.0, resample=Image.Resampling.BICUBIC, center=(w / 2, h / 2))
    cut = (round(0.03 * w), round(0.02 * h), w - round(0.01 * w), h - round(0.03 * h))
    return first.crop((round(0.01 * w), round(0.02 * h), w - round(0.03 * w), h - round(0.02 * h))), \
        second.crop(cut)


KINDS: dict[str, Callable[[Image.Image, Image.Image], Pair]] = {
    "moved": moved, "added": added, "wider": wider, "burst": burst,
}
