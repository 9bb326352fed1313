"""`safepic profile-check` as a person runs it: words in, plain answers (or JSON) out."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "safepic", "profile-check", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, check=False)


def test_json_lists_each_detail_with_its_place_in_the_text():
    text = "I'm Sarah, 24, from Leeds. insta: sarah.j98"
    result = _run("--json", text)
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert [f["kind"] for f in findings] == ["name", "age", "place", "handle"]
    for finding in findings:
        assert text[finding["start"]:finding["end"]] == finding["text"]
        assert finding["why"] and finding["suggestion"]


def test_words_can_come_from_standard_input():
    result = _run("-", stdin="dad of two, born 12 May 1998\n")
    assert result.returncode == 0, result.stderr
    assert "dad of two" in result.stdout and "born 12 May 1998" in result.stdout


def test_kind_words_get_a_calm_all_clear():
    result = _run("Listener since 2019. Be kind to yourself.")
    assert result.returncode == 0
    assert result.stdout.strip() == "Nothing in these words points to who you are or where you live."
    assert json.loads(_run("--json", "Here to listen, 24/7 if I can").stdout) == {"findings": []}


def test_spanish_advice_with_lang_es():
    text = "Hola, soy Lucía, vivo en Sevilla. Escríbeme cuando quieras"
    result = _run("--lang", "es", text)
    assert result.returncode == 0, result.stderr
    assert "2 detalle(s) podrían ayudar a alguien a encontrarte:" in result.stdout
    assert "1 detalle(s) podrían atraer a quien no debe:" in result.stdout
    assert "di solo 'España'" in result.stdout
    assert "Instead" not in result.stdout and "Spain" not in result.stdout
    findings = json.loads(_run("--json", "--lang", "es", "Vivo en Leeds").stdout)["findings"]
    assert findings[0]["suggestion"] == "Quita la ciudad, o di solo 'Reino Unido'."


def test_what_draws_the_wrong_people_is_listed_apart():
    result = _run("22 year old blonde female, DM me anytime")
    before, _, after = result.stdout.partition("3 detail(s) could draw the wrong people:")
    assert "1 detail(s) could help someone find you:" in before and '"22 year old"' in before
    assert '"blonde"' in after and '"DM me anytime"' in after and "It's your choice." in after
