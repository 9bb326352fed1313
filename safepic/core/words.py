"""English sentences that remember how they were made, so the wizard can say them in Spanish.

Core never imports Qt, yet the wizard translates with Qt. A `Words` is an ordinary str (the CLI
and JSON show the English), but it keeps its template and values: `render` says the same thing
again through any translate function, translating nested `Words` values too.
tools/translations.py finds every `words("...")` template in core and hands it to lupdate.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Any


class Words(str):
    """An English sentence plus the template and values it was formatted from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Words:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # keep template and values across processes
        return (Words, (self.template, self.values))


def words(template: str, **values: Any) -> Words:
    """`template.format(**values)`, remembered; write templates with named {placeholders}."""
    return Words(template, values)


def _fields(template: str) -> set[str] | None:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:  # a stray brace
        return None


def render(text: str, translate: Callable[[str], str]) -> str:
    """`text` said again through `translate`; English when the translation does not fit."""
    if not isinstance(text, Words):
        return translate(text) or text if text else text
    values = {k: render(v, translate) if isinstance(v, Words) else v for k, v in text.values.items()}
    translated = translate(text.template) or text.template
    if _fields(translated) != _fields(text.template):
        translated = text.template
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return text.template.format(**values)
