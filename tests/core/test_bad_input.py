"""Bad input: every failure is one plain line, leaves no file behind and never touches the original.

The broken, huge and strange files are made here, byte by byte where a writer would refuse.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import io
import json
import os
import struct
import subprocess
import sys
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from safepic.core import clean
from safepic.core.clean import write_clean
from safepic.core.errors import CleanError, PictureError, SafePicError
from safepic.core.picture import open_bytes, open_picture

# Things that must never reach a person: traces, Python reprs, raw error numbers.
NOT_PLAIN = ("Traceback", "Errno", "PosixPath", "WindowsPath", "b'", 'b"', "Error(", "<", "\\x",
             "None", "NoneType", "object at")


def assert_one_plain_line(message: str) -> None:
    assert message.strip(), "an empty message"
    assert "\n" not in message and "\r" not in message, message
    for bad in NOT_PLAIN:
        assert bad not in message, (bad, message)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in a folder (deep) with its bytes and modification time."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def refused(folder: Path, error: type[SafePicError], action: Callable[[], object]) -> str:
    """Run `action`, expect `error` with one plain line, and prove the folder is untouched."""
    before = snapshot(folder)
    with pytest.raises(SafePicError) as caught:
        action()
    assert type(caught.value) is error, (type(caught.value), str(caught.value))
    assert_one_plain_line(str(caught.value))
    assert snapshot(folder) == before
    return str(caught.value)


def jpeg_bytes(size=(64, 48), colour=(200, 100, 50), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a different size than its data holds."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data[12:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(ihdr))
    return bytes(data)


def jpeg_declaring(width: int, height: int) -> bytes:
    data = bytearray(jpeg_bytes((16, 16)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


# ---------------------------------------------------------------------------------------------
# Files that are not pictures we can open


def _random_bytes() -> bytes:
    return np.random.default_rng(7).integers(0, 256, 20_000, dtype=np.uint8).tobytes()


def _gif_screen(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("P", (8, 8)).save(buffer, "GIF")
    data = bytearray(buffer.getvalue())
    data[6:10] = struct.pack("<HH", width, height)
    return bytes(data)


@functools.cache
def _real_bomb() -> bytes:
    """A real, fully decodable 12000 x 12000 PNG that is only a few kilobytes on disk."""
    buffer = io.BytesIO()
    Image.new("1", (12_000, 12_000)).save(buffer, "PNG")
    return buffer.getvalue()


BAD_FILES = {
    "empty.jpg": lambda: b"",
    "cut-short.jpg": lambda: jpeg_bytes((256, 256))[:700],
    "cut-short.png": lambda: png_declaring(8, 8)[:40],
    "noise.jpg": _random_bytes,
    "letter.png": lambda: b"Dear friend,\nthis is not a picture.\n",
    "spreadsheet.png": lambda: b"PK\x03\x04" + bytes(200),
    "header-only.png": lambda: b"\x89PNG\r\n\x1a\n",
    "bomb-declared.png": lambda: png_declaring(100_000, 100_000),
    "bomb-real.png": _real_bomb,
    "very-wide.jpg": lambda: jpeg_declaring(65_000, 1),
    "very-tall.png": lambda: png_declaring(1, 40_000),
    "no-pixels.png": lambda: png_declaring(0, 0),
    "huge-screen.gif": lambda: _gif_screen(65_535, 65_535),
    "icon.ico": lambda: (lambda b: (Image.new("RGB", (16, 16)).save(b, "ICO"), b.getvalue())[1])(
        io.BytesIO()),
    "Фото 写真 😀.jpg": lambda: b"",
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_are_refused_plainly(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name]())
    message = refused(tmp_path, PictureError, lambda: open_picture(path))
    assert path.name in message


def test_bad_bytes_in_memory_are_refused_plainly():
    for name, make in BAD_FILES.items():
        with pytest.raises(PictureError) as caught:
            open_bytes(make(), Path(name))
        assert_one_plain_line(str(caught.value))
    with pytest.raises(PictureError) as caught:
        open_bytes(_random_bytes())
    assert_one_plain_line(str(caught.value))


def test_too_large_says_why(tmp_path):
    path = tmp_path / "huge.png"
    path.write_bytes(png_declaring(100_000, 100_000))
    assert "too large" in refused(tmp_path, PictureError, lambda: open_picture(path))


def test_a_folder_is_not_a_picture(tmp_path):
    folder = tmp_path / "Holiday photos"
    folder.mkdir()
    assert "folder" in refused(tmp_path, PictureError, lambda: open_picture(folder))


@pytest.mark.parametrize("name", ["gone.jpg", "Фото.jpg", "照片/写真.png", "😀.webp"])
def test_a_missing_file(tmp_path, name):
    message = refused(tmp_path, PictureError, lambda: open_picture(tmp_path / name))
    assert Path(name).name in message


# ---------------------------------------------------------------------------------------------
# Strange but valid files must work


def _many_frames_gif(frames: int) -> bytes:
    """A GIF whose first frame is red followed by thousands of blue frames."""
    pictures = [Image.new("RGB", (8, 8), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    buffer = io.BytesIO()
    pictures[0].save(buffer, "GIF", save_all=True, append_images=pictures[1:], duration=20,
                     loop=0)
    data = buffer.getvalue()
    second = data.index(b"\x21\xf9\x04", data.index(b"\x21\xf9\x04") + 1)
    return data[:-1] + data[second:-1] * (frames - 2) + b"\x3b"


def _cmyk_jpeg() -> bytes:
    return jpeg_bytes(colour=(0, 255, 255, 0), mode="CMYK")


def _sixteen_bit_png() -> bytes:
    ramp = np.tile(np.linspace(0, 65535, 64).astype(np.uint16), (16, 1))
    buffer = io.BytesIO()
    Image.fromarray(ramp).save(buffer, "PNG")
    return buffer.getvalue()


def _palette_png() -> bytes:
    image = Image.new("P", (16, 16), 1)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * (254 * 3))
    image.paste(0, (0, 0, 8, 16))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", transparency=0)
    return buffer.getvalue()


STRANGE_FILES = {
    "thousands-of-frames.gif": (lambda: _many_frames_gif(5000), "png", (255, 0, 0)),
    "printer.jpg": (_cmyk_jpeg, "jpeg", (255, 0, 0)),
    "deep.png": (_sixteen_bit_png, "png", (0, 0, 0)),
    "palette.png": (_palette_png, "png", (0, 0, 0)),
}


@pytest.mark.parametrize("name", list(STRANGE_FILES))
def test_strange_files_open_and_clean(tmp_path, name):
    make, out_fmt, first_pixel = STRANGE_FILES[name]
    source = tmp_path / name
    source.write_bytes(make())
    before = snapshot(tmp_path)
    picture = open_picture(source)
    assert np.abs(np.asarray(picture.image, np.int16)[0, 0, :3] - first_pixel).max() <= 6
    result = write_clean(picture)
    assert result.report.format == out_fmt
    assert snapshot(tmp_path)[name] == before[name]
    assert set(snapshot(tmp_path)) == set(before) | {result.path.name}


def test_thousands_of_frames_uses_the_first_and_says_so(tmp_path):
    data = _many_frames_gif(5000)
    assert data.count(b"\x21\xf9\x04") == 5000
    picture = open_bytes(data, tmp_path / "many.gif")
    assert picture.size == (8, 8)
    assert any("first frame" in note for note in picture.notes)


def test_palette_transparency_survives_cleaning(tmp_path):
    source = tmp_path / "palette.png"
    source.write_bytes(_palette_png())
    result = write_clean(open_picture(source))
    pixels = np.asarray(Image.open(result.path).convert("RGBA"))
    assert pixels[4, 2].tolist() == [0, 0, 0, 0]
    assert pixels[4, 12].tolist() == [255, 0, 0, 255]


@pytest.mark.parametrize("name", ["Фото из отпуска.jpg", "写真.png", "😀 me.webp",
                                  "صورة شخصية.jpg", "Ảnh đẹp.png"])
def test_names_in_any_script(tmp_path, name):
    folder = tmp_path / "Папка 文件夹 📁"
    folder.mkdir()
    source = folder / name
    Image.new("RGB", (32, 32), (10, 120, 200)).save(source)
    before = snapshot(folder)
    default = write_clean(open_picture(source))
    chosen = write_clean(open_picture(source), folder / f"чистая 干净 🙂{Path(name).suffix}")
    assert default.path.parent == folder
    assert chosen.path.exists() and chosen.report.file == str(chosen.path)
    assert snapshot(folder)[name] == before[name]


# ---------------------------------------------------------------------------------------------
# Where the clean copy cannot go


def _picture_in(folder: Path, name: str = "me.jpg"):
    path = folder / name
    path.write_bytes(jpeg_bytes())
    return path, open_picture(path)


def test_output_path_is_the_input(tmp_path):
    path, picture = _picture_in(tmp_path)
    message = refused(tmp_path, CleanError, lambda: write_clean(picture, path))
    assert "would replace your original" in message


def test_output_folder_missing(tmp_path):
    _, picture = _picture_in(tmp_path)
    message = refused(tmp_path, CleanError,
                      lambda: write_clean(picture, tmp_path / "nowhere" / "out.jpg"))
    assert "does not exist" in message


def test_input_folder_gone_since_opening(tmp_path):
    folder = tmp_path / "was here"
    folder.mkdir()
    path, picture = _picture_in(folder)
    path.unlink()
    folder.rmdir()
    refused(tmp_path, CleanError, lambda: write_clean(picture))


def test_output_is_a_folder(tmp_path):
    _, picture = _picture_in(tmp_path)
    (tmp_path / "out.jpg").mkdir()
    refused(tmp_path, CleanError, lambda: write_clean(picture, tmp_path / "out.jpg"))


def test_disk_full(tmp_path, monkeypatch):
    """The only simulated failure: filling a real disk in a test is not reasonable."""
    _, picture = _picture_in(tmp_path)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(clean.os, "fsync", no_space)
    for out in (None, tmp_path / "out.png"):
        message = refused(tmp_path, CleanError, lambda out=out: write_clean(picture, out))
        assert "not enough free space" in message


# A read-only folder. Root may write anywhere, so when the tests run as root the writing is done
# by a child process that has given up the power to ignore file permissions.
_CHILD = """
import json, sys
from pathlib import Path
from safepic.core.clean import write_clean
from safepic.core.errors import SafePicError
from safepic.core.picture import open_picture
try:
    write_clean(open_picture(sys.argv[1]), Path(sys.argv[2]) if sys.argv[2] else None)
