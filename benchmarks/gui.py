"""The wizard's own budgets (DESIGN section 5): start to first page, and the GUI thread's longest
stall while a full check of a 12-megapixel photo runs in the background.

    python -m benchmarks.gui
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Prints "shown" once the first page has been painted and the event loop is running.
_START = textwrap.dedent(
    """
    from PySide6.QtCore import QTimer
    from safepic.gui.app import make_app
    from safepic.gui.session import Session
    from safepic.gui.wizard import SafePicWizard
    app = make_app()
    wizard = SafePicWizard(Session())
    wizard.show()
    def shown():
        print("shown", flush=True)
        app.quit()
    QTimer.singleShot(0, shown)
    app.exec()
    """
)


def start_up(runs: int = 5) -> dict:
    """Seconds from starting the process to the first page on screen (median of `runs`)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", _START], env=env, capture_output=True, text=True, cwd=ROOT)
        if "shown" not in result.stdout:
            raise SystemExit(f"the wizard did not start: {result.stderr.strip()[-300:]}")
        times.append(time.perf_counter() - started)
    return {"benchmark": "wizard start to first page", "median_s": round(statistics.median(times), 3),
            "budget_s": 1.5}


def _photo_12mp(folder: Path) -> Path:
    from PIL import Image

    path = folder / "photo-12mp.jpg"
    Image.open(ROOT / "tests" / "data" / "astronaut.jpg").resize((4000, 3000), Image.LANCZOS).save(path, quality=90)
    return path


def stalls() -> dict:
    """Longest gap between 10 ms ticks on the GUI thread while the checking page runs a full check."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer

    from safepic.core.picture import open_picture
    from safepic.gui import workers
    from safepic.gui.app import make_app
    from safepic.gui.pages.base import PageId
    from safepic.gui.session import Session
    from safepic.gui.wizard import SafePicWizard

    app = make_app()
    with tempfile.TemporaryDirectory() as folder:
        path = _photo_12mp(Path(folder))
        session = Session()
        wizard = SafePicWizard(session)
        wizard.show()
        session.choose_file(path)
        session.picture = open_picture(path)
        gaps: list[int] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        started = time.perf_counter()
        wizard.page_of(PageId.CHECKING).start_check()
        while session.report is None and time.perf_counter() - started < 120:
            app.processEvents()
            time.sleep(0.002)
        seconds = time.perf_counter() - started
        timer.stop()
        workers.wait_all()
        wizard.close()
    return {"benchmark": "GUI thread during a 12 MP check", "longest_stall_ms": max(gaps),
            "check_s": round(seconds, 2), "budget_ms": 100}


def run() -> list[dict]:
    return [start_up(), stalls()]


if __name__ == "__main__":
    for row in run():
        print(row)
