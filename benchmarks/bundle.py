"""The desktop bundle as a person meets it: how much there is to download and unpack, and how
long it takes to start and to check a photo. Reads a bundle built with tools/build_bundle.py
(dist/safepic and its archive); builds nothing.

    python benchmarks/bundle.py [--runs 5]

"Cold" is the first start of this benchmark (the operating system may still hold some of the
bundle's files in memory from an earlier run); "warm" is the median of the runs after it.
"""

from __future__ import annotations

import argparse
import json
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


def _timed(command: list[str], cwd: str) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=clean_environment(), cwd=cwd, capture_output=True, check=True, timeout=600)
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
        for name, command in (("start", [str(EXECUTABLE), "--version"]),
                              ("check", [str(EXECUTABLE), "check", str(picture), "--json"])):
            times = [_timed(command, folder) for _ in range(runs + 1)]
            result[f"{name}_cold_s"] = round(times[0], 2)
            result[f"{name}_warm_s"] = round(statistics.median(times[1:]), 2)
    return result


def rows() -> list[tuple[str, str, str, str]]:
    """Lines for benchmarks/run.py's table."""
    result = run()
    if result is None:
        return [("desktop bundle", "-", "not built (python tools/build_bundle.py)", "-")]
    return [
        ("desktop bundle: download MiB", f"{result['download_mib']}", f"budget {LIMIT_MIB}", ""),
        ("desktop bundle: unpacked MiB", f"{result['unpacked_mib']}", "", ""),
        ("desktop bundle: start (--version) s, cold / warm",
         f"{result['start_cold_s']:.2f} / {result['start_warm_s']:.2f}", "", ""),
        ("desktop bundle: check of a photo s, cold / warm",
         f"{result['check_cold_s']:.2f} / {result['check_warm_s']:.2f}", "", ""),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(json.dumps(run(parser.parse_args().runs), indent=2))