except SafePicError as error:
    print(json.dumps([type(error).__name__, str(error)]))
else:
    print(json.dumps(["written", ""]))
"""


def _without_root_powers() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop capabilities")


def _clean_in_child(source: Path, out: Path | None) -> tuple[str, str]:
    root = os.geteuid() == 0
    try:
        run = subprocess.run([sys.executable, "-c", _CHILD, str(source), str(out or "")],
                             capture_output=True, text=True, timeout=120,
                             preexec_fn=_without_root_powers if root else None)
    except subprocess.SubprocessError as error:
        if root:
            pytest.skip(f"cannot give up root powers here: {error}")
        raise
    assert run.returncode == 0, run.stderr
    kind, message = json.loads(run.stdout.strip().splitlines()[-1])
    return kind, message


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("explicit", [False, True])
def test_read_only_folder(tmp_path, explicit):
    folder = tmp_path / "locked"
    folder.mkdir()
    source, _ = _picture_in(folder)
    before = snapshot(folder)
    folder.chmod(0o555)
    try:
        kind, message = _clean_in_child(source, folder / "out.jpg" if explicit else None)
    finally:
        folder.chmod(0o755)
    assert kind == "CleanError", message
    assert_one_plain_line(message)
    assert "not allowed" in message
    assert snapshot(folder) == before


def test_too_wide_for_webp(tmp_path):
    source = tmp_path / "panorama.png"
    Image.new("RGB", (16_400, 8), (5, 5, 5)).save(source)
    picture = open_picture(source)
    message = refused(tmp_path, CleanError, lambda: write_clean(picture, tmp_path / "out.webp"))
    assert "WebP" in message


def test_broken_exif_still_opens_quietly(tmp_path):
    """Damaged notes in a file are not a damaged picture, and Pillow's warnings stay inside."""
    data = jpeg_bytes((16, 16))
    junk = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff" + bytes(10)
    segment = b"\xff\xe1" + struct.pack(">H", len(junk) + 2) + junk
    path = tmp_path / "odd-notes.jpg"
    path.write_bytes(data[:2] + segment + data[2:])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        picture = open_picture(path)
    assert picture.size == (16, 16)
    assert [str(w.message) for w in caught] == []


