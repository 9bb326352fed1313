"""Volunteer demo mode, the big-screen view and the printable summary on the save page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from safepic.gui import content, workers
from safepic.gui.app import make_app
from safepic.gui.pages.base import PageId
from safepic.gui.session import Session
from safepic.gui.widgets import IconRow
from safepic.gui.wizard import PRESENTER, START_AGAIN, SafePicWizard

from .conftest import go_to


def make_wizard(qtbot, *, demo: bool) -> SafePicWizard:
    make_app()
    wiz = SafePicWizard(Session(demo=demo, lang="en"))
    qtbot.addWidget(wiz)
    wiz.resize(1100, 760)
    wiz.show()
    return wiz


def when_dialog(kind, act, seen: list, within_ms: int = 10_000) -> None:
    """When a dialog of `kind` opens (within `within_ms`), note it and act on it."""
    def check(left: int):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            if left > 0:
                QTimer.singleShot(30, lambda: check(left - 30))
            return
        seen.append(dialog)
        act(dialog)
    QTimer.singleShot(30, lambda: check(within_ms))


def answer(words: str):
    """Press the message box's button that says `words`."""
    return lambda box: next(b for b in box.buttons() if b.text() == words).click()


def type_name_and_accept(dialog: QFileDialog, where) -> None:
    """Type the file name as a person would. (QFileDialog.selectFile leaves the name box alone
    once it has focus, so on a busy machine the suggested name stayed and the test failed.)"""
    name_box = dialog.findChild(QLineEdit, "fileNameEdit")
    name_box.setText(str(where))
    dialog.accept()


def test_demo_summary_then_start_again_forgets_everything(qtbot, tmp_path):
    """No picture of their own, an avatar picked, a summary PDF without saving the picture,
    then "Start again" leaves nothing of this person anywhere in the wizard."""
    wiz = make_wizard(qtbot, demo=True)
    app_size = QApplication.font().pointSizeF()
    try:
        again = wiz.button(START_AGAIN)
        assert again.isVisible() and again.accessibleName() == "Start again for the next person"
        go_to(qtbot, wiz, PageId.CHOOSE)
        wiz.currentPage().none.click()
        assert wiz.currentId() == PageId.MAKE_SAFE
        make_safe = wiz.currentPage()
        qtbot.waitUntil(lambda: any(k.startswith("avatar:flower") and t.isEnabled()
                                    for k, t in make_safe.tiles.items()), timeout=180_000)
        key = next(k for k in make_safe.tiles if k.startswith("avatar:flower"))
        qtbot.mouseClick(make_safe.tiles[key], Qt.LeftButton)
        wiz.next()
        wiz.page_of(PageId.PROFILE).editor.setPlainText("I am Sam, 34, from Leeds")
        wiz.next()
        save = wiz.currentPage()
        assert wiz.currentId() == PageId.SAVE
        assert save.demo_note.isVisible(), "the page says nothing is saved unless asked"
        assert save.isComplete(), "a demo may end without saving"
        assert save.summary_box.isVisible()
        save.folder.setText(str(tmp_path))
        assert list(tmp_path.iterdir()) == [], "nothing written before a button is pressed"
        asked: list = []
        where = tmp_path / "for Sam.pdf"
        when_dialog(QFileDialog, lambda d: type_name_and_accept(d, where), asked)
        qtbot.mouseClick(save.summary_pdf, Qt.LeftButton)
        assert len(asked) == 1 and asked[0].acceptMode() == QFileDialog.AcceptSave, "it asks where"
        assert asked[0].selectedFiles()[0] == str(where)
        qtbot.waitUntil(lambda: save._summary_job is None, timeout=60_000)
        pdfs = list(tmp_path.glob("*.pdf"))
        assert pdfs == [where], save.summary_status.accessibleName()
        assert pdfs[0].read_bytes().startswith(b"%PDF")
        assert "Summary saved as" in save.summary_status.accessibleName()
        assert str(tmp_path) not in save.summary_page(), "no folder in the summary unless asked"
        assert not list(tmp_path.glob("safe-picture-*.jpg")), "the picture itself was not saved"

        old_pages = dict(wiz.pages)
        wiz.set_presenter(True)
        big = wiz.font().pointSizeF()
        boxes: list = []
        when_dialog(QMessageBox, answer("Keep going"), boxes)
        qtbot.mouseClick(again, Qt.LeftButton)
        assert boxes and wiz.currentId() == PageId.SAVE and wiz.session.chosen == key, "asked first"
        assert boxes[0].text() == content.texts("wizard", "en")["start_again_ask"]
        when_dialog(QMessageBox, answer("Start again"), boxes)
        qtbot.mouseClick(again, Qt.LeftButton)
        assert len(boxes) == 2
        assert wiz.presenter(), "the big-screen view stays on for the next person"
        assert wiz.page_of(PageId.WELCOME).intro.font().pointSizeF() == big == wiz.font().pointSizeF()
        assert wiz.currentId() == PageId.WELCOME
        session = wiz.session
        assert session.chosen is None and session.options == {} and not session.no_picture
        assert session.profile_text == ""
        assert all(wiz.page_of(p) is not old_pages[p] for p in PageId), "every page made afresh"
        assert wiz.page_of(PageId.PROFILE).editor.toPlainText() == ""
        assert wiz.page_of(PageId.MAKE_SAFE).tiles == {}
        assert not wiz.page_of(PageId.SAVE).summary_status.isVisible()
        go_to(qtbot, wiz, PageId.CHOOSE)
        assert not wiz.currentPage().isComplete(), "the next person starts with no picture"
    finally:
        wiz.reject()  # as Close does: the big-screen view ends with the wizard
        workers.cancel_all()
        workers.wait_all()
    assert QApplication.font().pointSizeF() == app_size
    wiz.close()


