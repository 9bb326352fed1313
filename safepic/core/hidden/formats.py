"""Hidden-data readers for WebP, HEIF/AVIF, TIFF, GIF and BMP files.

JPEG and PNG have their own modules; these formats carry the same kinds of blocks (EXIF, XMP,
colour profiles) in their own containers, plus whatever is appended after their end.
"""

from __future__ import annotations

import io
import struct

from PIL import Image

from .c2pa import read_c2pa
from .clues import Clues, Preview, guarded
from .exif import read_exif
from .icc import read_icc
from .iptc import read_iptc, read_photoshop
from .jpeg import classify_trailer
from .xmp import read_xmp
from ..words import words

TIFF_XMP, TIFF_IPTC, TIFF_PHOTOSHOP, TIFF_ICC = 700, 33723, 34377, 34675
MAX_BLOCKS = 500_000  # blocks walked in a GIF or boxes in a HEIF; more is damage


def read_webp(data: bytes, clues: Clues) -> None:
    """RIFF chunks: EXIF, XMP, ICCP, C2PA; then anything after the RIFF's stated size."""
    riff_end = 8 + struct.unpack("<I", data[4:8])[0]
    pos = 12
    while pos + 8 <= min(riff_end, len(data)):
        kind, size = struct.unpack("<4sI", data[pos: pos + 8])
        body = data[pos + 8: pos + 8 + size]
        pos += 8 + size + (size & 1)
        if kind == b"EXIF":
            guarded(read_exif, body, clues)
        elif kind == b"XMP ":
            guarded(read_xmp, body, clues)
        elif kind == b"ICCP":
            guarded(read_icc, body, clues)
        elif kind == b"C2PA":
            guarded(read_c2pa, body, clues)
    if riff_end < len(data):
        classify_trailer(data[riff_end:], clues)


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


def _heif_extras(data: bytes, info: dict, clues: Clues) -> None:
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
    while pos + 8 <= len(data) and count < MAX_BLOCKS:
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


def read_tiff(data: bytes, clues: Clues) -> None:
    """TIFF keeps EXIF in its own first directory, XMP, IPTC and Photoshop blocks in tags."""
    guarded(read_exif, data, clues)
    with Image.open(io.BytesIO(data)) as image:
        tags = dict(image.tag_v2) if hasattr(image, "tag_v2") else {}
        pages = getattr(image, "n_frames", 1)
    for tag, reader in ((TIFF_XMP, read_xmp), (TIFF_IPTC, read_iptc),
                        (TIFF_PHOTOSHOP, read_photoshop), (TIFF_ICC, read_icc)):
        value = tags.get(tag)
        if isinstance(value, tuple):
            value = bytes(v & 0xFF for v in value if isinstance(v, int))
        if isinstance(value, str):
            value = value.encode("utf-8")
        if isinstance(value, bytes) and value:
            guarded(reader, value, clues)
    if pages > 1:
        more = words("one more picture") if pages == 2 else words("{count} more pictures", count=pages - 1)
        clues.add("embedded-image", words("{more} after the first", more=more))


def read_gif(data: bytes, clues: Clues) -> None:
    """GIF blocks: comments, XMP in an application block, and bytes after the end mark."""
    flags = data[10] if len(data) > 10 else 0
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    for _ in range(MAX_BLOCKS):
        if pos >= len(data):
            return
        block = data[pos]
        if block == 0x3B:  # the end
            classify_trailer(data[pos + 1:], clues)
            return
        if block == 0x21 and pos + 1 < len(data):
            label = data[pos + 1]
            body, raw, pos = _sub_blocks(data, pos + 2)
            if label == 0xFE:
                clues.named("comment", words("the note"), body)
            elif label == 0xFF and body[:11] == b"XMP DataXMP":
                guarded(read_xmp, raw[12:], clues)
        elif block == 0x2C and pos + 10 <= len(data):
            local = data[pos + 9]
            pos += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1
            _, _, pos = _sub_blocks(data, pos)
        else:
            return  # damaged: stop without guessing


def _sub_blocks(data: bytes, pos: int) -> tuple[bytes, bytes, int]:
    """A chain of length-prefixed pieces: (their joined contents, the raw bytes, next position).

    XMP is stored raw across the pieces (its length bytes are part of the text), so it needs
    the raw bytes; a comment needs the joined contents.
    """
    start, parts = pos, []
    while pos < len(data):
        size = data[pos]
        if size == 0:
            return b"".join(parts), data[start:pos], pos + 1
        parts.append(data[pos + 1: pos + 1 + size])
        pos += 1 + size
    return b"".join(parts), data[start:pos], pos


def read_bmp(data: bytes, clues: Clues) -> None:
    """A BMP states its own size; bytes beyond it are extra."""
    stated = struct.unpack("<I", data[2:6])[0]
    if 14 < stated < len(data):
        classify_trailer(data[stated:], clues)
