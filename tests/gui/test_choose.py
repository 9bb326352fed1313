"""Choosing a picture: a broken file gets a kind message and another try; no picture at all
leads straight to the gallery and the avatars."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from safepic.gui.pages.base import PageId
from safepic.gui.pages.choose import name_filters

from .conftest import DATA, choose_picture, go_to, wait_idle


def test_broken_file_says_so_and_lets_them_choose_again(qtbot, wizard, tmp_path):
    broken = tmp_path / "holiday.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a picture")
    choose_picture(qtbot, wizard, broken)
    page = wizard.currentPage()
    assert not page.isComplete()
    assert page.status.text_label.text() == page.t["cannot_open"]
    assert "holiday.jpg" in page.status.detail_label.text()
    assert "Traceback" not in page.status.accessibleName()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()

    page.load_file(DATA / "coffee.jpg")
    wait_idle(qtbot)
    assert page.isComplete() and wizard.session.picture.size == (600, 400)
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_file_dialog_offers_every_supported_kind():
    filters = " ".join(name_filters("Pictures", "All files"))
    for pattern in ("*.jpg", "*.JPG", "*.png", "*.webp", "*.heic", "*.avif", "*.tiff", "*.bmp", "*.gif"):
        assert pattern in filters


def test_no_picture_goes_to_gallery_and_avatars(qtbot, wizard):
    go_to(qtbot, wizard, PageId.CHOOSE)
    page = wizard.currentPage()
    qtbot.mouseClick(page.none, Qt.LeftButton)
    assert wizard.currentId() == PageId.MAKE_SAFE
    make_safe = wizard.currentPage()
    assert not make_safe.styles.isVisible()
    qtbot.waitUntil(lambda: any(k.startswith("avatar:") for k in make_safe.tiles), timeout=60_000)
    gallery = [k for k in make_safe.tiles if k.startswith("gallery:")]
    avatars = [k for k in make_safe.tiles if k.startswith("avatar:")]
    assert gallery and len(avatars) == 3
    assert not any(k.startswith("style:") for k in make_safe.tiles)
    first = make_safe.tiles[avatars[0]]
    qtbot.waitUntil(first.isEnabled, timeout=180_000)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key_Space)  # tiles are chosen from the keyboard too
    assert wizard.session.chosen == avatars[0] and make_safe.isComplete()
    qtbot.waitUntil(lambda: first.verdict_icon != "unsure", timeout=180_000)  # checked again
    assert first.verdict_icon == "ok", first.verdict
    qtbot.mouseClick(make_safe.another, Qt.LeftButton)
    new_avatars = [k for k in make_safe.tiles if k.startswith("avatar:")]
    assert avatars[0] in new_avatars, "the chosen avatar stays"
    assert set(new_avatars) - set(avatars), "new ones are drawn"
    wizard.back()
    assert wizard.currentId() == PageId.CHOOSE
    assert page.none_said.isVisible(), "'That is fine…' once they said they have none"
    page.load_file(DATA / "rocket.jpg")
    assert not page.none_said.isVisible(), "and not once a picture is chosen"
    wait_idle(qtbot)


def test_dropping_a_file_chooses_it(qtbot, wizard):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    go_to(qtbot, wizard, PageId.CHOOSE)
    page = wizard.currentPage()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(DATA / "rocket.jpg"))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    page.drop.dropEvent(event)
    wait_idle(qtbot)
    assert wizard.session.path == DATA / "rocket.jpg"
    assert page.isComplete() and page.drop.view.isVisible()


def test_flowers_are_offered_only_after_no_picture(qtbot, wizard):
    go_to(qtbot, wizard, PageId.CHOOSE)
    page = wizard.currentPage()
    assert not page.none_said.isVisible(), "nothing is said before any choice"
    assert page.none_said.text_label.text().startswith("That is fine.")


def test_file_dialog_fits_its_columns_and_previews_the_picture(qtbot, wizard, tmp_path):
    """The Size and Type columns show whole words, and pointing at a picture shows it."""
    import shutil

    from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView

    from safepic.gui import dialogs

    shutil.copy(DATA / "astronaut.jpg", tmp_path / "astronaut.jpg")
    go_to(qtbot, wizard, PageId.CHOOSE)
    page = wizard.currentPage()
    dialog = dialogs.picture_dialog(page, "Choose", tmp_path, name_filters("Pictures", "All"),
                                    page.t["dialog_no_preview"])
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 1)
    header = tree.header()
    for column in range(1, header.count()):
        if header.isSectionHidden(column):
            continue
        words = header.model().headerData(column, Qt.Horizontal)
        needed = max(header.fontMetrics().horizontalAdvance(words), tree.sizeHintForColumn(column))
        assert header.sectionSize(column) >= needed, words
        assert header.sectionResizeMode(column) == QHeaderView.ResizeToContents
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    preview = dialog.findChild(QLabel, "preview")
    assert preview.pixmap().isNull() and preview.text() == page.t["dialog_no_preview"]
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key_Down)  # the arrow keys move through the files
    qtbot.waitUntil(lambda: not preview.pixmap().isNull(), timeout=10_000)
    shown = preview.pixmap()
    assert max(shown.width(), shown.height()) <= preview.width()
    assert abs(shown.width() / shown.height() - 1.0) < 0.05  # the astronaut photo is square
    dialog.reject()
    QApplication.processEvents()