def test_start_again_is_only_for_demos(qtbot):
    wiz = make_wizard(qtbot, demo=False)
    assert wiz.button(START_AGAIN) is None or not wiz.button(START_AGAIN).isVisible()
    wiz.close()


def test_big_screen_view_grows_text_and_fills_the_screen(qtbot):
    wiz = make_wizard(qtbot, demo=False)
    try:
        button = wiz.button(PRESENTER)
        assert button.isVisible() and button.accessibleName() == content.texts("wizard", "en")["presenter"]
        heading, intro = wiz.page_of(PageId.WELCOME).heading, wiz.page_of(PageId.WELCOME).intro
        body_size = wiz.font().pointSizeF()
        assert intro.font().pointSizeF() == body_size
        heading_size = heading.font().pointSizeF()
        preview = wiz.page_of(PageId.SAVE).view
        preview_side = preview.minimumWidth()
        qtbot.mouseClick(button, Qt.LeftButton)
        assert wiz.presenter() and button.isChecked()
        qtbot.waitUntil(lambda: bool(wiz.windowState() & Qt.WindowFullScreen))
        assert wiz.font().pointSizeF() > body_size * 1.2
        assert intro.font().pointSizeF() == wiz.font().pointSizeF(), "the words on the page grow"
        later = IconRow("ok", "A line added after the switch")
        wiz.page_of(PageId.SAVE).recheck.addWidget(later)
        assert later.text_label.font().pointSizeF() == wiz.font().pointSizeF(), "and later ones"
        assert heading.font().pointSizeF() > heading_size * 1.2, "headings grow too"
        assert preview.minimumWidth() > preview_side * 1.2, "and the pictures"
        wiz.activateWindow()
        qtbot.waitUntil(wiz.isActiveWindow)
        QTest.keyClick(wiz.focusWidget() or wiz, Qt.Key_F11)  # the keyboard does the same, both ways
        assert not wiz.presenter()
        qtbot.waitUntil(lambda: not wiz.windowState() & Qt.WindowFullScreen)
        assert wiz.font().pointSizeF() == body_size and intro.font().pointSizeF() == body_size
        assert abs(heading.font().pointSizeF() - heading_size) < 0.01
        assert abs(preview.minimumWidth() - preview_side) <= 1
    finally:
        workers.cancel_all()
        workers.wait_all()
        wiz.close()


def test_sample_pictures_are_named_in_the_wizards_language(qtbot):
    from PySide6.QtWidgets import QPushButton

    make_app()
    wiz = SafePicWizard(Session(demo=True, lang="es"))
    qtbot.addWidget(wiz)
    names = {b.text() for b in wiz.page_of(PageId.CHOOSE).samples.findChildren(QPushButton)}
    assert "Una mascota" in names and "A pet" not in names
    assert wiz.button(START_AGAIN).text() == "Empezar de nuevo para otra persona"
    workers.cancel_all()
    workers.wait_all()
