"""open_picture: every supported format, upright pixels and colours converted to sRGB.

All pictures are made here, in fixtures, with Pillow, piexif, pillow-heif and OpenCV writers;
the colour profiles are built byte by byte from published primaries, so the expected sRGB values
are worked out independently of the code under test.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import cv2
import numpy as np
import piexif
import pytest
from PIL import Image

from safepic.core import picture as picture_module
from safepic.core.errors import PictureError
from safepic.core.picture import SUPPORTED_FORMATS, Picture, from_image, open_bytes, open_picture

# ---------------------------------------------------------------------------------------------
# Colour profiles: a minimal ICC v2 matrix/TRC display profile, written from its primaries.

# Primaries adapted to the D50 profile connection space (Bradford), as in the published profiles.
DISPLAY_P3 = ((0.5151, 0.2412, -0.0011), (0.2919, 0.6922, 0.0419), (0.1572, 0.0666, 0.7841))
ADOBE_RGB = ((0.6097, 0.3111, 0.0195), (0.2053, 0.6257, 0.0609), (0.1492, 0.0632, 0.7446))
SRGB_D50 = ((0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141))
GAMMA = 563 / 256  # the u8Fixed8 value 0x0233 = 2.19921875, Adobe RGB's own gamma


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ " + bytes(4) + _s15(x) + _s15(y) + _s15(z)


def _desc(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\0"
    return (b"desc" + bytes(4) + struct.pack(">I", len(ascii_)) + ascii_
            + bytes(8) + bytes(3) + bytes(67))


def srgb_curve() -> bytes:
    """sRGB's own tone curve as 1024 points, the way published sRGB profiles store it."""
    levels = np.linspace(0.0, 1.0, 1024)
    linear = np.where(levels <= 0.04045, levels / 12.92, ((levels + 0.055) / 1.055) ** 2.4)
    return b"curv" + bytes(4) + struct.pack(">I", 1024) + np.round(linear * 65535).astype(">u2").tobytes()


def make_icc(name: str, primaries, curve: bytes | None = None) -> bytes:
    """An ICC v2 'mntr' RGB profile: description, white point, three colorants, tone curves
    (the gamma of Adobe RGB unless another curve is given)."""
    curve = curve or b"curv" + bytes(4) + struct.pack(">IH", 1, 0x0233) + bytes(2)
    tags = [
        (b"desc", _desc(name)),
        (b"cprt", b"text" + bytes(4) + b"No copyright, test profile\0"),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(*primaries[0])),
        (b"gXYZ", _xyz(*primaries[1])),
        (b"bXYZ", _xyz(*primaries[2])),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for sig, data in tags:
        data += bytes(-len(data) % 4)
        table += sig + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = (struct.pack(">I", size) + bytes(4) + bytes([2, 0x10, 0, 0]) + b"mntrRGB XYZ "
              + struct.pack(">6H", 2024, 1, 1, 0, 0, 0) + b"acsp" + bytes(4) + bytes(4)
              + bytes(8) + bytes(8) + bytes(4) + _xyz(0.9642, 1.0, 0.8249)[8:] + bytes(4)
              + bytes(44))
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + body


def expected_srgb(rgb: tuple[int, int, int], primaries) -> np.ndarray:
    """What a colour-managed viewer shows: decode gamma, to XYZ (D50), to sRGB, encode."""
    linear = (np.asarray(rgb, dtype=np.float64) / 255.0) ** GAMMA
    xyz = np.asarray(primaries).T @ linear
    srgb_linear = np.linalg.solve(np.asarray(SRGB_D50).T, xyz)
    srgb_linear = np.clip(srgb_linear, 0, 1)
    encoded = np.where(srgb_linear <= 0.0031308, 12.92 * srgb_linear,
                       1.055 * srgb_linear ** (1 / 2.4) - 0.055)
    return encoded * 255.0


# ---------------------------------------------------------------------------------------------
# Helpers


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def corners_picture() -> Image.Image:
    """A 48x32 picture whose four corners differ, so any turn or mirror shows."""
    image = Image.new("RGB", (48, 32), (255, 255, 255))
    image.paste((255, 0, 0), (0, 0, 16, 16))      # top left: red
    image.paste((0, 160, 0), (32, 0, 48, 16))     # top right: green
    image.paste((0, 0, 255), (0, 16, 16, 32))     # bottom left: blue
    return image


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    assert a.size == b.size
    return float(np.abs(np.asarray(a, np.float64) - np.asarray(b, np.float64)).mean())


