"""Spot a content-credentials record (C2PA, stored in JUMBF boxes) and what it says.

These signed records tell the story of a picture: which app or camera made it, what was done
to it, sometimes who made it and where. Reading the whole signed structure is not needed to
warn about it; the tool, the author, the camera and any place are picked out of the readable
parts (CBOR text of the claim, JSON-LD of the assertions) and named, as other owner findings do.
"""

from __future__ import annotations

import re

from ..words import words
from .clues import Clues, decode
from .exif import set_position
from .xmp import _xmp_degrees

# CBOR: the key "claim_generator" then a text string (short, 1-byte or 2-byte length).
_GENERATOR = re.compile(rb"claim_generator[\x60-\x79]")
# C2PA 2: claim_generator_info is a list of maps whose "name" key holds the tool's name.
_GENERATOR_INFO = re.compile(rb"claim_generator_info.{0,16}?\x64name[\x60-\x79]", re.S)
_JSON_AUTHOR = re.compile(rb'"(?:author|creator)"\s*:\s*(?:\[?\s*\{[^}]*?"name"\s*:\s*"([^"]{1,80})"'
                          rb'|"([^"]{1,80})")', re.S)
_JSON_PLACE = re.compile(rb'"(?:locationCreated|contentLocation|locationShown)"\s*:\s*\[?\s*\{[^}]*?'
                         rb'"name"\s*:\s*"([^"]{1,80})"'
                         rb'|"(?:photoshop:City|Iptc4xmpExt:City|Iptc4xmpExt:Sublocation'
                         rb'|photoshop:State|Iptc4xmpExt:ProvinceState)"\s*:\s*"([^"]{1,80})"', re.S)
_JSON_GPS = re.compile(rb'"exif:GPSLatitude"\s*:\s*"([^"]{1,40})".{0,200}?"exif:GPSLongitude"\s*:\s*'
                       rb'"([^"]{1,40})"', re.S)
_JSON_CAMERA = re.compile(rb'"(?:exif|tiff):Model"\s*:\s*"([^"]{1,80})"')


def read_c2pa(data: bytes, clues: Clues) -> None:
    """Note the record, the tool that wrote it, and any author, camera and place it names."""
    clues.mark("c2pa")
    for pattern in (_GENERATOR, _GENERATOR_INFO):
        match = pattern.search(data)
        text = _cbor_text(data, match.end() - 1) if match else ""
        if text:
            clues.named("c2pa", words("the app that made it"), text.split(" c2pa-rs")[0])
    for match in _JSON_AUTHOR.finditer(data):
        author = decode(match.group(1) or match.group(2))
        clues.named("owner", words("the author"), author)
        clues.named("c2pa", words("the author"), author)
    for match in _JSON_CAMERA.finditer(data):
        clues.named("c2pa", words("the camera"), decode(match.group(1)))
    for match in _JSON_PLACE.finditer(data):
        clues.named("c2pa", words("the place"), decode(match.group(1) or match.group(2)))
    for match in _JSON_GPS.finditer(data):
        lat, lon = _xmp_degrees(decode(match.group(1))), _xmp_degrees(decode(match.group(2)))
        if lat is not None and lon is not None:  # written as XMP writes it: "53,44.55N"
            clues.add("c2pa", words("a map position"))
            set_position(clues, lat, lon)
            clues.mark("gps")
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
