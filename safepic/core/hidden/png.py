"""Walk a PNG's chunks: text notes, camera notes, signed records, and bytes after the end.

Bytes after the end chunk matter more in PNG than anywhere else: some phone and Windows
screenshot tools cut a picture smaller by writing the new one over the old file without
shortening it, so the rest of the uncropped original is still there.

The same chunk walk serves the clean copy's strict structure check (`structure_problem`).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

from ..words import words
from .c2pa import read_c2pa
from .clues import Clues, decode, guarded, tidy
from .exif import in_words, read_exif
from .icc import read_icc
from .iptc import read_iptc, read_photoshop
from .jpeg import classify_trailer
from .xmp import read_xmp

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


Chunk = tuple[bytes, int, int]  # kind, offset of its body in the file, body length


@dataclass
class Walk:
    """A PNG's chunks in file order, up to and with the end chunk."""

    chunks: list[Chunk] = field(default_factory=list)
    end: int | None = None  # just after the end chunk; None if the walk never reached it


def looks_like(data: bytes) -> bool:
    """A PNG by its first bytes, whatever its name."""
    return data[:8] == SIGNATURE


def walk(data: bytes) -> Walk:
    """Follow the chunk lengths from the signature to the end chunk (bodies are not copied)."""
    walked = Walk()
    pos = len(SIGNATURE)
    while pos + 12 <= len(data) and len(walked.chunks) < MAX_CHUNKS:
        length, kind = struct.unpack(">I4s", data[pos: pos + 8])
        if length > len(data) - pos - 12:
            break  # cut short: no end to look past
        walked.chunks.append((kind, pos + 8, length))
        pos += 12 + length
        if kind == b"IEND":
            walked.end = pos
            break
    return walked


def read_png(data: bytes, clues: Clues) -> None:
    """Read every chunk that can carry something, then what lies after the end chunk."""
    walked = walk(data)
    for kind, start, length in walked.chunks:
        if kind not in _PIXELS:
            guarded(_chunk, kind, data[start: start + length], clues)
    if walked.end is not None:
        _after_end(data[walked.end:], clues)


_PIXELS = {b"IDAT", b"IEND"}
_BARE = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}  # all a clean copy may hold


def structure_problem(data: bytes) -> str | None:
    """The clean copy's strict check: the first chunk that is not bare picture, or None."""
    if not looks_like(data):
        return words("something before the picture starts")
    walked = walk(data)
    for kind, _, _ in walked.chunks:
        if kind not in _BARE:
            return words("an extra block ({name} chunk)", name=kind.decode("latin-1"))
    if walked.end is None:
        return words("a picture with no proper end")
    if walked.end != len(data):
        return words("extra bytes after the picture's end")
    return None


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
    elif lower == "exif" and text[:4] in (b"Exif", b"MM\x00*", b"II*\x00"):  # raw camera notes as text
        read_exif(text, clues)
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
