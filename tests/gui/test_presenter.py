"""The big-screen view: text at least half as large again, nothing cut off on a 1366 by 768
screen, and switching it off puts every size back, the step list's too."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from safepic.gui.pages.base import PageId
from safepic.gui.widgets import IconRow, Label

from .conftest import go_to

SMALL_SCREEN = (1366, 768)


def sizes(wizard) -> dict[int, tuple[float, int]]:
    """Every label's point size and every icon's width, by widget."""
    found = {}
    for label in wizard.findChildren(QLabel):
        found[id(label)] = (label.font().pointSizeF(), 0)
    for row in wizard.findChildren(IconRow):
        found[id(row.icon_label)] = (row.icon_label.font().pointSizeF(), row.icon_label.width())
    return found


def test_text_grows_half_again_and_comes_back(qtbot, wizard):
    welcome = wizard.page_of(PageId.WELCOME)
    step = wizard.steps._rows[PageId.WELCOME]
    before = sizes(wizard)
    body, heading = welcome.intro.font().pointSizeF(), welcome.heading.font().pointSizeF()
    step_text, step_icon = step.text_label.font().pointSizeF(), step.icon_label.width()
    steps_width = wizard.steps.minimumWidth()

    wizard.set_presenter(True)
    assert welcome.intro.font().pointSizeF() >= body * 1.5
    assert welcome.heading.font().pointSizeF() >= heading * 1.5
    assert step.text_label.font().pointSizeF() >= step_text * 1.5, "the step list grows"
    assert step.icon_label.width() >= step_icon * 1.3, "and its icons"
    assert wizard.steps.minimumWidth() > steps_width * 1.3
    assert all(label.font().pointSizeF() >= 1.5 * before[id(label)][0] - 0.01
               for label in wizard.findChildren(QLabel) if id(label) in before)

    wizard.set_presenter(False)
    assert sizes(wizard) == before, "every label and icon is back to its size"
    assert step.icon_label.width() == step_icon and wizard.steps.minimumWidth() == steps_width


def test_nothing_is_cut_off_on_a_small_screen(qtbot, wizard):
    """At 1366 by 768 every word on each page can be read: a label is as tall as its wrapped
    words need, the window fits the screen, and a page too long for it scrolls."""
    wizard.set_presenter(True)
    wizard.showNormal()
    wizard.resize(*SMALL_SCREEN)
    for page_id in (PageId.WELCOME, PageId.TESTS, PageId.CHOOSE):
        go_to(qtbot, wizard, page_id)
        qtbot.wait(50)
        assert wizard.width() <= SMALL_SCREEN[0] and wizard.height() <= SMALL_SCREEN[1]
        page = wizard.currentPage()
        for label in page.findChildren(Label):
            if label.isVisible() and label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
                assert label.width() <= page.scroller.viewport().width(), label.text()
    profile = wizard.page_of(PageId.PROFILE)
    profile.editor.setPlainText(profile.t["placeholder"])
    wizard.setStartId(PageId.PROFILE)
    wizard.restart()
    qtbot.wait(50)
    example = profile.editor
    assert example.document().size().width() <= example.viewport().width() + 1, "the words wrap"
    wizard.set_presenter(False)
