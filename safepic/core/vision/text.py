"""Read words in the picture: a street sign, a house number, a number plate or a badge can
lead a stranger to you.

OCR is PaddleOCR's PP-OCR models run by onnxruntime (ppocr.py; the models ship in SafePic's
resources, fully offline).
To stay inside the time budget, text is *found* on a downscaled copy of the picture and each
piece of text found is then *read* from the full-size picture, so small print is still read well.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from ..errors import SafePicError
from ..picture import Picture
from ..report import Finding, Severity
from ..resources import resources_dir
from ..words import words
from .faces import as_seen

# Longest side of the copy the text finder looks at (benchmarks/text.py, 12-megapixel photo,
# 2 cores): 640 takes 0.25 s, 800 0.4 s, 960 0.55 s, 1280 0.95 s. Larger is not better: a framed
# street sign with letters of 14-24 px (in 3000 px) was found at 800 and missed at 960 and 1280,
# where the finder sees the frame rather than the words. Over signs and plates of 14-32 px,
# 800 read 14 of 16, 640 10, 960 9 and 1280 8; all sizes read letters of 32 px and more.
DETECT_SIDE = 800
MIN_DETECT_SIDE = 32  # the finder's smallest input; thinner strips are padded, not stretched
# How sure the finder must be, on average over a box, that it holds text (RapidOCR's default is
# 0.5). Small print near the finder's limit scores 0.35-0.75 depending on the rest of the
# picture: the same name badge on the same uniform scored 0.57 with the face blurred, 0.46 with
# it pixelated and 0.39 under a sticker, so it came and went between previews. The reader's
# own checks (MIN_SCORE, SHORT, MIN_CHARS) keep the extra boxes' junk out.
BOX_SCORE = 0.3
# A picture small enough for the finder to see whole gets a second look at this size, for the
# same reason: what the finder makes of small print also depends on what is around it, and a
# second view of the same picture catches what the first missed (benchmarks/text.py --previews:
# the name tag on a portrait was found under 21 of 27 hidden-face versions instead of 18, and
# 12 with RapidOCR's default threshold). Cheap at this size; big pictures get one look.
SECOND_LOOK = 0.75
MIN_SCORE = 0.75  # recogniser confidence below this is mostly noise (leaves, patterns)
SHORT = 4  # reads with fewer letters or digits than this ("42", "HT") must be surer
MIN_SHORT_SCORE = 0.9  # clip-art cows and flags gave "HT" 0.63 and "X1" 0.80; "42" on a sign 1.0
MIN_CHARS = 2  # letters or digits; a lone character is too often a false read
ROUND = {"0", "O"}  # what eyes, buttons, wheels and mouths are read as
MAX_LINES = 60  # a page of text is already a clear finding; do not read a whole book
TITLE_CHARS = 40

_lock = threading.Lock()
_engine: Any = None


class TextReaderMissing(SafePicError):
    """The OCR models that ship with SafePic are missing."""


@dataclass(frozen=True)
class TextLine:
    """One line of text read from the picture; box is x, y, w, h in upright-picture pixels."""

    text: str
    box: tuple[int, int, int, int]
    score: float


def model_paths() -> dict[str, Path]:
    """Where the OCR models live: inside SafePic's own resources, never downloaded."""
    from .ppocr import MODELS

    return {part: resources_dir().joinpath(*parts) for part, parts in MODELS.items()}


def _make_engine() -> Any:
    """The text finder and reader, from the model files that ship with SafePic."""
    paths = model_paths()
    missing = [p.name for p in paths.values() if not p.is_file()]
    if missing:
        raise TextReaderMissing(words(
            "SafePic cannot read words in pictures: its text reader is not fully installed."
        ))
    from .ppocr import PPOCR

    return PPOCR(paths["find"], paths["read"], box_threshold=BOX_SCORE)


def _get_engine() -> Any:
    global _engine
    if _engine is None:
        _engine = _make_engine()
    return _engine


def read_text(picture: Picture, *, detect_side: int = DETECT_SIDE, second_look: bool = True) -> list[TextLine]:
    """Every line of text that can be read, top to bottom, with junk filtered out. Without
    `second_look`, a small picture is looked at once, at its own size (see SECOND_LOOK)."""
    image = as_seen(picture.image)
    scale = min(1.0, detect_side / max(image.size))
    scales = [scale] if scale < 1.0 or not second_look else [1.0, SECOND_LOOK]
    with _lock:
        engine = _get_engine()
        quads = _unique([quad for size in scales for quad in _find(engine, image, size)])
        if not quads:
            return []  # nothing that looks like text: skip the reader entirely
        lines = []
        for quad in quads[:MAX_LINES]:
            crop, box = _crop(image, quad)
            if crop is None:
                continue
            read, score = engine.read(crop)
            lines.append(TextLine(read.strip(), box, score))
    kept = [line for line in lines if _is_real(line)]
    return sorted(kept, key=lambda line: (line.box[1], line.box[0]))


