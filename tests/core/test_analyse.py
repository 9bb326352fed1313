"""The one look at a picture keeps what every style shares."""

from __future__ import annotations

from pathlib import Path

from safepic.core import similar
from safepic.core.analyse import look
from safepic.core.picture import open_picture
from safepic.core.similar import looks_alike

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_photos_fingerprint_is_worked_out_once_for_every_style(monkeypatch):
    """Every style made from the photo is compared with it: they share one fingerprint of it,
    worked out once, and it gives the answers a fresh comparison gives."""
    analysis = look(open_picture(DATA / "astronaut.jpg"), vision=False)
    made = []
    real_variants = similar._variants

    def counted_variants(image):
        made.append(image)
        return real_variants(image)

    monkeypatch.setattr(similar, "_variants", counted_variants)
    size = (256, 256)
    kept = analysis.fingerprint(size)
    photo = analysis.sized(size)
    for other in (photo, open_picture(DATA / "coffee.jpg"), open_picture(DATA / "rocket.jpg")):
        assert analysis.fingerprint(size) is kept
        assert looks_alike(kept, other) == looks_alike(photo, other)
    assert sum(image is kept._small for image in made) == 1  # the photo's crops hashed once
