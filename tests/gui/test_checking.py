"""Checking: it can be stopped, and the findings page shows what was found under the tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from safepic.gui.pages.base import PageId
from safepic.gui.widgets import IconRow

from .conftest import DATA, check_picture, choose_picture, wait_idle


def test_stopping_a_check(qtbot, wizard):
    choose_picture(qtbot, wizard, DATA / "coffee.jpg")
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == PageId.CHECKING
    assert page.stop.isVisible()
    qtbot.mouseClick(page.stop, Qt.LeftButton)
    wait_idle(qtbot)
    assert wizard.session.report is None
    assert not page.isComplete()
    assert page.status.text_label.text() == page.t["stopped"]
    assert page.again.isVisible() and page.other.isVisible()
    qtbot.mouseClick(page.other, Qt.LeftButton)
    assert wizard.currentId() == PageId.CHOOSE
    assert wizard.session.picture is not None, "the chosen picture is kept"


def test_the_findings_open_by_themselves_and_back_keeps_the_check(qtbot, wizard):
    choose_picture(qtbot, wizard, DATA / "coffee.jpg")
    wizard.next()
    checking = wizard.currentPage()
    wait_idle(qtbot, lambda: wizard.currentId() == PageId.FINDINGS)
    report = wizard.session.report
    assert report is not None
    wizard.back()
    assert wizard.currentId() == PageId.CHECKING, "Back stays on the finished check"
    wait_idle(qtbot)
    assert wizard.currentId() == PageId.CHECKING
    assert wizard.session.report is report, "not checked again"
    assert checking.isComplete() and checking.other.isVisible()
    assert checking.status.text_label.text() == checking.t["done"]
    wizard.next()
    assert wizard.currentId() == PageId.FINDINGS


def test_findings_for_a_picture_with_hidden_details(qtbot, wizard):
    """The demo picture carries a GPS position and a hidden preview made up for volunteers."""
    from safepic.core.resources import resources_dir

    check_picture(qtbot, wizard, resources_dir() / "demo" / "hidden-details.jpg")
    page = wizard.currentPage()
    report = wizard.session.report
    assert report.location is not None
    assert report.location.in_words() in page.place.text_label.text()
    assert page.thumb_box.isVisibleTo(page) == (wizard.session.thumbnail is not None)
    words = " ".join(w.accessibleName() for w in page.list_widget.findChildren(type(page.place)))
    for finding in report.findings:
        assert finding.title in words
    for test in ("traceable", "identifiable", "used_elsewhere"):
        assert page.t["tests"][test]["title"] in words
    assert not any(f.box for f in report.findings)
    assert page.intro.text() == page.t["intro"], "no numbers promised when nothing is boxed"


def test_findings_with_a_face_promise_numbers_on_the_picture(qtbot, wizard):
    check_picture(qtbot, wizard, DATA / "astronaut.jpg")
    page = wizard.currentPage()
    assert any(f.code == "face" and f.box for f in wizard.session.report.findings)
    assert page.intro.text() == page.t["intro_numbers"]


def test_have_i_used_this_picture_before(qtbot, wizard, tmp_path):
    photo = DATA / "chelsea-cat.jpg"
    (tmp_path / "old-post.jpg").write_bytes(photo.read_bytes())
    (tmp_path / "other.jpg").write_bytes((DATA / "rocket.jpg").read_bytes())
    check_picture(qtbot, wizard, photo)
    page = wizard.currentPage()
    page.search_folder(tmp_path)
    wait_idle(qtbot)
    report = wizard.session.report
    assert report.compared
    copies = report.by_code("seen-elsewhere")
    assert [c.path for c in copies] == [str(tmp_path / "old-post.jpg")]
    assert report.tests()["used_elsewhere"] == "risk"


def test_a_pet_in_the_picture_is_ticked_on_the_self_check_and_can_be_unticked(qtbot, wizard):
    check_picture(qtbot, wizard, DATA / "chelsea-cat.jpg")
    assert wizard.session.report.has("animal"), "the cat is found"
    wizard.next()
    assert wizard.currentId() == PageId.SELF_CHECK
    page = wizard.currentPage()
    assert page.boxes["pet"].isChecked(), "ticked because the check saw it"
    rows = " ".join(w.accessibleName() for w in page.findChildren(IconRow))
    assert page.t["seen_animal"] in rows, "the page says why"
    assert page.cover.isVisible(), "a pet can be covered by hand"
    page.boxes["pet"].click()
    wizard.next()
    wizard.back()
    assert not page.boxes["pet"].isChecked(), "the person's untick is kept"


def test_ticking_something_of_mine_leads_to_covering_it(qtbot, wizard):
    check_picture(qtbot, wizard, DATA / "coffee.jpg")
    wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == PageId.SELF_CHECK
    assert not page.cover.isVisible()
    page.boxes["things"].click()
    assert page.cover.isVisible()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)  # focus moves only in the active window
    qtbot.mouseClick(page.cover, Qt.LeftButton)
    assert wizard.currentId() == PageId.MAKE_SAFE
    make_safe = wizard.currentPage()
    qtbot.waitUntil(lambda: make_safe.cover.canvas.hasFocus(), timeout=5_000)
