"""Coverage-guided fuzzing of the file readers, the hidden-data checks and the clean-copy walker.

SafePic opens any file a person hands it, so a damaged or hostile file must end in one plain
`SafePicError` line: never a traceback, a hang, a memory blow-up or a library's own notes on the
terminal. This drives atheris (libFuzzer for Python, coverage of Python code) over three harnesses:

  open       open_bytes(data) then find_hidden(picture)
  strict     the same, but a hidden-data reader's own mistake (a TypeError, an AttributeError)
             is reported instead of being skipped like damage by guarded()
  structure  clean.structure_problem(data, fmt) for JPEG, PNG and WebP

Besides exceptions, these count as failures: a warning or anything written to the terminal
(file 2) while an input is handled, an input taking over 5 s, and one raising the memory peak
by over 1 GB. Each such input is saved in ./crashes/ with a line in crashes/index.txt.

Seeds are small real files: the hiding-place builders in tests/fixtures/channels.py (made from
a shrunken astronaut), the tests/data photos shrunk and saved in every format SafePic opens,
clean copies, and a few big pictures in small files. One fuzzer at a time, under nice:

    .venv/bin/python tools/fuzz.py seeds build/fuzz/seeds
    cd build/fuzz && nice .venv/bin/python ../../tools/fuzz.py open corpus seeds \\
        -max_total_time=300 -timeout=60 -rss_limit_mb=2048 -max_len=65536
    nice .venv/bin/python tools/fuzz.py open crashes/NoisyLibrary-1234   # replay one
    .venv/bin/python tools/fuzz.py minimise open crashes/NoisyLibrary-1234 \\
        tests/data/fuzz/NAME

libFuzzer's own -minimize_crash and -fork need a fresh process per job, which atheris cannot
start; `minimise` cuts an input down in-process while it still fails the same way. Minimised
inputs go into tests/data/fuzz/ with a line in its README; tests/core/test_fuzz_regressions.py
replays them all.
"""

from __future__ import annotations

import importlib
import io
import os
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parent.parent
SEED_SIDE = 48  # seeds stay a few KB, so each run tries many more mutations


class NoisyLibrary(Exception):
    """A library printed to the terminal or raised a warning a person would see."""


class ReaderMistake(BaseException):
    """A hidden-data reader failed by its own mistake, not the file's (strict mode only)."""


class BadMessage(Exception):
    """A SafePicError whose text is not one plain line."""


# ---- seeds -----------------------------------------------------------------------------------

def build_seeds(folder: Path) -> int:
    """Write the seed files; return how many."""
    sys.path.insert(0, str(ROOT))
    from PIL import Image

    from tests.fixtures import channels

    channels.astronaut.__defaults__ = (SEED_SIDE,)  # every builder's picture, shrunk
    folder.mkdir(parents=True, exist_ok=True)
    count = 0

    def put(name: str, data: bytes) -> None:
        nonlocal count
        (folder / name).write_bytes(data)
        count += 1

    for name in sorted(dir(channels)):
        builder = getattr(channels, name)
        if not callable(builder) or name.startswith("_") or not name.startswith(
                ("jpeg_", "png_", "webp_", "heif_", "avif_", "tiff_", "gif_", "rgba_", "plain_",
                 "clean_", "mpo")):
            continue
        try:
            data = builder() if name != "mpo" else None
        except Exception as exc:  # noqa: BLE001  a builder that needs its full size: skip it
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        if isinstance(data, bytes):
            put(f"fixture-{name}", data)
    options = [
        ("jpg", "JPEG", {"quality": 70}), ("prog.jpg", "JPEG", {"progressive": True}),
        ("png", "PNG", {}), ("webp", "WEBP", {"quality": 60}),
        ("lossless.webp", "WEBP", {"lossless": True}), ("gif", "GIF", {}), ("bmp", "BMP", {}),
        ("lzw.tif", "TIFF", {"compression": "tiff_lzw"}), ("jpeg.tif", "TIFF",
                                                           {"compression": "jpeg"}),
        ("raw.tif", "TIFF", {}), ("heic", "HEIF", {"quality": 40}),
        ("avif", "AVIF", {"quality": 40}),
    ]
    for photo in sorted((ROOT / "tests" / "data").glob("*.jpg")):
        with Image.open(photo) as image:
            small = image.convert("RGB")
            small.thumbnail((SEED_SIDE, SEED_SIDE))
        for suffix, fmt, opts in options:
            put(f"{photo.stem}.{suffix}", _encode(small, fmt, **opts))
    small = channels.astronaut(32)
    odd_modes = {
        "palette-alpha.png": small.convert("RGBA").convert("P", palette=Image.Palette.ADAPTIVE),
        "grey16.png": small.convert("I;16"), "la.png": small.convert("LA"),
        "cmyk.jpg": small.convert("CMYK"), "cmyk.tif": small.convert("CMYK"),
        "bilevel.tif": small.convert("1"), "float.tif": small.convert("F"),
        "rgba.webp": small.convert("RGBA"), "rgba.tif": small.convert("RGBA"),
    }
    for name, image in odd_modes.items():
        fmt = {"png": "PNG", "jpg": "JPEG", "tif": "TIFF", "webp": "WEBP"}[name.rsplit(".", 1)[1]]
        put(name, _encode(image, fmt))
    rotated = Image.Exif()
    rotated[0x0112] = 6
    put("rotated.jpg", _encode(small, "JPEG", exif=rotated.tobytes()))
    put("animated.gif", _encode(small, "GIF", save_all=True,
                                append_images=[small.rotate(90), small.rotate(180)]))
    put("animated.png", _encode(small, "PNG", save_all=True, append_images=[small.rotate(90)]))
    put("two-page.tif", _encode(small, "TIFF", save_all=True, append_images=[small.rotate(90)]))
    from safepic.core import clean

    for fmt in clean.OUTPUT_FORMATS:  # what the clean-copy walker is meant to pass
        see_through = small.convert("RGBA")
        see_through.paste((0, 0, 0, 0), (0, 0, 12, 12))
        for image in (small, see_through):
            out = io.BytesIO()
            clean._encode(clean._prepare(image, fmt, None), fmt, out)
            put(f"clean-{image.mode.lower()}.{fmt}", out.getvalue())
    # Big pictures in small files: these reach the size limits and the slow paths.
    wide = Image.new("1", (4000, 3000))
    put("big-bilevel.png", _encode(wide, "PNG"))
    put("big-grey16.png", _encode(Image.new("I;16", (1500, 1500), 300), "PNG"))
    put("big-clear.png", _encode(Image.new("RGBA", (1500, 1500)), "PNG"))
    put("big-trailer.jpg", _encode(small, "JPEG") + _encode(wide, "PNG"))
    return count


