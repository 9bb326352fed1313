"""Read an EXIF block (the camera's notes) into clues.

The same block turns up in JPEG, PNG (eXIf), WebP, HEIF/AVIF and TIFF files, so this reader
takes the raw block and each format reader only has to find it. Pillow's EXIF reader is used
because it skips a broken entry instead of giving up on the whole block.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from typing import Any

from PIL import ExifTags, Image

from ..words import words
from .clues import Clues, Preview, decode, tidy

_TIFF_START = re.compile(rb"II\*\x00|MM\x00\*")

# Tag numbers (EXIF 2.32 and Microsoft's XP tags), named where they are used.
DESCRIPTION, MAKE, MODEL, ORIENTATION, SOFTWARE, DATETIME, ARTIST = 270, 271, 272, 274, 305, 306, 315
COPYRIGHT, PROCESSING_SOFTWARE = 33432, 11
XP_TITLE, XP_COMMENT, XP_AUTHOR, XP_KEYWORDS, XP_SUBJECT = 40091, 40092, 40093, 40094, 40095
DNG_SERIAL, DNG_UNIQUE_MODEL = 50735, 50708
DATE_ORIGINAL, DATE_DIGITIZED, OFFSET_TIME_ORIGINAL = 36867, 36868, 36881
MAKER_NOTE, USER_COMMENT, UNIQUE_ID = 37500, 37510, 42016
OWNER_NAME, BODY_SERIAL, LENS_MAKE, LENS_MODEL, LENS_SERIAL = 42032, 42033, 42035, 42036, 42037
THUMB_OFFSET, THUMB_LENGTH = 513, 514
GPS_LAT_REF, GPS_LAT, GPS_LON_REF, GPS_LON, GPS_ALT, GPS_TIME = 1, 2, 3, 4, 6, 7
GPS_SPEED, GPS_DIRECTION, GPS_AREA, GPS_DATE = 13, 17, 28, 29

_BORING_DESCRIPTIONS = re.compile(
    r"^(|OLYMPUS DIGITAL CAMERA|SONY DSC|DCIM|Default|default|Picture|Image|"
    r"LEAD Technologies.*|Created with GIMP|Screenshot|\s+)$"
)


def exif_block(raw: bytes) -> bytes | None:
    """The TIFF-structured part of an EXIF block (after any 'Exif' header), or None."""
    match = _TIFF_START.search(raw[:16])
    return raw[match.start():] if match else None


def read_exif(raw: bytes, clues: Clues) -> None:
    """Add what an EXIF block holds (the first block found sets the picture's orientation)."""
    block = exif_block(raw)
    if block is None:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exif = Image.Exif()
        exif.load(block)
        top = dict(exif)
        sub = _ifd(exif, ExifTags.IFD.Exif)
        gps = _ifd(exif, ExifTags.IFD.GPSInfo)
        first = _ifd(exif, ExifTags.IFD.IFD1)
    if isinstance(top.get(ORIENTATION), int) and clues.orientation == 1:
        clues.orientation = top[ORIENTATION]
    _owner(top, sub, clues)
    _serials(top, sub, clues)
    _device(top, sub, clues)
    _dates(top, sub, clues)
    _comments(top, sub, clues)
    _gps(gps, clues)
    _thumbnail(block, first, clues)


def _ifd(exif: Image.Exif, tag: int) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:  # a broken sub-block: skip it, keep the rest
        return {}


def _text(value: Any) -> str:
    """ASCII/UTF-8 tags, Microsoft's UTF-16 XP tags and EXIF's charset-prefixed comments."""
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        value = bytes(v & 0xFF for v in value)
    if isinstance(value, bytes):
        if value[:8] in (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"JIS\x00\x00\x00\x00\x00",
                         b"\x00" * 8):
            head, value = value[:8], value[8:]
            if head == b"UNICODE\x00":
                return tidy(value.decode("utf-16", errors="replace"))
        return tidy(decode(value))
    return tidy(value) if isinstance(value, str) else ""


def _xp_text(value: Any) -> str:
    if isinstance(value, tuple):
        value = bytes(v & 0xFF for v in value if isinstance(v, int))
    if isinstance(value, bytes):
        return tidy(value.decode("utf-16-le", errors="replace"))
    return _text(value)


def _owner(top: dict[int, Any], sub: dict[int, Any], clues: Clues) -> None:
    for value, label in ((top.get(ARTIST), words("the artist")), (top.get(COPYRIGHT), words("the copyright")),
                         (sub.get(OWNER_NAME), words("the camera owner"))):
        clues.named("owner", label, _text(value))
    clues.named("owner", words("the author"), _xp_text(top.get(XP_AUTHOR)))


def _serials(top: dict[int, Any], sub: dict[int, Any], clues: Clues) -> None:
    for value, label in ((sub.get(BODY_SERIAL), words("the camera's serial number")),
                         (top.get(DNG_SERIAL), words("the camera's serial number")),
                         (sub.get(LENS_SERIAL), words("the lens serial number")),
                         (sub.get(UNIQUE_ID), words("a code unique to this photo"))):
        clues.named("serial", label, _text(value))
    if sub.get(MAKER_NOTE):
        clues.add("serial", words("the camera's own private notes, which can hold its serial number"))


def _device(top: dict[int, Any], sub: dict[int, Any], clues: Clues) -> None:
    make, model = _text(top.get(MAKE)), _text(top.get(MODEL)) or _text(top.get(DNG_UNIQUE_MODEL))
    clues.named("device", words("the maker"), make)
    clues.named("device", words("the model"), model)
    lens = " ".join(v for v in (_text(sub.get(LENS_MAKE)), _text(sub.get(LENS_MODEL))) if v)
    clues.named("device", words("the lens"), lens)
    clues.named("device", words("the app"), _text(top.get(SOFTWARE)) or _text(top.get(PROCESSING_SOFTWARE)))


def _dates(top: dict[int, Any], sub: dict[int, Any], clues: Clues) -> None:
    taken = _text(sub.get(DATE_ORIGINAL)) or _text(sub.get(DATE_DIGITIZED))
    if taken:
        clues.dated(words("the date it was taken"), in_words(taken))
    elif _text(top.get(DATETIME)):
        clues.dated(words("the date it was saved"), in_words(_text(top.get(DATETIME))))
    if _text(sub.get(OFFSET_TIME_ORIGINAL)):
        clues.add("datetime", words("the time zone, which hints at the country"))


MONTHS = (words("January"), words("February"), words("March"), words("April"), words("May"),
          words("June"), words("July"), words("August"), words("September"), words("October"),
          words("November"), words("December"))
_STAMP = re.compile(r"(\d{4})[:\-]?(\d{2})[:\-]?(\d{2})(?:[ T](\d{2}):(\d{2}))?")


def in_words(stamp: str) -> str:
    """'2023:05:12 14:03:22' -> '12 May 2023 at 14:03'; anything else is returned tidied."""
    match = _STAMP.match(stamp.strip())
    if match:
        year, month, day, hour, minute = match.groups()
        try:
            when = datetime(int(year), int(month), int(day))
        except ValueError:
            return tidy(stamp)
        month = MONTHS[when.month - 1]
        if hour:
            return words("{day} {month} {year} at {time}", day=when.day, month=month, year=when.year,
                         time=f"{hour}:{minute}")
        return words("{day} {month} {year}", day=when.day, month=month, year=when.year)
    return tidy(stamp)


def _comments(top: dict[int, Any], sub: dict[int, Any], clues: Clues) -> None:
    description = _text(top.get(DESCRIPTION))
    if description and not _BORING_DESCRIPTIONS.match(description):
        clues.named("comment", words("a description"), description)
    clues.named("comment", words("a note"), _text(sub.get(USER_COMMENT)))
    for tag, label in ((XP_TITLE, words("a title")), (XP_COMMENT, words("a note")),
                       (XP_SUBJECT, words("a subject")), (XP_KEYWORDS, words("keywords"))):
        clues.named("comment", label, _xp_text(top.get(tag)))


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    try:
        parts = [float(v) for v in (value if isinstance(value, tuple) else (value,))]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not parts or any(p != p for p in parts):  # NaN from a 0/0 rational
        return None
    while len(parts) < 3:
        parts.append(0.0)
    result = parts[0] + parts[1] / 60 + parts[2] / 3600
    if _text(ref).upper().startswith(negative):
        result = -result
    return result


def _gps(gps: dict[int, Any], clues: Clues) -> None:
    if not gps:
        return
    lat = _degrees(gps.get(GPS_LAT), gps.get(GPS_LAT_REF), "S")
    lon = _degrees(gps.get(GPS_LON), gps.get(GPS_LON_REF), "W")
    if lat is not None and lon is not None:
        set_position(clues, lat, lon)
    if GPS_ALT in gps:
        clues.add("gps", words("the height above the sea"))
    if GPS_SPEED in gps:
        clues.add("gps", words("how fast the camera was moving"))
    if GPS_DIRECTION in gps:
        clues.add("gps", words("the direction the camera was facing"))
    if GPS_TIME in gps or GPS_DATE in gps:
        clues.add("gps", words("the exact time from the satellites"))
    clues.named("gps", words("the place name"), _text(gps.get(GPS_AREA)))


def set_position(clues: Clues, lat: float, lon: float) -> None:
    """Keep the first real map position (0, 0 is what empty GPS fields read as)."""
    if clues.gps is None and -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0):
        clues.gps = (lat, lon)


def _thumbnail(block: bytes, first: dict[int, Any], clues: Clues) -> None:
    offset, length = first.get(THUMB_OFFSET), first.get(THUMB_LENGTH)
    if isinstance(offset, int) and isinstance(length, int) and length > 0 and offset > 0:
        data = block[offset: offset + length]
        if data[:2] == b"\xff\xd8":
            clues.previews.append(Preview("thumbnail", words("the small preview picture"), data,
                                          clues.orientation))
