"""The profile check's word lists, read from resources/wordlists/ the first time each is used.

The lists are data, not code: resources/wordlists/SOURCES.md says where each came from and its
licence, and tools/build_wordlists.py makes them again. Each name below is read once, on first
use, and then kept (PEP 562 module `__getattr__`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..resources import word_list, word_table

FIRST_NAMES: frozenset[str]  # given names people write in English and Spanish
SURNAMES: frozenset[str]  # family names, English and Spanish
ENGLISH_WORDS: frozenset[str]  # everyday lower-case English words
SPANISH_WORDS: frozenset[str]  # everyday lower-case Spanish words (no names)
COMMON_WORDS: frozenset[str]  # place and person names that are also everyday English words
PROPER_WORDS: frozenset[str]  # other capitalised words: nationalities, faiths, star signs
REGIONS: frozenset[str]  # states, provinces, counties; Spanish regions as written in Spanish
TOWNS: Mapping[str, str]  # town (15,000 people or more) -> country code, "" when in two countries
COUNTRIES: Mapping[str, str]  # ISO code -> English name of the country
COUNTRIES_ES: Mapping[str, str]  # ISO code -> Spanish name of the country

# Each name is read from these files (joined when more than one).
_LISTS = {"FIRST_NAMES": ("first_names", "first_names_es"), "SURNAMES": ("surnames", "surnames_es"),
          "ENGLISH_WORDS": ("english_words",), "SPANISH_WORDS": ("spanish_words",),
          "COMMON_WORDS": ("common_words",), "PROPER_WORDS": ("proper_words",),
          "REGIONS": ("regions", "regions_es")}
_TABLES = {"TOWNS": ("towns", "towns_es"), "COUNTRIES": ("countries",),
           "COUNTRIES_ES": ("countries_es",)}


def __getattr__(name: str) -> Any:
    if name in _LISTS:
        value: Any = frozenset().union(*(word_list(file) for file in _LISTS[name]))
    elif name in _TABLES:
        value = {k: v for file in reversed(_TABLES[name]) for k, v in word_table(file).items()}
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later uses find it directly
    return value
