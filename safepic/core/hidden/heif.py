"""HEIC/HEIF and AVIF: camera notes, editing notes and colour profile (through Pillow), the
helper pictures phones keep beside a photo (thumbnails, depth and portrait maps), and boxes that
hold a video or a second file.

`looks_like` also tells Pillow which files to hand to pillow-heif (see picture.py).
"""

from __future__ import annotations

import io
import struct
from typing import Any

from PIL import Image

from ..words import words
from .clues import Clues, Preview, guarded
from .exif import read_exif
from .icc import read_icc
from .jpeg import classify_trailer
from .xmp import read_xmp

MAX_BOXES = 500_000  # top-level boxes walked; more is damage
# The brands of HEIF pictures from phones and cameras (AVIF has its own, read by Pillow itself).
BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1")


def looks_like(data: bytes) -> bool:
    """A HEIF file by its first box: a file type box naming a HEIF brand."""
    return data[4:8] == b"ftyp" and data[8:12] in BRANDS


def read_heif(data: bytes, clues: Clues) -> None:
    """HEIC/AVIF: EXIF, XMP and profile through Pillow; thumbnails, depth maps and boxes."""
    with Image.open(io.BytesIO(data)) as image:
        info = dict(image.info)
    if info.get("exif"):
        guarded(read_exif, info["exif"], clues)
    if info.get("xmp"):
        guarded(read_xmp, info["xmp"], clues)
    if info.get("icc_profile"):
        guarded(read_icc, info["icc_profile"], clues)
    guarded(_heif_extras, data, info, clues)
    _boxes(data, clues)


# Helper pictures phones keep beside a photo, by words in their type name.
AUX_WORDS = (("portraiteffectsmatte", words("an outline of the person, made for portrait mode")),
             ("semanticsegmentation", words("outlines of skin, hair and other parts of the photo")),
             ("hdrgainmap", words("a brightness map for bright screens")),
             ("depth", words("a map of how far away each thing was")),
             ("disparity", words("a map of how far away each thing was")))


def _heif_extras(data: bytes, info: dict[str, Any], clues: Clues) -> None:
    for kind in info.get("aux") or {}:
        what = next((w for key, w in AUX_WORDS if key in str(kind).lower()), words("an extra picture"))
        clues.add("embedded-image", what)
    if not info.get("thumbnails") and not info.get("depth_images"):
        return
    import pillow_heif

    heif = pillow_heif.open_heif(io.BytesIO(data))
    main = heif[heif.primary_index]
    for index in range(len(info.get("thumbnails") or [])):
        picture = main.get_thumbnail(index).to_pillow()
        clues.previews.append(Preview("thumbnail", words("the small preview picture"), b"", image=picture))
    if info.get("depth_images"):
        clues.add("embedded-image", words("a map of how far away each thing was"))


def _boxes(data: bytes, clues: Clues) -> None:
    """Walk the top-level boxes: a video box, or a second file after the first, is noted."""
    pos, seen_ftyp, count = 0, False, 0
    while pos + 8 <= len(data) and count < MAX_BOXES:
        count += 1
        size, kind = struct.unpack(">I4s", data[pos: pos + 8])
        if size == 1 and pos + 16 <= len(data):
            size = struct.unpack(">Q", data[pos + 8: pos + 16])[0]
        elif size == 0:
            size = len(data) - pos
        if size < 8 or pos + size > len(data) or not kind.isascii():
            break
        if kind == b"mpvd":
            clues.add_trailer(size, "video")
        elif kind == b"ftyp" and seen_ftyp:
            classify_trailer(data[pos:], clues)
            return
        seen_ftyp = seen_ftyp or kind == b"ftyp"
        pos += size
    if pos < len(data):
        classify_trailer(data[pos:], clues)
