"""Page texts from resources/content/<lang>/, so words can be changed and translated without code.

Each page has one JSON file of short texts. A missing language or a missing text falls back to
English, so a half-finished translation still shows every page.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from safepic.core.resources import resources_dir

DEFAULT_LANG = "en"


def content_dir(lang: str) -> Path:
    return resources_dir() / "content" / lang


def pick_lang(lang: str | None) -> str:
    """The language asked for, else the system's, if we have texts for it; else English."""
    wanted = lang or QLocale.system().name().split("_")[0]
    if wanted and content_dir(wanted).is_dir():
        return wanted
    return DEFAULT_LANG


@cache
def _read(lang: str, name: str) -> dict[str, Any]:
    path = content_dir(lang) / f"{name}.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def texts(name: str, lang: str | None = None) -> dict[str, Any]:
    """All texts of one page: the chosen language over English."""
    merged = dict(_read(DEFAULT_LANG, name))
    chosen = pick_lang(lang)
    if chosen != DEFAULT_LANG:
        merged.update(_read(chosen, name))
    if not merged:
        raise FileNotFoundError(f"SafePic is missing its texts for the page '{name}'.")
    return merged


def markdown(name: str, lang: str | None = None) -> str:
    """A longer Markdown text (the community's own "if something goes wrong" advice)."""
    for candidate in (pick_lang(lang), DEFAULT_LANG):
        path = content_dir(candidate) / f"{name}.md"
        if path.is_file():  # notes for editors sit in <!-- --> and are not shown
            return re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    raise FileNotFoundError(f"SafePic is missing its text '{name}.md'.")


REPORT_CONTEXT = "core"  # where tools/translations.py puts the core's words() templates


def _translate(text: str, count: int = -1) -> str:
    return QCoreApplication.translate(REPORT_CONTEXT, text, None, count)


def said(report):
    """The report's findings and notes in the wizard's language (English where untranslated)."""
    return report.translated(_translate)


def say(text: str) -> str:
    """One sentence from the core (a style's title, say) in the wizard's language."""
    from safepic.core.words import render

    return render(text, _translate)