def test_damaged_tiff_says_one_line_and_nothing_else(tmp_path, capfd):
    """libtiff prints its own complaints to the terminal; the person must see only ours."""
    noise = np.random.default_rng(3).integers(0, 256, (24, 24, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(noise).save(buffer, "TIFF", compression="tiff_lzw")
    data = bytearray(buffer.getvalue())
    data[100:110] = b"\xff" * 10  # garble the compressed pixels
    path = tmp_path / "scan.tif"
    path.write_bytes(bytes(data))
    capfd.readouterr()
    refused(tmp_path, PictureError, lambda: open_picture(path))
    assert capfd.readouterr().err == ""
    os.write(2, b"still here\n")  # the terminal works again afterwards
    assert capfd.readouterr().err == "still here\n"


# ---------------------------------------------------------------------------------------------
# Any damage at all: a picture or one plain PictureError, never anything else


@functools.cache
def _seed_files() -> dict[str, bytes]:
    noise = Image.fromarray(np.random.default_rng(5).integers(0, 256, (20, 20, 3), np.uint8))
    seeds = {}
    for fmt, options in [("JPEG", {}), ("JPEG", {"progressive": True}), ("PNG", {}),
                         ("GIF", {}), ("WEBP", {}), ("TIFF", {"compression": "tiff_lzw"}),
                         ("BMP", {}), ("HEIF", {}), ("AVIF", {})]:
        buffer = io.BytesIO()
        noise.save(buffer, fmt, **options)
        seeds[f"{fmt}{options}"] = buffer.getvalue()
    return seeds


@st.composite
def damaged(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(sorted(_seed_files().items())))[1])
    how = draw(st.sampled_from(["flip", "cut", "insert"]))
    if how == "flip":
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    elif how == "cut":
        data = data[:draw(st.integers(1, len(data) - 1))]
    else:
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=damaged())
def test_any_damage_gives_a_picture_or_one_plain_line(data):
    try:
        picture = open_bytes(data, Path("damaged.pic"))
    except PictureError as error:
        assert_one_plain_line(str(error))
    else:
        assert picture.image.mode in ("RGB", "RGBA")
        assert picture.size[0] > 0 and picture.size[1] > 0
