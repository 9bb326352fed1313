"""The table of formats: one module per format reads it and, for what SafePic writes, checks it."""

import io

import pytest
from PIL import Image

from safepic.core import clean
from safepic.core.hidden import jpeg, png, webp
from safepic.core.hidden.formats import FORMATS, format_of


def _saved(fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (30, 120, 200)).save(buffer, fmt, **options)
    return buffer.getvalue()


def test_every_format_safepic_writes_has_a_strict_check():
    for fmt in clean.OUTPUT_FORMATS:
        assert FORMATS[fmt].structure_problem is not None


@pytest.mark.parametrize(("pillow", "ours"), [("JPEG", "jpeg"), ("PNG", "png"), ("WEBP", "webp")])
def test_the_bytes_say_the_format_whatever_the_name(pillow, ours):
    assert format_of(_saved(pillow), "gif") is FORMATS[ours]


def test_unknown_bytes_fall_back_to_the_opened_format():
    assert format_of(b"BM" + bytes(60), "bmp") is FORMATS["bmp"]
    assert format_of(b"nothing", "nothing") is None


def test_the_jpeg_walk_notes_junk_and_the_strict_check_names_it():
    data = _saved("JPEG")
    sof = data.index(b"\xff\xc0")
    junked = data[:sof] + b"junk" + data[sof:]
    assert jpeg.walk(junked).junk and jpeg.walk(junked).end == len(junked)
    assert jpeg.structure_problem(junked) == "bytes between the picture's blocks"
    assert jpeg.structure_problem(data[:2] + b"\xff\xd0" + data[2:]) == "an extra block (JPEG marker D0)"
    assert jpeg.structure_problem(data + b"x") == "extra bytes after the picture's end"


def test_the_png_walk_stops_at_a_chunk_that_is_cut_short():
    data = _saved("PNG")
    walked = png.walk(data[:-20])
    assert walked.end is None and [kind for kind, _, _ in walked.chunks] == [b"IHDR"]
    assert png.structure_problem(data[:-20]) == "a picture with no proper end"


def test_the_webp_walk_and_its_strict_check():
    plain = _saved("WEBP")
    assert [kind for kind, _, _ in webp.walk(plain).chunks] == [b"VP8 "]
    assert webp.structure_problem(plain) is None
    with_exif = _saved("WEBP", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00")
    assert b"EXIF" in [kind for kind, _, _ in webp.walk(with_exif).chunks]
    assert webp.structure_problem(with_exif) == "an extra block (EXIF chunk)"