# ---------------------------------------------------------------------------------------------
# Every format opens


@pytest.fixture(scope="module")
def photo() -> Image.Image:
    gradient = np.zeros((40, 60, 3), np.uint8)
    gradient[:, :, 0] = np.linspace(0, 255, 60, dtype=np.uint8)[None, :]
    gradient[:, :, 1] = np.linspace(0, 255, 40, dtype=np.uint8)[:, None]
    gradient[:, :, 2] = 90
    return Image.fromarray(gradient, "RGB")


@pytest.mark.parametrize(
    ("pillow_format", "ours", "suffix", "tolerance"),
    [
        ("JPEG", "jpeg", ".jpg", 4.0),
        ("PNG", "png", ".png", 0.0),
        ("WEBP", "webp", ".webp", 4.0),
        ("HEIF", "heif", ".heic", 6.0),
        ("AVIF", "avif", ".avif", 6.0),
        ("TIFF", "tiff", ".tif", 0.0),
        ("BMP", "bmp", ".bmp", 0.0),
    ],
)
def test_every_format_opens(tmp_path, photo, pillow_format, ours, suffix, tolerance):
    path = tmp_path / f"photo{suffix}"
    path.write_bytes(encoded(photo, pillow_format, **({"quality": 95} if ours in (
        "jpeg", "webp", "heif", "avif") else {})))
    picture = open_picture(path)
    assert isinstance(picture, Picture)
    assert picture.format == ours
    assert picture.image.mode == "RGB"
    assert picture.size == (60, 40)
    assert picture.path == path
    assert picture.data == path.read_bytes()
    assert mean_difference(picture.image, photo) <= tolerance


def test_supported_formats_cover_what_we_promise():
    assert set(SUPPORTED_FORMATS.values()) == {"jpeg", "png", "webp", "heif", "avif", "tiff",
                                               "bmp", "gif"}


