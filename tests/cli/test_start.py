"""Starting `safepic` as a person would: the version, no screen, and a reader that stops early."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys

import pytest

import safepic
from safepic.cli import EXIT_FAILED, EXIT_READER_GONE


def _env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    for key, value in changes.items():
        env.pop(key, None)
        if value is not None:
            env[key] = value
    return env


def test_version_is_the_installed_packages_version() -> None:
    done = subprocess.run([sys.executable, "-m", "safepic", "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"safepic {safepic.__version__}"
    assert importlib.metadata.version("safepic") == safepic.__version__


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop's screen variables")
def test_no_screen_gives_one_plain_line_and_exit_1() -> None:
    env = _env(DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    done = subprocess.run([sys.executable, "-m", "safepic"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == EXIT_FAILED
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("safepic: SafePic needs a screen")
    assert "plugin" not in done.stderr and "qt." not in done.stderr.lower()


def test_a_reader_that_stops_early_ends_it_quietly() -> None:
    """`safepic gallery | head -1`: the reader goes away before SafePic has written its list."""
    with subprocess.Popen([sys.executable, "-m", "safepic", "gallery"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as process:
        process.stdout.close()  # the only reader is gone before SafePic has started
        stderr = process.stderr.read()
        code = process.wait(timeout=60)
    assert stderr == ""
    assert code == EXIT_READER_GONE
