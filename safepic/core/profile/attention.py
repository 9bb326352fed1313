"""Details that do not say who someone is but can draw the wrong people to them.

SafePic's guidance asks newcomers whether their profile really needs their gender, their looks,
"single" or "I will listen to anything": unkind people pick targets by exactly these. These
rules find them in English and Spanish; the wording (words.py) says the risk plainly and leaves
the choice to the person. Pronouns ("she/her") are not flagged: they are a courtesy most
profiles show.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .hit import Hit

# detail -> pattern; the detail picks the words that explain the risk.
_RULES = {
    "gender": re.compile(
        r"\b(?:female|woman|girl|gal|lass|lady|male|guy|lad)\b(?![-/]|\s+(?:friends?|power|boss"
        r"|next\s+door|scouts?|guides?)\b)"
        r"|(?<=\bi'm\sa\s)man\b|(?<=\bim\sa\s)man\b|(?<=\bi\sam\sa\s)man\b"
        r"|\b(?:chica|mujer|chico|hombre|chavala|chaval)\b(?=\s*(?:[,.!|]|$|de\s+\d\d|solter[oa]"
        r"|rubi[oa]|moren[oa]|guap[oa]))",
        re.IGNORECASE,
    ),
    "looks": re.compile(
        r"\b(?:blonde?|brunette|redhead|petite|curvy|busty|sexy|good[- ]looking|attractive"
        r"|(?:blue|green|hazel)[- ]eyed|(?:blue|green|hazel)\s+eyes"
        r"|rubi[oa]|pelirroj[oa]|guap[oa]|sexy|ojos\s+(?:azules|verdes|claros))\b"
        r"|(?<=\bi'm\s)(?:hot|cute|pretty|gorgeous)\b(?!\s+(?:good|sure|shy|much|bad|tired))"
        r"|(?<=\bsoy\s)(?:moren[oa]|alt[oa]|delgad[oa])\b",
        re.IGNORECASE,
    ),
    "status": re.compile(
        r"\b(?:newly\s+|currently\s+)?single\b(?!\s+(?:mum|mom|mam|mother|dad|father|parent|day"
        r"|step|thing|one|time|word|person)\b)"
        r"|\b(?:divorced|separated|looking\s+for\s+(?:love|a\s+relationship|a\s+(?:boy|girl)friend"
        r"|someone\s+special|my\s+soulmate)|no\s+(?:boyfriend|girlfriend))\b"
        r"|\b(?:solter[oa]|divorciad[oa]|separad[oa]|sin\s+pareja"
        r"|busco\s+(?:pareja|novio|novia|el\s+amor|a\s+alguien\s+especial))\b"
        r"(?<!madre\ssoltera)(?<!padre\ssoltero)",
        re.IGNORECASE,
    ),
    "invite": re.compile(
        r"\b(?:dm|pm|inbox|message|msg|text|snap|whatsapp|call|hmu|hit\s+me\s+up)(?:\s+me)?"
        r"\s+(?:anytime|any\s+time|whenever|24/7|day\s+or\s+night|at\s+any\s+hour)"
        r"(?!\s+(?:after|before|between|from|until|in\s+the|you\s+need)\b)(?!\s*\d)"
        r"|\b(?:i'?ll|i\s+will|will|happy\s+to|i)\s+listen\s+to\s+anything\b"
        r"|\b(?:up|open|down)\s+for\s+anything\b|\bopen\s+to\s+anything\b|\banything\s+goes\b"
        r"|\b(?:escr[ií]beme|h[aá]blame|m[aá]ndame\s+(?:un\s+)?(?:mensaje|md|privado|wasap)"
        r"|ll[aá]mame)(?:\s+(?:por\s+(?:privado|md|dm|wasap|whatsapp)))?"
        r"\s+(?:cuando\s+quieras|a\s+cualquier\s+hora|cuando\s+sea|24/7|de\s+d[ií]a\s+o\s+de\s+noche"
        r"|d[ií]a\s+y\s+noche)"
        r"|\b(?:te\s+)?escucho\s+(?:sea\s+lo\s+que\s+sea|lo\s+que\s+sea|de\s+todo|cualquier\s+cosa)"
        r"|\bestoy\s+para\s+lo\s+que\s+sea\b|\babiert[oa]\s+a\s+todo\b",
        re.IGNORECASE,
    ),
}


def hits(text: str) -> Iterator[Hit]:
    """Every detail in `text` that can draw the wrong people, with what kind it is."""
    for detail, pattern in _RULES.items():
        for match in pattern.finditer(text):
            yield Hit("attention", match.start(), match.end(), detail)
