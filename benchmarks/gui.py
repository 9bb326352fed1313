"""The wizard's own budgets (DESIGN section 5): start to first page, the GUI thread's longest
stall while a full check of a 12-megapixel photo runs in the background, and the waits a person
meets on a 12 MP photo in a freshly started wizard: picture chosen -> findings on screen,
findings -> every preview shown (and every one checked again), Save -> the file made at full
size, written and checked again, and a second picture -> its findings.

    python -m benchmarks.gui
"""

from __future__ import annotations

import json
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

    path = folder / "IMG_20261203_114205.jpg"  # named as a phone names it
    Image.open(ROOT / "tests" / "data" / "astronaut.jpg").resize((4032, 3024), Image.LANCZOS).save(path, quality=90)
    return path


def _stall_meter():
    """A 10 ms timer on the GUI thread and the gaps it saw between its ticks (ms)."""
    from PySide6.QtCore import QElapsedTimer, QTimer

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
    return timer, gaps


def stalls() -> dict:
    """Longest gap between 10 ms ticks on the GUI thread while the checking page runs a full check."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
        timer, gaps = _stall_meter()
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


READ_S = 4.0  # how long a person spends on the welcome and three-tests pages before choosing


def _wait(app, ready, limit_s: float = 180.0) -> float:
    """Run Qt until `ready()` holds; seconds it took."""
    started = time.perf_counter()
    while not ready():
        if time.perf_counter() - started > limit_s:
            raise SystemExit("the wizard did not get there in time")
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - started


def _journey(photo: str, read_s: float) -> dict:
    """One person's journey in a fresh process, pressing on as soon as each page allows: the
    seconds each wait lasts, and the GUI thread's longest stall over the whole journey."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from safepic.gui import workers
    from safepic.gui.app import make_app
    from safepic.gui.pages.base import PageId
    from safepic.gui.session import Session
    from safepic.gui.wizard import SafePicWizard

    app = make_app(lang="en")
    wizard = SafePicWizard(Session(lang="en"))
    wizard.resize(1100, 760)
    wizard.show()
    timer, gaps = _stall_meter()
    phases: list[tuple[int, str]] = []  # (index of the first gap, what the person waits for)

    def phase(name: str) -> None:
        phases.append((len(gaps), name))

    def press(what: str, action) -> None:
        """One thing a person does (one event-loop turn), then the wizard runs on: a stall in
        that turn is put down to `what`."""
        phase(what)
        action()
        app.processEvents()

    phase("reading the first pages")
    reading = time.perf_counter()
    press("Next (to the three tests)", wizard.next)
    press("Next (to choose a picture)", wizard.next)
    _wait(app, lambda: time.perf_counter() - reading >= read_s)
    waits = {}

    def to_findings(path: Path) -> float:
        started = time.perf_counter()
        choose = wizard.page_of(PageId.CHOOSE)
        press("picture chosen", lambda: choose.load_file(path))
        phase("picture -> findings")
        _wait(app, choose.isComplete)
        press("Next (to checking)", wizard.next)
        phase("picture -> findings")

        def there() -> bool:  # a wizard that waits for Next on "checking" gets it at once
            if wizard.currentId() == PageId.CHECKING and wizard.currentPage().isComplete():
                wizard.next()
            return wizard.currentId() == PageId.FINDINGS
        _wait(app, there)
        return time.perf_counter() - started

    waits["findings_s"] = to_findings(Path(photo))
    started = time.perf_counter()
    press("Next (from the findings)", wizard.next)
    if wizard.currentId() == PageId.FACE:
        press("hide my face", lambda: wizard.page_of(PageId.FACE).buttons["hide"].setChecked(True))
        press("Next (from the face page)", wizard.next)
    press("Next (to make it safe)", wizard.next)
    phase("findings -> previews")
    make_safe = wizard.page_of(PageId.MAKE_SAFE)
    _wait(app, make_safe.shown)
    waits["previews_s"] = time.perf_counter() - started
    _wait(app, make_safe.ready)
    waits["all_checked_s"] = time.perf_counter() - started
    tile = next(t for k, t in make_safe.tiles.items() if k.startswith("style:") and t.isEnabled())
    press("a card picked", tile.click)
    waits["style"] = tile.key
    press("Next (to profile words)", wizard.next)
    press("Next (to save)", wizard.next)
    save = wizard.page_of(PageId.SAVE)
    with tempfile.TemporaryDirectory() as folder:
        save.folder.setText(folder)
        started = time.perf_counter()
        press("Save", save.save_now)
        phase("save -> checked again")
        _wait(app, lambda: wizard.session.saved is not None and not workers.busy())
        waits["save_s"] = time.perf_counter() - started
    while wizard.currentId() != PageId.CHOOSE:
        press("Back", wizard.back)
    waits["second_findings_s"] = to_findings(Path(photo).with_name("IMG_20261203_114311.jpg"))
    timer.stop()
    worst = max(range(len(gaps)), key=gaps.__getitem__)
    waits["longest_stall_ms"] = gaps[worst]
    waits["longest_stall_during"] = [name for start, name in phases if start <= worst][-1]
    wizard.close()
    workers.shutdown()
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in waits.items()}


def waits(runs: int = 3, read_s: float = READ_S) -> dict:
    """The waits a person meets on a 12 MP photo, each journey in a freshly started wizard
    (median of `runs`)."""
    # With a real screen (DISPLAY set, e.g. under Xvfb) the wizard is drawn on it, as a person sees it.
    env = dict(os.environ, QT_QPA_PLATFORM="xcb" if os.environ.get("DISPLAY") else "offscreen")
    journeys = []
    with tempfile.TemporaryDirectory() as folder:
        photo = _photo_12mp(Path(folder))
        from PIL import Image

        second = Path(folder) / "IMG_20261203_114311.jpg"
        Image.open(photo).transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(second, quality=90)
        for _ in range(runs):
            code = ("import json; from benchmarks.gui import _journey; "
                    f"print('RESULT', json.dumps(_journey({str(photo)!r}, {read_s})))")
            result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=ROOT)
            lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
            if not lines:
                raise SystemExit(f"the journey failed: {result.stderr.strip()[-500:]}")
            journeys.append(json.loads(lines[-1][7:]))
    row = {"benchmark": "waits on a 12 MP photo, fresh wizard", "screen": env["QT_QPA_PLATFORM"],
           "read_s": read_s, "style": journeys[0]["style"],
           "longest_stall_during": [j["longest_stall_during"] for j in journeys]}
    for key in ("findings_s", "previews_s", "all_checked_s", "save_s", "second_findings_s", "longest_stall_ms"):
        row[key] = statistics.median(j[key] for j in journeys)
    row["budget_s"] = 3.0
    return row


def run() -> list[dict]:
    return [start_up(), stalls(), waits()]


if __name__ == "__main__":
    for row in run():
        print(row)
