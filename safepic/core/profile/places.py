"""Towns, regions and countries named in profile words, found offline without false alarms.

A town name alone is often an ordinary word ("Bath", "Reading", "Nice", "Deal"), so a mention
counts only when it looks like a place: a capitalised name of a town of 15,000 people or more
that is not also an everyday word or a first name, or any town at all (down to 1,000 people,
from GeoNames' list) right after words like "live in", "from" or "based in". A few big
towns named with everyday words ("Reading", "Derby") also count when capitalised after "in".
"""

from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from ..places import open_table
from . import data
from .hit import fold

# Words that make the next name a place: "I live in Leeds", "from Hebden Bridge", "vivo en
# Getafe", "soy de Almería", "cerca de Teruel".
_STRONG_BEFORE = re.compile(
    r"(?:\b(?:live|living|lives|lived|based|located|raised|grew up|born|moved|staying|stay|stuck)"
    r"\s+(?:in|to|near|around|outside)|\bfrom|\bnear|\bnr\.?|\boutside"
    r"|\b(?:north|south|east|west)\s+of"
    r"|\b(?:vivo|vive|vivimos|viviendo|resido|reside|afincad[oa]|nac[ií](?:d[oa])?|crecí|criad[oa]"
    r"|estoy|mudé|mudamos|mudarme|me\s+mudé|me\s+fui)\s+(?:en|a)(?:\s+(?:la|el|las|los))?"
    r"|\b(?:soy|somos|es|vengo)\s+del?|(?:^|[,;|•·(])\s*de|\bdesde|\bcerca\s+de|\bafueras\s+de|\bpueblo\s+de"
    r"|\bprovincia\s+de|\bzona\s+de)\s+$",
    re.IGNORECASE,
)
_IN_BEFORE = re.compile(r"\b(?:in|at|to|round|around|visit|visiting|en|a)\s+$", re.IGNORECASE)
_STRONG_AFTER = re.compile(
    r"^(?:\s*,\s*(?:uk|england|scotland|wales|ireland|usa|us|canada|australia|españa|méxico"
    r"|argentina|colombia|chile|perú|venezuela|ecuador|uruguay)\b"
    r"|\s+(?:based|born|area|local|lad|lass|girl|boy)\b|-based\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*[^\W\d_]|[^\W\d_]")
# Big towns whose names are also everyday words; capitalised after "in" they are the town.
_CITY_WORDS = frozenset({
    "anchorage", "bath", "billings", "boulder", "buffalo", "cairns", "concord", "cork", "derby",
    "harrow", "hull", "limerick", "nice", "oxford", "phoenix", "providence", "reading", "slough",
    "split", "surrey", "wellington", "davenport", "chandler", "riverside", "shanghai", "bologna",
    "tangier", "muscat", "perth", "newton",
})
_PERSON_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sr|Sra|Dña|[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)\.?\s+$")
_GREETINGS = frozenset({"hola", "ola", "ciao", "salut", "bonjour", "hallo", "namaste", "salaam", "shalom"})
_CONNECTORS = frozenset({"upon", "on", "de", "la", "le", "del", "of", "the", "under", "by", "in"})
# Months and days, capitalised by habit in Spanish too ("Nací en Mayo"); never places alone.
_CALENDAR = frozenset("""enero febrero marzo abril mayo junio julio agosto septiembre setiembre
octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo""".split())

COUNTRY_ALIASES = {
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "northern ireland": "GB", "usa": "US", "u.s.a.": "US",
    "america": "US", "holland": "NL",
    "eeuu": "US", "ee.uu.": "US", "ee.uu": "US", "inglaterra": "GB", "escocia": "GB", "gales": "GB",
    "irlanda del norte": "GB", "gran bretaña": "GB", "holanda": "NL",
}
_COUNTRY_BY_NAME = {fold(name.lower()): code for code, name in data.COUNTRIES_ES.items()} \
    | {name.lower(): code for code, name in data.COUNTRIES_ES.items()} \
    | {name.lower(): code for code, name in data.COUNTRIES.items()} | COUNTRY_ALIASES


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    country: str | None  # ISO code when known (for the wording of the suggestion)
    is_country: bool


@lru_cache(maxsize=16)
def find_places(text: str) -> tuple[PlaceMention, ...]:
    """Every town, region or country named in `text` in a way that reads as a place."""
    words = list(_WORD.finditer(text))
    found: list[PlaceMention] = []
    index = 0
    while index < len(words):
        mention = _longest_at(text, words, index)
        if mention is None:
            index += 1
            continue
        found.append(mention[0])
        index = mention[1]
    return tuple(found)


def _longest_at(text: str, words: list[re.Match[str]], index: int) -> tuple[PlaceMention, int] | None:
    first = words[index]
    if first.group().lower() in _CONNECTORS:
        return None
    for count in range(min(4, len(words) - index), 0, -1):
        last = words[index + count - 1]
        span_words = words[index:index + count]
        if any(text[a.end():b.start()] not in (" ", "-") for a, b in itertools.pairwise(span_words)):
            continue
        if last.group().lower() in _CONNECTORS:
            continue
        key = _known_form(" ".join(w.group().lower() for w in span_words))
        if _is_place(text, first.start(), last.end(), key, span_words):
            return PlaceMention(first.start(), last.end(), _country_of(key), key in _COUNTRY_BY_NAME), \
                index + count
    return None


