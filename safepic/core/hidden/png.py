"""Walk a PNG's chunks: text notes, camera notes, signed records, and bytes after the end.

Bytes after the end chunk matter more in PNG than anywhere else: some phone and Windows
screenshot tools cut a picture smaller by writing the new one over the old file without
shortening it, so the rest of the uncropped original is still there.
"""

from __future__ import annotations

import struct
import zlib

from .c2pa import read_c2pa
from .clues import Clues, decode, guarded, tidy
from .exif import in_words, read_exif
from .icc import read_icc
from .iptc import read_iptc, read_photoshop
from .jpeg import classify_trailer
from .xmp import read_xmp
from ..words import words

SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_TEXT = 4 * 1024 * 1024  # never inflate a text chunk beyond this
MAX_CHUNKS = 200_000  # far beyond any real file; more is damage
# Text keys that say something specific, beyond the generic "png-text" listing.
KEY_CHANNELS = {
    "author": ("owner", words("the author")),
    "copyright": ("owner", words("the copyright")),
    "software": ("device", words("the app")),
    "source": ("device", words("the device")),
}


def read_png(data: bytes, clues: Clues) -> None:
    """Read every chunk that can carry something, then what lies after the end chunk."""
    pos, count = len(SIGNATURE), 0
    while pos + 12 <= len(data) and count < MAX_CHUNKS:
        count += 1
        length, kind = struct.unpack(">I4s", data[pos: pos + 8])
        if length > len(data) - pos - 12:
            return  # cut short: no end to look past
        body = data[pos + 8: pos + 8 + length]
        pos += 12 + length
        if kind == b"IEND":
            _after_end(data[pos:], clues)
            return
        guarded(_chunk, kind, body, clues)


def _chunk(kind: bytes, body: bytes, clues: Clues) -> None:
    if kind in (b"tEXt", b"zTXt", b"iTXt"):
        key, text = _text_chunk(kind, body)
        if key:
            _text(key, text, clues)
    elif kind == b"eXIf":
        read_exif(body, clues)
    elif kind == b"caBX":
        read_c2pa(body, clues)
    elif kind == b"iCCP":
        _name, _, rest = body.partition(b"\x00")
        read_icc(_inflate(rest[1:]), clues)
    elif kind == b"tIME" and len(body) == 7:
        year, month, day, hour, minute, _ = struct.unpack(">HBBBBB", body)
        clues.dated(words("the date it was last changed"),
                    in_words(f"{year:04d}:{month:02d}:{day:02d} {hour:02d}:{minute:02d}"))


def _inflate(data: bytes) -> bytes:
    return zlib.decompressobj().decompress(data, MAX_TEXT)


def _text_chunk(kind: bytes, body: bytes) -> tuple[str, bytes]:
    """(keyword, text bytes) of a tEXt, zTXt or iTXt chunk."""
    key, _, rest = body.partition(b"\x00")
    if kind == b"tEXt":
        return decode(key), rest
    if kind == b"zTXt":
        return decode(key), _inflate(rest[1:])
    compressed = rest[:1] == b"\x01"
    _lang, _, rest = rest[2:].partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    return decode(key), _inflate(text) if compressed else text


def _text(key: str, text: bytes, clues: Clues) -> None:
    lower = key.lower()
    if lower == "xml:com.adobe.xmp":
        read_xmp(text, clues)
    elif lower.startswith("raw profile type "):
        _raw_profile(lower[len("raw profile type "):], text, clues)
    else:
        if lower in KEY_CHANNELS:
            code, label = KEY_CHANNELS[lower]
            clues.named(code, label, decode(text))
        elif lower in ("creation time", "date:create", "date:modify", "date:timestamp"):
            clues.dated(words("the date it was made"), in_words(decode(text)))
        value = tidy(decode(text))
        clues.add("png-text", f'"{tidy(key)}" ({value})' if value else f'"{tidy(key)}"')


def _raw_profile(name: str, text: bytes, clues: Clues) -> None:
    """ImageMagick keeps EXIF, IPTC and XMP blocks as hex text: 'name, length, hex...'."""
    words = text.split()
    digits = next((i for i, word in enumerate(words) if word.isdigit()), None)
    if digits is None:
        return
    raw = bytes.fromhex(b"".join(words[digits + 1:]).decode("ascii"))
    if name in ("exif", "app1"):
        read_exif(raw, clues)
    elif name == "xmp":
        read_xmp(raw, clues)
    elif name in ("iptc", "8bim"):
        if raw.startswith(b"8BIM"):
            read_photoshop(raw, clues)
        else:
            read_iptc(raw, clues)
    else:
        clues.add("png-text", f'"Raw profile type {tidy(name)}"')


def _after_end(tail: bytes, clues: Clues) -> None:
    """Pixel chunks, or the old file's own end chunk, after the end mean an uncropped original."""
    if b"IDAT" in tail or b"IEND" in tail:
        clues.add_trailer(len(tail), "pixels")
    else:
        classify_trailer(tail, clues)