def _encode(image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


# ---- the checks every input goes through -----------------------------------------------------

class _Terminal:
    """Catch anything written to file 2 (libtiff, libjpeg, libheif write there, not to Python)."""

    def __init__(self) -> None:
        self.sink = tempfile.TemporaryFile()  # noqa: SIM115  (open for the whole run)
        self.saved = os.dup(2)

    def __enter__(self) -> Self:
        self.sink.seek(0)
        self.sink.truncate()
        sys.stderr.flush()
        os.dup2(self.sink.fileno(), 2)
        return self

    def __exit__(self, *exc_info) -> None:
        sys.stderr.flush()
        os.dup2(self.saved, 2)

    def text(self) -> str:
        self.sink.seek(0)
        return self.sink.read().decode("utf-8", "replace")


def _check_message(error: Exception) -> None:
    text = str(error)
    if not text.strip() or "\n" in text or "Traceback" in text or "b'" in text:
        raise BadMessage(repr(text))


def make_open_target(strict: bool = False):
    """open_bytes + find_hidden on one input; raises on anything a person must not see."""
    from safepic.core.errors import SafePicError
    from safepic.core.hidden.find import find_hidden
    from safepic.core.picture import open_bytes

    if strict:
        _strict_readers()
    terminal = _Terminal()
    name = Path("fuzzed.pic")

    def target(data: bytes) -> None:
        with terminal, warnings.catch_warnings(record=True) as caught:
            try:
                picture = open_bytes(data, name)
            except SafePicError as error:
                _check_message(error)
                picture = None
            if picture is not None:
                assert picture.image.mode in ("RGB", "RGBA"), picture.image.mode
                find_hidden(picture)
        shown = [w for w in caught if not issubclass(w.category, (DeprecationWarning,
                                                                  PendingDeprecationWarning))]
        if shown:
            first = shown[0]
            raise NoisyLibrary(f"{first.category.__name__}: {first.message} "
                               f"({first.filename}:{first.lineno})")
        noise = terminal.text()
        if noise:
            raise NoisyLibrary(f"printed to the terminal: {noise[:300]!r}")

    return target


def make_structure_target():
    """structure_problem on one input for each output format: a name or None, nothing else."""
    from safepic.core.clean import structure_problem

    def target(data: bytes) -> None:
        for fmt in ("jpeg", "png", "webp"):
            problem = structure_problem(data, fmt)
            assert problem is None or (isinstance(problem, str) and problem), problem

    return target


# Exception types that mean a reader's own mistake (it assumed a type or a shape), not damage in
# the file; guarded() hides them, and with them whatever the rest of that block held.
_CODE_MISTAKES = (TypeError, AttributeError, NameError, AssertionError, RecursionError,
                  UnboundLocalError)


def _strict_readers() -> None:
    """Let the readers' own mistakes through guarded(), so they are found rather than hidden."""
    import pkgutil

    import safepic.core
    from safepic.core.hidden import clues as hidden_clues

    plain = hidden_clues.guarded

    def strict(reader, *args):
        def checked(*inner):
            try:
                return reader(*inner)
            except _CODE_MISTAKES as exc:  # past guarded()'s `except Exception`
                raise ReaderMistake(f"{type(exc).__name__}: {exc}") from exc

        return plain(checked, *args)

    for info in pkgutil.iter_modules(safepic.core.__path__):
        if info.name.startswith("hidden"):
            module = importlib.import_module(f"safepic.core.{info.name}")
            if getattr(module, "guarded", None) is plain:
                module.guarded = strict


SLOW_SECONDS = 5.0  # an input under 100 KB that takes longer counts as a hang
BIG_RSS_MB = 1024  # one input raising the peak this far above where it started is a blow-up


def _keeping_crashes(target, folder: Path):
    """Save failing, slow and memory-hungry inputs; re-raise failures.

    libFuzzer's own copies are lost when the process is slow to exit (and its -timeout only
    catches inputs that never finish), so each is written here with a line in index.txt.
    """
    import hashlib
    import resource
    import time

    def keep(kind: str, data: bytes, why: str) -> None:
        folder.mkdir(exist_ok=True)
        name = f"{kind}-{hashlib.sha1(data).hexdigest()[:12]}"
        (folder / name).write_bytes(data)
        with open(folder / "index.txt", "a", encoding="utf-8") as index:
            index.write(f"{name}\t{len(data)}\t{why[:200]!r}\n")

    def run(data: bytes) -> None:
        # Measured per input, so a slow creep of the whole process is not blamed on one input.
        with open("/proc/self/statm", "rb") as statm:
            before = int(statm.read().split()[1]) * os.sysconf("SC_PAGESIZE") // 2**20
        started = time.monotonic()
        try:
            target(data)
        except BaseException as exc:
            keep(type(exc).__name__, data, str(exc))
            raise
        took = time.monotonic() - started
        if took > SLOW_SECONDS:
            keep("Slow", data, f"{took:.1f} s")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        if peak > run.peak and peak - before > BIG_RSS_MB:
            keep("Memory", data, f"peak {peak} MB, from {before} MB")
        run.peak = max(run.peak, peak)

    run.peak = 0
    return run


# ---- minimising -------------------------------------------------------------------------------

def _failure(target, data: bytes) -> str | None:
    """What goes wrong with this input (its kind and where), or None when nothing does."""
    import re
    import traceback

    try:
        target(data)
    except Exception as exc:  # noqa: BLE001  any failure is a signature to keep
        frames = traceback.extract_tb(exc.__traceback__)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        return f"{type(exc).__name__} {re.sub(r'[0-9]+', 'N', str(exc))[:80]} {where}"
    return None


def minimise(target, data: bytes) -> bytes:
    """Cut the input down while it still fails the same way (libFuzzer's own needs a fork)."""
    wanted = _failure(target, data)
    if wanted is None:
        raise SystemExit("this input does not fail")
    step = len(data) // 2
    while step >= 1:
        pos, cut_any = 0, False
        while pos < len(data):
            shorter = data[:pos] + data[pos + step:]
            if shorter and _failure(target, shorter) == wanted:
                data, cut_any = shorter, True
            else:
                pos += step
        if not cut_any:
            step //= 2
    return data


# ---- command line ----------------------------------------------------------------------------

def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[1] not in ("seeds", "open", "strict", "structure", "minimise"):
        sys.exit(__doc__)
    mode, rest = argv[1], argv[2:]
    if mode == "seeds":
        folder = Path(rest[0] if rest else "build/fuzz/seeds")
        print(f"{build_seeds(folder)} seeds in {folder}")
        return
    if mode == "minimise":  # minimise HARNESS CRASH OUT
        harness, crash, out = rest
        target = make_structure_target() if harness == "structure" else \
            make_open_target(strict=harness == "strict")
        data = Path(crash).read_bytes()
        print(_failure(target, data))
        small = minimise(target, data)
        Path(out).write_bytes(small)
        print(f"{len(data)} -> {len(small)} bytes: {out}")
        return
    import atheris

    # Not hidden_pixels: its whole-picture numpy comparisons, once instrumented, are never freed
    # (atheris keeps their array results: the process grew by 2 GB in 4 minutes).
    with atheris.instrument_imports(include=["safepic", "PIL", "piexif"],
                                    exclude=["safepic.core.hidden.pixels"]):
        from PIL import Image

        for module in ("safepic.core.clean", "safepic.core.hidden.find"):  # under test
            importlib.import_module(module)
        Image.init()  # Pillow's format plugins load lazily: load them now, instrumented
    target = make_structure_target() if mode == "structure" else \
        make_open_target(strict=mode == "strict")
    atheris.Setup([argv[0]] + rest, _keeping_crashes(target, Path("crashes")))
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
