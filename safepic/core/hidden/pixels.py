"""Find colour kept under fully see-through pixels.

Erasing part of a picture to transparent in many editors only sets the see-through value;
the colours stay in the file, and any tool that ignores transparency shows the erased part
again (a face, a name on a badge).
"""

from __future__ import annotations

from dataclasses import dataclass

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
    import numpy as np  # only for see-through pictures: most photos never need it

    pixels = np.asarray(image)
    clear = pixels[..., 3] == 0
    count = int(np.count_nonzero(clear))
    if count < MIN_PIXELS:
        return None
    # Byte-sized work on the whole picture, wider numbers only on a sample: a 100 KB file can
    # hold 25 million see-through pixels.
    flat = clear.ravel()
    stride = max(1, flat.size // SAMPLE)
    where = np.flatnonzero(flat[::stride]) * stride
    if where.size < min(count, 1000):  # few see-through pixels, or in step with the stride
        where = np.flatnonzero(flat)[::max(1, count // SAMPLE)]
    sample = pixels.reshape(-1, 4)[where, :3].astype(np.uint32)
    del where
    colours, counts = np.unique((sample[:, 0] << 16) | (sample[:, 1] << 8) | sample[:, 2],
                                return_counts=True)
    usual = int(colours[np.argmax(counts)])  # the fill an editor leaves (often black or white)
    varied = clear & ((pixels[..., 0] != usual >> 16) | (pixels[..., 1] != (usual >> 8) & 0xFF)
                      | (pixels[..., 2] != usual & 0xFF))
    varied_count = int(np.count_nonzero(varied))
    if varied_count < MIN_PIXELS or varied_count < MIN_SHARE * count:
        return None
    rows, cols = np.flatnonzero(varied.any(axis=1)), np.flatnonzero(varied.any(axis=0))
    box = (int(cols[0]), int(rows[0]), int(cols[-1] - cols[0] + 1), int(rows[-1] - rows[0] + 1))
    return Erased(share=varied_count / clear.size, box=box)


def reveal(image: Image.Image) -> Image.Image:
    """The picture with transparency ignored: what anyone can see with the right tool."""
    return image.convert("RGB")
