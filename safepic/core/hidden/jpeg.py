"""Walk a JPEG's segments: camera notes, editing notes, comments, extra pictures, and bytes
after the real end of the picture.

The end is found by following the marker structure (segment lengths, then the compressed data
up to the next marker) rather than by searching for the end marker's two bytes, which also
appear inside thumbnails and extra pictures. The same walk serves the clean copy's strict
structure check (`structure_problem`), which allows nothing but a bare picture.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

from ..words import words
from .c2pa import read_c2pa
from .clues import Clues, Preview, decode, guarded, tidy
from .exif import read_exif
from .icc import read_icc
from .iptc import read_photoshop
from .xmp import read_xmp

SOI, EOI, SOS, COM = 0xD8, 0xD9, 0xDA, 0xFE
APP0, APP1, APP2, APP11, APP12, APP13 = 0xE0, 0xE1, 0xE2, 0xEB, 0xEC, 0xED
XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_ID = b"http://ns.adobe.com/xmp/extension/\x00"
PHOTOSHOP_ID = b"Photoshop 3.0\x00"
# A marker inside compressed data: 0xFF then anything but a stuffed zero, a restart or fill.
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_NOT_FILL = re.compile(rb"[^\xff]")
MAX_STEPS = 20_000  # real files have well under a thousand markers; more is damage
_TOOL_COMMENT = re.compile(
    r"^(CREATOR: .*|(Created|Compressed|Optimi[sz]ed|Generated|Encoded|Processed|Saved) with .*|"
    r"(Compressed|Optimi[sz]ed|Generated|Encoded|Processed) by .*|File written by .*|"
    r"LEAD Technologies.*|AppleMark|"
    r"Intel\(R\) JPEG Library.*|.*Lavc\d.*|Handmade Software.*|.*Photoshop.*)$", re.S | re.I
)
# MPF picture types (CIPA DC-007): type -> (words, looks like the main picture).
MPF_TYPES = {
    0x010001: (words("a larger preview of the photo"), True),
    0x010002: (words("a larger preview of the photo"), True),
    0x020001: (words("another part of a wide photo"), False),
    0x020002: (words("a second view of the scene, for 3D"), False),
    0x020003: (words("the scene seen from another angle"), False),
}

Segment = tuple[int, int, bytes]  # marker, offset of its body in the file, body (empty: no length)


@dataclass
class Walk:
    """A JPEG's blocks in file order, and what the walk met on the way."""

    segments: list[Segment] = field(default_factory=list)
    end: int | None = None  # just after the end marker; None if the walk never reached it
    junk: bool = False  # bytes between blocks that are no marker (skipped to the next marker)
    short: bool = False  # a block that says it is longer than what is left of the file


def looks_like(data: bytes) -> bool:
    """A JPEG by its first bytes, whatever its name (an .mpo is one too)."""
    return data[:3] == b"\xff\xd8\xff"


def walk(data: bytes) -> Walk:
    """The segments before and between the scans, and where the picture really ends."""
    walked = Walk()
    if data[:2] != b"\xff\xd8":
        return walked
    pos, steps = 2, 0
    while pos + 1 < len(data) and steps < MAX_STEPS:
        steps += 1
        if data[pos] != 0xFF:
            walked.junk = True
            found = _NEXT_MARKER.search(data, pos)  # junk between segments: resync
            if not found:
                return walked
            pos = found.start()
            continue
        marker = data[pos + 1]
        if marker == 0xFF:  # fill bytes: skip the whole run at once
            found = _NOT_FILL.search(data, pos + 1)
            if not found:
                break
            pos = found.start() - 1
            continue
        if marker == EOI:
            walked.end = pos + 2
            return walked
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            walked.segments.append((marker, pos + 2, b""))
            pos += 2
            continue
        if pos + 4 > len(data):
            walked.short = True
            break
        length = struct.unpack(">H", data[pos + 2: pos + 4])[0]
        if length < 2 or pos + 2 + length > len(data):
            walked.short = True
            if length >= 2:  # what there is of it may still be read
                walked.segments.append((marker, pos + 4, data[pos + 4: pos + 2 + length]))
            break
        walked.segments.append((marker, pos + 4, data[pos + 4: pos + 2 + length]))
        pos += 2 + length
        if marker == SOS:
            found = _NEXT_MARKER.search(data, pos)
            if not found:
                walked.short = True
                break
            pos = found.start()
    return walked


