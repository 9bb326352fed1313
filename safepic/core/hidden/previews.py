"""Decide whether a picture stored inside the file shows something the visible one does not.

A thumbnail made before a crop still shows the whole original photo; a phone's extra pictures
can show what an edit removed. Both are compared, small and in grey, with the visible picture.
"""

from __future__ import annotations

import io
import math
import warnings
from typing import TYPE_CHECKING

from PIL import Image, ImageOps

from .clues import Preview

if TYPE_CHECKING:
    import numpy as np

MAX_PREVIEW_PIXELS = 50_000_000
SHOW_SIZE = 512  # longest side of the preview handed to the GUI
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_90,
}
# Both are compared as grey, brightness- and contrast-evened grids (so a filter does not count),
# and in blocks (so a blurred face or a covered name does). Tuned on the four test photos with
# re-compression, brightness, contrast, sharpening and smoothing (all under 13 per block) against
# crops, a blurred face and a covered corner (mostly 22 and beyond).
MEAN_LIMIT = 16.0
BLOCK_LIMIT = 22.0
ASPECT_LIMIT = 0.08  # shapes differing by more than about 8% mean a crop


def open_preview(preview: Preview) -> Image.Image | None:
    """The preview decoded, upright and small; None when it cannot be read."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            image = preview.image
            if image is None:
                image = Image.open(io.BytesIO(preview.data))
                if image.width * image.height > MAX_PREVIEW_PIXELS:
                    return None
                image.draft("RGB", (SHOW_SIZE, SHOW_SIZE))
                image.load()
                if image.getexif().get(0x0112, 1) != 1:
                    image = ImageOps.exif_transpose(image)
            if preview.orientation in _TRANSPOSE:
                image = image.transpose(_TRANSPOSE[preview.orientation])
            image = image.convert("RGB")
            image.thumbnail((SHOW_SIZE, SHOW_SIZE))
            return image
    except Exception:  # a damaged extra picture is skipped, never fatal
        return None


def difference(picture: Image.Image, preview: Image.Image) -> float:
    """0 when the preview shows the picture; above 1 when it shows something else.

    A preview that is only turned (an app rotated the picture but not its preview) shows
    nothing new, so each quarter turn is tried and the closest counts.
    """
    grey = _trim(picture.convert("L"))
    turned = _trim(preview.convert("L"))
    return min(_difference(grey, turned.rotate(angle, expand=True)) for angle in (0, 90, 180, 270))


def _difference(a: Image.Image, b: Image.Image) -> float:
    import numpy as np  # here, not above: a file with no hidden preview never needs it

    aspect = abs(math.log((a.width / a.height) / (b.width / b.height)))
    if aspect > ASPECT_LIMIT:
        return aspect / ASPECT_LIMIT
    grid = 64 if min(b.size) >= 128 else 32
    change = np.abs(_evened(a, grid) - _evened(b, grid))
    side = grid // 8
    blocks = change.reshape(8, side, 8, side).mean(axis=(1, 3))
    return max(float(change.mean()) / MEAN_LIMIT, float(blocks.max()) / BLOCK_LIMIT)


def _evened(image: Image.Image, grid: int) -> np.ndarray:
    import numpy as np

    values = np.asarray(image.resize((grid, grid), Image.Resampling.BOX), dtype=np.float32)
    normal: np.ndarray = (values - values.mean()) / max(float(values.std()), 1.0) * 48.0
    return normal


def _trim(image: Image.Image) -> Image.Image:
    """Cut off black bars (cameras pad thumbnails of wide photos with them)."""
    box = image.point(lambda v: 255 if v > 24 else 0).getbbox()
    if box and (box[2] - box[0]) > 4 and (box[3] - box[1]) > 4:
        return image.crop(box)
    return image
