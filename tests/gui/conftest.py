"""Wizard fixtures: a real wizard on the offscreen platform, real pictures from tests/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from safepic.gui import workers
from safepic.gui.app import make_app
from safepic.gui.pages.base import PageId
from safepic.gui.session import Session
from safepic.gui.wizard import SafePicWizard

DATA = Path(__file__).resolve().parent.parent / "data"
WAIT_MS = 180_000  # generous: the first check loads the face and text models


@pytest.fixture
def wizard(qtbot):
    make_app()
    wiz = SafePicWizard(Session(lang="en"))
    qtbot.addWidget(wiz)
    wiz.resize(1100, 760)
    wiz.show()
    yield wiz
    workers.cancel_all()
    workers.wait_all()
    wiz.close()


def wait_idle(qtbot, condition=lambda: True, timeout: int = WAIT_MS) -> None:
    """Wait until `condition()` holds and every worker job has reported back."""
    qtbot.waitUntil(lambda: condition() and not workers.busy(), timeout=timeout)


def go_to(qtbot, wiz: SafePicWizard, page_id: PageId) -> None:
    """Press Next until the page is shown (each page must allow it)."""
    for _ in range(len(PageId)):
        if wiz.currentId() == page_id:
            return
        assert wiz.currentPage().isComplete(), f"Next is off on {wiz.currentPage().name}"
        wiz.next()
    assert wiz.currentId() == page_id


def choose_picture(qtbot, wiz: SafePicWizard, path: Path) -> None:
    go_to(qtbot, wiz, PageId.CHOOSE)
    wiz.page_of(PageId.CHOOSE).load_file(path)
    wait_idle(qtbot)


def check_picture(qtbot, wiz: SafePicWizard, path: Path) -> None:
    """Choose and check a picture: the wizard moves on to the findings page by itself."""
    choose_picture(qtbot, wiz, path)
    assert wiz.session.picture is not None
    wiz.next()
    assert wiz.currentId() == PageId.CHECKING
    checking = wiz.currentPage()
    wait_idle(qtbot, lambda: wiz.currentId() != PageId.CHECKING or checking.again.isVisible())
    assert wiz.currentId() == PageId.FINDINGS, checking.status.accessibleName()