def read_jpeg(data: bytes, clues: Clues) -> None:
    """Read every segment that can carry something, then what lies after the end."""
    walked = walk(data)
    extended: dict[bytes, dict[int, bytes]] = {}
    photoshop: list[bytes] = []
    jumbf: list[bytes] = []
    icc: dict[int, bytes] = {}
    extra: list[tuple[int, int, int]] = []
    for marker, start, body in walked.segments:
        if marker == APP1 and body[:4] == b"Exif":  # some writers pad with 0xFF, not two zeros
            guarded(read_exif, body, clues)
        elif marker == APP1 and body.startswith(XMP_ID):
            guarded(read_xmp, body[len(XMP_ID):], clues)
        elif marker == APP1 and body.startswith(XMP_EXT_ID) and len(body) >= 75:
            guid, offset = body[35:67], struct.unpack(">I", body[71:75])[0]
            extended.setdefault(guid, {})[offset] = body[75:]
        elif marker == APP2 and body[:12] == b"ICC_PROFILE\x00" and len(body) > 14:
            icc[body[12]] = body[14:]
        elif marker == APP2 and body[:4] == b"MPF\x00":
            extra.extend(guarded(mpf_pictures, body[4:], start + 4) or [])
        elif marker == APP13 and body.startswith(PHOTOSHOP_ID):
            photoshop.append(body[len(PHOTOSHOP_ID):])
        elif marker == APP11 and body[:2] == b"JP":
            jumbf.append(body[8:])
        elif marker == APP0 and body[:5] == b"JFXX\x00" and body[5:6] == b"\x10":
            clues.previews.append(Preview("thumbnail", words("the small preview picture"), body[6:]))
        elif marker == APP12 and body[:5] == b"Ducky":
            guarded(_ducky, body[5:], clues)
        elif marker == COM:
            _comment(body, clues)
    for parts in extended.values():
        guarded(read_xmp, b"".join(parts[k] for k in sorted(parts)), clues)
    if photoshop:
        guarded(read_photoshop, b"".join(photoshop), clues)
    if jumbf:
        guarded(read_c2pa, b"".join(jumbf), clues)
    if icc:
        guarded(read_icc, b"".join(icc[k] for k in sorted(icc)), clues)
    _extra_pictures(data, extra, clues)
    if walked.end is not None:
        _after_end(data, walked.end, extra, clues)


def _comment(body: bytes, clues: Clues) -> None:
    text = tidy(decode(body))
    if not text:
        return
    if _TOOL_COMMENT.match(decode(body).strip()):
        clues.add("comment", words('a note left by the app that saved it ("{text}")', text=text))
    else:
        clues.named("comment", words("the note"), text)


def _ducky(body: bytes, clues: Clues) -> None:
    """Photoshop's "Save for Web" block: a quality number, and maybe a comment and copyright."""
    pos = 0
    while pos + 4 <= len(body):
        tag, size = struct.unpack(">HH", body[pos: pos + 4])
        if tag == 0:
            break
        value = body[pos + 4: pos + 4 + size]
        pos += 4 + size
        if tag in (2, 3) and len(value) > 4:  # a 4-byte count, then UTF-16 text
            text = value[4:].decode("utf-16-be", errors="replace")
            if tag == 2:
                clues.named("comment", words("the note"), text)
            else:
                clues.named("owner", words("the copyright"), text)


