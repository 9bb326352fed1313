"""Read an XMP block (notes written by cameras and editing apps) into clues.

XMP is XML, but broken or cut-short packets are common, so properties are picked out with
patterns by namespace rather than by a strict XML parser: a damaged packet still gives up
whatever can be read.
"""

from __future__ import annotations

import base64
import binascii
import html
import re

from ..words import words
from .clues import Clues, Preview, decode
from .exif import in_words, set_position

EXIF = "http://ns.adobe.com/exif/1.0/"
EXIF_EX = "http://cipa.jp/exif/1.0/"
AUX = "http://ns.adobe.com/exif/1.0/aux/"
TIFF = "http://ns.adobe.com/tiff/1.0/"
DC = "http://purl.org/dc/elements/1.1/"
XMP = "http://ns.adobe.com/xap/1.0/"
RIGHTS = "http://ns.adobe.com/xap/1.0/rights/"
MM = "http://ns.adobe.com/xap/1.0/mm/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
REGIONS = "http://www.metadataworkinggroup.com/schemas/regions/"
MS_PHOTO = "http://ns.microsoft.com/photo/1.2/t/RegionInfo#"
G_IMAGE = "http://ns.google.com/photos/1.0/image/"
G_DEPTH = "http://ns.google.com/photos/1.0/depthmap/"
G_CAMERA = "http://ns.google.com/photos/1.0/camera/"
X_IMG = "http://ns.adobe.com/xap/1.0/g/img/"
HDR_GAIN = "http://ns.adobe.com/hdr-gain-map/1.0/"
CAMERA_RAW = "http://ns.adobe.com/camera-raw-settings/1.0/"

# (namespace, property, channel, label): one plain label per property worth naming.
NAMED: tuple[tuple[str, str, str, str], ...] = (
    (DC, "creator", "owner", words("the creator")),
    (DC, "rights", "owner", words("the copyright")),
    (TIFF, "Artist", "owner", words("the artist")),
    (TIFF, "Copyright", "owner", words("the copyright")),
    (RIGHTS, "Owner", "owner", words("the owner")),
    (AUX, "OwnerName", "owner", words("the camera owner")),
    (EXIF_EX, "CameraOwnerName", "owner", words("the camera owner")),
    (PHOTOSHOP, "AuthorsPosition", "owner", words("the creator's job")),
    (PHOTOSHOP, "CaptionWriter", "owner", words("the writer")),
    (PHOTOSHOP, "Credit", "owner", words("the credit")),
    (IPTC_CORE, "CiEmailWork", "owner", words("an email address")),
    (IPTC_CORE, "CiTelWork", "owner", words("a phone number")),
    (IPTC_CORE, "CiAdrExtadr", "owner", words("a street address")),
    (IPTC_CORE, "CiUrlWork", "owner", words("a web address")),
    (IPTC_EXT, "PersonInImage", "owner", words("a person named in the photo")),
    (REGIONS, "Name", "owner", words("a person tagged in the photo")),
    (MS_PHOTO, "PersonDisplayName", "owner", words("a person tagged in the photo")),
    (AUX, "SerialNumber", "serial", words("the camera's serial number")),
    (EXIF_EX, "BodySerialNumber", "serial", words("the camera's serial number")),
    (AUX, "LensSerialNumber", "serial", words("the lens serial number")),
    (EXIF_EX, "LensSerialNumber", "serial", words("the lens serial number")),
    (EXIF, "ImageUniqueID", "serial", words("a code unique to this photo")),
    (EXIF_EX, "ImageUniqueID", "serial", words("a code unique to this photo")),
    (TIFF, "Make", "device", words("the maker")),
    (TIFF, "Model", "device", words("the model")),
    (AUX, "Lens", "device", words("the lens")),
    (XMP, "CreatorTool", "device", words("the app")),
    (PHOTOSHOP, "City", "gps", words("the town")),
    (PHOTOSHOP, "State", "gps", words("the region")),
    (PHOTOSHOP, "Country", "gps", words("the country")),
    (IPTC_CORE, "Location", "gps", words("the place")),
    (IPTC_CORE, "CiAdrCity", "gps", words("the town")),
    (IPTC_EXT, "City", "gps", words("the town")),
    (IPTC_EXT, "Sublocation", "gps", words("the place")),
    (MM, "PreservedFileName", "xmp", words("the first file name")),
    (CAMERA_RAW, "RawFileName", "xmp", words("the first file name")),
    (DC, "description", "comment", words("a description")),
    (DC, "title", "comment", words("a title")),
    (PHOTOSHOP, "Headline", "comment", words("a headline")),
    (DC, "subject", "comment", words("keywords")),
)
DATES = ((EXIF, "DateTimeOriginal", words("the date it was taken")),
         (PHOTOSHOP, "DateCreated", words("the date it was taken")),
         (XMP, "CreateDate", words("the date it was made")))
# Pictures kept inside the notes: (namespace, property, channel, words, comparable).
PICTURES = ((G_IMAGE, "Data", "embedded-image", words("the original photo, before the blur effect"), True),
            (G_DEPTH, "Data", "embedded-image", words("a map of how far away each thing was"), False),
            (X_IMG, "image", "thumbnail", words("a small preview picture in the editing notes"), True))

