"""Clean every picture in Pillow's own test folder and count what happened to each.

Pillow's `Tests/images` is a peer's collection of odd real files: fuzz crashes, decompression
bombs, cut-short files, every mode and bit depth, camera files with maker notes. Each file in
the folder's top level whose name ends in a format SafePic opens is opened and cleaned the way
`safepic clean FILE` does (same default output format), into a temporary folder; the original
is only read. Outcomes:
- cleaned: a clean copy was written and its re-check found nothing;
- refused: a plain one-line reason (a damaged file, a bomb, a picture too large);
- wrong: SafePic wrote a copy and then found something in it (the copy was removed), or the
  refusal was not one plain line;
- crash: anything else (an error SafePic did not expect).

Get the folder from Pillow's source release on PyPI (nothing is copied into this repository):

    .venv/bin/python -m pip download --no-deps --no-binary :all: pillow -d /tmp/pillow
    tar xzf /tmp/pillow/pillow-*.tar.gz -C /tmp/pillow
    .venv/bin/python benchmarks/pillow_images.py /tmp/pillow/pillow-*/Tests/images [--list wrong,crash]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from safepic.core.clean import write_clean
from safepic.core.errors import CleanError, SafePicError
from safepic.core.picture import open_bytes

SUFFIXES = {".jpg", ".jpeg", ".jpe", ".mpo", ".png", ".apng", ".webp", ".heic", ".heif", ".avif",
            ".tif", ".tiff", ".bmp", ".dib", ".gif"}
OUTCOMES = ("cleaned", "refused", "wrong", "crash")
# A clean copy SafePic wrote and then found something in says one of these.
WROTE_THEN_FOUND = ("still in it", "could not be read back")


def clean_one(path: Path, folder: Path) -> tuple[str, str]:
    """(outcome, what was said) for one file, cleaned into `folder` as `safepic clean` would."""
    try:
        picture = open_bytes(path.read_bytes(), folder / path.name)
        cleaned = write_clean(picture)
        cleaned.path.unlink()
        return "cleaned", ""
    except SafePicError as error:
        said = str(error)
        if "\n" in said or not said.strip():
            return "wrong", repr(said)
        if isinstance(error, CleanError) and any(s in said for s in WROTE_THEN_FOUND):
            return "wrong", said
        return "refused", said
    except Exception as error:  # noqa: BLE001 - counting them is the point
        return "crash", f"{type(error).__name__}: {error}"


def pictures(folder: Path) -> list[Path]:
    """The files at the folder's top level whose names end in a format SafePic opens."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def run(folder: Path, listed: set[str] | frozenset[str] = frozenset()) -> tuple[Counter[str], dict[str, list[float]]]:
    """Clean every picture in `folder`: the count and the seconds of each outcome (for run.py too).

    Files whose outcome is in `listed` are printed with what SafePic said.
    """
    counts: Counter[str] = Counter()
    times: dict[str, list[float]] = {o: [] for o in OUTCOMES}
    with tempfile.TemporaryDirectory(prefix="safepic-pillow-") as tmp:
        for path in pictures(folder):
            start = time.perf_counter()
            outcome, said = clean_one(path, Path(tmp))
            times[outcome].append(time.perf_counter() - start)
            counts[outcome] += 1
            if outcome in listed:
                print(f"{outcome:8} {path.name}: {said}")
    return counts, times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="Pillow's Tests/images folder")
    parser.add_argument("--list", default="wrong,crash",
                        help="outcomes whose files are listed with what was said (comma-separated)")
    args = parser.parse_args(argv)
    if not pictures(args.folder):
        print(f"No pictures in {args.folder}", file=sys.stderr)
        return 1
    counts, times = run(args.folder, set(args.list.split(",")))
    print(f"\n{sum(counts.values())} files in formats SafePic opens (by name) in {args.folder}")
    for outcome in OUTCOMES:
        median = f"{statistics.median(times[outcome]) * 1000:.0f} ms median" if times[outcome] else ""
        print(f"  {outcome:8} {counts[outcome]:4}  {median}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
