"""Render every wizard page, in order, to PNG: real analysis, real previews, a real save.

Used for the README pictures and by volunteers who want to show the steps without running it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WINDOW = (1100, 760)
PRESENTER_WINDOW = (1920, 1080)
EXAMPLE_WORDS_KEY = "placeholder"  # the profile page's own example sentence
# Qt's offscreen screen says this for every window it cannot resize like a desktop would.
OFFSCREEN_CHATTER = "This plugin does not support propagateSizeHints()"


def _pass_on_real_messages(mode, context, message: str) -> None:
    if message != OFFSCREEN_CHATTER:
        print(message, file=sys.stderr)


def render_tour(out_dir: Path, *, picture: Path | None = None, demo: bool = False,
                lang: str | None = None, presenter: bool = False) -> list[Path]:
    """Walk the whole journey offscreen and save one PNG per page; returns the files.
    `presenter`: the big-screen view, in a window as large as a 1920 by 1080 screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(_pass_on_real_messages)
    try:
        return _render(out_dir, picture, demo, lang, presenter)
    finally:
        qInstallMessageHandler(previous)


def _render(out_dir: Path, picture: Path | None, demo: bool, lang: str | None,
            presenter: bool) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from . import workers
    from .app import make_app
    from .pages.base import PageId
    from .session import Session
    from .wizard import SafePicWizard

    app = make_app(lang=lang)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    wizard = SafePicWizard(Session(demo=demo, lang=lang))
    wizard.resize(*WINDOW)
    wizard.show()
    if presenter:
        wizard.set_presenter(True)
        wizard.showNormal()  # the offscreen screen is small: draw it at a big screen's size
        wizard.resize(*PRESENTER_WINDOW)
    shots: list[Path] = []

    def settle(ready: Callable[[], bool] = lambda: True, timeout: float = 300.0,
               idle: bool = True) -> None:
        """Let Qt run until `ready()` holds and no job is left (or nothing more can happen);
        with `idle` False, until `ready()` holds, jobs or not."""
        end = time.monotonic() + timeout
        idle_since = None
        while time.monotonic() < end:
            app.processEvents()
            if not idle and ready():
                break
            if workers.busy():
                idle_since = None
            else:
                if ready():
                    break
                idle_since = idle_since or time.monotonic()
                if time.monotonic() - idle_since > 2.0:
                    break
            time.sleep(0.02)
        app.processEvents()

    def shot(idle: bool = True) -> None:
        if idle:
            settle()
        page = wizard.currentPage()
        path = out_dir / f"{len(shots) + 1:02d}-{page.name.replace('_', '-')}.png"
        wizard.grab().save(str(path))
        shots.append(path)

    with tempfile.TemporaryDirectory(prefix="safepic-tour-") as scratch:
        source = Path(picture) if picture else _default_picture(Path(scratch))
        shot()  # welcome
        wizard.next()
        shot()  # the three tests
        wizard.next()
        choose = wizard.page_of(PageId.CHOOSE)
        choose.load_file(source)
        settle(lambda: wizard.session.picture is not None or not choose.isComplete())
        shot()
        if wizard.session.picture is None:
            return shots  # the picture cannot be opened: the friendly message is the last page
        wizard.next()
        checking = wizard.page_of(PageId.CHECKING)
        settle(lambda: bool(checking._rows) or wizard.currentId() != PageId.CHECKING, idle=False)
        shot(idle=False)  # checking, while it works
        settle(lambda: wizard.currentId() != PageId.CHECKING)
        shot()  # what we found: the wizard moves on by itself when the check is done
        wizard.next()
        if wizard.currentId() == PageId.FACE:
            wizard.page_of(PageId.FACE).buttons["hide"].setChecked(True)
            shot()
            wizard.next()
        self_check = wizard.page_of(PageId.SELF_CHECK)
        self_check.boxes["home"].setChecked(True)
        shot()
        wizard.next()
        make_safe = wizard.page_of(PageId.MAKE_SAFE)
        settle(make_safe.ready)
        width, height = wizard.session.picture.size
        make_safe.cover.canvas.add_box((width * 0.06, height * 0.72, width * 0.24, height * 0.2))
        settle(make_safe.ready)  # a box of the person's own, hidden in every preview
        first = next((t for t in make_safe.tiles.values() if t.isEnabled()), None)
        if first is None:
            return shots  # nothing could be made: the page says why
        first.click()
        shot()
        wizard.next()
        profile = wizard.page_of(PageId.PROFILE)
        profile.editor.setPlainText(profile.t[EXAMPLE_WORDS_KEY].split(": ", 1)[-1])
        settle(lambda: not profile.checking())
        shot()
        wizard.next()
        save = wizard.page_of(PageId.SAVE)
        save.folder.setText(scratch)
        save.save_now()
        settle(save.isComplete)
        shot()
        wizard.next()
        shot()  # if something goes wrong
        wizard.close()
        settle()
        workers.wait_all()
    QApplication.processEvents()
    return shots


def _default_picture(scratch: Path) -> Path:
    """A bundled demo picture, else a freshly drawn avatar written to a scratch file."""
    from safepic.core.resources import resources_dir

    demo = resources_dir() / "demo" / "hidden-details.jpg"
    if demo.is_file():
        return demo
    from safepic.core.avatars import make_avatar, new_seed

    path = scratch / "avatar.png"
    make_avatar("flower", new_seed()).image.save(path)
    return path
