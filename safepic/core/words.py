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
    """An English sentence plus the template and values it was formatted from.

    A sentence about a number of things (`plural`) also keeps the number and its English form
    for one; `%n` in it stands for the number, as in Qt's plural forms.
    """

    template: str
    values: dict[str, Any]
    number: int | None  # how many things a plural sentence is about
    one: str | None

    def __new__(cls, template: str, values: dict[str, Any], number: int | None = None,
                one: str | None = None) -> Words:
        english = template if number is None else _numbered(one if number == 1 and one else template, number)
        made = super().__new__(cls, english.format(**values))
        made.template = template
        made.values = values
        made.number = number
        made.one = one
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # keep template and values across processes
        return (Words, (self.template, self.values, self.number, self.one))


def words(template: str, **values: Any) -> Words:
    """`template.format(**values)`, remembered; write templates with named {placeholders}."""
    return Words(template, values)


def plural(count: int, one: str, other: str, **values: Any) -> Words:
    """A sentence about `count` things: `one` when there is one, else `other`, where `%n` is the
    count ("%n faces can be seen"). Translations give every form their language needs; the
    wizard asks Qt for the one that fits `count` (QCoreApplication.translate(..., n))."""
    return Words(other, values, count, one)


def _numbered(template: str, count: int) -> str:
    return template.replace("%n", str(count))


def _fields(template: str) -> set[str] | None:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:  # a stray brace
        return None


def render(text: str, translate: Callable[..., str]) -> str:
    """`text` said again through `translate`; English when the translation does not fit.

    A plural sentence is asked for as `translate(template, count)`, which returns the form for
    `count` with `%n` filled in (Qt's way); an untranslated one keeps its own English forms."""
    if not isinstance(text, Words):
        return translate(text) or text if text else text
    values = {k: render(v, translate) if isinstance(v, Words) else v for k, v in text.values.items()}
    number = text.number
    if number is None:
        english = text.template
        translated = translate(text.template) or english
    else:
        english = _numbered(text.one if number == 1 and text.one else text.template, number)
        translated = _numbered(translate(text.template, number) or english, number)
        if translated == _numbered(text.template, number):  # not translated: English forms
            translated = english
    if _fields(translated) != _fields(text.template):
        translated = english
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return english.format(**values)
