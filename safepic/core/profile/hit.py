"""One detail found in profile words, before it is put into words: shared by every rule set."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

UPPER = r"[A-ZÁÉÍÓÚÑÜ]"  # a capital, with or without an accent: "Lucía", "Álava"
LOWER = r"[a-záéíóúñüç]"


@dataclass(frozen=True)
class Hit:
    """A span of the checked text and what it is; `detail` is what the wording needs
    (an age, a country code, "year" or "name", or which kind of attention)."""

    kind: str
    start: int
    end: int
    detail: str = ""


def fold(text: str) -> str:
    """Without accents ("lucía" -> "lucia"), as people often type; ñ stays ñ."""
    kept = text.replace("ñ", "\0").replace("Ñ", "\1")
    bare = "".join(c for c in unicodedata.normalize("NFD", kept) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", bare).replace("\0", "ñ").replace("\1", "Ñ")