def _find(engine: Any, image: Image.Image, scale: float) -> list[np.ndarray]:
    """Where the finder sees text on a copy of the picture at `scale`, in picture pixels."""
    width, height = image.size
    small = image
    if scale != 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    small_bgr = np.asarray(small)[:, :, ::-1]
    short = min(small_bgr.shape[:2])
    if short < MIN_DETECT_SIDE:  # a thin strip: pad it (below and right, so boxes stay put)
        pad_y = MIN_DETECT_SIDE - small_bgr.shape[0] if small_bgr.shape[0] == short else 0
        pad_x = MIN_DETECT_SIDE - small_bgr.shape[1] if small_bgr.shape[1] == short else 0
        small_bgr = np.pad(small_bgr, ((0, pad_y), (0, pad_x), (0, 0)), mode="edge")
    quads = engine.find(np.ascontiguousarray(small_bgr))
    return [np.asarray(quad, dtype=np.float32) / scale for quad in quads]


def _unique(quads: list[np.ndarray]) -> list[np.ndarray]:
    """Largest first, without a later find of a line already found (boxes sharing over half
    their area): the first look's box, made from more pixels, is the one kept."""
    kept: list[np.ndarray] = []
    for quad in quads:
        if not any(_same_line(quad, other) for other in kept):
            kept.append(quad)
    return sorted(kept, key=_quad_area, reverse=True)


