"""Spot a content-credentials record (C2PA, stored in JUMBF boxes) and what it says.

These signed records tell the story of a picture: which app or camera made it, what was done
to it, sometimes who made it. Reading the whole signed structure is not needed to warn about
it; the app and author names are picked out of the readable parts.
"""

from __future__ import annotations

import re

from ..words import words
from .clues import Clues, decode

# CBOR: the key "claim_generator" then a text string (short, 1-byte or 2-byte length).
_GENERATOR = re.compile(rb"claim_generator[\x60-\x79]")
_JSON_AUTHOR = re.compile(rb'"author"\s*:\s*\[?\s*\{[^}]*?"name"\s*:\s*"([^"]{1,80})"', re.S)


def read_c2pa(data: bytes, clues: Clues) -> None:
    """Note the record, the app that wrote it and any author it names."""
    clues.mark("c2pa")
    for match in _GENERATOR.finditer(data):
        text = _cbor_text(data, match.end() - 1)
        if text:
            clues.named("c2pa", words("the app that made it"), text.split(" c2pa-rs")[0])
            break
    for match in _JSON_AUTHOR.finditer(data):
        clues.named("owner", words("the author"), decode(match.group(1)))
        clues.add("c2pa", words("the author's name"))
    if b"c2pa.actions" in data:
        clues.add("c2pa", words("a list of the changes made to the picture"))


def _cbor_text(data: bytes, pos: int) -> str:
    head = data[pos]
    if 0x60 <= head <= 0x77:
        length, start = head - 0x60, pos + 1
    elif head == 0x78 and pos + 1 < len(data):
        length, start = data[pos + 1], pos + 2
    elif head == 0x79 and pos + 2 < len(data):
        length, start = int.from_bytes(data[pos + 1: pos + 3], "big"), pos + 3
    else:
        return ""
    return decode(data[start: start + min(length, 200)])