def mpf_pictures(tiff: bytes, base: int) -> list[tuple[int, int, int]]:
    """Extra pictures listed in an MPF index: (start in the file, size, type)."""
    endian = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if endian is None:
        return []
    ifd = struct.unpack(endian + "I", tiff[4:8])[0]
    count = struct.unpack(endian + "H", tiff[ifd: ifd + 2])[0]
    table, table_size = 0, 0
    for i in range(min(count, 64)):
        tag, _, n, value = struct.unpack(endian + "HHII", tiff[ifd + 2 + 12 * i: ifd + 14 + 12 * i])
        if tag == 0xB002:
            table, table_size = value, n
    pictures = []
    for k in range(min(table_size // 16, 64)):
        attr, size, offset = struct.unpack(endian + "III", tiff[table + 16 * k: table + 16 * k + 12])
        if offset:  # offset 0 is the main picture itself
            pictures.append((base + offset, size, attr & 0xFFFFFF))
    return pictures


def _extra_pictures(data: bytes, extra: list[tuple[int, int, int]], clues: Clues) -> None:
    for start, size, kind in extra:
        what, comparable = MPF_TYPES.get(kind, (words("an extra picture"), False))
        body = data[start: start + size]
        if body[:2] != b"\xff\xd8":
            continue
        clues.add("embedded-image", what)
        clues.previews.append(Preview("embedded-image", what, body, comparable=comparable))
        guarded(_inner_notes, body, clues)


def _inner_notes(jpeg: bytes, clues: Clues) -> None:
    """The camera notes of an extra picture: they can hold a map position of their own."""
    for marker, _, body in walk(jpeg).segments:
        if marker == APP1 and body[:4] == b"Exif":
            read_exif(body, clues)
        elif marker == APP1 and body.startswith(XMP_ID):
            read_xmp(body[len(XMP_ID):], clues)


def _after_end(data: bytes, end: int, extra: list[tuple[int, int, int]], clues: Clues) -> None:
    """Whatever follows the main picture and is not one of its listed extra pictures."""
    pos = end
    for start, size, _ in sorted(extra):
        if start > pos:
            classify_trailer(data[pos:start], clues)
        pos = max(pos, start + size)
    classify_trailer(data[pos:], clues)


def classify_trailer(tail: bytes, clues: Clues) -> None:
    """Name what a run of bytes after the end is: a video, a picture, or other data."""
    if not tail.strip(b"\x00\xff\r\n\t "):
        return  # padding holds nothing
    box = tail.find(b"ftyp")
    if (box >= 4 and tail[box + 4: box + 8] in _VIDEO_BRANDS) or b"MotionPhoto_Data" in tail:
        clues.add_trailer(len(tail), "video")
    elif b"PhotoEditor_Re_Edit_Data" in tail:  # a phone gallery keeping the photo before edits
        clues.add_trailer(len(tail), "picture")
    elif len(tail) > 1024 and tail.rstrip(b"\x00")[-2:] == b"\xff\xd9":
        # the end of a bigger JPEG: a cropped copy was written over the original in place
        clues.add_trailer(len(tail), "pixels")
    elif tail[:3] == b"\xff\xd8\xff" or tail[:8] == b"\x89PNG\r\n\x1a\n":
        clues.add_trailer(len(tail), "picture")
        clues.previews.append(Preview("trailer", words("a picture hidden after the end"), tail))
        if tail[:3] == b"\xff\xd8\xff":
            guarded(_inner_notes, tail, clues)
    else:
        clues.add_trailer(len(tail), "data")


_VIDEO_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"qt  ",
                 b"3gp4", b"3gp5", b"3g2a", b"M4V ", b"mp4v", b"dash"}


# Markers a bare baseline or progressive picture needs; anything else is extra.
_SOF = {0xC0, 0xC1, 0xC2}
_TABLES = {0xDB, 0xC4, 0xDD}  # quantisation tables, Huffman tables, restart interval


def structure_problem(data: bytes) -> str | None:
    """The clean copy's strict check: the first block that is not bare picture, or None.

    Only frame, table and scan blocks and a bare JFIF header (no dots per inch, no thumbnail)
    are allowed, with nothing between them and nothing after the end.
    """
    if data[:2] != b"\xff\xd8":
        return words("something before the picture starts")
    walked = walk(data)
    seen_sof = False
    for marker, _, body in walked.segments:
        if marker == APP0:
            if body[:5] != b"JFIF\x00" or len(body) != 14 or body[7] != 0 or body[12:14] != b"\x00\x00":
                return words("extra information in the picture's header")
        elif marker in _SOF:
            seen_sof = True
        elif marker == SOS:
            if not seen_sof:
                return words("a picture block out of order")
        elif marker not in _TABLES:
            return words("an extra block (JPEG marker {marker})", marker=f"{marker:02X}")
    if walked.junk:
        return words("bytes between the picture's blocks")
    if walked.short or walked.end is None:
        return words("a block that ends too early")
    if walked.end != len(data):
        return words("extra bytes after the picture's end")
    return None
