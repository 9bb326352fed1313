"""How fast and how well `safepic clean` cleans a 12-megapixel phone photo, beside other tools.

Two photos are made once (cached in /tmp), the same 12-megapixel picture with sensor-like noise
and the same metadata, stuffed like a phone photo: EXIF with GPS, names, serials and a thumbnail,
a maker note, XMP, IPTC, a comment and a second picture appended after the end (as portrait-mode
and MPO files carry).
- "turned": stored 4000 x 3000 with EXIF orientation 6 (upright only if the cleaner turns the
  pixels) and tagged Display P3 (right colours only if the cleaner converts them), as phones do.
- "upright": stored 3000 x 4000 upright in sRGB, with no orientation tag and no profile: the
  like-for-like case, where a cleaner that only drops metadata also gives a correct picture.

Each tool runs as a whole process (start-up included), several times; the median is reported.
SafePic's own modules are byte-compiled first, as an installed copy is (pip and the bundle both
ship compiled byte code); otherwise every run would compile them again.
"What is left" is the line count of `exiftool -a -G1 -s` on the output, all lines and only the
metadata lines (without exiftool's own File/System/Composite lines); "structure" is SafePic's
block-by-block check; "upright/colour" compares what a viewer would show with the upright sRGB
original (mean difference in 0-255 levels).

exiftool comes from Debian (`apt-get download libimage-exiftool-perl`, unpacked under /tmp) when
it is not installed; mat2 from PyPI plus Debian's GObject typelibs, run with the system Python
(which has python3-gi). A tool that cannot run is reported as such.

    .venv/bin/python benchmarks/clean.py [--runs 7] [--photo turned|upright]
"""

from __future__ import annotations

import argparse
import compileall
import io
import os
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import piexif
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
TOOLS = Path("/tmp/safepic-bench-tools")
WORK = Path("/tmp/safepic-bench-clean")
SIZE = (4000, 3000)  # the turned photo is stored landscape; EXIF orientation 6 makes it portrait
BOOKKEEPING_GROUPS = ("[ExifTool]", "[System]", "[File]", "[Composite]")
MAT2_DEBS = ["gir1.2-gdkpixbuf-2.0", "gir1.2-freedesktop", "gir1.2-rsvg-2.0", "python3-cairo",
             "gir1.2-poppler-0.18", "libpoppler-glib8", "libpoppler126"]


# ---------------------------------------------------------------------------------------------
# The test photos


@dataclass(frozen=True)
class Photo:
    path: Path
    turned: bool  # stored sideways with an orientation tag, and tagged Display P3
    what: str


PHOTOS = {
    "turned": Photo(WORK / "phone-photo-12mp.jpg", True,
                    "stored sideways (EXIF orientation 6), Display P3 profile"),
    "upright": Photo(WORK / "phone-photo-12mp-upright-srgb.jpg", False,
                     "stored upright, sRGB, no orientation tag, no profile"),
}


def _app(marker: int, payload: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload


def _iptc() -> bytes:
    def dataset(number: int, value: bytes) -> bytes:
        return b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(value)) + value

    records = (dataset(80, b"Jane Example") + dataset(90, b"Hebden Bridge")
               + dataset(120, b"Our garden, with the new shed") + dataset(116, b"(c) Jane Example"))
    records += b"\x00" * (len(records) & 1)
    return (b"Photoshop 3.0\x00" + b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"
            + struct.pack(">I", len(records)) + records)


def _xmp() -> bytes:
    packet = (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/"
        "22-rdf-syntax-ns#'><rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/' "
        "xmlns:exif='http://ns.adobe.com/exif/1.0/' xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/'"
        " exif:GPSLatitude='53,44.4N' exif:GPSLongitude='2,0.6W' "
        "xmpMM:DocumentID='xmp.did:5f1c2a7e-0d1b-4b8e-9f44-1b2f3c4d5e6f'>"
        "<dc:creator><rdf:Seq><rdf:li>Jane Example</rdf:li></rdf:Seq></dc:creator>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>" + " " * 4000 + "<?xpacket end='w'?>"
    )
    return b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode()


