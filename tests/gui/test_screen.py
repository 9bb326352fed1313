"""The start check that runs before Qt: what it says when no window can be shown."""

from __future__ import annotations

import ctypes
import sys

import pytest

from safepic.gui import screen

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops only")


@linux
def test_no_screen_is_named() -> None:
    assert screen.screen_problem({}) == screen.NO_SCREEN
    assert screen.screen_problem({"QT_QPA_PLATFORM": "xcb"}) == screen.NO_SCREEN


def test_a_chosen_platform_is_trusted() -> None:
    assert screen.screen_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert screen.screen_problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}) is None


def test_missing_libraries_are_named_as_packages_for_debian_and_fedora() -> None:
    line = screen.missing_message(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libfoo-2.so.1"])
    assert "\n" not in line
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libfoo-2-1 (Debian, Ubuntu)" in line
    assert "sudo dnf install xcb-util-cursor xcb-util-wm 'libfoo-2.so.1()(64bit)' (Fedora)" in line


@linux
def test_what_is_called_missing_really_cannot_be_loaded() -> None:
    """Checked against this machine's own loader: every library named is one it cannot open."""
    missing = screen.missing_libraries("xcb")
    for library in missing:
        with pytest.raises(OSError):
            ctypes.CDLL(library)
    problem = screen.screen_problem({"DISPLAY": ":0"})
    if missing:
        assert problem == screen.missing_message(missing)
    else:
        assert problem is None
