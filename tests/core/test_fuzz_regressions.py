"""Files the fuzzer (tools/fuzz.py) found breaking SafePic, kept so the breakage stays fixed.

Each one goes the whole way a person's file goes: open, look for hidden data, write a clean
copy. Only a SafePicError with one plain line may come out; nothing may be printed to the
terminal or warned about; no temporary file may be left behind. tests/data/fuzz/README.md says
what each file broke.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from safepic.core.clean import structure_problem, write_clean
from safepic.core.errors import SafePicError
from safepic.core.hidden.find import find_hidden
from safepic.core.hidden.pixels import find_erased
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


# ---------------------------------------------------------------------------------------------
# Slow inputs the fuzzer led to (README): the faster code must still find the same things.


def test_erased_colour_found_when_the_sample_stride_misses_it():
    """Big pictures are sampled every few pixels; erased pixels between the samples still count."""
    pixels = np.full((1000, 1000, 4), 255, np.uint8)
    pixels[100:300, 1::5, 3] = 0  # see-through, never on a 5th pixel (the stride here)
    pixels[100:300, 1::5, :3] = np.random.default_rng(1).integers(0, 256, (200, 200, 3))
    erased = find_erased(Image.fromarray(pixels))
    assert erased is not None
    assert erased.box == (1, 100, 996, 200)


def test_erased_colour_ignores_the_usual_fill_on_a_big_picture():
    pixels = np.zeros((800, 800, 4), np.uint8)  # all see-through, black underneath
    assert find_erased(Image.fromarray(pixels)) is None
    pixels[10:110, 30:110, :3] = (200, 40, 90)  # kept colour under 8000 of them (over 1%)
    erased = find_erased(Image.fromarray(pixels))
    assert erased is not None and erased.box == (30, 10, 80, 100)


@pytest.mark.parametrize("mode", ["I;16", "I"])
def test_deep_greys_scale_exactly(mode):
    """Whole-number scaling: 257 steps of 16 bits make one step of 8 bits, none lost at the ends."""
    values = np.arange(0, 65536, 257, dtype=np.uint16 if mode == "I;16" else np.int32)
    image = Image.fromarray(np.tile(values, (2, 1)))
    buffer = io.BytesIO()
    image.save(buffer, "PNG" if mode == "I;16" else "TIFF")
    got = np.asarray(open_bytes(buffer.getvalue()).image)[0, :, 0]
    assert got.tolist() == list(range(256))
