"""Read Photoshop's resource block and the IPTC press notes inside it.

Photoshop stores "image resources" (8BIM blocks) in JPEG APP13 segments, TIFF tag 34377 and
PSD files; one of them holds IPTC notes (captions, the photographer, the town), others an
EXIF block, an XMP packet or a small preview picture.
"""

from __future__ import annotations

import struct

from ..words import words
from .clues import Clues, Preview, decode
from .exif import in_words, read_exif
from .xmp import read_xmp

IPTC_RESOURCE, THUMB_RESOURCE, OLD_THUMB_RESOURCE = 0x0404, 0x040C, 0x0409
EXIF_RESOURCE, EXIF_RESOURCE_2, XMP_RESOURCE = 0x0422, 0x0423, 0x0424

# IPTC record 2 datasets: number -> (channel, label).
IPTC_FIELDS: dict[int, tuple[str, str]] = {
    5: ("comment", words("a title")),
    25: ("comment", words("keywords")),
    80: ("owner", words("the photographer")),
    85: ("owner", words("the photographer's job")),
    110: ("owner", words("the credit")),
    115: ("owner", words("the source")),
    116: ("owner", words("the copyright")),
    118: ("owner", words("the contact details")),
    122: ("owner", words("the writer")),
    90: ("gps", words("the town")),
    92: ("gps", words("the place")),
    95: ("gps", words("the region")),
    101: ("gps", words("the country")),
    105: ("comment", words("a headline")),
    120: ("comment", words("a caption")),
}
DATE_CREATED = 55


def read_photoshop(data: bytes, clues: Clues) -> None:
    """Walk the 8BIM resources and read the ones that can give someone away."""
    pos = 0
    while pos + 12 <= len(data):
        if data[pos: pos + 4] not in (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR"):
            break
        resource = struct.unpack(">H", data[pos + 4: pos + 6])[0]
        name_length = data[pos + 6]
        pos += 6 + ((name_length + 2) & ~1)  # Pascal string padded to an even length
        if pos + 4 > len(data):
            break
        size = struct.unpack(">I", data[pos: pos + 4])[0]
        body = data[pos + 4: pos + 4 + size]
        pos += 4 + size + (size & 1)
        _resource(resource, body, clues)


def _resource(resource: int, body: bytes, clues: Clues) -> None:
    if resource == IPTC_RESOURCE:
        read_iptc(body, clues)
    elif resource in (THUMB_RESOURCE, OLD_THUMB_RESOURCE) and body[28:30] == b"\xff\xd8":
        # 28 bytes of header (format, sizes) then a JPEG; the old 1033 form stores BGR colours,
        # which does not matter for a look at what it shows.
        clues.previews.append(Preview("thumbnail", words("the small preview picture from Photoshop"),
                                      body[28:]))
    elif resource in (EXIF_RESOURCE, EXIF_RESOURCE_2):
        read_exif(body, clues)
    elif resource == XMP_RESOURCE:
        read_xmp(body, clues)


def read_iptc(data: bytes, clues: Clues) -> None:
    """IPTC IIM records: 0x1C, record, dataset, length, value."""
    clues.mark("iptc")
    pos = 0
    utf8 = False
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, dataset = data[pos + 1], data[pos + 2]
        length = struct.unpack(">H", data[pos + 3: pos + 5])[0]
        pos += 5
        if length & 0x8000:  # extended length: the next (length & 0x7FFF) bytes hold it
            width = length & 0x7FFF
            if width > 4:
                break
            length = int.from_bytes(data[pos: pos + width], "big")
            pos += width
        value = data[pos: pos + length]
        pos += length
        if record == 1 and dataset == 90:
            utf8 = b"\x1b%G" in value
        elif record == 2:
            _iptc_field(dataset, value, utf8, clues)


def _iptc_field(dataset: int, value: bytes, utf8: bool, clues: Clues) -> None:
    text = value.decode("utf-8", errors="replace") if utf8 else decode(value)
    if dataset in IPTC_FIELDS:
        code, label = IPTC_FIELDS[dataset]
        clues.named(code, label, text)
        clues.add("iptc", label)
    elif dataset == DATE_CREATED:
        clues.dated(words("the date it was taken"), in_words(text))
