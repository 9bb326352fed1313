"""Perceptual hashes (pHash and dHash), bit for bit as imagehash 4.3 makes them, without SciPy.

A hash of 64 bits that stays nearly the same when a picture is resized, recompressed or slightly
edited is how copies of a picture are found (similar.py). imagehash took its one cosine transform
from SciPy, 140 MB for a few thousand multiply-adds; here it is a small matrix product with the
same scale. benchmarks/places_hashes.py compares the two on thousands of pictures.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

BITS = 8  # a hash is BITS x BITS
_SIDE = 4 * BITS  # pHash looks at the picture shrunk to this square
# The first BITS rows of the DCT-II of length _SIDE, unnormalised (SciPy's default scale).
_DCT = 2 * np.cos(np.pi * np.outer(np.arange(BITS), 2 * np.arange(_SIDE) + 1) / (2 * _SIDE))


def phash(image: Image.Image) -> int:
    """Which of the lowest spatial frequencies of the brightness are above their median."""
    pixels = np.asarray(image.convert("L").resize((_SIDE, _SIDE), Image.Resampling.LANCZOS), dtype=np.float64)
    low = _DCT @ pixels @ _DCT.T
    return _pack(low > _median(low))


def dhash(image: Image.Image) -> int:
    """Which neighbouring pixels get brighter from left to right, on a 9 x 8 copy."""
    pixels = np.asarray(image.convert("L").resize((BITS + 1, BITS), Image.Resampling.LANCZOS))
    return _pack(pixels[:, 1:] > pixels[:, :-1])


def distance(a: int, b: int) -> int:
    """How many of the bits differ."""
    return (a ^ b).bit_count()


def _median(values: np.ndarray) -> float:
    """np.median of an even number of values, to the bit (the mean of the middle two), without
    the masked-array module np.median imports on first use (70 ms, a tenth of a whole check)."""
    ordered = np.sort(values, axis=None)
    middle = ordered.size // 2
    return float(ordered[middle - 1:middle + 1].mean())


def _pack(bits: np.ndarray) -> int:
    return int.from_bytes(np.packbits(bits.flatten()).tobytes(), "big")
