"""Keyboard only and screen readers: every control has a name, Tab reaches everything, and
text follows the app font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QListWidget, QTextEdit, QWidget

from safepic.gui.pages.base import PageId

from .conftest import go_to


def _controls(page: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QTextEdit, QComboBox, QListWidget)
    return [w for w in page.findChildren(QWidget)
            if isinstance(w, kinds) and w.focusPolicy() != Qt.NoFocus]


def test_every_control_has_an_accessible_name(wizard):
    for page_id, page in wizard.pages.items():
        assert page.accessibleName(), page_id
        for control in _controls(page):
            assert control.accessibleName().strip(), f"{page.name}: {control!r}"
    for which in (wizard.WizardButton.NextButton, wizard.WizardButton.BackButton,
                  wizard.WizardButton.CancelButton, wizard.WizardButton.FinishButton):
        assert wizard.button(which).accessibleName()
    assert "you are here" in wizard.steps._rows[PageId.WELCOME].accessibleName()


def test_keyboard_only_reaches_the_gallery(qtbot, wizard):
    qtbot.keyClick(wizard, Qt.Key_Return)  # Next is the default button
    assert wizard.currentId() == PageId.TESTS
    qtbot.keyClick(wizard, Qt.Key_Return)
    assert wizard.currentId() == PageId.CHOOSE
    page = wizard.currentPage()
    page.browse.setFocus()
    seen = []
    for _ in range(8):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert page.none in seen, "Tab reaches 'I have no picture yet'"
    page.none.setFocus()
    qtbot.keyClick(page.none, Qt.Key_Space)
    assert wizard.currentId() == PageId.MAKE_SAFE


def test_text_is_larger_than_the_system_font_and_follows_it(wizard):
    page = wizard.page_of(PageId.WELCOME)
    app_size = QApplication.font().pointSizeF()
    assert page.heading.font().pointSizeF() > app_size * 1.3
    assert wizard.steps.font().pointSizeF() == app_size


def test_back_keeps_the_face_choice_and_self_check(qtbot, wizard):
    wizard.session.face_choice = "keep"
    wizard.session.self_check.answers = {"home": True}
    go_to(qtbot, wizard, PageId.TESTS)
    face = wizard.page_of(PageId.FACE)
    face.initializePage()
    assert face.buttons["keep"].isChecked() and face.isComplete()
    check = wizard.page_of(PageId.SELF_CHECK)
    check.initializePage()
    assert check.boxes["home"].isChecked() and not check.boxes["pet"].isChecked()


def test_tick_boxes_stay_visible_on_a_dark_high_contrast_palette(wizard):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox("My own pet")
    palette = QPalette()
    for role, colour in ((QPalette.Window, "#000000"), (QPalette.WindowText, "#ffffff"),
                         (QPalette.Base, "#000000"), (QPalette.Button, "#000000")):
        palette.setColor(role, QColor(colour))
    box.setPalette(palette)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    side = QApplication.style().pixelMetric(
        QApplication.style().PixelMetric.PM_IndicatorWidth, None, box)
    assert side >= box.fontMetrics().height() * 0.9 - 1, "the box grows with the text"
    bright = sum(1 for x in range(min(side + 4, image.width())) for y in range(image.height())
                 if image.pixelColor(x, y).lightness() > 160)
    assert bright > side, "the box has a light outline on black"
