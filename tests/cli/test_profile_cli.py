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
