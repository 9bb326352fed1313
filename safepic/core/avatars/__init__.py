"""One-of-a-kind profile pictures drawn from a seed: flowers, friendly animals and patterns.

A picture made here is new: it shows nothing about the person, and it is not a copy of anything
online that a reverse image search could find. The same seed always draws the same picture, so a
person can keep the number and make it again; a new seed makes a new one.

Each kind of picture has its own module (flower, animal, pattern), drawing with the colours,
shapes and layers in shapes.py. All choices come from one `random.Random` seeded with the kind
and the seed, so the pixels depend on those alone.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable

from PIL import Image

from ..errors import SafePicError
from ..picture import Picture, from_image
from .animal import draw_animal
from .flower import draw_flower
from .pattern import draw_pattern

__all__ = ["KINDS", "AvatarError", "make_avatar", "new_seed"]

# Each kind and the function that draws it; the order is the order offered to people.
DRAWERS: dict[str, Callable[[random.Random], Image.Image]] = {
    "flower": draw_flower, "animal": draw_animal, "pattern": draw_pattern,
}
KINDS = tuple(DRAWERS)


class AvatarError(SafePicError):
    """An avatar was asked for in a way SafePic cannot draw."""


def new_seed() -> int:
    """A fresh random seed; keep it to draw the same avatar again."""
    return secrets.randbits(63)


def make_avatar(kind: str, seed: int) -> Picture:
    """Draw the avatar of this kind for this seed: 512x512 RGB, the same every time."""
    draw = DRAWERS.get(kind)
    if draw is None:
        raise AvatarError(f"SafePic can draw a flower, an animal or a pattern, not '{kind}'.")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise AvatarError("The avatar number must be a whole number, 0 or more.")
    image = draw(random.Random(f"{kind}:{seed}"))
    return from_image(image, f"avatar-{kind}-{seed}.png")
