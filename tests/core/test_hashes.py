"""pHash's median is NumPy's, to the bit, on real pictures and on flat ones."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from safepic.core import hashes

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_median_is_numpys_to_the_bit():
    pictures = [Image.open(path) for path in sorted(DATA.glob("*.jpg"))]
    pictures += [Image.new("L", (40, 30), 90), Image.new("RGB", (9, 500), (10, 200, 30))]
    for picture in pictures:
        for turn in (None, Image.Transpose.ROTATE_90, Image.Transpose.FLIP_LEFT_RIGHT):
            image = picture if turn is None else picture.transpose(turn)
            pixels = np.asarray(image.convert("L").resize((32, 32), Image.Resampling.LANCZOS), np.float64)
            low = hashes._DCT @ pixels @ hashes._DCT.T
            assert hashes._median(low) == np.median(low)
            assert hashes.phash(image) == hashes._pack(low > np.median(low))
