"""Find where a person is in the picture: body, clothes and hair, not only the face.

MediaPipe's selfie-segmentation model gives every pixel a chance of being part of a person. It
was made for video calls, where someone is always in front of the camera, so on a picture with
nobody in it, it often paints a cat, a cup or a pile of coins as a person. We therefore only
report a person where the mask and a face found by `faces` agree: the mask then shows how much
of that person (hair, clothes, body) is on view, and its outline gives the box.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

from ..picture import Picture
from ..report import Finding
from ..words import words
from . import faces as face_finder
from . import models

MODEL_SIZE = 256  # the selfie model's square input
PERSON_LEVEL = 0.5  # a pixel with at least this chance counts as part of a person
SMALLEST_SHARE = 0.02  # a person must cover at least this share of the picture


def person_mask(picture: Picture) -> np.ndarray:
    """For each pixel, the chance (0..1, float32, height x width) that it shows a person."""
    small = _small_mask(picture.image)
    width, height = picture.size
    return cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)


def check(picture: Picture, *, faces: list[face_finder.Face] | None = None) -> list[Finding]:
    """A finding when a real part of the picture shows a person whose face was also found.

    Pass `faces` (from `faces.find_faces`) when you already have them, to avoid looking twice.
    """
    if faces is None:
        faces = face_finder.find_faces(picture)
    if not faces:
        return []
    small = _small_mask(picture.image) >= PERSON_LEVEL
    width, height = picture.size
    sx, sy = MODEL_SIZE / width, MODEL_SIZE / height
    count, labels, stats, _ = cv2.connectedComponentsWithStats(small.astype(np.uint8), connectivity=8)
    chosen = set()
    for face in faces:
        x, y, w, h = face.box
        part = labels[int((y + h / 2) * sy), int((x + w / 2) * sx)] \
            if 0 <= (y + h / 2) * sy < MODEL_SIZE and 0 <= (x + w / 2) * sx < MODEL_SIZE else 0
        if part:
            chosen.add(int(part))
    if not chosen:
        return []
    person = np.isin(labels, sorted(chosen))
    if person.mean() < SMALLEST_SHARE:
        return []
    rows, cols = np.nonzero(person.any(axis=1))[0], np.nonzero(person.any(axis=0))[0]
    x0, x1 = int(cols[0] / sx), min(width, int(np.ceil((cols[-1] + 1) / sx)))
    y0, y1 = int(rows[0] / sy), min(height, int(np.ceil((rows[-1] + 1) / sy)))
    return [Finding(
        code="person",
        severity="medium",
        title=words("A person can be seen"),
        detail=words("Even without the face, a body, clothes or hair can be recognised by people who "
                     "know you."),
        box=(x0, y0, x1 - x0, y1 - y0),
    )]


def check_all(picture: Picture, *,
              is_cancelled: face_finder.IsCancelled | None = None) -> list[Finding]:
    """Faces and the people around them, searching for faces once: the analyse step's call."""
    found = face_finder.find_faces(picture, is_cancelled=is_cancelled)
    return face_finder.findings(found) + check(picture, faces=found)


def _small_mask(image: Image.Image) -> np.ndarray:
    """The selfie model's mask at its own resolution (MODEL_SIZE square)."""
    image = face_finder.as_seen(image)
    factor = min(image.width, image.height) // (2 * MODEL_SIZE)
    if factor >= 2:
        image = image.reduce(factor)
    small = image.resize((MODEL_SIZE, MODEL_SIZE), Image.Resampling.BILINEAR)
    with models.use(models.SELFIE) as segmenter:
        result = segmenter.segment(models.as_mp_image(np.asarray(small)))
        mask = np.array(result.confidence_masks[0].numpy_view(), dtype=np.float32)
    return np.clip(mask.reshape(MODEL_SIZE, MODEL_SIZE), 0.0, 1.0)
