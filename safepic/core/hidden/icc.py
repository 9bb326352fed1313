"""Look at a colour profile's name: a calibrated screen or printer profile can name the
device, or the person, that made it ("Sarah's MacBook display").

The usual standard profiles (sRGB, Display P3, Adobe RGB...) say nothing about anyone.
"""

from __future__ import annotations

import io
import re

from PIL import ImageCms

from ..words import words
from .clues import Clues

_STANDARD = re.compile(
    r"sRGB|Display P3|DCI.?P3|P3 D65|Adobe RGB|ProPhoto|ROMM|Generic|Rec\.? ?(709|2020)|BT\.?(709|2020)|"
    r"Apple RGB|ColorMatch|Gr[ae]y Gamma|Dot Gain|Linear|Coated|Uncoated|FOGRA|SWOP|GRACoL|"
    r"Japan Color|ECI ?RGB|eciRGB|ISO ?Coated|PSO |Wide Gamut|Camera RGB|c2ci|Google|Android|"
    r"scRGB|Gray|Black & White|Lab|XYZ|SMPTE|NTSC|PAL|HDTV|IEC ?61966|Artifex|Little ?CMS|"
    r"Colou?r ?Space|IEC|iec\.ch|Apple Computer|Apple Inc|Microsoft|Hewlett|Adobe Systems",
    re.I,
)


def read_icc(profile: bytes, clues: Clues) -> None:
    """Note a colour profile whose name is not one of the common standard ones."""
    if not profile:
        return
    info = ImageCms.ImageCmsProfile(io.BytesIO(profile)).profile
    for label, value in ((words("the colour setting"), info.profile_description),
                         (words("the device"), info.model), (words("the maker"), info.manufacturer)):
        text = (value or "").strip()
        if text and not _STANDARD.search(text):
            clues.named("icc", label, text)
