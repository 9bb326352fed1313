"""Spot a person's name, a town or a date in a picture's file name.

File names travel with the picture when it is uploaded, and "sarah_jones_2019.jpg" says as
much as a caption. Camera names (IMG_1234, DSC00012) and SafePic's own random names say nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from ..places import place_names
from ..words import words
from . import names
from .exif import MONTHS

# Words that turn up in file names without saying anything about anyone.
GENERIC = frozenset("""
img image images imag dsc dscn dscf dcim pxl mvimg vid video pic pics picture pictures photo photos
foto fotos bild screenshot screen shot capture scan scanned edit edited copy final crop cropped
resized resize small large medium big thumb thumbnail new old untitled unnamed profile avatar
selfie me my mine safe export exported whatsapp signal telegram snapchat instagram facebook
download downloads file files jpg jpeg png heic heif webp gif tiff bmp raw hdr pano portrait burst
cover cam camera mobile phone iphone android pixel samsung snap version draft background
wallpaper and the of with from for at in on to by an or x wa frame holiday holidays vacation
beach home party wedding birthday summer winter spring autumn fall christmas xmas easter
garden family friends cat dog kitten puppy baby kids trip day night morning evening sunset
sunrise nature flower flowers pet pets anime cartoon art drawing sketch logo icon banner header
test sample example original clean blur blurred pixelated silhouette animal pattern picked
generated ai output result img_ pro max mini plus ultra lite hd sd uhd top best favourite favorite
""".split())

# Given names that are also everyday words (flowers, animals, months, weather): on their own in
# a file name ("daisy.jpg") they are far more likely to be the thing than the person.
EVERYDAY_NAMES = frozenset("""
daisy rose lily iris violet holly ivy poppy jasmine heather tulip dahlia fern willow hazel olive
blossom flora ginger tiger lion wolf fox bear robin wren jay dove raven sky star sunny storm rain
river brook ocean hope grace faith joy may june april august summer autumn winter dawn eve
pearl ruby amber jade crystal honey candy cookie pepper buddy coco teddy
""".split())

_WORDS = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_YMD = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)[-_. ]?(0[1-9]|1[0-2])[-_. ]?(0[1-9]|[12]\d|3[01])(?!\d)")
_DMY = re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.](19[5-9]\d|20[0-4]\d)(?!\d)")


@dataclass
class NameClues:
    """What a file name gives away, in plain words."""

    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.names or self.places or self.dates)


def read_name(file_name: str) -> NameClues:
    """Names, towns and dates in a file name (the folder part is ignored)."""
    stem = PurePath(file_name).stem
    clues = NameClues(dates=_dates(stem))
    tokens = _WORDS.findall(_CAMEL.sub(" ", stem))
    meaningful = [t for t in tokens if len(t) >= 3 and t.casefold() not in GENERIC]
    used: set[int] = set()
    _people(tokens, meaningful, clues, used)
    # One lower-case word is never taken for a town (too many towns are called "Beach"),
    # so the town list is only loaded when a capitalised word or a run of words could match.
    if len(meaningful) > 1 or any(_capitalised(t) for t in meaningful):
        _places(tokens, clues, used)
    return clues


def _dates(stem: str) -> list[str]:
    found = []
    for match in _YMD.finditer(stem):
        found.append(_date_words(int(match[1]), int(match[2]), int(match[3])))
    for match in _DMY.finditer(stem):
        found.append(_date_words(int(match[3]), int(match[2]), int(match[1])))
    return [d for d in found if d]


def _date_words(year: int, month: int, day: int) -> str:
    try:
        when = date(year, month, day)
    except ValueError:
        return ""
    return words("{day} {month} {year}", day=when.day, month=MONTHS[when.month - 1], year=when.year)


def _people(tokens: list[str], meaningful: list[str], clues: NameClues, used: set[int]) -> None:
    """A given name followed by a family name (or another name), or a given name on its own."""
    lower = [t.casefold() for t in tokens]
    for i, word in enumerate(lower):
        if word not in names.GIVEN_NAMES or word in GENERIC or i in used:
            continue
        nxt = lower[i + 1] if i + 1 < len(lower) else ""
        if nxt and nxt not in GENERIC and (nxt in names.FAMILY_NAMES or nxt in names.GIVEN_NAMES):
            clues.names.append(f"{tokens[i].title()} {tokens[i + 1].title()}")
            used.update((i, i + 1))
        elif len(meaningful) == 1 and word not in EVERYDAY_NAMES:
            clues.names.append(tokens[i].title())
            used.add(i)


def _places(tokens: list[str], clues: NameClues, used: set[int]) -> None:
    """Town names of two or three words in any case; one-word names only when capitalised.
    The town list is read only when a phrase could be one (most names have none)."""
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            span = tokens[i: i + size]
            if len(span) < size or any(j in used for j in range(i, i + size)):
                continue
            phrase = " ".join(span)
            key = phrase.casefold()
            if size == 1 and not (_capitalised(phrase) and len(phrase) >= 4
                                  and key not in GENERIC and key not in names.GIVEN_NAMES):
                continue
            if size > 1 and all(w.casefold() in GENERIC for w in span):
                continue
            if key in place_names():
                clues.places.append(phrase.title() if phrase.islower() else phrase)
                used.update(range(i, i + size))
                i += size - 1
                break
        i += 1


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()
