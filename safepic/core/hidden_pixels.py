"""Find colour kept under fully see-through pixels.

Erasing part of a picture to transparent in many editors only sets the see-through value;
the colours stay in the file, and any tool that ignores transparency shows the erased part
again (a face, a name on a badge).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

MIN_SHARE = 0.01  # at least 1% of the see-through pixels must carry varied colour
MIN_PIXELS = 64  # and enough of them to show something
SAMPLE = 200_000


@dataclass(frozen=True)
class Erased:
    """See-through pixels that still hold a picture."""

    share: float  # of the whole picture
    box: tuple[int, int, int, int]  # x, y, w, h around them


def find_erased(image: Image.Image) -> Erased | None:
    """The see-through area that still holds varied colour, if there is a meaningful one."""
    if image.mode != "RGBA":
        return None
    pixels = np.asarray(image)
    clear = pixels[..., 3] == 0
    count = int(clear.sum())
    if count < MIN_PIXELS:
        return None
    packed = (pixels[..., 0].astype(np.uint32) << 16) | (pixels[..., 1].astype(np.uint32) << 8) \
        | pixels[..., 2]
    under = packed[clear]
    step = max(1, under.size // SAMPLE)
    colours, counts = np.unique(under[::step], return_counts=True)
    usual = colours[np.argmax(counts)]  # the fill an editor leaves (often black or white)
    varied = clear & (packed != usual)
    varied_count = int(varied.sum())
    if varied_count < MIN_PIXELS or varied_count < MIN_SHARE * count:
        return None
    rows, cols = np.flatnonzero(varied.any(axis=1)), np.flatnonzero(varied.any(axis=0))
    box = (int(cols[0]), int(rows[0]), int(cols[-1] - cols[0] + 1), int(rows[-1] - rows[0] + 1))
    return Erased(share=varied_count / clear.size, box=box)


def reveal(image: Image.Image) -> Image.Image:
    """The picture with transparency ignored: what anyone can see with the right tool."""
    return image.convert("RGB")
