"""Core sentences stay plain English strings for the CLI and JSON, yet can be said again in
another language through any translate function (the wizard passes Qt's)."""

from __future__ import annotations

import json
import pickle

import pytest

from safepic.core.errors import CleanError
from safepic.core.report import TEST_TITLES, Finding, Report
from safepic.core.words import Words, render, words

SPANISH = {
    "It holds {items}. A name can lead straight to you.": "Guarda {items}. Un nombre puede llevar directo a ti.",
    "The file holds a name": "El archivo guarda un nombre",
    "the artist": "el artista",
    '{label} "{value}"': '{label} "{value}"',
    "This is a moving picture; SafePic uses its first frame only.": "Es una imagen en movimiento.",
}


def spanish(text: str) -> str:
    return SPANISH.get(text, text)


def test_words_is_the_english_string_and_remembers_how_it_was_made():
    said = words("It holds {items}. A name can lead straight to you.", items="the artist")
    assert isinstance(said, str) and isinstance(said, Words)
    assert said == "It holds the artist. A name can lead straight to you."
    assert said.template == "It holds {items}. A name can lead straight to you."
    assert said.values == {"items": "the artist"}
    assert json.dumps({"detail": said}) == json.dumps({"detail": str(said)})


def test_words_survive_a_trip_to_another_process():
    said = words('{label} "{value}"', label=words("the artist"), value="Ana Ruiz")
    again = pickle.loads(pickle.dumps(said))
    assert again == said and again.template == said.template
    assert render(again, spanish) == 'el artista "Ana Ruiz"'


def test_render_translates_the_template_and_nested_words_but_not_the_values():
    name = words('{label} "{value}"', label=words("the artist"), value="the artist")
    said = words("It holds {items}. A name can lead straight to you.", items=name)
    assert render(said, spanish) == 'Guarda el artista "the artist". Un nombre puede llevar directo a ti.'


def test_plain_strings_are_translated_whole():
    assert render("The file holds a name", spanish) == "El archivo guarda un nombre"
    assert render("not in the list", spanish) == "not in the list"
    assert render("", spanish) == ""


@pytest.mark.parametrize("broken", ["Guarda {cosas}.", "Guarda {items} {items2}.", "Guarda {items"])
def test_a_translation_with_other_placeholders_falls_back_to_english(broken):
    said = words("It holds {items}. A name can lead straight to you.", items="a name")
    assert render(said, lambda text: broken) == str(said)


def test_a_translation_that_leaves_a_placeholder_out_falls_back_to_english():
    said = words("It holds {items}. A name can lead straight to you.", items="a name")
    assert render(said, lambda text: "Guarda algo.") == str(said)


def test_report_translated_says_findings_and_notes_in_the_other_language():
    detail = words("It holds {items}. A name can lead straight to you.", items=words("the artist"))
    finding = Finding("owner", "high", words("The file holds a name"), detail, box=(1, 2, 3, 4))
    report = Report("a.jpg", "jpeg", (10, 10), findings=[finding],
                    notes=[words("This is a moving picture; SafePic uses its first frame only.")])
    spanish_report = report.translated(spanish)
    assert spanish_report is not report
    moved = spanish_report.findings[0]
    assert moved.title == "El archivo guarda un nombre"
    assert moved.detail == "Guarda el artista. Un nombre puede llevar directo a ti."
    assert (moved.code, moved.severity, moved.box) == ("owner", "high", (1, 2, 3, 4))
    assert spanish_report.notes == ["Es una imagen en movimiento."]
    assert report.findings[0].title == "The file holds a name", "the original report is unchanged"
    assert spanish_report.tests() == report.tests()


def test_test_titles_and_errors_keep_their_templates():
    assert all(isinstance(title, Words) for title in TEST_TITLES.values())
    error = CleanError(words("SafePic could not turn this picture into a clean copy."))
    assert isinstance(error.args[0], Words)
    assert str(error) == "SafePic could not turn this picture into a clean copy."


def test_plural_words_say_one_and_many_in_english_and_ask_for_the_translated_form():
    from safepic.core.words import plural

    one = plural(1, "A face can be seen", "%n faces can be seen")
    six = plural(6, "A face can be seen", "%n faces can be seen")
    assert (one, six) == ("A face can be seen", "6 faces can be seen")
    assert pickle.loads(pickle.dumps(six)) == six

    asked = []

    def spanish_forms(text: str, count: int = -1) -> str:  # as Qt does: the form, %n filled in
        asked.append((text, count))
        return ("Se ve una cara" if count == 1 else "Se ven %n caras").replace("%n", str(count))

    assert render(six, spanish_forms) == "Se ven 6 caras"
    assert render(one, spanish_forms) == "Se ve una cara"
    assert asked == [("%n faces can be seen", 6), ("%n faces can be seen", 1)]
    untranslated = lambda text, count=-1: text.replace("%n", str(count))  # noqa: E731
    assert render(one, untranslated) == "A face can be seen"  # English keeps its own forms
