"""TIFF: camera notes in its own first directory; editing notes, news notes, Photoshop blocks and
the colour profile in tags; and the pictures after the first page."""

from __future__ import annotations

import io

from PIL import Image

from ..words import words
from .clues import Clues, guarded
from .exif import read_exif
from .icc import read_icc
from .iptc import read_iptc, read_photoshop
from .xmp import read_xmp

TIFF_XMP, TIFF_IPTC, TIFF_PHOTOSHOP, TIFF_ICC = 700, 33723, 34377, 34675


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
