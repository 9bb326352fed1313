"""GIF: comments, editing notes in an application block, and bytes after the end mark."""

from __future__ import annotations

from ..words import words
from .clues import Clues, guarded
from .jpeg import classify_trailer
from .xmp import read_xmp

MAX_BLOCKS = 500_000  # blocks walked; more is damage


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
    start, parts = pos, list[bytes]()
    while pos < len(data):
        size = data[pos]
        if size == 0:
            return b"".join(parts), data[start:pos], pos + 1
        parts.append(data[pos + 1: pos + 1 + size])
        pos += 1 + size
    return b"".join(parts), data[start:pos], pos