_XMLNS = re.compile(r'xmlns:([\w.-]+)\s*=\s*["\']([^"\']*)["\']')
_BIG = re.compile(r'(=\s*"|>)([^"<]{4096,})')  # long values: pictures stored as base64 text
_ATTRIBUTE = re.compile(r'(?<![\w.:-])([\w.-]+):([\w.-]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_TAGS = re.compile(r"<(/?)([\w.-]+):([\w.-]+)(?:\s[^>]*)?>")
_TAG = re.compile(r"<[^>]*>")
_LI = re.compile(r"<(?:[\w.-]+:)?li\b[^>]*>(.*?)</(?:[\w.-]+:)?li>", re.S)
MAX_OPEN = 64  # deeper nesting than this is damage, not notes


def xmp_text(raw: bytes) -> str:
    """The packet as text (UTF-8 normally; UTF-16 when it starts with a byte-order mark)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16", errors="replace")
    return decode(raw)


class _Packet:
    """Every property in the packet by (namespace, name), whatever prefix the writer chose.

    Long values (pictures as base64) are set aside first, so the patterns only ever scan the
    short notes, once each.
    """

    def __init__(self, text: str) -> None:
        self.blobs: list[str] = []
        text = _BIG.sub(self._set_aside, text)
        uris: dict[str, str] = {prefix: uri for prefix, uri in _XMLNS.findall(text)}
        self.found: dict[tuple[str, str], list[str]] = {}
        for prefix, name, double, single in _ATTRIBUTE.findall(text):
            self._keep(uris, prefix, name, [double or single])
        # One pass over the tags with a stack of open elements: linear even when damaged.
        opened: list[tuple[str, str, int]] = []
        open_names: dict[tuple[str, str], int] = {}
        for tag in _TAGS.finditer(text):
            closing, prefix, name = tag.groups()
            if not closing:
                if not tag.group(0).endswith("/>") and len(opened) < MAX_OPEN:
                    opened.append((prefix, name, tag.end()))
                    open_names[(prefix, name)] = open_names.get((prefix, name), 0) + 1
                continue
            if not open_names.get((prefix, name)):
                continue  # a stray closing tag
            while opened:
                top = opened.pop()
                open_names[top[:2]] -= 1
                if top[:2] == (prefix, name):
                    inner = text[top[2]: tag.start()]
                    self._keep(uris, prefix, name, _LI.findall(inner) or [inner])
                    break

    def _set_aside(self, match: re.Match[str]) -> str:
        self.blobs.append(match.group(2))
        return f"{match.group(1)}\x00{len(self.blobs) - 1}\x00"

    def _keep(self, uris: dict[str, str], prefix: str, name: str, values: list[str]) -> None:
        key = (uris.get(prefix, prefix), name)
        for value in values:
            text = html.unescape(_TAG.sub(" ", value)).strip()
            if text.startswith("\x00") and text.endswith("\x00"):
                text = self.blobs[int(text.strip("\x00"))]
            if text:
                self.found.setdefault(key, []).append(text)

    def values(self, namespace: str, name: str) -> list[str]:
        return self.found.get((namespace, name), [])

    def has(self, namespace: str, name: str) -> bool:
        return (namespace, name) in self.found


def read_xmp(raw: bytes, clues: Clues) -> None:
    """Add what an XMP packet holds; the packet itself is noted under "xmp"."""
    packet = _Packet(xmp_text(raw))
    clues.mark("xmp")
    for namespace, name, code, label in NAMED:
        for value in packet.values(namespace, name)[:3]:
            clues.named(code, label, value)
    for namespace, name, label in DATES:
        for value in packet.values(namespace, name)[:1]:
            clues.dated(label, in_words(value))
    _position(packet, clues)
    _pictures(packet, clues)
    if packet.values(MM, "DocumentID") or packet.values(MM, "OriginalDocumentID"):
        clues.add("xmp", words("codes that can link this picture to other copies of it"))
    if packet.has(MM, "History") or packet.has(PHOTOSHOP, "History"):
        clues.add("xmp", words("a list of the edits made to it"))
    if packet.has(PHOTOSHOP, "DocumentAncestors"):
        clues.add("xmp", words("codes of other files used to make it"))
    if packet.has(G_CAMERA, "MicroVideo") or packet.has(G_CAMERA, "MotionPhoto"):
        clues.add("xmp", words("a note that a short video is stored with the photo"))
    if packet.has(HDR_GAIN, "Version"):
        clues.add("xmp", words("a note about a brightness map for bright screens"))


def _position(packet: _Packet, clues: Clues) -> None:
    lat = [_xmp_degrees(v) for v in packet.values(EXIF, "GPSLatitude")]
    lon = [_xmp_degrees(v) for v in packet.values(EXIF, "GPSLongitude")]
    if lat and lon and lat[0] is not None and lon[0] is not None:
        set_position(clues, lat[0], lon[0])
        clues.mark("gps")


def _xmp_degrees(value: str) -> float | None:
    """XMP writes positions as '53,44.55N' or '53,44,33N' (degrees, minutes[, seconds])."""
    match = re.fullmatch(r"\s*([\d.]+)(?:,([\d.]+))?(?:,([\d.]+))?\s*([NSEW])?\s*", value)
    if not match:
        return None
    try:
        parts = [float(p) if p else 0.0 for p in match.groups()[:3]]
    except ValueError:
        return None
    result = parts[0] + parts[1] / 60 + parts[2] / 3600
    return -result if match.group(4) in ("S", "W") else result


def _pictures(packet: _Packet, clues: Clues) -> None:
    for namespace, name, code, what, comparable in PICTURES:
        for value in packet.values(namespace, name)[:2]:
            try:
                data = base64.b64decode("".join(value.split()))
            except (binascii.Error, ValueError):
                data = b""
            clues.add(code, what)
            if data[:2] == b"\xff\xd8" or data[:4] == b"\x89PNG":
                clues.previews.append(Preview(code, what, data, comparable=comparable))