def _is_place(text: str, start: int, end: int, key: str, span_words: list[re.Match[str]]) -> bool:
    before, after = text[:start][-40:], text[end:][:20]
    capitalised = all(w.group()[0].isupper() for w in span_words
                      if w.group().lower() not in _CONNECTORS)
    ordinary = len(span_words) == 1 and (
        key in data.COMMON_WORDS or key in data.ENGLISH_WORDS or key in data.FIRST_NAMES
        or key in _GREETINGS or key in _CALENDAR or key in data.SPANISH_WORDS)
    strong = bool(_STRONG_BEFORE.search(before) or _STRONG_AFTER.search(after))
    near = strong or bool(_IN_BEFORE.search(before))
    if key in _COUNTRY_BY_NAME:
        if len(key) <= 3:  # "UK", "US": only in capitals, never the word "us"
            return text[start:end].replace(".", "").isupper()
        if ordinary:  # "China", "Turkey", "Jordan"; "Mumbai, India"
            return capitalised and (strong or before.endswith((", ", ",")) and not _sentence_start(before))
        return capitalised or near
    if not capitalised:  # "mark from manchester": a clear place in a clear context
        if len(span_words) > 1:  # "from hebden bridge": a small town, if not all everyday words
            return strong and _known(key) and any(
                w.group().lower() not in data.ENGLISH_WORDS for w in span_words)
        return near and not ordinary and key in _POPULOUS
    if len(span_words) == 1 and key in data.FIRST_NAMES and key not in data.ENGLISH_WORDS \
            and key not in data.COMMON_WORDS and key in _POPULOUS:
        return near  # "Bradford", "Austin", "Florence": the town after "in", "from"; else a person
    if ordinary:  # "Bath", "Reading", "Nice": right after "live in", "from"; big ones after "in"
        last_item = before.endswith(", ") and not after.strip(" .!")  # "Kiwi girl, 34, Wellington"
        spanish_only = key in data.SPANISH_WORDS and not (key in data.ENGLISH_WORDS or key in data.COMMON_WORDS)
        return strong and (key in _POPULOUS if spanish_only else _known(key)) \
            or key in _CITY_WORDS and (
            _IN_BEFORE.search(before) is not None or last_item)
    if len(span_words) > 1 and all(w.group().lower() in data.ENGLISH_WORDS for w in span_words):
        return near and key in _POPULOUS  # "Long Beach", "Park View": only as "in Long Beach"
    if len(span_words) > 1 and all(w.group().lower() in data.SPANISH_WORDS or w.group().lower() in
                                   data.ENGLISH_WORDS or w.group().lower() in _CONNECTORS for w in span_words):
        return key in _POPULOUS  # "Nuevo León" is a region; "Calle Mayor" no place of its own
    if key in _POPULOUS:  # unless it is someone's family name: "Mr Hayes", "Joey Campbell's"
        return not (key in data.SURNAMES and (_after_person(before) or after.startswith(("'s", "’s"))))
    return near and _known(key)


def _known_form(key: str) -> str:
    """The key as the lists spell it: "berlín" is found as "berlin", "malaga" as "malaga"."""
    if key in _COUNTRY_BY_NAME or key in _POPULOUS:
        return key
    bare = fold(key)
    return bare if bare in _COUNTRY_BY_NAME or bare in _POPULOUS else key


def _after_person(before: str) -> bool:
    """True after a first name or a title: "Joey Campbell", "Mrs Hayes"."""
    match = _PERSON_BEFORE.search(before)
    if match is None:
        return False
    word = match.group().strip(" .")
    return word in ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sr", "Sra", "Dña") \
        or word.lower() in data.FIRST_NAMES or word.lower() in data.SURNAMES


def _sentence_start(before: str) -> bool:
    return not before.strip() or before.rstrip()[-1] in ".!?\n"


def _country_of(key: str) -> str | None:
    if key in _COUNTRY_BY_NAME:
        return _COUNTRY_BY_NAME[key]
    if key in _POPULOUS:
        return data.TOWNS.get(key) or None
    return _towns().get(key) or None


_POPULOUS = frozenset(data.TOWNS) | data.REGIONS | {
    "yorkshire", "west yorkshire", "north yorkshire", "south yorkshire", "east yorkshire",
    "lancashire", "greater manchester", "merseyside", "tyneside", "teesside", "east anglia",
    "the midlands", "west midlands", "east midlands", "the highlands", "the lakes",
}


@lru_cache(maxsize=1)
def _towns() -> dict[str, str]:
    """Every town of GeoNames' list (1,000 people or more, core/places.py), lower case -> country code
    ("" when towns of that name are in more than one country).

    Read once, and only when a name in a clear context ("I live in ...") is not a big town.
    """
    towns: dict[str, str] = {}
    with open_table() as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:  # lat, lon, name, admin1, admin2, cc
            name = row[2].lower()
            towns[name] = row[5] if towns.get(name, row[5]) == row[5] else ""
    return towns


def _known(key: str) -> bool:
    return key in _POPULOUS or key in _towns()