def test_gif_uses_first_frame_and_says_so(tmp_path):
    frames = [Image.new("RGB", (20, 20), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    path = tmp_path / "moving.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    picture = open_picture(path)
    assert picture.format == "gif"
    assert tuple(np.asarray(picture.image)[10, 10]) == (255, 0, 0)
    assert any("first frame" in note for note in picture.notes)


def test_still_gif_has_no_note(tmp_path):
    path = tmp_path / "still.gif"
    Image.new("RGB", (20, 20), (0, 0, 255)).save(path)
    picture = open_picture(path)
    assert picture.notes == []
    assert tuple(np.asarray(picture.image)[0, 0]) == (0, 0, 255)


# ---------------------------------------------------------------------------------------------
# EXIF orientation: what the camera stored vs what a person sees

# For each orientation value, how the stored pixels relate to the upright picture, written from
# the EXIF specification's description (row 0 / column 0 meaning), not from Pillow's table.
STORED_FROM_UPRIGHT = {
    1: lambda a: a,
    2: lambda a: a[:, ::-1],                    # mirrored left-right
    3: lambda a: a[::-1, ::-1],                 # upside down
    4: lambda a: a[::-1, :],                    # mirrored top-bottom
    5: lambda a: a.swapaxes(0, 1),              # mirrored along the main diagonal
    6: lambda a: np.rot90(a, 1),                # needs a quarter turn clockwise to view
    7: lambda a: a[::-1, ::-1].swapaxes(0, 1),  # mirrored along the other diagonal
    8: lambda a: np.rot90(a, -1),               # needs a quarter turn anticlockwise to view
}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_is_applied_to_pixels(tmp_path, orientation):
    upright = corners_picture()
    stored = Image.fromarray(np.ascontiguousarray(STORED_FROM_UPRIGHT[orientation](
        np.asarray(upright))))
    exif = piexif.dump({"0th": {piexif.ImageIFD.Orientation: orientation}})
    path = tmp_path / f"turned-{orientation}.jpg"
    stored.save(path, quality=95, exif=exif)
    picture = open_picture(path)
    assert picture.size == (48, 32)
    assert mean_difference(picture.image, upright) < 3.0
    pixels = np.asarray(picture.image, np.int16)
    assert np.abs(pixels[4, 4] - (255, 0, 0)).max() < 30       # red stays top left
    assert np.abs(pixels[4, 44] - (0, 160, 0)).max() < 30      # green stays top right
    assert np.abs(pixels[28, 4] - (0, 0, 255)).max() < 30      # blue stays bottom left


# ---------------------------------------------------------------------------------------------
# Colour: wide-gamut profiles and CMYK become sRGB


@pytest.mark.parametrize(
    ("name", "primaries", "colour"),
    [
        ("Display P3 (test)", DISPLAY_P3, (180, 120, 90)),
        ("Display P3 (test)", DISPLAY_P3, (70, 170, 110)),
        ("Adobe RGB (test)", ADOBE_RGB, (60, 160, 60)),
        ("Adobe RGB (test)", ADOBE_RGB, (200, 90, 140)),
    ],
)
@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_wide_gamut_profile_is_converted_to_srgb(tmp_path, name, primaries, colour, fmt):
    icc = make_icc(name, primaries)
    path = tmp_path / f"wide.{fmt.lower()}"
    Image.new("RGB", (32, 32), colour).save(path, format=fmt, icc_profile=icc,
                                            **({"quality": 98} if fmt == "JPEG" else {}))
    picture = open_picture(path)
    assert picture.had_profile == name
    got = np.asarray(picture.image, np.float64)[16, 16]
    want = expected_srgb(colour, primaries)
    assert np.abs(got - want).max() <= 4.0, (got, want)
    # The test would fail if the profile were simply dropped: the colours differ noticeably.
    assert np.abs(np.asarray(colour) - want).max() >= 10.0


def test_no_profile_means_srgb_unchanged(tmp_path):
    path = tmp_path / "plain.png"
    Image.new("RGB", (8, 8), (180, 120, 90)).save(path)
    picture = open_picture(path)
    assert picture.had_profile is None
    assert tuple(np.asarray(picture.image)[0, 0]) == (180, 120, 90)


def big_rows_file(path: Path, icc: bytes) -> tuple[Path, np.ndarray]:
    """A picture large enough to be converted in bands, each row one colour, tagged with `icc`."""
    height, width = 1000, 1100
    assert height * width >= picture_module.BANDS_FROM_PIXELS  # the large-picture path is tested
    rows = np.stack([(np.arange(height) * 7) % 256, 60 + np.arange(height) % 150,
                     255 - np.arange(height) % 200], axis=1).astype(np.uint8)
    Image.fromarray(np.repeat(rows[:, None, :], width, axis=1), "RGB").save(
        path, icc_profile=icc, compress_level=1)
    return path, rows


def test_large_wide_gamut_picture_is_converted_in_bands_row_for_row(tmp_path):
    """Big pictures are converted in bands side by side: every row must come out converted and
    in its own place (a band left out or put back one row off would show here)."""
    path, rows = big_rows_file(tmp_path / "big-wide.png", make_icc("Display P3 (test)", DISPLAY_P3))
    got = np.asarray(open_picture(path).image, np.float64)
    want = np.array([expected_srgb(tuple(int(v) for v in row), DISPLAY_P3) for row in rows])
    assert np.abs(got[:, 0] - want).max() <= 4.0
    assert np.abs(got[:, -1] - want).max() <= 4.0
    assert (got == got[:, :1]).all()  # each row stays one colour from edge to edge
    assert np.abs(rows - want).max(axis=1).mean() >= 10.0  # unconverted rows would fail above


def test_large_picture_tagged_srgb_keeps_its_pixels(tmp_path):
    path, rows = big_rows_file(tmp_path / "big-srgb.png",
                               make_icc("sRGB IEC61966-2.1 (test)", SRGB_D50, srgb_curve()))
    picture = open_picture(path)
    assert picture.had_profile == "sRGB IEC61966-2.1 (test)"
    assert (np.asarray(picture.image) == rows[:, None, :]).all()


def test_large_picture_tagged_nearly_srgb_is_still_converted(tmp_path):
    """sRGB's colours with a plain gamma curve: the same but in the shadows, which must move."""
    path, rows = big_rows_file(tmp_path / "big-near.png", make_icc("Near sRGB (test)", SRGB_D50))
    got = np.asarray(open_picture(path).image, np.float64)[:, 0]
    want = np.array([expected_srgb(tuple(int(v) for v in row), SRGB_D50) for row in rows])
    assert np.abs(got - want).max() <= 4.0
    assert np.abs(rows - want).max() >= 8.0  # left unconverted, the shadows would fail above


def test_picture_keeps_no_profile_or_exif_in_its_pixels(tmp_path):
    path = tmp_path / "wide.jpg"
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Camera"}})
    Image.new("RGB", (8, 8), (10, 20, 30)).save(path, icc_profile=make_icc("P3", DISPLAY_P3),
                                                exif=exif)
    assert open_picture(path).image.info == {}


@pytest.mark.parametrize(("cmyk", "rgb"), [((0, 255, 255, 0), (255, 0, 0)),
                                           ((255, 0, 255, 0), (0, 255, 0)),
                                           ((0, 0, 0, 255), (0, 0, 0)),
                                           ((0, 0, 0, 0), (255, 255, 255))])
def test_cmyk_jpeg_becomes_rgb(tmp_path, cmyk, rgb):
    path = tmp_path / "print.jpg"
    Image.new("CMYK", (16, 16), cmyk).save(path, quality=98)
    picture = open_picture(path)
    assert picture.format == "jpeg"
    assert picture.image.mode == "RGB"
    assert np.abs(np.asarray(picture.image, np.int16)[8, 8] - rgb).max() <= 6


# ---------------------------------------------------------------------------------------------
# Unusual pixel layouts


def test_16_bit_grey_png_is_scaled_not_clipped(tmp_path):
    ramp = np.tile(np.linspace(0, 65535, 64).astype(np.uint16), (8, 1))
    path = tmp_path / "deep-grey.png"
    assert cv2.imwrite(str(path), ramp)
    picture = open_picture(path)
    pixels = np.asarray(picture.image)
    assert picture.image.mode == "RGB"
    assert pixels[0, 0].tolist() == [0, 0, 0]
    assert pixels[0, -1].tolist() == [255, 255, 255]
    assert 120 <= pixels[0, 32, 0] <= 135  # half-way stays half-way


def test_16_bit_colour_png_keeps_its_colours(tmp_path):
    bgr = np.zeros((8, 8, 3), np.uint16)
    bgr[:, :] = (0x1000, 0x8000, 0xF000)  # OpenCV writes blue, green, red
    path = tmp_path / "deep-colour.png"
    assert cv2.imwrite(str(path), bgr)
    assert Image.open(path).mode.startswith("RGB")  # really a 16-bit file Pillow reads
    pixels = np.asarray(open_picture(path).image, np.int16)
    assert np.abs(pixels[4, 4] - (0xF0, 0x80, 0x10)).max() <= 1


def test_palette_with_transparency_keeps_alpha(tmp_path):
    image = Image.new("P", (16, 16), 1)
    image.putpalette([0, 0, 0, 255, 0, 0, 0, 255, 0] + [0] * (256 * 3 - 9))
    image.paste(2, (0, 0, 8, 16))
    path = tmp_path / "palette.png"
    image.save(path, transparency=2)
    picture = open_picture(path)
    assert picture.has_alpha
    pixels = np.asarray(picture.image)
    assert pixels[8, 12].tolist() == [255, 0, 0, 255]
    assert pixels[8, 2, 3] == 0


def test_grey_with_alpha_becomes_rgba(tmp_path):
    grey = np.full((10, 10), 200, np.uint8)
    alpha = np.zeros((10, 10), np.uint8)
    alpha[:, 5:] = 255
    path = tmp_path / "la.png"
    Image.fromarray(np.dstack([grey, alpha]), "LA").save(path)
    picture = open_picture(path)
    assert picture.image.mode == "RGBA"
    pixels = np.asarray(picture.image)
    assert pixels[5, 7].tolist() == [200, 200, 200, 255]
    assert pixels[5, 2, 3] == 0


def test_png_with_one_transparent_colour(tmp_path):
    path = tmp_path / "keyed.png"
    image = Image.new("RGB", (10, 10), (0, 255, 0))
    image.paste((9, 9, 9), (0, 0, 5, 10))
    image.save(path, transparency=(9, 9, 9))
    pixels = np.asarray(open_picture(path).image)
    assert pixels[5, 2, 3] == 0
    assert pixels[5, 7].tolist() == [0, 255, 0, 255]


# ---------------------------------------------------------------------------------------------
# The other ways in


def broken_last_scan(image: Image.Image) -> bytes:
    """A progressive JPEG whose last scan names Huffman tables that do not exist: its blocks are
    all in order, and only a decoder that reads the compressed data to the very end fails."""
    data = bytearray(encoded(image, "JPEG", progressive=True, quality=90))
    last = data.rindex(b"\xff\xda")
    for component in range(data[last + 4]):
        data[last + 6 + 2 * component] = 0x33
    return bytes(data)


def test_draft_decodes_a_jpeg_at_an_eighth_and_other_formats_whole(tmp_path, photo):
    jpeg, png = tmp_path / "big.jpg", tmp_path / "big.png"
    photo.save(jpeg, quality=90)
    photo.save(png)
    small = open_picture(jpeg, draft=True)
    assert small.size == (-(-photo.width // 8), -(-photo.height // 8))
    assert mean_difference(small.image, photo.reduce(8)) < 6.0
    assert open_picture(png, draft=True).size == photo.size


def test_draft_still_reads_every_scan(tmp_path, photo):
    path = tmp_path / "broken.jpg"
    path.write_bytes(broken_last_scan(photo))
    for draft in (False, True):
        with pytest.raises(PictureError, match="damaged"):
            open_picture(path, draft=draft)
    path.write_bytes(encoded(photo, "JPEG", progressive=True, quality=90))
    assert open_picture(path, draft=True).size == (-(-photo.width // 8), -(-photo.height // 8))


def test_open_bytes_matches_open_picture(tmp_path):
    data = encoded(corners_picture(), "PNG")
    path = tmp_path / "same.png"
    path.write_bytes(data)
    from_file, from_memory = open_picture(path), open_bytes(data, path)
    assert from_memory.data == data
    assert np.array_equal(np.asarray(from_file.image), np.asarray(from_memory.image))


def test_from_image_wraps_pixels_without_a_file():
    picture = from_image(Image.new("LA", (5, 4), (100, 255)), "avatar.png")
    assert picture.image.mode == "RGBA"
    assert picture.size == (5, 4)
    assert picture.format == "png"
    assert picture.data == b""
    assert picture.name == "avatar.png"


def test_with_image_drops_file_bytes():
    picture = from_image(Image.new("RGB", (4, 4)), "a.png")
    picture.data = b"original bytes"
    styled = picture.with_image(Image.new("RGBA", (4, 4)))
    assert styled.data == b""
    assert styled.has_alpha
    assert picture.data == b"original bytes"


def test_names_in_any_script_open(tmp_path):
    for name in ("Фото.jpg", "写真.png", "😀 smile.webp", "صورة.bmp"):
        path = tmp_path / name
        corners_picture().save(path)
        assert open_picture(path).name == name


def test_accepts_a_plain_string_path(tmp_path):
    path = tmp_path / "text-path.png"
    corners_picture().save(path)
    assert open_picture(str(path)).path == Path(path)


def test_16_bit_grey_with_one_transparent_value(tmp_path):
    grey = np.full((8, 8), 40000, np.uint16)
    grey[:, 4:] = 40001  # one step away: must stay visible
    path = tmp_path / "deep-keyed.png"
    Image.fromarray(grey).save(path, transparency=40000)
    pixels = np.asarray(open_picture(path).image)
    assert pixels[0, 0, 3] == 0
    assert pixels[0, 6, 3] == 255
    assert 150 <= pixels[0, 6, 0] <= 160


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF", "HEIF", "AVIF"])
def test_orientation_in_other_formats(fmt):
    """Each format keeps EXIF its own way (HEIF turns it into a rotation box): one turn only."""
    upright = corners_picture()
    stored = Image.fromarray(np.ascontiguousarray(STORED_FROM_UPRIGHT[6](np.asarray(upright))))
    data = encoded(stored, fmt, exif=piexif.dump({"0th": {piexif.ImageIFD.Orientation: 6}}),
                   **({"quality": 95} if fmt in ("WEBP", "HEIF", "AVIF") else {}))
    picture = open_bytes(data)
    assert picture.size == (48, 32)
    assert mean_difference(picture.image, upright) < 6.0
