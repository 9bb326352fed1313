"""Find files under resources/, both in a source checkout and in an installed wheel."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The resources folder: safepic/resources when installed, ../resources in a checkout."""
    installed = _PACKAGE_ROOT / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_ROOT.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file; raises FileNotFoundError with the missing path if absent."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"SafePic is missing one of its own files: {path}")
    return path


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of resources/wordlists/NAME.txt (one a line), read once when first needed:
    big lists stay out of the code and cost nothing until a check uses them."""
    text = resource_path("wordlists", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(text.split("\n")) - {""}


@cache
def word_table(name: str) -> Mapping[str, str]:
    """The KEY<tab>VALUE lines of resources/wordlists/NAME.tsv, read once when first needed."""
    text = resource_path("wordlists", f"{name}.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.split("\n") if line)
