"""Every anonymous style of a 12-megapixel photo, as a person runs it, next to deface.

Whole processes, timed by the operating system (/usr/bin/time: wall seconds, peak memory):
`safepic check --json`, `safepic make-safe --style S` for each style, `safepic make-safe --style
all -o DIR` (every style from one shared look), and `deface PHOTO -o OUT` (one blur) on the same
file. All commands take turns run by run, so a busy moment on the shared machine hits each of
them alike; the median of `--runs` is reported, with the ratio to deface's time.

The photo is tests/core/vision/scenes.py's group of six people on a real background, made at
4032 x 3024 (a 12-megapixel phone photo) with a name badge and a house number painted in, so
every kind of mark (faces, people, words) is there to hide. It is made once and kept in /tmp.

    .venv/bin/python benchmarks/styles.py [--runs 3] [--only NAME]... [--against REV [--files PATH...]]
    .venv/bin/python benchmarks/styles.py --agree   # the re-check next to a whole new check

With `--against REV` every SafePic row also runs on the code of git revision REV (unpacked into
a temporary folder, run from there), taking turns with today's: a before-and-after in one run.
With `--files PATH...` as well, it runs on the committed code of today (HEAD) with only those
files as they were at REV: one change measured apart from everything else that landed since.

deface is a benchmark-only tool: `pip install deface` in its own environment, for example
.benchvenv (it pulls in opencv-python, which fights the app's opencv-contrib-python).
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
from pathlib import Path

from PIL import ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.core.vision import scenes  # noqa: E402

PHOTO_12MP = Path(tempfile.gettempdir()) / "safepic-bench-styles" / "IMG_20261203_114205.jpg"  # a phone's name
SIZE = (4032, 3024)
STYLES = ("blur-faces", "pixelate-faces", "cover-faces", "blur-background", "cartoon", "silhouette")
DEFACE_ROW = "deface (one blur)"
CHECK_ROW = "safepic check --json"
ALL_ROW = "safepic make-safe --style all"
# Issue 14's budgets, as a share of deface's time on the same photo (DESIGN section 5).
BUDGETS = {CHECK_ROW: "(budget 0.4x)", ALL_ROW: "(budget 1.5x)",
           **{f"safepic make-safe --style {style}": "(budget 0.5x)" for style in STYLES}}


def _deface() -> Path | None:
    """deface's command, beside this Python or in the shared benchmark environment."""
    for candidate in (Path(sys.executable).with_name("deface"), ROOT / ".benchvenv" / "bin" / "deface"):
        if candidate.exists():
            return candidate
    found = shutil.which("deface")
    return Path(found) if found else None


def make_photo(path: Path = PHOTO_12MP) -> Path:
    """The 12-megapixel group photo with words on it (made once)."""
    if path.exists():
        return path
    path.parent.mkdir(exist_ok=True)
    scene = scenes.group_photo(size=SIZE)
    image = scene.image
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=90)
    # A name badge on a shirt and a house number on a wall: words a stranger could read.
    draw.rectangle((600, 2500, 1300, 2700), fill=(250, 250, 245))
    draw.text((640, 2540), "HELLO Sam", fill=(20, 20, 60), font=font)
    draw.rectangle((3300, 300, 3650, 520), fill=(30, 60, 120))
    draw.text((3380, 340), "No 42", fill=(255, 255, 255), font=font)
    image.save(path, quality=90)
    return path


