"""Build the one-folder desktop bundle with PyInstaller, prove it works, and pack it for download.

    python tools/build_bundle.py          # in SafePic's environment, after: pip install pyinstaller

The same command works on Linux, Windows and macOS; each builds the bundle for its own system
(PyInstaller does not cross-build). Results, in dist/:
  safepic/                            the bundle: run safepic (safepic.exe on Windows) inside it;
                                      with no arguments it opens the wizard
  safepic-VERSION-SYSTEM-MACHINE.zip  the file a person downloads (.tar.gz on Linux and macOS,
                                      which keeps the bundle's file links and permissions)
The proof: the bundle starts with a clean environment (no Python, no virtual environment on the
path), from an unrelated folder, checks a real photo and must find its one face.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "safepic"
EXECUTABLE = BUNDLE / ("safepic.exe" if os.name == "nt" else "safepic")
LIMIT_MIB = 400  # DESIGN.md section 5: the download a person can manage

# Modules SafePic never loads that its libraries would bring along: mediapipe's drawing helpers
# (matplotlib) and audio (sounddevice), libraries SafePic no longer uses, Qt modules it never
# imports, and test tools.
EXCLUDED_MODULES = (
    "matplotlib", "sounddevice", "scipy", "pywt", "imagehash", "reverse_geocoder", "rapidocr",
    "shapely", "tkinter", "IPython", "jax", "pytest", "hypothesis", "setuptools",
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtOpenGL", "PySide6.QtDBus",
    "PySide6.QtSvg",
)
# Files the build brings that SafePic never opens: Qt's plugins for networks, kiosks and remote
# screens (and the network library only they need), Qt's texts in languages SafePic does not
# speak, and test folders inside packages.
PRUNED_PLUGINS = ("networkinformation", "tls", "egldeviceintegrations", "qmltooling")
PRUNED_PLATFORMS = ("eglfs", "linuxfb", "vnc", "vkkhrdisplay", "minimalegl")
KEPT_LANGUAGES = ("en", "es")


def build() -> Path:
    """Run PyInstaller with the interpreter running this script; returns the bundle's executable."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--name", "safepic",
        "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
        "--specpath", str(ROOT / "build"),
        "--add-data", f"{ROOT / 'resources'}{os.pathsep}safepic/resources",
        "--collect-submodules", "safepic",
        "--collect-all", "mediapipe",
        "--collect-binaries", "onnxruntime",
    ]
    for module in EXCLUDED_MODULES:
        command += ["--exclude-module", module]
    command.append(str(ROOT / "tools" / "bundle_entry.py"))
    subprocess.run(command, check=True, cwd=ROOT)
    prune(BUNDLE)
    strip_symbols(BUNDLE)
    return EXECUTABLE


def prune(bundle: Path) -> list[Path]:
    """Delete what the bundle carries but SafePic never opens; returns what was deleted."""
    gone: list[Path] = []
    for qt in bundle.rglob("PySide6/Qt"):
        plugins = qt / "plugins"
        gone += [plugins / name for name in PRUNED_PLUGINS]
        gone += [p for p in (plugins / "platforms").glob("*")
                 if any(name in p.name for name in PRUNED_PLATFORMS)]
        gone += [p for p in (qt / "translations").glob("*.qm")
                 if not p.stem.endswith(tuple(f"_{lang}" for lang in KEPT_LANGUAGES))]
        gone += list((qt / "lib").glob("*Qt6Network*"))
    gone += [p for p in bundle.rglob("*") if p.is_dir() and p.name in ("tests", "test")
             and "safepic" not in p.relative_to(bundle).parts]
    deleted = []
    for path in gone:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
        else:
            continue
        deleted.append(path)
    return deleted


def strip_symbols(bundle: Path) -> list[Path]:
    """Drop the symbol tables MediaPipe's Linux library ships (29 of its 122 MiB; what it links
    against stays). Only there: stripping every library (PyInstaller's --strip) breaks ones that
    auditwheel has patched, such as numpy's OpenBLAS ("ELF load command ... not page-aligned")."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return []
    libraries = [p for p in bundle.rglob("mediapipe/**/*.so") if not p.is_symlink()]
    for library in libraries:
        subprocess.run([strip, "--strip-unneeded", str(library)], check=True)
    return libraries


def clean_environment() -> dict[str, str]:
    """What a fresh login has: no Python, no virtual environment, the system's own search path."""
    kept = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "TMPDIR", "HOME", "USERPROFILE", "APPDATA",
            "LOCALAPPDATA", "LANG")
    env = {name: os.environ[name] for name in kept if name in os.environ}
    env["PATH"] = os.defpath
    env["QT_QPA_PLATFORM"] = "offscreen"  # the proof runs without a screen
    return env


def smoke(executable: Path) -> dict:
    """Start the bundle with a clean environment, in an unrelated folder, and check the astronaut."""
    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "photo.jpg"
        shutil.copyfile(ROOT / "tests" / "data" / "astronaut.jpg", picture)
        started = time.perf_counter()
        result = subprocess.run([str(executable), "check", str(picture), "--json"], env=clean_environment(),
                                cwd=folder, capture_output=True, text=True, timeout=600)
        seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"the bundle failed: {result.stderr.strip()}")
    report = json.loads(result.stdout)
    faces = [f for f in report["findings"] if f["code"] == "face"]
    if len(faces) != 1:
        raise SystemExit(f"the bundle found {len(faces)} faces on the astronaut, expected 1")
    return {"seconds": round(seconds, 2), "faces": len(faces)}


def pack(bundle: Path) -> Path:
    """The download: one archive of the bundle folder."""
    from safepic import __version__

    name = f"safepic-{__version__}-{platform.system().lower()}-{platform.machine().lower()}"
    kind = "zip" if os.name == "nt" else "gztar"
    return Path(shutil.make_archive(str(bundle.parent / name), kind, root_dir=bundle.parent,
                                    base_dir=bundle.name))


def size_mib(path: Path) -> float:
    """Bytes on disk of a file, or of every file in a folder (links not followed), in MiB."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20


if __name__ == "__main__":
    executable = build()
    outcome = smoke(executable)
    archive = pack(executable.parent)
    folder, download = size_mib(executable.parent), size_mib(archive)
    print(f"bundle: {executable.parent} ({folder:.0f} MiB unpacked); download: {archive.name} "
          f"({download:.0f} MiB); check of the astronaut in {outcome['seconds']} s, {outcome['faces']} face found")
    if download > LIMIT_MIB:
        raise SystemExit(f"the download is {download:.0f} MiB, over the {LIMIT_MIB} MiB limit")
