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
SURNAMES: frozenset[str]  # family names
ENGLISH_WORDS: frozenset[str]  # everyday lower-case English words
COMMON_WORDS: frozenset[str]  # place and person names that are also everyday English words
PROPER_WORDS: frozenset[str]  # other capitalised words: nationalities, faiths, star signs
REGIONS: frozenset[str]  # states, provinces, counties
TOWNS: Mapping[str, str]  # town (15,000 people or more) -> country code, "" when in two countries
COUNTRIES: Mapping[str, str]  # ISO code -> English name of the country

_LISTS = {"FIRST_NAMES": "first_names", "SURNAMES": "surnames", "ENGLISH_WORDS": "english_words",
          "COMMON_WORDS": "common_words", "PROPER_WORDS": "proper_words", "REGIONS": "regions"}
_TABLES = {"TOWNS": "towns", "COUNTRIES": "countries"}


def __getattr__(name: str) -> Any:
    if name in _LISTS:
        value: Any = word_list(_LISTS[name])
    elif name in _TABLES:
        value = word_table(_TABLES[name])
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later uses find it directly
    return value
