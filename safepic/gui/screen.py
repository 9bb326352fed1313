"""Can this computer show SafePic's window? Asked before Qt starts.

When it cannot, Qt itself prints five lines about "platform plugins" and aborts, which tells a
person nothing they can act on. On Linux the two usual causes are no screen at all (a server, a
remote shell) and a desktop that lacks the small X11 libraries Qt 6.5+ needs, such as
libxcb-cursor0. This module never imports Qt: a missing library can break the import itself.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# Shared library -> (Debian/Ubuntu package, Fedora package), for what Qt's xcb and wayland
# window plugins load that a desktop install may lack. Anything else is named by Debian's rule.
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}
# Qt's xcb plugin opens libxcb-cursor itself at start (Qt 6.5+), so ldd does not always list it.
_OPENED_LATER = {"xcb": ("libxcb-cursor.so.0",)}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)

NO_SCREEN = (
    "SafePic needs a screen to show its window, and this session has none (DISPLAY and "
    "WAYLAND_DISPLAY are not set). Start it from your desktop, or use a command that needs no "
    "window, such as: safepic check PICTURE"
)


def screen_problem(env: Mapping[str, str] | None = None) -> str | None:
    """Why Qt cannot show a window here, in one plain line; None when it can (or we cannot tell)."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS ship what Qt needs
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen and chosen not in ("xcb", "wayland"):
        return None  # offscreen, vnc, eglfs...: the person chose; Qt knows best
    plugins = [name for name, var in (("wayland", "WAYLAND_DISPLAY"), ("xcb", "DISPLAY"))
               if env.get(var) and chosen in ("", name)]
    if not plugins:
        return NO_SCREEN
    missing: list[str] = []
    for plugin in plugins:
        lacking = missing_libraries(plugin)
        if not lacking:
            return None  # Qt tries the others in turn, so one that loads is enough
        missing = missing or lacking  # name what the first choice lacks
    return missing_message(missing)


def missing_libraries(plugin: str) -> list[str]:
    """The shared libraries Qt's window plugin `plugin` (xcb, wayland) needs and cannot find."""
    path = _plugin_path(plugin)
    ldd = shutil.which("ldd")
    if path is None or ldd is None:
        return []  # nothing to ask: let Qt try
    try:
        out = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    missing = list(dict.fromkeys(_NOT_FOUND.findall(out)))
    for name in _OPENED_LATER.get(plugin, ()):
        if name not in missing and not _loads(name):
            missing.append(name)
    return missing


def missing_message(libraries: list[str]) -> str:
    """One line naming the packages to install, for Debian/Ubuntu and for Fedora."""
    debian = list(dict.fromkeys(PACKAGES.get(lib, (_debian_name(lib), ""))[0] for lib in libraries))
    fedora = list(dict.fromkeys(PACKAGES.get(lib, ("", f"'{lib}()(64bit)'"))[1] for lib in libraries))
    return (
        "SafePic cannot open its window: this computer lacks some parts of its desktop "
        f"({', '.join(libraries)}). Add them with: sudo apt install {' '.join(debian)} "
        f"(Debian, Ubuntu), or: sudo dnf install {' '.join(fedora)} (Fedora)."
    )


def _debian_name(library: str) -> str:
    """Debian's rule: libfoo.so.1 is in libfoo1, libfoo-2.so.0 in libfoo-2-0."""
    stem, _, version = library.partition(".so.")
    version = version.split(".")[0]
    return (stem + ("-" if stem[-1:].isdigit() else "") + version).lower()


def _plugin_path(plugin: str) -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / f"libq{plugin}.so"
    return path if path.is_file() else None


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True
