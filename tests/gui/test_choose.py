"""Choosing a picture: a broken file gets a kind message and another try; no picture at all
leads straight to the gallery and the avatars."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
    assert first.verdict_icon == "ok", first.verdict
    qtbot.mouseClick(make_safe.another, Qt.LeftButton)
    new_avatars = [k for k in make_safe.tiles if k.startswith("avatar:")]
    assert avatars[0] in new_avatars, "the chosen avatar stays"
    assert set(new_avatars) - set(avatars), "new ones are drawn"
    wizard.back()
    assert wizard.currentId() == PageId.CHOOSE


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
