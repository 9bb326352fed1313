"""Every file format SafePic reads, in one table: how to know it by its bytes, how to read what
it hides, and, for the formats SafePic writes, the clean copy's strict structure check.

Like mat2's libmat2, one module per format does both jobs, so a format's blocks are walked by
one piece of code; unlike mat2, the table is written out here rather than discovered, so what
SafePic reads is visible in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import bmp, gif, heif, jpeg, png, tiff, webp
from .clues import Clues


@dataclass(frozen=True)
class Format:
    """One file format's readers and checks."""

    read: Callable[[bytes, Clues], None]
    looks_like: Callable[[bytes], bool] | None = None  # known by its first bytes, whatever its name
    structure_problem: Callable[[bytes], str | None] | None = None  # for formats SafePic writes


FORMATS: dict[str, Format] = {
    "jpeg": Format(jpeg.read_jpeg, jpeg.looks_like, jpeg.structure_problem),
    "png": Format(png.read_png, png.looks_like, png.structure_problem),
    "webp": Format(webp.read_webp, webp.looks_like, webp.structure_problem),
    "heif": Format(heif.read_heif, heif.looks_like),
    "avif": Format(heif.read_heif),
    "tiff": Format(tiff.read_tiff),
    "gif": Format(gif.read_gif),
    "bmp": Format(bmp.read_bmp),
}


def format_of(data: bytes, named: str) -> Format | None:
    """The format the bytes themselves show (an .mpo is a JPEG, a .png may be anything), else
    the one the picture was opened as."""
    for fmt in FORMATS.values():
        if fmt.looks_like is not None and fmt.looks_like(data):
            return fmt
    return FORMATS.get(named)
