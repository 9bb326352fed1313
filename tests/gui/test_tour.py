"""The tour: every page, in order, rendered from a real check of a real picture."""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QImage

from safepic.gui.tour import WINDOW, render_tour

from .conftest import DATA


def test_tour_renders_every_page(qapp, tmp_path):
    shots = render_tour(tmp_path / "tour", picture=DATA / "astronaut.jpg")
    names = [p.stem.split("-", 1)[1] for p in shots]
    assert names == ["welcome", "tests", "choose", "checking", "findings", "face", "self-check",
                     "make-safe", "profile", "save", "help"]
    digests = set()
    for path in shots:
        image = QImage(str(path))
        assert (image.width(), image.height()) == WINDOW, path.name
        digests.add(hashlib.sha256(path.read_bytes()).hexdigest())
    assert len(digests) == len(shots), "every page looks different"
    assert not list((tmp_path / "tour").glob("safe-picture-*")), "the tour saves nowhere visible"
