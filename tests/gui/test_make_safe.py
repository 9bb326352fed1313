"""Make it safe: the choices worth offering, the cover tool driven by mouse and keyboard on a
real photo, and what the saved file holds (changed inside every box, not outside)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from safepic.core.clean import write_clean
from safepic.core.picture import open_picture
from safepic.core.styles.anonymise import STYLES
from safepic.gui.pages.base import PageId

from .conftest import DATA, check_picture, go_to, wait_idle


def to_make_safe(qtbot, wizard) -> None:
    """On from the findings to the make-safe page, hiding the face where one was found."""
    wizard.next()
    if wizard.currentId() == PageId.FACE:
        wizard.currentPage().buttons["hide"].click()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)


def test_nothing_marked_means_no_marking_styles(qtbot, wizard):
    check_picture(qtbot, wizard, DATA / "coffee.jpg")
    assert not wizard.session.current_marks()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    page = wizard.currentPage()
    wait_idle(qtbot, page.ready, timeout=180_000)
    offered = {key.split(":", 1)[1] for key in page.tiles if key.startswith("style:")}
    only_marks = {name for name, info in STYLES.items() if info.only_marks}
    assert only_marks == {"blur-faces", "pixelate-faces", "cover-faces"}
    assert not offered & only_marks
    assert {"blur-background", "cartoon", "silhouette"} <= offered
    assert page.styles.help.text() == page.t["styles_help_nothing_marked"]
    page.cover.canvas.setFocus()
    qtbot.keyClick(page.cover.canvas, Qt.Key_N)  # a first box of their own
    wait_idle(qtbot, lambda: only_marks <= {k.split(":", 1)[1] for k in page.tiles} and page.ready())
    assert page.styles.help.text() == page.t["styles_help"]


def test_gallery_and_avatars_show_before_the_styles(qtbot, wizard):
    """The gallery pictures are files and the avatars small drawings: they are on the page
    while the styles of a photo are still being made."""
    check_picture(qtbot, wizard, DATA / "astronaut.jpg")
    to_make_safe(qtbot, wizard)
    page = wizard.currentPage()
    drawn = lambda: [t for k, t in page.tiles.items() if not k.startswith("style:")]  # noqa: E731
    qtbot.waitUntil(lambda: len(drawn()) == 9 and all(t.image is not None for t in drawn()),
                    timeout=60_000)
    assert any(not t.isEnabled() for k, t in page.tiles.items() if k.startswith("style:")), \
        "a style was still being made when every drawing was shown"
    wait_idle(qtbot, page.ready, timeout=180_000)
    for tile in drawn():
        assert tile.verdict != page.t["checking"], "every drawing is checked again in the end"


def _to_screen(canvas, x: float, y: float) -> QPoint:
    s = canvas.scale()
    return QPoint(round(x * s), round(y * s))


def _changed(before: np.ndarray, after: np.ndarray, box) -> float:
    x, y, w, h = box
    return float(np.abs(before[y:y + h, x:x + w].astype(int) - after[y:y + h, x:x + w]).mean())


def test_cover_by_mouse_and_keyboard_then_save(qtbot, wizard, tmp_path):
    """The face is switched off, one box is dragged with the mouse and one is added, moved and
    resized with the keys; the saved file is changed inside both boxes and nowhere else, and
    the boxes survive Back and Next."""
    photo = DATA / "rocket.jpg"
    check_picture(qtbot, wizard, photo)
    to_make_safe(qtbot, wizard)
    page = wizard.currentPage()
    canvas = page.cover.canvas
    found = wizard.session.current_marks()
    width, height = wizard.session.picture.size

    for mark in found:  # leave every found spot as it is: only the person's boxes count here
        canvas.select(found.index(mark))
        qtbot.mouseClick(page.cover.toggle, Qt.LeftButton)
    assert all(not m.hide for m in canvas.marks)

    drag = (width // 10, height // 10, width // 4, height // 5)
    start = _to_screen(canvas, drag[0], drag[1])
    end = _to_screen(canvas, drag[0] + drag[2], drag[1] + drag[3])
    qtbot.mousePress(canvas, Qt.LeftButton, pos=start)
    qtbot.mouseMove(canvas, pos=(start + end) / 2)
    qtbot.mouseMove(canvas, pos=end)
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=end)
    assert len(canvas.marks) == len(found) + 1
    dragged = canvas.marks[-1].box
    assert all(abs(a - b) <= 2 * max(1, round(1 / canvas.scale())) for a, b in zip(dragged, drag))

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key_N)
    added = canvas.marks[-1].box
    step = canvas.step()
    for _ in range(5):
        qtbot.keyClick(canvas, Qt.Key_Right)
    qtbot.keyClick(canvas, Qt.Key_Down)
    qtbot.keyClick(canvas, Qt.Key_Right, Qt.ShiftModifier)
    qtbot.keyClick(canvas, Qt.Key_Up, Qt.ShiftModifier)
    moved = canvas.marks[-1].box
    assert moved == (added[0] + 5 * step, added[1] + step, added[2] + step, added[3] - step)
    assert page.cover.status.text_label.text().startswith("Box +2")

    qtbot.keyClick(canvas, Qt.Key_N)  # a third box, removed again with Delete
    assert len(canvas.marks) == len(found) + 3
    qtbot.keyClick(canvas, Qt.Key_Delete)
    assert len(canvas.marks) == len(found) + 2
    boxes = [m.box for m in canvas.marks if m.number is None]
    assert boxes == [dragged, moved]
    assert [m.box for m in wizard.session.current_marks() if m.number is None] == boxes

    wizard.back()
    wizard.back()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    assert [m.box for m in page.cover.marks() if m.number is None] == boxes, "Back and Next keep them"
    assert all(not m.hide for m in page.cover.marks() if m.number is not None)

    key = "style:cover-faces"  # stickers: a plain sky under a blur would hardly change
    wait_idle(qtbot, lambda: key in page.tiles and page.ready(), timeout=180_000)
    page.tiles[key].click()
    go_to(qtbot, wizard, PageId.SAVE)
    save = wizard.currentPage()
    save.folder.setText(str(tmp_path))
    save.size_buttons["same"].setChecked(True)
    wizard.session.square = False  # the whole picture, so boxes are where they were drawn
    save.save_now()
    wait_idle(qtbot, lambda: wizard.session.saved is not None, timeout=180_000)
    saved = open_picture(wizard.session.saved.path)
    assert saved.size == (width, height)
    original = open_picture(photo)
    before = np.asarray(original.image.convert("RGB"))
    after = np.asarray(saved.image.convert("RGB"))
    resaved = write_clean(original.with_image(original.image), tmp_path / "as-it-is.jpg")
    noise = np.asarray(open_picture(resaved.path).image.convert("RGB"))  # saving alone changes this
    for box in boxes:
        assert _changed(before, after, box) > 25, f"the box {box} is hidden"
    outside = np.ones(before.shape[:2], bool)
    for x, y, w, h in boxes:
        pad = max(w, h) // 2 + 8  # a sticker's frame reaches a little past the box
        outside[max(0, y - pad):y + h + pad, max(0, x - pad):x + w + pad] = False

    def change(picture):
        return float(np.abs(before.astype(int) - picture).mean(axis=2)[outside].mean())

    assert change(after) < change(noise) + 0.8, "outside the boxes only the noise of saving a JPEG"


def _in_view(page, widget) -> bool:
    viewport = page.scroll.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def test_the_focused_card_is_scrolled_into_view(qtbot, wizard):
    """Moving the focus (Tab or arrows) to a card out of sight scrolls the list to it, and after
    a pick the "Draw new ones" button is seen whole."""
    check_picture(qtbot, wizard, DATA / "coffee.jpg")
    to_make_safe(qtbot, wizard)
    page = wizard.currentPage()
    wait_idle(qtbot, page.ready, timeout=180_000)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)  # focus moves only in the active window
    first, last = page.styles.tiles[0], page.avatars.tiles[-1]  # as they are on screen
    page.cover.canvas.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(page.cover.canvas, Qt.Key_Tab)
    assert QApplication.focusWidget() is first, "Tab goes from the picture to the first card"
    qtbot.waitUntil(lambda: _in_view(page, first))
    assert not _in_view(page, last), "the window is small enough for the list to scroll"
    last.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: _in_view(page, last))
    qtbot.mouseClick(last, Qt.LeftButton)
    assert wizard.session.chosen == last.key
    page.another.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: _in_view(page, page.another))


def _grid_place(section, tile) -> tuple[int, int]:
    row, column, _, _ = section.grid.getItemPosition(section.grid.indexOf(tile))
    return row, column


def test_the_cards_follow_a_new_face_choice(qtbot, wizard, tmp_path):
    """Back on the face page the person changes their mind after the cards were made: "As it
    is" moves first when they keep their face (as the advice says) and back to the end when they
    hide it; every card that hides the marks is made again, saying why, and then hides the marks
    as they are now."""
    from safepic.core.marks import marked_findings
    from tests.core.vision import scenes

    photo = tmp_path / "group.jpg"
    scenes.group_photo(size=(1600, 1200), count=4, face_width=110, background="coffee.jpg").image \
        .save(photo, quality=92)
    check_picture(qtbot, wizard, photo)
    to_make_safe(qtbot, wizard)
    page = wizard.currentPage()
    wait_idle(qtbot, page.ready, timeout=180_000)
    original = page.tiles["style:original"]
    assert page.styles.tiles[-1] is original
    faces = [n for n, f in enumerate(marked_findings(wizard.session.report), 1) if f.code == "face"]
    hiding = {key: o.report for key, o in wizard.session.options.items() if key.startswith("style:")
              and key != "style:original"}
    assert hiding and not any(r.has("face") for r in hiding.values())

    def face_page(choice: str, mine: int | None = None) -> None:
        wizard.back()
        wizard.back()
        assert wizard.currentId() == PageId.FACE
        face = wizard.currentPage()
        face.buttons[choice].click()
        if mine is not None:
            face.which.setCurrentIndex(face.which.findData(mine))
        go_to(qtbot, wizard, PageId.MAKE_SAFE)

    face_page("keep")  # their own face, not yet which one: every face stays hidden
    assert page.styles.tiles[0] is original, "the first picture is the one that keeps their face"
    qtbot.waitUntil(lambda: _grid_place(page.styles, original) == (0, 0))
    assert original.isEnabled(), "as it is hides nothing, so it is not made again"

    face_page("keep", faces[0])  # now one face is left as it is: the hiding cards change
    remade = [page.tiles[key] for key in hiding if key in page.tiles]
    assert remade and all(not t.isEnabled() and t.verdict == page.t["remaking_choice"] for t in remade)
    wait_idle(qtbot, page.ready, timeout=180_000)
    assert page.styles.tiles[0] is original
    kept = [k for k in hiding if k in wizard.session.options and wizard.session.options[k].report.has("face")]
    assert kept, "a style made for the new choice shows the face they keep"

    wizard.back()  # the others agreed too: no face is marked, the cards offered follow
    wizard.back()
    wizard.currentPage().others["keep"].click()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    wait_idle(qtbot, page.ready, timeout=180_000)
    assert {k for k in page.tiles if k.startswith("style:")} == \
        {f"style:{name}" for name in page._offered()} | {"style:original"}
    assert page.styles.tiles[0] is original and original.isEnabled()
    wizard.back()
    wizard.back()
    wizard.currentPage().others["hide"].click()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)

    face_page("hide")
    wait_idle(qtbot, page.ready, timeout=180_000)
    assert page.styles.tiles[-1] is original
    qtbot.waitUntil(lambda: all(_grid_place(page.styles, t) < _grid_place(page.styles, original)
                                for t in page.styles.tiles[:-1]))
