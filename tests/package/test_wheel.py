"""The wheel carries everything SafePic needs at run time: its code, models, pictures and texts."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=out,
    )
    (wheel,) = out.glob("safepic-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_resource_file_is_in_the_wheel(wheel_names: set[str]) -> None:
    resources = ROOT / "resources"
    expected = {
        "safepic/resources/" + p.relative_to(resources).as_posix() for p in resources.rglob("*") if p.is_file()
    }
    assert expected, "resources/ is empty"
    assert expected - wheel_names == set()


def test_every_module_is_in_the_wheel(wheel_names: set[str]) -> None:
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "safepic").rglob("*.py")}
    assert modules - wheel_names == set()


def test_the_models_are_in_the_wheel(wheel_names: set[str]) -> None:
    models = {n for n in wheel_names if n.startswith("safepic/resources/models/") and n.endswith(".tflite")}
    assert len(models) >= 3
    assert "safepic/resources/models/LICENSE-mediapipe-Apache-2.0.txt" in wheel_names
