"""run_wizard opens the wizard and returns when the person closes it.

It runs in its own process: ending QApplication.exec() leaves Qt's "quit now" flag set, which
would stop the event loops of every later test in this process."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from safepic.gui.app import make_app, run_wizard
from safepic.gui.wizard import SafePicWizard

make_app(lang="en")  # the same application run_wizard then uses

def close_it():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, SafePicWizard) and widget.isVisible():
            print("shown:", widget.currentPage().name, widget.windowTitle())
            widget.reject()

QTimer.singleShot(300, close_it)
print("exit:", run_wizard(demo=True, lang="en"))
"""


def test_run_wizard_shows_the_wizard_and_returns():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "shown: welcome SafePic" in done.stdout
    assert "exit: 0" in done.stdout
    assert "Traceback" not in done.stderr