def _same_line(a: np.ndarray, b: np.ndarray) -> bool:
    (ax0, ay0), (ax1, ay1) = a.min(axis=0), a.max(axis=0)
    (bx0, by0), (bx1, by1) = b.min(axis=0), b.max(axis=0)
    inter = max(0.0, min(ax1, bx1) - max(ax0, bx0)) * max(0.0, min(ay1, by1) - max(ay0, by0))
    union = (ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter
    return bool(inter > 0.5 * union)


def _quad_area(quad: np.ndarray) -> float:
    xs, ys = quad[:, 0], quad[:, 1]
    return float((xs.max() - xs.min()) * (ys.max() - ys.min()))


def _crop(image: Image.Image, quad: np.ndarray) -> tuple[np.ndarray | None, tuple[int, int, int, int]]:
    """The text under `quad`, cut from the full picture and turned straight, plus its box."""
    from .ppocr import crop_line

    width, height = image.size
    left = int(max(0, np.floor(quad[:, 0].min())))
    top = int(max(0, np.floor(quad[:, 1].min())))
    right = int(min(width, np.ceil(quad[:, 0].max())))
    bottom = int(min(height, np.ceil(quad[:, 1].max())))
    box = (left, top, right - left, bottom - top)
    if right - left < 4 or bottom - top < 4:
        return None, box
    region = np.asarray(image.crop((left, top, right, bottom)))[:, :, ::-1]
    local = (quad - np.array([left, top], dtype=np.float32)).astype(np.float32)
    return np.ascontiguousarray(crop_line(region, local)), box


def _is_real(line: TextLine) -> bool:
    """Drop unsure reads, and short reads unless very sure: a lone letter is never kept.

    A row of one character ("0000", "OOO") is a row of round things, not words: the four
    buttons on a jacket sleeve read as "0000" with 0.95 certainty. So is a read of nothing but
    zeros and O's, however short: a drawn owl's eyes and beak read as "0.0" (0.94) and a drawn
    cat's mouth as "00" (0.90). No house number, plate or name is only zeros.
    """
    kept = [ch.upper() for ch in line.text if ch.isalnum()]
    needed = MIN_SHORT_SCORE if len(kept) < SHORT else MIN_SCORE
    if (len(kept) >= 3 and len(set(kept)) == 1) or set(kept) <= ROUND:
        return False
    return len(kept) >= MIN_CHARS and line.score >= needed


# --- what the words might give away ----------------------------------------------------------

_STREET_WORDS = (
    "STREET|ST|ROAD|RD|AVENUE|AVE|LANE|LN|DRIVE|DR|WAY|CLOSE|COURT|CT|PLACE|PL|CRESCENT|"
    "TERRACE|GARDENS|GROVE|BOULEVARD|BLVD|SQUARE|SQ|ROW|MEWS|HIGHWAY|HWY|PARADE|WALK|"
    "STRASSE|STR|GASSE|WEG|PLATZ|RUE|AVENIDA|CALLE|VIA|VIALE|STRAAT|LAAN|GATAN|VEJ"
)
_ADDRESS = re.compile(
    rf"\b[A-Z]{{2,}}\.?\s+({_STREET_WORDS})\b|[A-Z]{{3,}}(STRASSE|STRAAT|GATAN|VEJ|WEG)\b"
)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")  # UK style, e.g. SW1A 1AA
_HOUSE_NUMBER = re.compile(r"^(NO\.?\s*)?\d{1,4}[A-Z]?$")
_PLATE = re.compile(r"^(?=.*\d)(?=(?:.*[A-Z]){2})[A-Z0-9]{5,8}$")
_BADGE = re.compile(
    r"\b(NAME|HELLO|STAFF|VISITOR|STUDENT|PUPIL|EMPLOYEE|TEACHER|NURSE|DOCTOR|VOLUNTEER|"
    r"SECURITY|SCHOOL|ACADEMY|COLLEGE|UNIVERSITY|HOSPITAL|ID CARD|PASS)\b"
)
_CONTACT = re.compile(r"@\w{2,}|\bWWW\.|\.(COM|ORG|NET|UK|DE|FR|IO)\b|(\d[\s\-()]*){7,}")

_WHY = {
    "address": words("This looks like a street name or an address. It can show where you live, "
                     "or where you often are."),
    "house": words("This looks like a house number. Put together with other small clues, it can "
                   "lead someone to your door."),
    "plate": words("This looks like a car number plate. A number plate can be traced to a car, "
                   "and to the people who use it."),
    "badge": words("This looks like a name badge or a school or work pass. It can tell a stranger "
                   "your name and where you study or work."),
    "contact": words("This looks like a phone number, an email or a web address. Anyone who reads it "
                     "can get in touch or look you up."),
    "words": words("Words in a picture can give you away. Street names, house numbers, school or work "
                   "badges and number plates can lead someone to you. Crop or cover them if you can."),
}


def _kind(text: str) -> str:
    """What a block of text most looks like, from the riskiest kind down."""
    upper = " ".join(text.upper().split())
    compact = re.sub(r"[\s\-.·]", "", upper)
    if _BADGE.search(upper):
        return "badge"
    if _ADDRESS.search(upper) or _POSTCODE.search(upper):
        return "address"
    if _HOUSE_NUMBER.match(upper):
        return "house"
    if _PLATE.match(compact):
        return "plate"
    if _CONTACT.search(upper):
        return "contact"
    return "words"


def _blocks(lines: list[TextLine]) -> list[list[TextLine]]:
    """Lines that sit close together (one sign, one badge) belong to one block."""
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(lines):
        for j in range(i + 1, len(lines)):
            if _near(a.box, lines[j].box):
                parent[root(j)] = root(i)
    groups: dict[int, list[TextLine]] = {}
    for i, line in enumerate(lines):
        groups.setdefault(root(i), []).append(line)
    return list(groups.values())


def _near(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    reach = 0.8 * max(ah, bh)
    overlaps_across = ax < bx + bw and bx < ax + aw
    gap_down = max(by - (ay + ah), ay - (by + bh))
    same_row = ay < by + bh and by < ay + ah
    gap_across = max(bx - (ax + aw), ax - (bx + bw))
    return (overlaps_across and gap_down <= reach) or (same_row and gap_across <= reach)


def _union(boxes: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return left, top, right - left, bottom - top


def check(picture: Picture, *, detect_side: int = DETECT_SIDE, second_look: bool = True) -> list[Finding]:
    """One finding per sign, badge or block of words that can be read."""
    findings = []
    for block in _blocks(read_text(picture, detect_side=detect_side, second_look=second_look)):
        block.sort(key=lambda line: (line.box[1], line.box[0]))
        read = " ".join(line.text for line in block)
        kind = _kind(read)
        shown = read if len(read) <= TITLE_CHARS else read[: TITLE_CHARS - 1].rstrip() + "…"
        severity: Severity = "medium" if kind == "words" else "high"
        findings.append(Finding(
            code="text",
            severity=severity,
            title=words('Words can be read: "{shown}"', shown=shown),
            detail=_WHY[kind],
            box=_union([line.box for line in block]),
        ))
    findings.sort(key=lambda f: (f.severity != "high", f.box[1] if f.box else 0))
    return findings
