"""SafePic's own PP-OCR runner, on the paths text.py's scenes rarely take: a strip too flat for
the finder, a line too small for the reader, and the reader's letter-by-letter decoding."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from safepic.core.vision import ppocr, text

from .text_scenes import find_font


@pytest.fixture(scope="module")
def engine() -> ppocr.PPOCR:
    paths = text.model_paths()
    return ppocr.PPOCR(paths["find"], paths["read"], box_threshold=text.BOX_SCORE)


FONT = find_font()
needs_font = pytest.mark.skipif(FONT is None, reason="the DejaVu Sans Bold font is not installed")


def _card(words: str, size: tuple[int, int], points: int) -> np.ndarray:
    card = Image.new("RGB", size, "white")
    ImageDraw.Draw(card).text((10, (size[1] - points) // 2 - 2), words, fill="black",
                              font=ImageFont.truetype(str(FONT), points))
    return np.ascontiguousarray(np.asarray(card)[:, :, ::-1])


@needs_font
def test_a_flat_strip_is_padded_and_its_box_comes_back_inside_it(engine):
    strip = _card("QUEEN STREET", (520, 40), 26)  # 13 times wider than high
    boxes = engine.find(strip)
    assert len(boxes) == 1
    (box,) = boxes
    assert box[:, 0].min() < 40 and box[:, 0].max() > 200
    assert 0 <= box[:, 1].min() and box[:, 1].max() <= 40  # the padding rows were taken off again
    assert engine.read(ppocr.crop_line(strip, box))[0].upper() == "QUEEN STREET"


@needs_font
def test_a_line_smaller_than_the_reader_wants_is_enlarged_and_read(engine):
    line = _card("ROSE LANE", (150, 22), 14)
    words, certainty = engine.read(line)
    assert words.upper() == "ROSE LANE"
    assert 0.75 < certainty <= 1.0


def test_decoding_drops_blanks_and_repeats_and_averages_certainty(engine):
    characters = engine._characters
    a, b = characters.index("A"), characters.index("B")
    steps = [(a, 0.9), (a, 0.8), (0, 0.99), (a, 0.7), (b, 0.6), (0, 0.99)]  # A A _ A B _
    scores = np.zeros((len(steps), len(characters)), dtype=np.float32)
    for row, (index, value) in enumerate(steps):
        scores[row, index] = value
    words, certainty = engine._decode(scores)
    assert words == "AAB"  # the repeat is one letter, the blank between two A's keeps both
    assert certainty == pytest.approx((0.9 + 0.7 + 0.6) / 3, abs=1e-5)
    assert engine._decode(np.eye(1, len(characters), dtype=np.float32)) == ("", 0.0)
