"""The one look at a picture keeps what every style shares."""

from __future__ import annotations

import threading
from pathlib import Path

from safepic.core import similar
from safepic.core.analyse import look
from safepic.core.picture import open_picture
from safepic.core.similar import looks_alike

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_photos_fingerprint_is_worked_out_once_for_every_thread(monkeypatch):
    """Styles compare their results with the photo from several threads at once: they share one
    fingerprint of it, worked out once, and it gives the answers a fresh comparison gives."""
    analysis = look(open_picture(DATA / "astronaut.jpg"), vision=False)
    made = []
    real_variants = similar._variants

    def counted_variants(image):
        made.append(image.size)
        return real_variants(image)

    monkeypatch.setattr(similar, "_variants", counted_variants)
    size = (256, 256)
    start = threading.Barrier(4)
    got = []

    def compare() -> None:
        start.wait()
        got.append(analysis.fingerprint(size))

    threads = [threading.Thread(target=compare) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 4 and all(fingerprint is got[0] for fingerprint in got)
    assert analysis.fingerprint(size) is got[0]
    assert len(made) == 1  # the photo's crops were hashed once
    photo = analysis.sized(size)
    for other in (photo, open_picture(DATA / "coffee.jpg")):
        assert looks_alike(got[0], other) == looks_alike(photo, other)
