"""write_clean: a new file from pixels only, upright and sRGB, written atomically, checked after.

The dirty inputs are real files stuffed with everything a phone or an editor leaves behind:
EXIF with GPS, names and serials, a thumbnail, XMP, a colour profile, comments, PNG text chunks
and bytes after the picture's end.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import piexif
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, PngImagePlugin

from safepic.core import clean
from safepic.core.clean import Cleaned, structure_problem, write_clean
from safepic.core.errors import CleanError
from safepic.core.picture import from_image, open_picture
from tests.core.test_picture import DISPLAY_P3, broken_last_scan, expected_srgb, make_icc

DATA = Path(__file__).resolve().parents[1] / "data"
SECRETS = [b"Exif", b"ICC_PROFILE", b"http://ns.adobe.com", b"Jane Example", b"SN-0042-XYZ",
           b"GPS", b"secret note", b"TRAILER-BYTES", b"Canon", b"2019:04:05"]


def _gps() -> dict:
    return {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((53, 1), (44, 1), (2400, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"W",
        piexif.GPSIFD.GPSLongitude: ((2, 1), (0, 1), (3600, 100)),
    }


def _app_segment(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def dirty_jpeg(upright: Image.Image, orientation: int = 6) -> bytes:
    """A JPEG with every kind of hidden data, stored turned so that EXIF must turn it back."""
    stored = upright.transpose(Image.Transpose.ROTATE_90) if orientation == 6 else upright
    thumb = io.BytesIO()
    stored.resize((64, 64)).save(thumb, "JPEG")
    exif = piexif.dump({
        "0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"EOS Test",
                piexif.ImageIFD.Artist: b"Jane Example", piexif.ImageIFD.Orientation: orientation},
        "Exif": {piexif.ExifIFD.BodySerialNumber: b"SN-0042-XYZ",
                 piexif.ExifIFD.DateTimeOriginal: b"2019:04:05 12:34:56"},
        "GPS": _gps(),
        "1st": {piexif.ImageIFD.Compression: 6},
        "thumbnail": thumb.getvalue(),
    })
    buffer = io.BytesIO()
    stored.save(buffer, "JPEG", quality=95, exif=exif, comment=b"secret note",
                icc_profile=make_icc("Display P3 (test)", DISPLAY_P3))
    data = buffer.getvalue()
    xmp = (b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
           b"<dc:creator>Jane Example</dc:creator></x:xmpmeta>")
    return data[:2] + _app_segment(0xE1, xmp) + data[2:] + b"TRAILER-BYTES"


def dirty_png(image: Image.Image) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Example")
    info.add_itxt("Comment", "secret note", zip=True)
    buffer = io.BytesIO()
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Canon"}, "GPS": _gps()})
    image.save(buffer, "PNG", pnginfo=info, exif=exif, dpi=(300, 300),
               icc_profile=make_icc("Display P3 (test)", DISPLAY_P3))
    return buffer.getvalue() + b"TRAILER-BYTES"


@pytest.fixture(scope="module")
def astronaut() -> Image.Image:
    return open_picture(DATA / "astronaut.jpg").image


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size, (a.size, b.size)
    return float(np.abs(np.asarray(a, np.float64) - np.asarray(b, np.float64)).mean())


def assert_nothing_hidden(data: bytes, fmt: str) -> None:
    assert structure_problem(data, fmt) is None
    for secret in SECRETS:
        assert secret not in data, secret


def folder_listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# ---------------------------------------------------------------------------------------------
# What comes out


def test_dirty_jpeg_comes_out_clean_upright_and_srgb(tmp_path, astronaut):
    source = tmp_path / "holiday.jpg"
    source.write_bytes(dirty_jpeg(astronaut))
    original = open_picture(source)
    assert original.size == astronaut.size  # turned back by its EXIF orientation

    result = write_clean(original)

    assert isinstance(result, Cleaned)
    assert result.path.parent == tmp_path
    assert result.path.name.startswith("safe-picture-") and result.path.suffix == ".jpg"
    data = result.path.read_bytes()
    assert_nothing_hidden(data, "jpeg")
    assert data[2:4] == b"\xff\xdb"  # straight to the tables: not even a JFIF header
    written = Image.open(io.BytesIO(data))
    assert written.format == "JPEG"
    assert written.mode == "RGB"
    assert written.size == astronaut.size  # upright without needing any orientation tag
    assert not written.getexif()
    assert "icc_profile" not in written.info
    # The source's colours were converted from Display P3, so the copy is not the raw astronaut
    # but the converted pixels: compare with what the original looks like, in sRGB.
    assert mean_difference(written.convert("RGB"), original.image) < 3.0
    assert result.report.file == str(result.path)
    assert result.report.format == "jpeg"
    assert result.report.size == astronaut.size
    assert result.report.vision_checked is False
    assert [f.code for f in result.report.findings if f.code != "filename"] == []


def test_dirty_png_comes_out_with_bare_chunks(tmp_path):
    image = Image.new("RGB", (40, 30), (180, 120, 90))
    source = tmp_path / "drawing.png"
    source.write_bytes(dirty_png(image))
    result = write_clean(open_picture(source))
    data = result.path.read_bytes()
    assert result.path.suffix == ".png"
    assert_nothing_hidden(data, "png")
    assert b"pHYs" not in data and b"iCCP" not in data and b"tEXt" not in data
    pixel = np.asarray(Image.open(result.path).convert("RGB"), np.float64)[10, 10]
    assert np.abs(pixel - expected_srgb((180, 120, 90), DISPLAY_P3)).max() <= 4.0


@pytest.mark.parametrize(
    ("pillow_format", "suffix", "ours", "out_suffix"),
    [("JPEG", ".jpg", "jpeg", ".jpg"), ("PNG", ".png", "png", ".png"),
     ("WEBP", ".webp", "webp", ".webp"), ("HEIF", ".heic", "heif", ".jpg"),
     ("AVIF", ".avif", "avif", ".jpg"), ("TIFF", ".tiff", "tiff", ".jpg"),
     ("BMP", ".bmp", "bmp", ".jpg"), ("GIF", ".gif", "gif", ".png")],
)
def test_default_output_format_follows_the_input(tmp_path, astronaut, pillow_format, suffix,
                                                 ours, out_suffix):
    small = astronaut.resize((128, 128))
    source = tmp_path / f"input{suffix}"
    small.save(source, format=pillow_format)
    original = open_picture(source)
    assert original.format == ours
    result = write_clean(original)
    assert result.path.suffix == out_suffix
    assert_nothing_hidden(result.path.read_bytes(), clean._SUFFIXES[out_suffix])
    assert mean_difference(open_picture(result.path).image, original.image) < 4.0


@pytest.mark.parametrize(("name", "fmt"), [("out.jpg", "jpeg"), ("out.JPEG", "jpeg"),
                                           ("out.png", "png"), ("out.webp", "webp")])
def test_output_suffix_chooses_the_format(tmp_path, astronaut, name, fmt):
    result = write_clean(from_image(astronaut.resize((64, 64)), str(tmp_path / "in.png")),
                         tmp_path / name)
    assert result.path == tmp_path / name
    assert Image.open(result.path).format == clean.OUTPUT_FORMATS[fmt][0]
    assert result.report.format == fmt


def test_fmt_chooses_the_format_when_there_is_no_name(tmp_path, astronaut):
    result = write_clean(from_image(astronaut.resize((64, 64)), str(tmp_path / "in.png")),
                         fmt="webp")
    assert result.path.suffix == ".webp"
    assert Image.open(result.path).format == "WEBP"


def test_the_chosen_name_wins_over_a_suggested_format(tmp_path):
    picture = from_image(Image.new("RGB", (16, 16)), str(tmp_path / "in.png"))
    result = write_clean(picture, tmp_path / "avatar.jpg", fmt="png")
    assert Image.open(result.path).format == "JPEG"


@pytest.mark.parametrize(("name", "fmt"), [("out.gif", None), ("out.tiff", None),
                                           ("out.png", "bmp"), (None, "gif")])
def test_formats_we_do_not_write_are_refused(tmp_path, astronaut, name, fmt):
    picture = from_image(astronaut.resize((32, 32)), str(tmp_path / "in.png"))
    with pytest.raises(CleanError) as caught:
        write_clean(picture, tmp_path / name if name else None, fmt=fmt)
    assert "\n" not in str(caught.value)
    assert folder_listing(tmp_path) == set()


# ---------------------------------------------------------------------------------------------
# Transparency


def _transparent_with_hidden_colour() -> Image.Image:
    """Left half fully transparent but still holding a picture (a gradient); right half opaque."""
    pixels = np.zeros((32, 32, 4), np.uint8)
    pixels[:, :16, 0] = np.arange(16, dtype=np.uint8)[None, :] * 15
    pixels[:, :16, 1] = np.arange(32, dtype=np.uint8)[:, None] * 7
    pixels[:, :16, 2] = 140
    pixels[:, 16:] = (20, 60, 200, 255)
    pixels[8:24, 24:28, 3] = 128  # a half-see-through stripe
    return Image.fromarray(pixels, "RGBA")


@pytest.mark.parametrize("suffix", [".png", ".webp"])
def test_transparent_pixels_are_emptied(tmp_path, suffix):
    result = write_clean(from_image(_transparent_with_hidden_colour(), str(tmp_path / "a.png")),
                         tmp_path / f"out{suffix}")
    pixels = np.asarray(Image.open(result.path).convert("RGBA"))
    assert (pixels[:, :16] == 0).all()                       # colour and alpha both gone
    assert pixels[4, 20].tolist() == [20, 60, 200, 255]      # visible pixels kept exactly
    assert pixels[12, 25, 3] == 128
    assert not result.report.has("hidden-pixels")


def test_webp_keeps_nothing_under_a_large_erased_area(tmp_path):
    """A photo with most of it erased (Pillow's transparent.webp is one): WebP's lossless encoder,
    left free, paints colours of its own under see-through pixels to save bytes; it must not."""
    rng = np.random.default_rng(5)
    pixels = np.dstack([rng.integers(0, 256, (150, 200, 3), dtype=np.uint8),
                        np.zeros((150, 200, 1), np.uint8)])
    yy, xx = np.mgrid[:150, :200]
    pixels[..., 3] = np.clip(255 - np.hypot(yy - 75, xx - 100) * 4, 0, 255).astype(np.uint8)
    source = tmp_path / "erased.webp"
    Image.fromarray(pixels, "RGBA").save(source, lossless=True, exact=True)  # colour kept under alpha 0
    assert open_picture(source).image.getchannel("A").getextrema()[0] == 0
    result = write_clean(open_picture(source), tmp_path / "out.webp")
    written = np.asarray(Image.open(result.path).convert("RGBA"))
    assert (written[written[..., 3] == 0, :3] == 0).all()
    assert (written[75, 100] == pixels[75, 100]).all()
    assert not result.report.has("hidden-pixels")


def test_jpeg_flattens_transparency_on_white(tmp_path):
    result = write_clean(from_image(_transparent_with_hidden_colour(), str(tmp_path / "a.png")),
                         tmp_path / "out.jpg")
    pixels = np.asarray(Image.open(result.path), np.int16)
    assert Image.open(result.path).mode == "RGB"
    assert np.abs(pixels[16, 4] - 255).max() <= 3            # the hidden colour did not survive
    assert np.abs(pixels[4, 20] - (20, 60, 200)).max() <= 6
    assert np.abs(pixels[16, 25] - (137, 157, 227)).max() <= 8  # half blended with white


def test_png_without_transparency_drops_the_alpha_channel(tmp_path):
    opaque = Image.new("RGBA", (16, 16), (10, 200, 30, 255))
    result = write_clean(from_image(opaque, str(tmp_path / "a.png")))
    assert result.path.suffix == ".png"
    assert Image.open(result.path).mode == "RGB"


# ---------------------------------------------------------------------------------------------
# Square profile pictures


@pytest.mark.parametrize("side", [512, 64])
def test_square_crops_the_centre_and_resizes(tmp_path, side):
    wide = Image.new("RGB", (300, 100), (255, 0, 0))
    wide.paste((0, 0, 255), (100, 0, 200, 100))  # the centre square is blue
    result = write_clean(from_image(wide, str(tmp_path / "wide.png")), tmp_path / "sq.png",
                         square=side)
    written = Image.open(result.path)
    assert written.size == (side, side)
    pixels = np.asarray(written.convert("RGB"), np.int16)
    assert np.abs(pixels[side // 2, side // 2] - (0, 0, 255)).max() <= 2
    assert np.abs(pixels[side // 2, 2] - (0, 0, 255)).max() <= 40  # no red from the sides
    assert result.report.size == (side, side)


def test_square_of_a_tall_photo_keeps_the_middle(tmp_path, astronaut):
    tall = astronaut.crop((100, 0, 356, 512))  # 256 x 512
    result = write_clean(from_image(tall, str(tmp_path / "tall.png")), tmp_path / "sq.png",
                         square=256)
    assert mean_difference(Image.open(result.path).convert("RGB"), tall.crop((0, 128, 256, 384))) \
        < 1.0


@pytest.mark.parametrize("side", [0, -5, 8, 100_000])
def test_silly_square_sizes_are_refused(tmp_path, side):
    with pytest.raises(CleanError):
        write_clean(from_image(Image.new("RGB", (32, 32)), str(tmp_path / "a.png")), square=side)
    assert folder_listing(tmp_path) == set()


# ---------------------------------------------------------------------------------------------
# Where it goes


def test_default_name_is_never_an_existing_file(tmp_path, monkeypatch):
    (tmp_path / "safe-picture-abcd.png").write_bytes(b"someone else's file")
    names = iter(["abcd", "abcd", "beef"])
    monkeypatch.setattr(clean.secrets, "token_hex", lambda n: next(names))
    result = write_clean(from_image(Image.new("RGB", (16, 16)), str(tmp_path / "a.png")))
    assert result.path == tmp_path / "safe-picture-beef.png"
    assert (tmp_path / "safe-picture-abcd.png").read_bytes() == b"someone else's file"


def test_picture_without_a_folder_goes_to_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    picture = from_image(Image.new("RGB", (16, 16), (1, 2, 3)))
    picture.path = None
    result = write_clean(picture, fmt="jpeg")
    assert result.path.parent == tmp_path
    assert result.path.is_absolute()


def test_relative_out_path_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = write_clean(from_image(Image.new("RGB", (16, 16))), Path("mine.png"))
    assert result.path == tmp_path / "mine.png"
    assert result.report.file == str(tmp_path / "mine.png")


def test_leaves_no_temporary_file_and_is_readable_by_others(tmp_path, astronaut):
    result = write_clean(from_image(astronaut, str(tmp_path / "a.png")), tmp_path / "b.jpg")
    assert folder_listing(tmp_path) == {"b.jpg"}
    assert result.path.stat().st_mode & 0o777 == 0o644


def test_an_existing_other_file_named_as_out_is_replaced(tmp_path):
    target = tmp_path / "old.png"
    target.write_bytes(b"not a picture")
    write_clean(from_image(Image.new("RGB", (16, 16), (9, 9, 9)), str(tmp_path / "a.png")), target)
    assert np.asarray(open_picture(target).image)[0, 0].tolist() == [9, 9, 9]


@pytest.mark.parametrize("how", ["same", "relative", "symlink", "hardlink", "dotdot"])
def test_refuses_to_replace_the_original(tmp_path, monkeypatch, how):
    source = tmp_path / "me.jpg"
    source.write_bytes(dirty_jpeg(Image.new("RGB", (32, 32), (0, 128, 0)), orientation=1))
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    picture = open_picture(source)
    monkeypatch.chdir(tmp_path)
    out = {
        "same": source,
        "relative": Path("me.jpg"),
        "dotdot": tmp_path / "sub" / ".." / "me.jpg",
        "symlink": tmp_path / "link.jpg",
        "hardlink": tmp_path / "hard.jpg",
    }[how]
    (tmp_path / "sub").mkdir()
    if how == "symlink":
        out.symlink_to(source)
    if how == "hardlink":
        os.link(source, out)
    listing = folder_listing(tmp_path)
    with pytest.raises(CleanError, match="would replace your original"):
        write_clean(picture, out)
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before
    assert folder_listing(tmp_path) == listing


# ---------------------------------------------------------------------------------------------
# The safety net: a copy that still holds something is removed, never handed over


@pytest.mark.parametrize(
    ("fmt", "leak"),
    [("jpeg", {"quality": 90, "comment": b"secret note"}),
     ("jpeg", {"quality": 90, "exif": piexif.dump({"0th": {piexif.ImageIFD.Make: b"Canon"}})}),
     ("jpeg", {"quality": 90, "icc_profile": make_icc("Display P3 (test)", DISPLAY_P3)}),
     ("png", {"pnginfo": (lambda i: (i.add_text("Author", "Jane"), i)[1])(
         PngImagePlugin.PngInfo())}),
     ("png", {"icc_profile": make_icc("Display P3 (test)", DISPLAY_P3)}),
     ("webp", {"quality": 80, "exif": piexif.dump({"0th": {piexif.ImageIFD.Make: b"Canon"}})}),
     ("webp", {"quality": 80, "icc_profile": make_icc("Display P3 (test)", DISPLAY_P3)})],
)
def test_a_leaking_writer_is_caught_and_its_file_removed(tmp_path, monkeypatch, fmt, leak):
    monkeypatch.setattr(clean, "_save_options", lambda out_fmt, image: leak)
    source = tmp_path / "in.png"
    Image.new("RGB", (24, 24), (50, 60, 70)).save(source)
    listing = folder_listing(tmp_path)
    with pytest.raises(CleanError, match="still in it") as caught:
        write_clean(open_picture(source), fmt=fmt)
    assert "\n" not in str(caught.value)
    assert folder_listing(tmp_path) == listing


def test_hidden_colour_under_transparency_is_caught_by_the_recheck(tmp_path, monkeypatch):
    """If emptying transparent pixels ever broke, the re-check of the written file must see it."""
    keep_everything = lambda image, out_fmt, square: image.copy()  # noqa: E731
    monkeypatch.setattr(clean, "_prepare", keep_everything)
    picture = from_image(_transparent_with_hidden_colour(), str(tmp_path / "a.png"))
    with pytest.raises(CleanError, match="still in it"):
        write_clean(picture, tmp_path / "out.png")
    assert folder_listing(tmp_path) == set()


def test_a_copy_that_does_not_decode_to_the_end_is_caught_and_removed(tmp_path, monkeypatch):
    """The re-check decodes a JPEG in draft, which must still read every scan to the end."""
    def write_broken(image, out_fmt, stream):
        stream.write(broken_last_scan(image))

    monkeypatch.setattr(clean, "_encode", write_broken)
    source = tmp_path / "in.png"
    Image.new("RGB", (64, 48), (50, 60, 70)).save(source)
    listing = folder_listing(tmp_path)
    with pytest.raises(CleanError, match="could not be read back"):
        write_clean(open_picture(source), fmt="jpeg")
    assert folder_listing(tmp_path) == listing


def test_cleaning_a_photo_loads_no_heavy_library(tmp_path):
    """numpy, pillow-heif, the vision and GUI stacks cost more to import than a clean takes."""
    source = tmp_path / "photo.jpg"
    source.write_bytes(dirty_jpeg(Image.new("RGB", (96, 64), (120, 90, 60))))
    script = ("import sys\n"
              "from safepic.cli import main\n"
              f"assert main(['clean', {str(source)!r}, '-o', {str(tmp_path / 'out.jpg')!r}]) == 0\n"
              "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    loaded = set(done.stdout.split())
    assert "PIL" in loaded and "safepic" in loaded  # it did run
    heavy = {"numpy", "pillow_heif", "cv2", "mediapipe", "onnxruntime", "rapidocr", "PySide6",
             "imagehash", "reverse_geocoder", "scipy"}
    assert not loaded & heavy


# ---------------------------------------------------------------------------------------------
# The structural check on its own: it must reject every extra block it is meant to


def _jpeg(**options) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 10, 10)).save(buffer, "JPEG", **options)
    return buffer.getvalue()


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def test_structure_accepts_plain_files():
    assert structure_problem(_jpeg(), "jpeg") is None
    assert structure_problem(_jpeg(progressive=True), "jpeg") is None
    assert structure_problem(_jpeg(restart_marker_blocks=1), "jpeg") is None
    for mode in ("RGB", "RGBA"):
        for options in ({}, {"lossless": True}):
            buffer = io.BytesIO()
            Image.new(mode, (16, 16), (1, 2, 3, 128)[: len(mode)]).save(buffer, "WEBP", **options)
            assert structure_problem(buffer.getvalue(), "webp") is None
    buffer = io.BytesIO()
    Image.new("P", (8, 8)).save(buffer, "PNG", transparency=0)
    assert structure_problem(buffer.getvalue(), "png") is None


@pytest.mark.parametrize(
    "data",
    [
        _jpeg()[:2] + _app_segment(0xE1, b"Exif\x00\x00MM") + _jpeg()[2:],
        _jpeg(comment=b"hello"),
        _jpeg(icc_profile=make_icc("P3", DISPLAY_P3)),
        _jpeg(dpi=(72, 72)),
        _jpeg() + b"\x00",
        _jpeg() + _jpeg(),  # a second picture after the first (as in MPO files)
        _jpeg()[:-40],
        _jpeg()[:_jpeg().index(b"\xff\xda") + 20],  # cut inside the compressed data
        b"\x00" + _jpeg(),
    ],
)
def test_structure_rejects_jpeg_extras(data):
    assert structure_problem(data, "jpeg")


def test_structure_rejects_jfif_thumbnail():
    data = bytearray(_jpeg())
    assert data[2:4] == b"\xff\xe0"
    data[18:20] = b"\x01\x01"  # says a 1 x 1 thumbnail follows
    assert structure_problem(bytes(data), "jpeg")


@pytest.mark.parametrize("extra", [_png_chunk(b"tEXt", b"Author\x00Jane"),
                                   _png_chunk(b"eXIf", b"MM\x00*"),
                                   _png_chunk(b"pHYs", bytes(9)),
                                   _png_chunk(b"caBX", b"c2pa")])
def test_structure_rejects_png_extras(extra):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG")
    plain = buffer.getvalue()
    assert structure_problem(plain[:33] + extra + plain[33:], "png")
    assert structure_problem(plain + extra, "png")


def test_structure_rejects_png_after_the_end_and_cut_short():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG")
    assert structure_problem(buffer.getvalue() + b"x", "png")
    assert structure_problem(buffer.getvalue()[:-12], "png")


@pytest.mark.parametrize("options", [{"exif": b"Exif\x00\x00MM"}, {"xmp": b"<x/>"},
                                     {"icc_profile": make_icc("P3", DISPLAY_P3)}])
def test_structure_rejects_webp_extras(options):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "WEBP", **options)
    assert structure_problem(buffer.getvalue(), "webp")


def test_structure_rejects_webp_with_bytes_after_the_end():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "WEBP")
    assert structure_problem(buffer.getvalue() + b"tail", "webp")


def test_a_picture_made_in_memory_may_take_its_own_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    avatar = from_image(Image.new("RGB", (32, 32), (0, 90, 0)), "avatar.png")
    result = write_clean(avatar, Path("avatar.png"))
    assert result.path == tmp_path / "avatar.png"


def test_a_telling_output_name_is_reported_not_refused(tmp_path):
    """The name is the person's choice: it is reported on the written file, never a failure."""
    picture = from_image(Image.new("RGB", (32, 32), (0, 90, 0)), str(tmp_path / "a.png"))
    result = write_clean(picture, tmp_path / "IMG_20190405_123456 Jane Example.jpg")
    assert result.path.exists()
    assert {f.code for f in result.report.findings} <= {"filename"}
    assert result.report.has("filename")
    plain = write_clean(picture)
    assert not plain.report.findings  # the random default name gives nothing away


@pytest.mark.parametrize("mode", ["L", "P", "LA", "CMYK", "1"])
def test_pictures_built_by_hand_in_other_modes(tmp_path, mode):
    picture = from_image(Image.new("RGB", (16, 16)), str(tmp_path / "a.png"))
    picture.image = Image.new(mode, (16, 16))
    for suffix in (".jpg", ".png", ".webp"):
        result = write_clean(picture, tmp_path / f"out-{mode}{suffix}")
        assert Image.open(result.path).mode in ("RGB", "RGBA")


@settings(max_examples=150, deadline=None)
@given(fmt=st.sampled_from(["jpeg", "png", "webp"]), cut=st.integers(0, 10_000),
       junk=st.binary(max_size=12), at=st.integers(0, 10_000))
def test_structure_check_never_crashes(fmt, cut, junk, at):
    buffer = io.BytesIO()
    Image.new("RGB", (24, 24), (10, 200, 30)).save(buffer, clean.OUTPUT_FORMATS[fmt][0])
    data = buffer.getvalue()
    at %= len(data) + 1
    damaged = (data[:at] + junk + data[at:])[: max(1, len(data) - cut % len(data))]
    result = structure_problem(damaged, fmt)
    assert result is None or isinstance(result, str)
    if damaged == data:
        assert result is None


# Real files from cameras, phones and apps (tests/data/cameras, licences in tests/data/LICENCE.md):
# what each is known to hold, as finding codes and a few words the findings must say.
CAMERA_FILES = {
    "flower.jpg": ({"thumbnail", "serial", "device", "datetime"}, ["PowerShot S40", "14 December 2003"]),
    "flower.webp": ({"thumbnail", "serial", "device", "datetime"}, ["PowerShot S40"]),
    "frame_size.mpo": ({"embedded-image", "serial", "device", "datetime", "xmp"}, ["iPhone 14 Pro Max"]),
    "empty_icc.heic": ({"gps", "serial", "device", "datetime", "xmp"}, ["Nova Kakhovka", "iPhone XS"]),
    "ifd_tag_type.tiff": ({"gps", "serial", "device", "datetime", "xmp"}, ["Flagstaff", "278290", "FLIR"]),
    "exif_imagemagick.png": ({"datetime", "png-text"}, ["13 March 2020"]),
}


@pytest.mark.parametrize("name", sorted(CAMERA_FILES))
def test_real_camera_files_are_read_and_come_out_clean(tmp_path, name):
    from safepic.core.hidden.find import find_hidden

    codes, said = CAMERA_FILES[name]
    original = DATA / "cameras" / name
    before = original.read_bytes()
    found = find_hidden(open_picture(original)).findings
    assert codes <= {f.code for f in found}
    text = " ".join(f.detail for f in found)
    assert all(s in text for s in said), text
    fmt = {".png": "png", ".webp": "webp"}.get(original.suffix, "jpeg")
    result = write_clean(open_picture(original), tmp_path / f"clean.{clean.OUTPUT_FORMATS[fmt][1]}")
    assert [f.code for f in result.report.findings] == []
    assert [f.code for f in find_hidden(open_picture(result.path)).findings] == []
    assert_nothing_hidden(result.path.read_bytes(), fmt)
    assert original.read_bytes() == before