def _exif(thumbnail: bytes, orientation: int | None) -> bytes:
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N",
        piexif.GPSIFD.GPSLatitude: ((53, 1), (44, 1), (2400, 100)),
        piexif.GPSIFD.GPSLongitudeRef: b"W",
        piexif.GPSIFD.GPSLongitude: ((2, 1), (0, 1), (3600, 100)),
        piexif.GPSIFD.GPSAltitude: (1250, 10), piexif.GPSIFD.GPSDateStamp: b"2024:05:18",
    }
    main = {piexif.ImageIFD.Make: b"Apple", piexif.ImageIFD.Model: b"iPhone 13",
            piexif.ImageIFD.Software: b"17.4.1", piexif.ImageIFD.Artist: b"Jane Example",
            piexif.ImageIFD.Copyright: b"Jane Example 2024",
            piexif.ImageIFD.DateTime: b"2024:05:18 17:02:11"}
    if orientation is not None:
        main[piexif.ImageIFD.Orientation] = orientation
    return piexif.dump({
        "0th": main,
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2024:05:18 17:02:11",
                 piexif.ExifIFD.BodySerialNumber: b"F2LXK0ABCDEF",
                 piexif.ExifIFD.LensModel: b"iPhone 13 back dual wide camera 5.1mm f/1.6",
                 piexif.ExifIFD.ImageUniqueID: b"9c1f0a4e2b7d4c11a3e5f60718293a4b",
                 piexif.ExifIFD.CameraOwnerName: b"Jane Example",
                 piexif.ExifIFD.MakerNote: bytes(range(256)) * 8,
                 piexif.ExifIFD.UserComment: b"ASCII\x00\x00\x00At home"},
        "GPS": gps,
        "1st": {piexif.ImageIFD.Compression: 6},
        "thumbnail": thumbnail,
    })


def _pixels() -> Image.Image:
    """A real photo (public domain, tests/data) blown up to 12 MP with sensor-like noise, as the
    turned photo stores it (landscape; orientation 6 shows it turned a quarter clockwise)."""
    source = Image.open(ROOT / "tests" / "data" / "coffee.jpg").convert("RGB")
    big = np.asarray(source.resize(SIZE, Image.Resampling.BICUBIC), np.int16)
    noise = np.random.default_rng(12).normal(0, 5, big.shape).astype(np.int16)
    return Image.fromarray(np.clip(big + noise, 0, 255).astype(np.uint8), "RGB")


