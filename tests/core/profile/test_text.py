"""The profile check finds the details in the labelled sets (English and Spanish), and nothing in
ordinary kind words in either language."""

from __future__ import annotations

import json

import pytest

from safepic.core.profile.text import KINDS, ProfileFinding, check_profile

from . import cases, cases_es

HITS = [("en", *case) for case in cases.HITS] + [("es", *case) for case in cases_es.HITS]
HARD = [("en", *case) for case in cases.HARD] + [("es", *case) for case in cases_es.HARD]
CLEAN = [("en", text) for text in cases.CLEAN] + [("es", text) for text in cases_es.CLEAN]


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((f.kind, f.text) for f in check_profile(text))


@pytest.mark.parametrize("lang, text, expected", HITS, ids=[f"{lang}-{t[:40]}" for lang, t, _ in HITS])
def test_every_detail_is_found_with_its_words(lang, text, expected):
    assert _found(text) == sorted(expected)


@pytest.mark.parametrize("lang, text", CLEAN, ids=[f"{lang}-{t[:40]}" for lang, t in CLEAN])
def test_ordinary_kind_words_raise_nothing(lang, text):
    assert check_profile(text) == []


@pytest.mark.xfail(strict=True, reason="known gap in the rules; see cases.HARD and cases_es.HARD")
@pytest.mark.parametrize("lang, text, expected", HARD, ids=[f"{lang}-{t[:40]}" for lang, t, _ in HARD])
def test_known_gaps(lang, text, expected):
    assert _found(text) == sorted(expected)


@pytest.mark.parametrize("labelled", [cases, cases_es], ids=["en", "es"])
def test_each_language_has_a_broad_labelled_set_of_the_same_size(labelled):
    kinds = {kind for _, expected in labelled.HITS for kind, _ in expected}
    assert kinds == set(KINDS)
    assert len(labelled.HITS) >= 180 and len(labelled.CLEAN) >= 120
    assert abs(len(labelled.HITS) - len(cases.HITS)) <= 10


def test_spans_point_at_the_words():
    text = "Hi, I'm Sarah Jones, 24, from Leeds. Text me on 07911 123456 x"
    for finding in check_profile(text):
        assert text[finding.start:finding.end] == finding.text


def test_each_finding_says_why_and_what_to_do_instead():
    findings = check_profile("Kate, 19, Leeds. Email kate.b@example.com")
    assert [f.kind for f in findings] == ["name", "age", "place", "email"]
    for finding in findings:
        assert finding.why.endswith(".") and finding.suggestion.endswith(".")
        assert len(finding.why.split()) <= 25 and len(finding.suggestion.split()) <= 20
    age, place = findings[1], findings[2]
    assert "teens" in age.suggestion
    assert "the UK" in place.suggestion
    # Towns of that name are big in two countries: no guess at the country.
    newcastle = check_profile("I live in Newcastle")[0]
    assert newcastle.suggestion == "Leave the town out, or name a much bigger area."


def test_json_follows_the_contract():
    finding = check_profile("mike1987")[0]
    data = finding.to_json()
    assert set(data) == {"kind", "text", "start", "end", "why", "suggestion"}
    assert data["kind"] == "username" and data["start"] == 0 and data["end"] == 8
    assert "born" in data["why"]
    json.dumps(data)
    assert isinstance(finding, ProfileFinding)


def test_town_words_count_only_when_they_read_as_a_place():
    assert _found("I live in Bath") == [("place", "Bath")]
    assert _found("A bath and an early night") == []
    assert _found("Nice weather for it") == []
    assert _found("Back home from Nice") == [("place", "Nice")]
    assert _found("I'm in Reading") == [("place", "Reading")]  # a big town, capitalised
    assert _found("Stuck in Recovery mode") == []  # "in" alone is not enough for other words


def test_overlapping_phone_matches_are_one_finding():
    findings = check_profile("+44 7911 123456")
    assert [(f.kind, f.start, f.end) for f in findings] == [("phone", 0, 15)]


def test_empty_and_odd_text():
    assert check_profile("") == []
    assert check_profile("   \n\t") == []
    assert check_profile("🌼🌼🌼 💜") == []
    long_text = "Be kind. " * 2000
    assert check_profile(long_text) == []


def test_both_languages_are_read_in_one_text():
    text = "Hi! Soy Daniela, 19, from Barcelona. Trabajo en Mercadona, text me on 07911 123456"
    assert _found(text) == [("age", "19"), ("name", "Daniela"), ("phone", "07911 123456"),
                            ("place", "Barcelona"), ("workplace", "Trabajo en Mercadona")]


def test_advice_names_places_in_the_wizard_language():
    english = check_profile("Vivo en Sevilla")[0]
    spanish = check_profile("Vivo en Sevilla", lang="es")[0]
    assert english.suggestion == "Leave the town out, or just say 'Spain'."
    assert spanish.suggestion.values["wider"] == "España"  # the template is translated by the wizard
    assert check_profile("I live in Leeds", lang="es")[0].suggestion.values["wider"] == "Reino Unido"


def test_what_draws_the_wrong_people_is_said_plainly_and_left_to_the_person():
    text = "22 year old blonde female, single, will listen to anything, DM me anytime"
    findings = check_profile(text)
    assert [f.kind for f in findings] == ["age"] + ["attention"] * 5
    for finding in findings[1:]:
        assert finding.why.startswith("This can draw the wrong people.")
        assert finding.suggestion.startswith("It's your choice.")
    # Pronouns, a single parent and an offer to listen with limits are not flagged.
    assert check_profile("she/her. Single mum, happy to listen in the evenings") == []
    assert _found("Escríbeme cuando quieras") == [("attention", "Escríbeme cuando quieras")]


def test_addresses_near_a_street_and_international_numbers():
    assert _found("I live near 42 Elm Street") == [("address", "42 Elm Street")]
    assert _found("we're by 3 Mill Lane") == [("address", "3 Mill Lane")]
    assert _found("+44 7700 900456") == [("phone", "+44 7700 900456")]
    assert _found("07700 900456") == [("phone", "07700 900456")]
