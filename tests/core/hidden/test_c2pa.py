"""Content credentials (C2PA) name what they hold: the tool, the author, the camera and the place,
as other owner findings do, and a map position in them is a map position."""

from __future__ import annotations

import json
import struct
from pathlib import Path

from safepic.core.hidden.c2pa import read_c2pa
from safepic.core.hidden.clues import Clues
from safepic.core.hidden.find import find_hidden
from safepic.core.picture import open_bytes
from tests.fixtures import channels


def _box(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + kind + body


def _cbor_text(text: str) -> bytes:
    raw = text.encode()
    return bytes((0x60 + len(raw),)) + raw if len(raw) < 24 else b"\x78" + bytes((len(raw),)) + raw


def _record(assertion: dict) -> bytes:
    """A C2PA 2 claim (claim_generator_info, a CBOR list of maps) and one JSON-LD assertion."""
    claim = _box(b"cbor", b"\xa1" + _cbor_text("claim_generator_info") + b"\x81\xa2"
                 + _cbor_text("name") + _cbor_text("Snapseed Pro") + _cbor_text("version") + _cbor_text("4.1"))
    return _box(b"jumb", claim + _box(b"json", json.dumps(assertion).encode()))


def _read(data: bytes) -> Clues:
    clues = Clues()
    read_c2pa(data, clues)
    return clues


def test_the_finding_says_the_author_and_the_tool_it_names():
    hidden = find_hidden(open_bytes(channels.jpeg_with_c2pa(), Path("picture.jpg")))
    (c2pa,) = [f for f in hidden.findings if f.code == "c2pa"]
    assert f'the author "{channels.OWNER}"' in c2pa.detail
    assert 'the app that made it "ExampleCam Studio 2.1"' in c2pa.detail


def test_a_newer_record_names_its_tool_camera_and_place():
    clues = _read(_record({"@type": "CreativeWork", "author": "Ana Ruiz",
                           "locationCreated": {"@type": "Place", "name": "Hebden Bridge"},
                           "exif:Model": "Pixel 8"}))
    assert clues.items["c2pa"] == ['the app that made it "Snapseed Pro"', 'the author "Ana Ruiz"',
                                   'the camera "Pixel 8"', 'the place "Hebden Bridge"']
    assert clues.items["owner"] == ['the author "Ana Ruiz"']


def test_a_map_position_in_the_record_is_found_as_one():
    clues = _read(_record({"exif:GPSLatitude": "53,44.55N", "exif:GPSLongitude": "2,0.8W"}))
    assert "a map position" in clues.items["c2pa"] and "gps" in clues.items
    lat, lon = clues.gps
    assert abs(lat - 53.7425) < 1e-3 and abs(lon + 2.0133) < 1e-3


def test_a_record_that_names_nobody_says_only_what_it_is():
    clues = _read(_box(b"jumb", _box(b"json", b'{"author": ""}')))
    assert clues.items == {"c2pa": []}