def _measure(command: list[str], cwd: Path = ROOT) -> dict:
    """Wall and CPU seconds, peak memory (MiB) and exit code of one whole process."""
    with tempfile.NamedTemporaryFile("r", suffix=".txt") as stats:
        done = subprocess.run(["/usr/bin/time", "-o", stats.name, "-f", "%e %U %S %M", *command],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
        wall, user, system, peak_kib = stats.read().split()[-4:]
    return {"wall_s": float(wall), "cpu_s": float(user) + float(system),
            "peak_mib": int(peak_kib) / 1024, "code": done.returncode,
            "error": done.stderr.decode(errors="replace").strip().splitlines()[-1:]}


def commands(photo: Path, folder: Path) -> dict[str, list[str]]:
    """What each row runs (the CLI as installed, in this Python)."""
    safepic = [sys.executable, "-m", "safepic"]
    rows = {CHECK_ROW: [*safepic, "check", "--json", str(photo)]}
    for style in STYLES:
        rows[f"safepic make-safe --style {style}"] = [
            *safepic, "make-safe", str(photo), "--style", style, "--json",
            "-o", str(folder / f"{style}.jpg")]
    rows[ALL_ROW] = [*safepic, "make-safe", str(photo), "--style", "all", "--json",
                     "-o", str(folder / "all")]
    deface = _deface()
    if deface is not None:
        rows[DEFACE_ROW] = [str(deface), str(photo), "-o", str(folder / "deface.jpg")]
    return rows


def _unpacked(revision: str, folder: Path, files: list[str] | None = None) -> Path:
    """The tracked files of git revision `revision` written into `folder`; with `files`, HEAD's
    files with only those as they were at `revision`."""
    steps = [[revision]] if not files else [["HEAD"], [revision, "--", *files]]
    for step in steps:
        archive = subprocess.run(["git", "archive", *step], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder


def run(runs: int = 3, only: list[str] | None = None, against: str | None = None,
        files: list[str] | None = None) -> list[dict]:
    """One row per command: median wall seconds, peak memory, ratio to deface's time. With
    `against`, each SafePic row also runs on that git revision's code (or HEAD's with only
    `files` as they were then), in turn with today's."""
    photo = make_photo()
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as old:
        out = Path(folder)
        chosen = {name: (command, ROOT) for name, command in commands(photo, out).items()
                  if not only or name == DEFACE_ROW or any(part in name for part in only)}
        if against is not None:  # `-m safepic` run from the unpacked folder imports its code
            code = _unpacked(against, Path(old), files)
            both = {}
            for name, (command, cwd) in chosen.items():
                both[name] = (command, cwd)
                if name != DEFACE_ROW:
                    both[f"{name} @ {against}" + (f" ({len(files)} files)" if files else "")] = (command, code)
            chosen = both
        for _ in range(runs):
            for name, (command, cwd) in chosen.items():
                for leftover in out.iterdir():  # each run writes afresh
                    shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
                results.setdefault(name, []).append(_measure(command, cwd))
    deface = results.get(DEFACE_ROW)
    theirs = statistics.median(r["wall_s"] for r in deface) if deface else None
    their_cpu = statistics.median(r["cpu_s"] for r in deface) if deface else None
    rows = []
    for name, found in results.items():
        ok = [r for r in found if r["code"] == 0]
        wall = statistics.median(r["wall_s"] for r in ok) if ok else None
        cpu = statistics.median(r["cpu_s"] for r in ok) if ok else None
        rows.append({"what": name, "wall_s": wall, "deface_s": theirs, "cpu_s": cpu,
                     "peak_mib": max(r["peak_mib"] for r in ok) if ok else None,
                     "ratio": wall / theirs if wall and theirs else None,
                     "cpu_ratio": cpu / their_cpu if cpu and their_cpu else None,
                     "failed": None if ok else (found[0]["error"] or ["exit %d" % found[0]["code"]])[0]})
    return rows


def agreement(keep: tuple[int, ...] = ()) -> list[dict]:
    """Does the re-check, which looks only where things were or were marked, say what a whole
    new check of each saved file says? `make-safe --style all` (leaving found boxes `keep` as
    they are), then `analyse` of every file it wrote: the kinds of boxed findings of each."""
    from safepic.core.analyse import analyse
    from safepic.core.picture import open_picture

    photo = make_photo()
    with tempfile.TemporaryDirectory() as folder:
        kept = [arg for number in keep for arg in ("--keep", str(number))]
        done = subprocess.run([sys.executable, "-m", "safepic", "make-safe", str(photo), "--style",
                               "all", *kept, "--json", "-o", folder], capture_output=True, cwd=ROOT,
                              check=True)
        rows = []
        for entry in json.loads(done.stdout)["styles"]:
            whole = analyse(open_picture(entry["file"]))
            rows.append({"style": entry["style"], "keep": keep,
                         "re-check": sorted(f["code"] for f in entry["findings"] if f.get("box")),
                         "whole check": sorted(f.code for f in whole.findings if f.box)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", action="append", help="rows whose name holds this (deface always runs)")
    parser.add_argument("--against", metavar="REV",
                        help="also run every SafePic row on git revision REV's code, taking turns")
    parser.add_argument("--files", nargs="+", metavar="PATH",
                        help="with --against: only these files as they were at REV, the rest as at HEAD")
    parser.add_argument("--agree", action="store_true",
                        help="instead: compare each saved style's re-check with a whole new check")
    args = parser.parse_args()
    if args.agree:
        for row in agreement() + agreement(keep=(1, 7)):
            print(f"{row['style']:16s} keep {row['keep']!s:7s} re-check {row['re-check']}  "
                  f"whole check {row['whole check']}")
        return
    load = os.getloadavg()
    rows = run(args.runs, args.only, args.against, args.files)
    print(f"12 MP photo {SIZE[0]}x{SIZE[1]}, median of {args.runs}, load average before "
          f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, after " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print(f"{'what':52s} {'wall s':>7s} {'/ deface':>9s} {'CPU s':>7s} {'/ deface':>9s} {'peak MiB':>9s}")
    for row in rows:
        if row["failed"]:
            print(f"{row['what']:52s} failed: {row['failed']}")
            continue
        ratio = f"{row['ratio']:.2f}x" if row["ratio"] else "-"
        cpu_ratio = f"{row['cpu_ratio']:.2f}x" if row["cpu_ratio"] else "-"
        print(f"{row['what']:52s} {row['wall_s']:7.2f} {ratio:>9s} {row['cpu_s']:7.2f} {cpu_ratio:>9s} "
              f"{row['peak_mib']:9.0f}")


if __name__ == "__main__":
    main()
