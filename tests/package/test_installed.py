"""SafePic as a person installs it: run from an unrelated folder, it finds its models and a face.

In CI the project is installed non-editable into a fresh virtual environment (.ci/run), so this runs
the installed copy; the test also says which copy it ran, so a checkout cannot pass for a wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ASTRONAUT = ROOT / "tests" / "data" / "astronaut.jpg"


def _python(code: str, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=True, timeout=300
    ).stdout


def test_installed_copy_finds_its_own_resources(tmp_path: Path) -> None:
    out = _python(
        "import safepic, safepic.core.resources as r; print(safepic.__file__); print(r.resources_dir())", tmp_path
    )
    package_file, resources = (Path(line) for line in out.splitlines())
    if ROOT not in package_file.parents:  # a real (non-editable) install: resources travel inside the package
        assert resources == package_file.parent / "resources"
    assert (resources / "models" / "face_detection_full_range_sparse.tflite").is_file()


def test_installed_command_checks_a_real_photo_offline(tmp_path: Path) -> None:
    picture = tmp_path / "photo.jpg"
    shutil.copyfile(ASTRONAUT, picture)
    out = _python(f"from safepic.cli import main; main(['check', {str(picture)!r}, '--json'])", tmp_path)
    report = json.loads(out)
    assert report["format"] == "jpeg"
    assert [f["code"] for f in report["findings"]].count("face") == 1
