"""The profile check finds the details in the labelled set, and nothing in ordinary kind words."""

from __future__ import annotations

import json

import pytest

from safepic.core.profile.text import KINDS, ProfileFinding, check_profile

from .cases import CLEAN, HARD, HITS


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((f.kind, f.text) for f in check_profile(text))


@pytest.mark.parametrize("text, expected", HITS, ids=[t[:40] for t, _ in HITS])
def test_every_detail_is_found_with_its_words(text, expected):
    assert _found(text) == sorted(expected)


@pytest.mark.parametrize("text", CLEAN, ids=[t[:40] for t in CLEAN])
def test_ordinary_kind_words_raise_nothing(text):
    assert check_profile(text) == []


@pytest.mark.xfail(strict=True, reason="known gap in the rules; see cases.HARD")
@pytest.mark.parametrize("text, expected", HARD, ids=[t[:40] for t, _ in HARD])
def test_known_gaps(text, expected):
    assert _found(text) == sorted(expected)


def test_labelled_set_is_broad():
    kinds = {kind for _, expected in HITS for kind, _ in expected}
    assert kinds == set(KINDS)
    assert len(HITS) + len(CLEAN) >= 60 and len(CLEAN) >= 30


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
