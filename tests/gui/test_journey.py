"""The whole journey with a real photo: choose, check, hide the face, pick a style, save."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt

from safepic.core.hidden.find import find_hidden
from safepic.core.picture import open_picture
from safepic.gui.pages.base import PageId

from .conftest import DATA, check_picture, wait_idle


def test_astronaut_from_choice_to_clean_saved_file(qtbot, wizard, tmp_path):
    photo = DATA / "astronaut.jpg"
    before = hashlib.sha256(photo.read_bytes()).hexdigest()
    check_picture(qtbot, wizard, photo)
    session = wizard.session
    assert session.report.has("face")

    findings = wizard.currentPage()
    assert wizard.currentId() == PageId.FINDINGS
    assert findings.view._boxes, "the face is boxed on the picture"
    wizard.next()
    assert wizard.currentId() == PageId.FACE  # only because a face was found
    face = wizard.currentPage()
    assert not face.isComplete()
    face.buttons["hide"].click()
    assert face.isComplete() and session.face_choice == "hide"

    wizard.next()
    assert wizard.currentId() == PageId.SELF_CHECK
    wizard.currentPage().boxes["pet"].click()
    wizard.next()
    assert wizard.currentId() == PageId.MAKE_SAFE
    make_safe = wizard.currentPage()
    assert not make_safe.isComplete()
    qtbot.waitUntil(lambda: "style:blur-faces" in make_safe.tiles
                    and make_safe.tiles["style:blur-faces"].isEnabled(), timeout=180_000)
    tile = make_safe.tiles["style:blur-faces"]
    qtbot.mouseClick(tile, Qt.LeftButton)
    assert session.chosen == "style:blur-faces" and make_safe.isComplete()
    assert not session.chosen_option().report.has("face"), "the blurred face is not found again"

    # Back to the face page and forward again: every choice is still there.
    wizard.back()
    wizard.back()
    assert wizard.currentId() == PageId.FACE
    assert face.buttons["hide"].isChecked()
    wizard.next()
    assert wizard.currentPage().boxes["pet"].isChecked()
    wizard.next()
    assert tile.isChecked() and session.chosen == "style:blur-faces"

    wizard.next()
    assert wizard.currentId() == PageId.PROFILE
    wizard.next()
    assert wizard.currentId() == PageId.SAVE
    save = wizard.currentPage()
    assert not save.isComplete()
    save.folder.setText(str(tmp_path))
    save.size_buttons["512"].click()
    qtbot.mouseClick(save.save, Qt.LeftButton)
    wait_idle(qtbot, save.isComplete)

    saved = session.saved.path
    assert saved.parent == tmp_path and saved.exists()
    assert saved.name.startswith("safe-picture-") and saved.suffix == ".jpg"
    reopened = open_picture(saved)
    assert reopened.size == (512, 512)
    assert find_hidden(reopened).findings == []
    assert save.open_folder.isVisible()
    assert save.summary_box.isVisible() and not save.demo_note.isVisible(), "a summary after saving"
    page = save.summary_page()
    assert page.count("<img ") == 1 and "The before picture is left out" in page, "after only"
    save.summary_before.click()  # asked for, with the risk said beside the tick box
    assert save.summary_page().count("<img ") == 2
    assert hashlib.sha256(photo.read_bytes()).hexdigest() == before, "the original is untouched"

    wizard.next()
    assert wizard.currentId() == PageId.HELP
    assert "moderators" in wizard.currentPage().text.toPlainText()


def test_a_new_picture_starts_afresh_but_keeps_the_self_check(qtbot, wizard):
    check_picture(qtbot, wizard, DATA / "coffee.jpg")
    session = wizard.session
    assert wizard.currentId() == PageId.FINDINGS
    wizard.next()
    wizard.currentPage().boxes["home"].click()
    wizard.next()
    make_safe = wizard.currentPage()
    qtbot.waitUntil(lambda: "style:original" in make_safe.tiles
                    and make_safe.tiles["style:original"].isEnabled(), timeout=180_000)
    make_safe.tiles["style:original"].click()
    first_tiles = set(make_safe.tiles.values())
    while wizard.currentId() != PageId.CHOOSE:
        wizard.back()
    wizard.currentPage().load_file(DATA / "rocket.jpg")
    wait_idle(qtbot)
    assert session.chosen is None and session.report is None
    wizard.next()
    wait_idle(qtbot, lambda: wizard.currentId() == PageId.FINDINGS)  # it moves on by itself
    wizard.next()
    assert wizard.currentId() == PageId.SELF_CHECK
    assert wizard.currentPage().boxes["home"].isChecked(), "answers about home are kept"
    wizard.next()
    qtbot.waitUntil(lambda: "style:original" in make_safe.tiles, timeout=60_000)
    assert not first_tiles & set(make_safe.tiles.values()), "the previews are of the new picture"
    assert not make_safe.isComplete()
