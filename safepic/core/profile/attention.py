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

# "female", "girl", "chica" said of oneself: after "I'm a", after an age ("22 year old blonde
# female"), or opening the profile or one of its items with at most two words before it
# ("Aussie girl, 34", "Yorkshire lass", "Mujer, 30"). Not "cat lady", "Hey girl", "like a girl".
_GENDER = re.compile(r"\b(?:female|woman|girl|gal|lass|lady|male|guy|lad|man|chica|mujer|chico|hombre"
                     r"|chavala|chaval)\b(?![-/]|\s+(?:friends?|power|boss|next\s+door|scouts?|guides?"
                     r"|of)\b)", re.IGNORECASE)  # "a man of few words"
_SAID_OF_ONESELF = re.compile(
    r"(?:\b(?:i'?m|i\s+am|im|just|soy|como)\s+(?:a\s+|an\s+|una?\s+)?(?:[\w-]+\s+){0,2}"
    r"|\b[1-9]\d\s*(?:yo|y/o|years?[- ]old|yr[- ]old|años)?\s*,?\s+(?:[\w-]+\s+)?"
    r"|(?:^|[\n,|•·.!(]\s*)(?:[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)
_NOT_ONESELF = re.compile(r"\b(?:cat|plant|dog|bag|dinner|tea|lollipop|cleaning|hey|hi|hello|oi|go"
                          r"|like\s+a|this|that|the|my|your|his|her|every|any|some)\s+$", re.IGNORECASE)
_MAN_ALONE = re.compile(r"(?:^|[\n,|•·])\s*$")  # "man" opening a line says little: "Man, what a week"

# detail -> pattern; the detail picks the words that explain the risk.
_RULES = {
    "looks": re.compile(
        r"\b(?:blonde?|brunette|redhead|petite|curvy|busty|sexy|good[- ]looking|attractive"
        r"|(?:blue|green|hazel)[- ]eyed|(?:blue|green|hazel)\s+eyes"
        r"|rubi[oa]|pelirroj[oa]|sexy|ojos\s+(?:azules|verdes|claros))\b"
        r"(?!\s+(?:jokes?|beer|ale|roast|moment|wood|chistes?|cerveza)\b)"
        r"|(?<=\bi'm\s)(?:hot|cute|pretty|gorgeous)\b(?!\s+(?:good|sure|shy|much|bad|tired))"
        r"|(?<=\bsoy\s)(?:moren[oa]|alt[oa]|delgad[oa]|guap[oa])\b",  # "¡Ánimo, guapa!" is to the reader
        re.IGNORECASE,
    ),
    "status": re.compile(
        r"\b(?:(?:newly|currently|happily|recently)\s+)?(?:single|divorced|separated)\b"
        r"(?=\s*(?:[,.!|;•·&(]|$|and\b|again\b|af\b|for\s+now\b|atm\b|looking\b|here\b"
        r"|(?:female|male|woman|man|girl|guy|lady|lad|gal)\b))"
        r"|\b(?:looking\s+for\s+(?:love|a\s+relationship|a\s+(?:boy|girl)friend"
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
    for match in _GENDER.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        if _SAID_OF_ONESELF.search(before) and not _NOT_ONESELF.search(before) and not (
                match.group().lower() == "man" and _MAN_ALONE.search(before)):
            yield Hit("attention", match.start(), match.end(), "gender")
    for detail, pattern in _RULES.items():
        for match in pattern.finditer(text):
            yield Hit("attention", match.start(), match.end(), detail)
