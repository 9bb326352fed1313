"""The face page in a group: the person's own face and other people's are asked about apart."""

from __future__ import annotations

from safepic.core.marks import marked_findings
from safepic.gui.pages.base import PageId
from tests.core.vision import scenes

from .conftest import check_picture


def test_a_group_asks_about_your_face_and_hides_the_others_unless_they_agreed(qtbot, wizard, tmp_path):
    photo = tmp_path / "group.jpg"
    scenes.group_photo(size=(1600, 1200), count=6, face_width=110, background="coffee.jpg").image \
        .save(photo, quality=92)
    check_picture(qtbot, wizard, photo)
    session = wizard.session
    faces = [n for n, f in enumerate(marked_findings(session.report), 1) if f.code == "face"]
    assert len(faces) >= 4
    wizard.next()
    assert wizard.currentId() == PageId.FACE
    page = wizard.currentPage()
    assert page.intro.text().startswith(f"We found {len(faces)} faces in your picture.")
    assert page.others_why.isVisible() and "theirs to share" in page.others_why.text()
    assert page.others["hide"].isChecked() and session.others_choice == "hide"
    assert not page.which.isVisible()

    page.buttons["keep"].click()
    assert page.which.isVisible()
    page.which.setCurrentIndex(page.which.findData(faces[1]))
    hidden = {m.number: m.hide for m in session.current_marks() if m.number in faces}
    assert hidden == {n: n != faces[1] for n in faces}, "only the person's own face is left as it is"

    page.others["keep"].click()
    assert all(not m.hide for m in session.current_marks() if m.number in faces)
    page.buttons["hide"].click()
    hidden = {m.number: m.hide for m in session.current_marks() if m.number in faces}
    assert hidden == {n: n == faces[1] for n in faces}
    assert page.isComplete()


def test_one_face_keeps_the_simple_question(qtbot, wizard):
    from .conftest import DATA

    check_picture(qtbot, wizard, DATA / "astronaut.jpg")
    wizard.next()
    page = wizard.currentPage()
    assert page.intro.text().startswith("We found a face in your picture.")
    assert not page.others_why.isVisible() and not page.view.isVisible()


def _face_marks(wizard) -> dict[int, bool]:
    """number -> hide, for every face mark the make-safe page's cover tool holds."""
    faces = {n for n, f in enumerate(marked_findings(wizard.session.report), 1) if f.code == "face"}
    return {m.number: m.hide for m in wizard.currentPage().cover.marks() if m.number in faces}


def test_showing_your_one_face_leaves_its_mark_off_on_the_make_safe_page(qtbot, wizard):
    from .conftest import DATA, go_to

    check_picture(qtbot, wizard, DATA / "astronaut.jpg")
    wizard.next()
    page = wizard.currentPage()
    from safepic.gui.widgets import Label

    shown = [w.text() for w in page.findChildren(Label) if w.isVisible()]
    assert not any("not yours" in t or "each of them" in t for t in shown), "no group lines for one face"
    qtbot.wait(50)
    assert not page.scroller.verticalScrollBar().isVisible(), "it fits: the page does not scroll"
    page.buttons["keep"].click()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    marks = _face_marks(wizard)
    assert marks and not any(marks.values()), "the face they chose to show is left as it is"

    wizard.back()
    wizard.back()
    assert wizard.currentId() == PageId.FACE
    wizard.currentPage().buttons["hide"].click()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    assert all(_face_marks(wizard).values()), "hiding it again turns its mark back on"


def test_a_group_member_who_shows_their_face_sees_only_theirs_left_on_make_safe(qtbot, wizard, tmp_path):
    from .conftest import go_to

    photo = tmp_path / "group.jpg"
    scenes.group_photo(size=(1600, 1200), count=4, face_width=110, background="coffee.jpg").image \
        .save(photo, quality=92)
    check_picture(qtbot, wizard, photo)
    wizard.next()
    page = wizard.currentPage()
    page.buttons["keep"].click()
    faces = [n for n, _ in page.faces()]
    page.which.setCurrentIndex(page.which.findData(faces[0]))
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    assert _face_marks(wizard) == {n: n != faces[0] for n in faces}
    wizard.back()
    wizard.back()
    wizard.currentPage().buttons["hide"].click()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    assert all(_face_marks(wizard).values())
