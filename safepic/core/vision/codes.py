"""Find QR codes and barcodes: anyone can scan them from a picture, and they often hold a web
link, a name, an address or a ticket number.

OpenCV finds codes on a copy of about 1600 pixels (fast), then each code is read again from
the full-size picture, so a code that is small in the photo is still read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..picture import Picture
from ..report import Finding, Severity
from ..words import words
from .faces import as_seen

DETECT_SIDE = 1600
SHOW_CHARS = 60  # longer contents are described, not quoted
PRODUCT_TYPES = {"EAN_13", "EAN_8", "UPC_A", "UPC_E"}  # shop barcodes on packets


@dataclass(frozen=True)
class Code:
    """One code in the picture; box is x, y, w, h in upright-picture pixels."""

    kind: str  # "QR" or a barcode type such as "EAN_13" or "CODE_128"
    text: str
    box: tuple[int, int, int, int]


def find_codes(picture: Picture) -> list[Code]:
    """Every QR code and barcode that can be read."""
    import cv2

    gray = np.asarray(as_seen(picture.image).convert("L"))
    height, width = gray.shape
    scale = min(1.0, DETECT_SIDE / max(width, height))
    small = gray
    if scale < 1.0:
        small = cv2.resize(gray, (max(1, round(width * scale)), max(1, round(height * scale))),
                           interpolation=cv2.INTER_AREA)
    codes: list[Code] = []
    qr = cv2.QRCodeDetectorAruco()
    ok, texts, points, _ = qr.detectAndDecodeMulti(small)
    for text, quad in zip(texts if ok else (), points if ok and points is not None else ()):
        full_quad = np.asarray(quad, dtype=np.float32) / scale
        if not text:
            text = _read_again(_qr_text, gray, full_quad)
        if text:
            codes.append(Code("QR", text, _box(full_quad, width, height)))
    barcodes = getattr(cv2, "barcode", None)
    if barcodes is not None:
        reader = barcodes.BarcodeDetector()
        ok, texts, kinds, points = reader.detectAndDecodeWithType(small)
        for text, kind, quad in zip(texts if ok else (), kinds if ok else (),
                                    points if ok and points is not None else ()):
            full_quad = np.asarray(quad, dtype=np.float32) / scale
            if not text:
                text = _read_again(_barcode_text, gray, full_quad)
            if text:
                codes.append(Code(str(kind) or "barcode", text, _box(full_quad, width, height)))
    return codes


def _qr_text(crop: np.ndarray) -> str:
    import cv2

    for reader in (cv2.QRCodeDetectorAruco(), cv2.QRCodeDetector()):
        text = reader.detectAndDecode(crop)[0]
        if text:
            return text
    return ""


def _barcode_text(crop: np.ndarray) -> str:
    import cv2

    ok, texts, _, _ = cv2.barcode.BarcodeDetector().detectAndDecodeWithType(crop)
    return next((text for text in texts if text), "") if ok else ""


def _read_again(read: Callable[[np.ndarray], str], gray: np.ndarray, quad: np.ndarray) -> str:
    """Read a code found on the small copy again, from the full-size pixels around it."""
    height, width = gray.shape
    margin = 0.25 * max(np.ptp(quad[:, 0]), np.ptp(quad[:, 1]))
    left = int(max(0, quad[:, 0].min() - margin))
    top = int(max(0, quad[:, 1].min() - margin))
    right = int(min(width, quad[:, 0].max() + margin))
    bottom = int(min(height, quad[:, 1].max() + margin))
    if right - left < 8 or bottom - top < 8:
        return ""
    return read(np.ascontiguousarray(gray[top:bottom, left:right]))


def _box(quad: np.ndarray, width: int, height: int) -> tuple[int, int, int, int]:
    left = int(max(0, np.floor(quad[:, 0].min())))
    top = int(max(0, np.floor(quad[:, 1].min())))
    right = int(min(width, np.ceil(quad[:, 0].max())))
    bottom = int(min(height, np.ceil(quad[:, 1].max())))
    return left, top, right - left, bottom - top


def _holds(text: str) -> str:
    """What the code's contents look like, in plain words."""
    lower = text.lower()
    if lower.startswith(("http://", "https://", "www.")):
        return words("a web link")
    if lower.startswith(("begin:vcard", "mecard:")):
        return words("a contact card with a name and details")
    if lower.startswith(("tel:", "sms:")):
        return words("a phone number")
    if lower.startswith("mailto:"):
        return words("an email address")
    if lower.startswith("geo:"):
        return words("a place on a map")
    if lower.startswith("wifi:"):
        return words("a Wi-Fi name and password")
    return words("some writing")


def check(picture: Picture) -> list[Finding]:
    """One finding per QR code or barcode that can be scanned from the picture."""
    findings = []
    for code in find_codes(picture):
        # The code's own text, when short enough to show: one sentence with its leading space.
        quoted = words(' It says: "{text}".', text=code.text) if len(code.text) <= SHOW_CHARS else ""
        if code.kind == "QR":
            severity: Severity = "high"
            title = words("A QR code can be scanned")
            detail = words("This QR code holds {what}.{quoted} Anyone who scans it from your picture "
                           "gets the same. Codes can lead to a page, an address, a ticket or your name.",
                           what=_holds(code.text), quoted=quoted)
        else:
            product = code.kind in PRODUCT_TYPES
            severity = "low" if product else "medium"
            title = words("A barcode can be scanned")
            detail = (words("This looks like a shop barcode on a packet.{quoted} It says little about "
                            "you, but it can show what you buy and where.", quoted=quoted) if product else
                      words("This barcode can be read by anyone who has your picture.{quoted} Barcodes "
                            "on tickets, passes and parcels can hold a name, a booking or an address.",
                            quoted=quoted))
        findings.append(Finding("code", severity, title, detail, box=code.box))
    return findings
