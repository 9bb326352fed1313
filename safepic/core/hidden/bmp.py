"""BMP: the file states its own size; bytes beyond it are extra."""

from __future__ import annotations

import struct

from .clues import Clues
from .jpeg import classify_trailer


def read_bmp(data: bytes, clues: Clues) -> None:
    """A BMP states its own size; bytes beyond it are extra."""
    stated = struct.unpack("<I", data[2:6])[0]
    if 14 < stated < len(data):
        classify_trailer(data[stated:], clues)
