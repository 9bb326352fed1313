"""Walk a WebP's RIFF chunks: camera notes, editing notes, colour profile, signed record, and
bytes after the RIFF's stated size.

The same chunk walk serves the clean copy's strict structure check (`structure_problem`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ..words import words
from .c2pa import read_c2pa
from .clues import Clues, guarded
from .exif import read_exif
from .icc import read_icc
from .jpeg import classify_trailer
from .xmp import read_xmp

Chunk = tuple[bytes, int, int]  # kind, offset of its body in the file, body length (as stated)
READERS = {b"EXIF": read_exif, b"XMP ": read_xmp, b"ICCP": read_icc, b"C2PA": read_c2pa}
# VP8X flags a clean file may carry: only "has alpha" (0x10); not animation, EXIF, XMP or profile.
_EXTRA_FLAGS = 0x20 | 0x08 | 0x04 | 0x02
_PICTURE = {b"VP8X", b"VP8 ", b"VP8L", b"ALPH"}


@dataclass
class Walk:
    """A WebP's chunks in file order, inside the RIFF's stated size."""

    chunks: list[Chunk] = field(default_factory=list)
    riff_end: int = 0  # where the RIFF says the file ends
    short: bool = False  # a chunk that runs past the end, or a stub too small to be one


def looks_like(data: bytes) -> bool:
    """A WebP by its first bytes, whatever its name."""
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def walk(data: bytes) -> Walk:
    """Follow the chunk sizes (each padded to an even length) up to the RIFF's stated end."""
    walked = Walk(riff_end=8 + struct.unpack("<I", data[4:8])[0])
    limit = min(walked.riff_end, len(data))
    pos = 12
    while pos + 8 <= limit:
        kind, size = struct.unpack("<4sI", data[pos: pos + 8])
        walked.chunks.append((kind, pos + 8, size))
        if pos + 8 + size > limit:
            walked.short = True
            return walked
        pos += 8 + size + (size & 1)
    walked.short = walked.short or pos < limit
    return walked


def read_webp(data: bytes, clues: Clues) -> None:
    """RIFF chunks: EXIF, XMP, ICCP, C2PA; then anything after the RIFF's stated size."""
    walked = walk(data)
    for kind, start, size in walked.chunks:
        reader = READERS.get(kind)
        if reader is not None:
            guarded(reader, data[start: start + size], clues)
    if walked.riff_end < len(data):
        classify_trailer(data[walked.riff_end:], clues)


def structure_problem(data: bytes) -> str | None:
    """The clean copy's strict check: one picture, a bare header at most, nothing else."""
    if not looks_like(data):
        return words("something before the picture starts")
    walked = walk(data)
    if walked.riff_end != len(data):
        return words("extra bytes after the picture's end")
    if walked.short:
        return words("a block that ends too early")
    kinds = [kind for kind, _, _ in walked.chunks]
    if kinds in ([b"VP8 "], [b"VP8L"]):
        return None
    if kinds and kinds[0] == b"VP8X" and kinds[1:] in ([b"VP8 "], [b"VP8L"], [b"ALPH", b"VP8 "]):
        flags = data[walked.chunks[0][1]]
        return words("extra information in the picture's header") if flags & _EXTRA_FLAGS else None
    extras = [kind for kind in kinds if kind not in _PICTURE]
    if extras:
        return words("an extra block ({name} chunk)", name=extras[0].decode("latin-1").strip())
    return words("more than one picture")
