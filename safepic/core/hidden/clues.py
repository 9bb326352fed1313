"""What the format readers found, gathered in one place before it is put into words.

Each reader (EXIF, XMP, IPTC, the JPEG/PNG/WebP/... walkers) adds short plain-words items to a
channel (a finding code). hidden/find.py later turns every channel into exactly one Finding, so the
same name found in EXIF and in XMP is said once.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PIL import Image

from ..words import words

T = TypeVar("T")

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
MAX_VALUE = 60
PLACEHOLDERS = frozenset({
    "unknown", "none", "n/a", "na", "null", "nil", "anonymous", "author", "artist", "owner",
    "copyright", "(c)", "©", "user", "admin", "administrator", "default", "camera owner",
    "your name", "name", "photographer", "creator", "not set", "unset", "untitled", "?",
})


def tidy(value: object) -> str:
    """A stored value as short, printable text ("" when there is nothing readable)."""
    if isinstance(value, bytes):
        value = decode(value)
    text = _CONTROL.sub(" ", str(value))
    text = " ".join(text.split())
    if len(text) > MAX_VALUE:
        text = text[: MAX_VALUE - 1].rstrip() + "…"
    return text


def decode(raw: bytes) -> str:
    """Text stored in a file: UTF-8 when it is valid, otherwise Latin-1 (never fails)."""
    raw = raw.rstrip(b"\x00")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@dataclass
class Preview:
    """A picture stored inside the file besides the one shown (a thumbnail, an extra image)."""

    code: str  # "thumbnail", "embedded-image" or "trailer" (a picture after the end)
    what: str  # plain words (a Words), e.g. "the small preview picture"
    data: bytes  # the encoded picture (empty when `image` is given)
    orientation: int = 1  # EXIF orientation that applies to it (1 = upright)
    comparable: bool = True  # False for depth maps and the like, which never look the same
    image: Image.Image | None = None  # already decoded (HEIF thumbnails)


@dataclass
class Clues:
    """Everything the readers found; channels keep the order items were first added."""

    items: dict[str, list[str]] = field(default_factory=dict)
    gps: tuple[float, float] | None = None
    previews: list[Preview] = field(default_factory=list)
    trailers: list[tuple[int, str]] = field(default_factory=list)  # (size, kind)
    orientation: int = 1  # orientation of the main picture, from its EXIF

    def add(self, code: str, item: str) -> None:
        """Note one item under a channel; repeats (the same words) are kept once."""
        bucket = self.items.setdefault(code, [])
        if item and item not in bucket:
            bucket.append(item)

    def mark(self, code: str) -> None:
        """Note that a channel is present even if nothing in it can be listed."""
        self.items.setdefault(code, [])

    def dated(self, label: str, when: str) -> None:
        """Add 'label (when)' unless that day is already listed (EXIF, XMP and IPTC repeat it)."""
        day = when.split(" at ")[0]
        if when and not any(f"({day}" in item for item in self.items.get("datetime", [])):
            self.add("datetime", words("{label} ({when})", label=label, when=when))

    def named(self, code: str, label: str, value: object) -> None:
        """Add 'label "value"' when the value has readable text not already listed."""
        text = tidy(value)
        if text.casefold() in PLACEHOLDERS or not text.strip("0 -._/"):
            return  # an empty field some camera or app fills in: it says nothing
        if not any(item.endswith(f'"{text}"') for item in self.items.get(code, [])):
            self.add(code, words('{label} "{value}"', label=label, value=text))

    def add_trailer(self, size: int, kind: str) -> None:
        """Bytes after the picture's end; kind is video, picture, pixels or data."""
        if size > 0:
            self.trailers.append((size, kind))


def guarded(reader: Callable[..., T], *args: Any) -> T | None:
    """Run one reader; a damaged block is skipped so the rest of the file is still checked.

    Libraries' warnings about the damage (Pillow's "Corrupt EXIF data") are not for people.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return reader(*args)
    except Exception:  # any damage inside one block must never stop the other checks
        return None
