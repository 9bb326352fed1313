"""The stock gallery: public-domain animals and flowers a person can use as a profile picture.

A drawing from a shared public library shows nothing about the person, their home or their pets,
and it is not tied to any of their other accounts. The pictures and their licences live in
resources/stock (built by tools/prepare_stock.py); index.json lists them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image

from .errors import SafePicError
from .picture import Picture, from_image
from .report import Report
from .resources import resource_path
from .words import words

KINDS = ("animal", "flower")


class GalleryError(SafePicError):
    """A gallery picture was asked for that SafePic does not have."""


@dataclass(frozen=True)
class GalleryItem:
    """One stock picture: what it shows, its licence, and where the drawing came from."""

    id: str
    kind: str  # "animal" or "flower"
    name: str  # plain words, e.g. "Brown bear"
    licence: str
    source: str  # package, version and original file, in one line
    path: Path
    author: str = ""

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "kind": self.kind, "name": self.name, "licence": self.licence,
                "source": self.source, "author": self.author, "path": str(self.path)}


@lru_cache(maxsize=1)
def _all_items() -> tuple[GalleryItem, ...]:
    folder = resource_path("stock")
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    found = []
    for entry in index["items"]:
        source = entry["source"]
        found.append(GalleryItem(
            id=entry["id"], kind=entry["kind"], name=entry["name"], licence=entry["licence"],
            source=f"{source['package']} {source['version']}, {source['file']}",
            path=folder / f"{entry['id']}.png", author=source.get("author", ""),
        ))
    return tuple(found)


def items(kind: str | None = None) -> list[GalleryItem]:
    """All gallery pictures, or only the animals or only the flowers, in the gallery's order."""
    if kind is not None and kind not in KINDS:
        raise GalleryError(words("The gallery has animals and flowers, not '{kind}'.", kind=kind))
    return [item for item in _all_items() if kind is None or item.kind == kind]


def find(item_id: str) -> GalleryItem:
    """The gallery item with this id; a plain error if there is none."""
    for item in _all_items():
        if item.id == item_id:
            return item
    raise GalleryError(words(
        "There is no gallery picture called '{name}'. Run 'safepic gallery' to see them all.", name=item_id
    ))


def load(item_or_id: GalleryItem | str) -> Picture:
    """Open one gallery picture as a Picture named '<id>.png', ready to save or to check."""
    item = find(item_or_id) if isinstance(item_or_id, str) else item_or_id
    with Image.open(item.path) as image:
        return from_image(image.convert("RGB"), f"{item.id}.png")


def check_drawing(picture: Picture, *, is_cancelled: Callable[[], bool] | None = None) -> Report:
    """A gallery picture or a new avatar checked again as what it is: small, drawn by us or
    taken from a public library, with nothing in its file once copied. We never take a
    drawing's word for it: every finder of the whole check runs on its pixels. Only the words
    finder's second look is left out: it is there for small print near a face hidden on a
    photo, and on drawings with words of 10 to 32 px written in, one look at the drawing's own
    size found the same (benchmarks/drawings.py)."""
    from .analyse import look

    return look(picture, second_look=False, is_cancelled=is_cancelled).report
