"""The desktop bundle as a person meets it: how much there is to download and unpack, and how
long it takes to start and to check a photo. Reads a bundle built with tools/build_bundle.py
(dist/safepic and its archive); builds nothing.

    python benchmarks/bundle.py [--runs 5]

"Cold" is the first start of this benchmark (the operating system may still hold some of the
bundle's files in memory from an earlier run); "warm" is the median of the runs after it. The same
commands run from SafePic's Python environment (`python -m safepic`), taking turns with the bundle,
give the side-by-side reference.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.build_bundle import BUNDLE, DIST, EXECUTABLE, LIMIT_MIB, clean_environment, size_mib  # noqa: E402


def _timed(command: list[str], cwd: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=True, timeout=600)
    return time.perf_counter() - started


def run(runs: int = 5) -> dict | None:
    """Sizes and times of the built bundle; None when there is none."""
    if not EXECUTABLE.is_file():
        return None
    archives = sorted(DIST.glob("safepic-*.zip")) + sorted(DIST.glob("safepic-*.tar.gz"))
    result: dict = {"unpacked_mib": round(size_mib(BUNDLE)),
                    "download_mib": round(size_mib(archives[-1])) if archives else None,
                    "download": archives[-1].name if archives else None}
    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "photo.jpg"
        shutil.copyfile(ROOT / "tests" / "data" / "astronaut.jpg", picture)
        python_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name, arguments in (("start", ["--version"]), ("check", ["check", str(picture), "--json"])):
            bundled, installed = [], []
            for _ in range(runs + 1):  # taking turns, so both see the same machine load
                bundled.append(_timed([str(EXECUTABLE), *arguments], folder, clean_environment()))
                installed.append(_timed([sys.executable, "-m", "safepic", *arguments], folder, python_env))
            result[f"{name}_cold_s"] = round(bundled[0], 2)
            result[f"{name}_warm_s"] = round(statistics.median(bundled[1:]), 2)
            result[f"{name}_python_warm_s"] = round(statistics.median(installed[1:]), 2)
    return result


def rows() -> list[tuple[str, str, str, str]]:
    """Lines for benchmarks/run.py's table."""
    result = run()
    if result is None:
        return [("desktop bundle", "-", "not built (python tools/build_bundle.py)", "-")]
    return [
        ("desktop bundle: download MiB", f"{result['download_mib']}", f"budget {LIMIT_MIB}", ""),
        ("desktop bundle: unpacked MiB", f"{result['unpacked_mib']}", "", ""),
        *[(f"desktop bundle: {what} s, cold / warm (other: pip install, warm)",
           f"{result[f'{key}_cold_s']:.2f} / {result[f'{key}_warm_s']:.2f}", f"{result[f'{key}_python_warm_s']:.2f}",
           f"{result[f'{key}_warm_s'] / result[f'{key}_python_warm_s']:.2f}x")
          for key, what in (("start", "start (--version)"), ("check", "check of a photo"))],
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(json.dumps(run(parser.parse_args().runs), indent=2))
