"""Make it safe on a laptop screen: only the list of cards scrolls (not the page around it too),
nothing under it is cut off, and the cards still stand in two columns, in Spanish as well."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from safepic.gui import workers
from safepic.gui.app import make_app
from safepic.gui.session import Session
from safepic.gui.wizard import SafePicWizard

from .conftest import DATA, check_picture, wait_idle
from .test_make_safe import to_make_safe

SCREENS = ((1100, 760), (1366, 768))


@pytest.fixture(params=["en", "es"])
def wizard_in(request, qtbot):
    make_app()
    wiz = SafePicWizard(Session(lang=request.param))
    qtbot.addWidget(wiz)
    wiz.resize(*SCREENS[0])
    wiz.show()
    yield wiz
    workers.cancel_all()
    workers.wait_all()
    wiz.close()


def test_only_the_cards_scroll_and_two_columns_fit(qtbot, wizard_in):
    wizard = wizard_in
    check_picture(qtbot, wizard, DATA / "astronaut.jpg")
    to_make_safe(qtbot, wizard)
    page = wizard.currentPage()
    wait_idle(qtbot, page.ready)
    for size in SCREENS:
        wizard.resize(*size)
        qtbot.wait(100)
        view = page.scroller.viewport()
        assert not page.scroller.verticalScrollBar().isVisible(), f"the page scrolls as well at {size}"
        assert page.scroll.verticalScrollBar().isVisible(), "the cards scroll"
        bottom = page.square.mapTo(view, QPoint(0, page.square.height())).y()
        assert page.square.isVisible() and bottom <= view.height(), f"cut off at {size}"
        assert page.styles._columns >= 2, f"one column of cards at {size}"
