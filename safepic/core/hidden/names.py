"""Given names and family names, for spotting a person's name in a file name.

Read from resources/wordlists/file_given_names.txt and file_family_names.txt the first time a
file name is looked at (SOURCES.md there: the Faker package's person names of 23 locales, MIT).
These are not the profile check's lists on purpose: see SOURCES.md.
"""

from __future__ import annotations

from typing import Any

from ..resources import word_list

GIVEN_NAMES: frozenset[str]
FAMILY_NAMES: frozenset[str]

_LISTS = {"GIVEN_NAMES": "file_given_names", "FAMILY_NAMES": "file_family_names"}


def __getattr__(name: str) -> Any:
    if name not in _LISTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = word_list(_LISTS[name])
    return value