def make_photo(photo: Photo = PHOTOS["turned"]) -> Path:
    """Write a 12-MP test photo full of metadata (once; later calls reuse it)."""
    path = photo.path
    if path.exists():
        return path
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.core.test_picture import DISPLAY_P3, make_icc  # the same hand-built P3 profile

    path.parent.mkdir(parents=True, exist_ok=True)
    pixels = _pixels()
    if not photo.turned:
        pixels = pixels.transpose(Image.Transpose.ROTATE_270)  # what orientation 6 shows
    thumb, preview, main = io.BytesIO(), io.BytesIO(), io.BytesIO()
    pixels.resize((pixels.width // 25, pixels.height // 25)).save(thumb, "JPEG", quality=80)
    pixels.resize((pixels.width // 4, pixels.height // 4)).save(preview, "JPEG", quality=85)
    colour = {"icc_profile": make_icc("Display P3", DISPLAY_P3)} if photo.turned else {}
    pixels.save(main, "JPEG", quality=92, exif=_exif(thumb.getvalue(), 6 if photo.turned else None),
                comment=b"Jane's garden", **colour)
    data = main.getvalue()
    data = data[:2] + _app(0xE1, _xmp()) + _app(0xED, _iptc()) + data[2:] + preview.getvalue()
    tmp = path.with_suffix(".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


# ---------------------------------------------------------------------------------------------
# Getting the other tools (benchmark only: never at SafePic's run time)


def _apt_unpack(packages: list[str], into: Path) -> None:
    debs = TOOLS / "debs" / into.name
    debs.mkdir(parents=True, exist_ok=True)
    subprocess.run(["apt-get", "download", *packages], cwd=debs, check=True, capture_output=True)
    for deb in debs.glob("*.deb"):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True, capture_output=True)


def exiftool_command() -> list[str]:
    """How to run exiftool here: installed, or Debian's package unpacked under /tmp."""
    if shutil.which("exiftool"):
        return ["exiftool"]
    root = TOOLS / "exiftool"
    script = root / "usr" / "bin" / "exiftool"
    if not script.exists():
        _apt_unpack(["libimage-exiftool-perl"], root)
    return ["perl", "-I", str(root / "usr" / "share" / "perl5"), str(script)]


def mat2_command() -> tuple[list[str], dict[str, str]]:
    """mat2 from PyPI (no deps), GObject typelibs from Debian, run by the system Python."""
    if shutil.which("mat2"):
        return ["mat2"], {}
    lib, system = TOOLS / "mat2lib", TOOLS / "mat2sys"
    if not (lib / "libmat2").exists():
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                        str(lib), "mat2", "mutagen"], check=True, capture_output=True)
    if not system.exists():
        _apt_unpack(MAT2_DEBS, system)
    arch = "x86_64-linux-gnu"
    typelibs = [system / "usr" / "lib" / arch / "girepository-1.0",
                Path("/usr/lib") / arch / "girepository-1.0"]
    env = {
        "PYTHONPATH": f"{lib}:{system / 'usr/lib/python3/dist-packages'}",
        "LD_LIBRARY_PATH": str(system / "usr" / "lib" / arch),
        "GI_TYPELIB_PATH": ":".join(str(p) for p in typelibs),
    }
    return ["/usr/bin/python3", str(lib / "bin" / "mat2")], env


def safepic_command() -> list[str]:
    script = Path(sys.executable).parent / "safepic"
    return [str(script)] if script.exists() else [sys.executable, "-m", "safepic.cli"]


# ---------------------------------------------------------------------------------------------
# Measuring


@dataclass
class Tool:
    name: str
    command: list[str] | None  # None: the tool cannot run here
    args: list[str]  # after the command; "{in}" and "{out}" are filled in
    env: dict[str, str]
    problem: str = ""


def _tools() -> list[Tool]:
    safepic = safepic_command()
    tools = [Tool("safepic clean", safepic, ["clean", "{in}"], {}),
             Tool("safepic clean -o", safepic, ["clean", "{in}", "-o", "{out}"], {})]
    try:
        tools.append(Tool("exiftool -all=", exiftool_command(),
                          ["-q", "-all=", "-o", "{out}", "{in}"], {}))
    except (OSError, subprocess.CalledProcessError) as error:
        tools.append(Tool("exiftool -all=", None, [], {}, f"could not get it: {error}"))
    try:
        command, env = mat2_command()
        tools.append(Tool("mat2", command, ["{in}"], env))
    except (OSError, subprocess.CalledProcessError) as error:
        tools.append(Tool("mat2", None, [], {}, f"could not get it: {error}"))
    return tools


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_once(tool: Tool, source: Path, out: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one whole run; its output moved to `out`."""
    out.unlink(missing_ok=True)
    before = set(source.parent.iterdir())
    argv = tool.command + [a.replace("{in}", str(source)).replace("{out}", str(out))
                           for a in tool.args]
    cpu, start = _children_cpu(), time.perf_counter()
    done = subprocess.run(argv, env={**os.environ, **tool.env}, capture_output=True, text=True)
    elapsed, cpu = time.perf_counter() - start, _children_cpu() - cpu
    made = set(source.parent.iterdir()) - before - {out}
    if len(made) == 1:  # a tool that names its own output (SafePic's default, mat2)
        made.pop().replace(out)
    if done.returncode != 0 or not out.exists():
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit code {done.returncode}")
    return elapsed, cpu


def _left_lines(exiftool: list[str] | None, path: Path) -> tuple[int | None, int | None]:
    if exiftool is None:
        return None, None
    listing = subprocess.run(exiftool + ["-a", "-G1", "-s", str(path)], capture_output=True,
                             text=True).stdout.splitlines()
    meta = [line for line in listing if not line.startswith(BOOKKEEPING_GROUPS)]
    return len(listing), len(meta)


def _as_seen(path: Path, reference) -> str:
    """Does a viewer see the original upright and in the same colours?"""
    from safepic.core.errors import PictureError
    from safepic.core.picture import open_picture

    try:
        seen = open_picture(path).image
    except PictureError as error:
        return f"unreadable ({error})"
    if seen.size != reference.size:
        return f"sideways ({seen.size[0]}x{seen.size[1]})"
    diff = np.abs(np.asarray(seen, np.int16) - np.asarray(reference, np.int16)).mean()
    return f"upright, colour diff {diff:.1f}"


def _row(name: str, problem: str = "") -> dict:
    return {"tool": name, "median_s": None, "cpu_s": None, "runs_s": [], "cpu_runs_s": [],
            "left_lines": None, "left_meta_lines": None, "structure": None, "as_seen": "",
            "problem": problem, "bytes": None}


def run(runs: int = 7, photo: str = "turned") -> list[dict]:
    """Time every cleaner on one 12-MP photo (a key of PHOTOS); one dict per tool (medians).

    The tools take turns run by run, so a busy moment on the machine falls on all of them.
    """
    from safepic.core.clean import structure_problem
    from safepic.core.picture import open_picture

    compileall.compile_dir(ROOT / "safepic", quiet=2)  # as installed: byte code ready
    source = make_photo(PHOTOS[photo])
    reference = open_picture(source).image  # upright, sRGB: what the person expects to see
    tools = _tools()
    exiftool = next((t.command for t in tools if t.name.startswith("exiftool")), None)
    rows = [_row("(input)")]
    rows[0]["left_lines"], rows[0]["left_meta_lines"] = _left_lines(exiftool, source)
    rows[0]["structure"] = structure_problem(source.read_bytes(), "jpeg")
    rows[0]["bytes"] = source.stat().st_size
    jobs = []  # (tool, row, its own copy of the photo, its output)
    for tool in tools:
        row = _row(tool.name, tool.problem)
        rows.append(row)
        if tool.command is None:
            continue
        # Each tool works on its own copy so mat2's ".cleaned" file lands in a private folder.
        folder = WORK / photo / tool.name.replace(" ", "").replace("=", "")
        folder.mkdir(parents=True, exist_ok=True)
        own = folder / source.name
        shutil.copyfile(source, own)
        jobs.append((tool, row, own, folder / "out.jpg"))
    for turn in range(runs + 1):  # the first turn warms up: disk cache, byte code
        for tool, row, own, out in jobs:
            if row["problem"]:
                continue
            try:
                wall, cpu = _run_once(tool, own, out)
            except RuntimeError as error:
                row["problem"] = f"cannot run here: {error}"
                continue
            if turn:
                row["runs_s"].append(wall)
                row["cpu_runs_s"].append(cpu)
    for _tool, row, _own, out in jobs:
        if row["problem"]:
            continue
        row["median_s"] = statistics.median(row["runs_s"])
        row["cpu_s"] = statistics.median(row["cpu_runs_s"])
        row["left_lines"], row["left_meta_lines"] = _left_lines(exiftool, out)
        row["structure"] = structure_problem(out.read_bytes(), "jpeg") or "bare"
        row["as_seen"] = _as_seen(out, reference)
        row["bytes"] = out.stat().st_size
    base = next((r for r in rows if r["tool"].startswith("exiftool") and r["median_s"]), None)
    for row in rows:
        row["vs_exiftool"] = row["median_s"] / base["median_s"] if base and row["median_s"] \
            else None
        row["cpu_vs_exiftool"] = row["cpu_s"] / base["cpu_s"] if base and row["cpu_s"] else None
    return rows


def _print(rows: list[dict], runs: int, photo: str) -> None:
    load = os.getloadavg()[0]
    print(f"Cleaning a 12-megapixel JPEG full of metadata, {PHOTOS[photo].what} "
          f"({PHOTOS[photo].path.name}), whole process, median of {runs} runs; load average "
          f"{load:.1f} on {os.cpu_count()} cores (wall time suffers when the machine is busy; CPU "
          "time much less)")
    header = (f"{'tool':<17} {'wall s':>7} {'x exif':>6} {'cpu s':>6} {'x exif':>6} "
              f"{'left all/meta':>13} {'KB':>5}  {'structure':<32} as seen")
    print(header)
    print("-" * len(header))
    for row in rows:
        if row["problem"]:
            print(f"{row['tool']:<17} {row['problem']}")
            continue

        def number(value: float | None, digits: int) -> str:
            return f"{value:.{digits}f}" if value else "-"

        left = f"{row['left_lines']}/{row['left_meta_lines']}" if row["left_lines"] else "-"
        size = f"{row['bytes'] / 1024:.0f}" if row["bytes"] else "-"
        structure = (row["structure"] or "bare")[:32]
        print(f"{row['tool']:<17} {number(row['median_s'], 3):>7} "
              f"{number(row['vs_exiftool'], 2):>6} {number(row['cpu_s'], 3):>6} "
              f"{number(row['cpu_vs_exiftool'], 2):>6} {left:>13} {size:>5}  {structure:<32} "
              f"{row['as_seen']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--photo", choices=sorted(PHOTOS), action="append",
                        help="one photo only (default: both)")
    args = parser.parse_args()
    for number, photo in enumerate(args.photo or list(PHOTOS)):
        if number:
            print()
        _print(run(args.runs, photo), args.runs, photo)


if __name__ == "__main__":
    main()
