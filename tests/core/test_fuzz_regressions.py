"""Files the fuzzer (tools/fuzz.py) found breaking SafePic, kept so the breakage stays fixed.

Each one goes the whole way a person's file goes: open, look for hidden data, write a clean
copy. Only a SafePicError with one plain line may come out; nothing may be printed to the
terminal or warned about; no temporary file may be left behind. tests/data/fuzz/README.md says
what each file broke.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from safepic.core.clean import structure_problem, write_clean
from safepic.core.errors import SafePicError
from safepic.core.hidden import find_hidden
from safepic.core.picture import open_bytes

FUZZ = Path(__file__).resolve().parents[1] / "data" / "fuzz"
# Warnings Python itself never shows a person; every other kind would reach the terminal.
HIDDEN_BY_PYTHON = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)
CASES = sorted(p for p in FUZZ.iterdir() if p.name != "README.md")


def test_every_case_is_explained():
    readme = (FUZZ / "README.md").read_text(encoding="utf-8")
    assert CASES, "no fuzz cases"
    for case in CASES:
        assert f"`{case.name}`" in readme, case.name
        assert case.stat().st_size < 100_000, case.name


def _whole_way(data: bytes, folder: Path) -> None:
    try:
        picture = open_bytes(data, folder / "fuzzed.pic")
        find_hidden(picture)
        cleaned = write_clean(picture)
    except SafePicError as error:
        message = str(error)
        assert message.strip() and "\n" not in message and "Traceback" not in message, message
        assert list(folder.iterdir()) == [], "a failed clean left a file"
    else:
        assert [p.name for p in folder.iterdir()] == [cleaned.path.name], "a temporary file left"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_fuzz_case_goes_the_whole_way_quietly(case, tmp_path, capfd):
    data = case.read_bytes()
    capfd.readouterr()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _whole_way(data, tmp_path)
        for fmt in ("jpeg", "png", "webp"):
            problem = structure_problem(data, fmt)
            assert problem is None or (isinstance(problem, str) and problem)
    shown = [f"{w.category.__name__}: {w.message}" for w in caught
             if not issubclass(w.category, HIDDEN_BY_PYTHON)]
    assert shown == []
    assert capfd.readouterr().err == ""
