"""The whole journey by keyboard only: Tab, Space and Enter on whatever has focus, as a person
without a mouse walks it. Enter always presses the highlighted default button (Next, or Save
on the save page) unless a text box has focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from safepic.core.picture import open_picture
from safepic.gui import workers
from safepic.gui.pages.base import PageId
from safepic.gui.widgets import Tile
from safepic.gui.wizard import SafePicWizard

from .conftest import wait_idle
from .test_demo import make_wizard, when_dialog

TABS = 60  # more than any page has controls


def press(wizard: SafePicWizard, key, text: str = "") -> None:
    """One key, to whatever has the keyboard focus (the window itself if nothing has)."""
    if QApplication.activeWindow() is None:  # offscreen Qt forgets at times; a desktop does not
        wizard.activateWindow()
        QTest.qWaitForWindowActive(wizard)
    target = QApplication.focusWidget() or wizard
    if text:
        QTest.keyClicks(target, text)
    else:
        QTest.keyClick(target, key)


def tab_to(wizard: SafePicWizard, widget) -> None:
    """Press Tab until `widget` (or a widget that `widget(w)` accepts) has the focus."""
    wanted = widget if callable(widget) and not isinstance(widget, QWidget) else (lambda w: w is widget)
    for _ in range(TABS):
        if wanted(QApplication.focusWidget()):
            return
        press(wizard, Qt.Key_Tab)
    assert wanted(QApplication.focusWidget()), f"Tab never reaches {widget}"


def enter_goes_to(qtbot, wizard: SafePicWizard, page_id: PageId) -> None:
    default = wizard.default_button()
    assert default is not None and default.isDefault(), "Enter's button is drawn as the default"
    press(wizard, Qt.Key_Return)
    assert wizard.currentId() == page_id, wizard.currentPage().name


def escape(dialog) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)


@pytest.fixture
def demo_wizard(qtbot):
    """The volunteer demo: its sample pictures are buttons, so a picture can be chosen by
    keyboard without typing a path into a file dialog."""
    wiz = make_wizard(qtbot, demo=True)
    yield wiz
    workers.cancel_all()
    workers.wait_all()
    wiz.close()


def test_whole_journey_by_keyboard_only(qtbot, demo_wizard, tmp_path):
    wizard = demo_wizard
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    session = wizard.session
    enter_goes_to(qtbot, wizard, PageId.TESTS)
    enter_goes_to(qtbot, wizard, PageId.CHOOSE)
    choose = wizard.currentPage()
    press(wizard, Qt.Key_Return)
    assert wizard.currentId() == PageId.CHOOSE, "Next is off until a picture is chosen"

    tab_to(wizard, choose.browse)
    opened: list = []
    when_dialog(QFileDialog, escape, opened)
    press(wizard, Qt.Key_Space)  # opens the file dialog; Escape closes it
    wizard.activateWindow()  # a desktop does this when a dialog closes; offscreen Qt does not
    qtbot.waitUntil(lambda: QApplication.focusWidget() is choose.browse)
    assert len(opened) == 1
    sample = next(b for b in choose.samples.findChildren(QPushButton) if "clear face" in b.text())
    tab_to(wizard, sample)
    press(wizard, Qt.Key_Space)
    qtbot.waitUntil(lambda: session.picture is not None, timeout=60_000)
    wait_idle(qtbot)
    tab_to(wizard, choose.browse)
    when_dialog(QFileDialog, escape, opened, within_ms=300)  # would catch it, were it opened again
    enter_goes_to(qtbot, wizard, PageId.CHECKING)  # it opened the file dialog again
    assert len(opened) == 1
    QTest.qWait(400)
    assert len(opened) == 1
    enter_goes_to(qtbot, wizard, PageId.CHECKING)  # it did open the file dialog again
    checking = wizard.currentPage()
    assert checking.stop.isVisible()
    qtbot.waitUntil(lambda: len(checking._rows) >= 1)
    stop_at = checking.stop.mapTo(checking, QPoint(0, 0))
    wait_idle(qtbot, lambda: wizard.currentId() == PageId.FINDINGS)  # it moves on by itself
    assert len(checking._rows) >= 3 and checking.stop.mapTo(checking, QPoint(0, 0)) == stop_at, \
        "'Stop checking' stays where it was while the steps are listed"
    enter_goes_to(qtbot, wizard, PageId.FACE)

    face = wizard.currentPage()
    press(wizard, Qt.Key_Return)
    assert wizard.currentId() == PageId.FACE, "a choice is needed first"
    tab_to(wizard, face.buttons["hide"])
    press(wizard, Qt.Key_Space)
    assert session.face_choice == "hide"
    enter_goes_to(qtbot, wizard, PageId.SELF_CHECK)
    self_check = wizard.currentPage()
    tab_to(wizard, self_check.boxes["pet"])
    press(wizard, Qt.Key_Space)
    assert self_check.boxes["pet"].isChecked()
    press(wizard, Qt.Key_Return)  # on a tick box Enter does not tick: it goes on
    assert wizard.currentId() == PageId.MAKE_SAFE and self_check.boxes["pet"].isChecked()

    make_safe = wizard.currentPage()
    qtbot.waitUntil(make_safe.ready, timeout=180_000)
    tab_to(wizard, lambda w: isinstance(w, Tile) and w.isEnabled())  # into the cards
    tile = QApplication.focusWidget()
    press(wizard, Qt.Key_Space)
    assert session.chosen == tile.key and tile.isChecked()
    enter_goes_to(qtbot, wizard, PageId.PROFILE)

    profile = wizard.currentPage()
    tab_to(wizard, profile.editor)
    press(wizard, None, "Hello")
    press(wizard, Qt.Key_Return)  # a text box takes Enter as a new line
    press(wizard, None, "there")
    assert wizard.currentId() == PageId.PROFILE
    assert profile.editor.toPlainText() == "Hello\nthere"
    press(wizard, Qt.Key_Tab)  # out of the text box
    enter_goes_to(qtbot, wizard, PageId.SAVE)

    save = wizard.currentPage()
    assert save.isComplete(), "a demo may end without saving, yet Enter means Save"
    assert wizard.default_button() is save.save and save.save.isDefault()
    assert not wizard.button(wizard.WizardButton.NextButton).isDefault()
    tab_to(wizard, save.folder)
    QTest.keyClick(save.folder, Qt.Key_A, Qt.ControlModifier)
    press(wizard, None, str(tmp_path))
    press(wizard, Qt.Key_Return)  # in a one-line box Enter presses the default: Save
    wait_idle(qtbot, save.isComplete)
    saved = session.saved.path
    assert saved.parent == tmp_path and open_picture(saved).size[0] > 0
    assert wizard.default_button() is wizard.button(wizard.WizardButton.NextButton)
    press(wizard, Qt.Key_Return)
    assert wizard.currentId() == PageId.HELP, "after saving, Enter goes on (it went Back)"
    assert session.profile_text == "Hello\nthere", "no Enter reached the profile words"
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert wizard.default_button() is finish and finish.isDefault()
    with qtbot.waitSignal(wizard.finished):
        press(wizard, Qt.Key_Return)


def test_no_button_in_the_wizard_takes_enter_for_itself(wizard):
    """A focused push button would otherwise become the default (Qt's auto-default)."""
    buttons = [b for b in wizard.findChildren(QPushButton)]
    assert len(buttons) > 10
    for button in buttons:
        button.ensurePolished()
        assert not button.autoDefault(), button.text()


def test_focus_ring_is_drawn_in_the_highlight_colour(qtbot, wizard):
    """The focused button has a ring of the highlight colour around it; unfocused, none."""
    from PySide6.QtGui import QPalette

    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    button = wizard.button(wizard.WizardButton.NextButton)
    highlight = button.palette().color(QPalette.Highlight)

    def ring_pixels() -> int:
        image = button.grab().toImage()
        edge = [(x, y) for x in range(image.width()) for y in (2, image.height() - 3)]
        return sum(1 for x, y in edge if _near(image.pixelColor(x, y), highlight))

    wizard.button(wizard.WizardButton.CancelButton).setFocus(Qt.TabFocusReason)
    without = ring_pixels()
    button.setFocus(Qt.TabFocusReason)
    assert ring_pixels() > button.width() > 0 and without < button.width() / 4


def _near(a, b) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60
