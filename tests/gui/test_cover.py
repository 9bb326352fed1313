"""The cover tool alone, on a real photo: keys, mouse, zoom and the words a screen reader hears.
(tests/gui/test_make_safe.py drives it inside the wizard, down to the saved file.)"""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QPushButton

from safepic.core.marks import Mark
from safepic.gui.app import make_app
from safepic.gui.cover import ZOOMS, CoverTool
from safepic.gui.widgets import pil_to_qimage

from .conftest import DATA

FACE = Mark((172, 72, 102, 102), "face", 1)
WORDS = Mark((300, 300, 100, 60), "text", 2)


@pytest.fixture
def tool(qtbot):
    image = Image.open(DATA / "astronaut.jpg")
    made = CoverTool("en")
    qtbot.addWidget(made)
    made.resize(700, 640)
    made.show()
    made.set_marks(pil_to_qimage(image, 900), image.size, [FACE, WORDS])
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def test_tab_goes_from_box_to_box_and_then_leaves(qtbot, tool):
    canvas = tool.canvas
    canvas.setFocus(Qt.TabFocusReason)
    assert canvas.current == 0
    assert tool.status.text_label.text() == "Box 1: a face. It will be hidden."
    qtbot.keyClick(canvas, Qt.Key_Tab)
    assert canvas.current == 1 and canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key_Tab)
    assert not canvas.hasFocus(), "after the last box, Tab goes on to the rest of the page"
    assert canvas.current is None


def test_a_found_box_is_switched_off_not_removed(qtbot, tool):
    canvas = tool.canvas
    canvas.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(canvas, Qt.Key_Space)
    assert canvas.marks[0] == Mark(FACE.box, "face", 1, hide=False)
    assert tool.toggle.text() == tool.t["hide_sign"] and tool.toggle.accessibleName() == tool.t["hide"]
    assert "You chose to leave it as it is." in canvas.accessibleDescription()
    qtbot.keyClick(canvas, Qt.Key_Space)
    assert canvas.marks[0].hide
    qtbot.keyClick(canvas, Qt.Key_Delete)
    assert len(canvas.marks) == 2 and not canvas.marks[0].hide, "the spot stays numbered, left as it is"
    assert not tool.remove.isEnabled()


def test_boxes_stay_inside_the_picture(qtbot, tool):
    canvas = tool.canvas
    canvas.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(canvas, Qt.Key_N)
    for _ in range(150):
        qtbot.keyClick(canvas, Qt.Key_Left)
        qtbot.keyClick(canvas, Qt.Key_Up)
    x, y, w, h = canvas.marks[-1].box
    assert (x, y) == (0, 0)
    for _ in range(150):
        qtbot.keyClick(canvas, Qt.Key_Right, Qt.ShiftModifier)
    assert canvas.marks[-1].box[2] == canvas.size_px[0]


def test_drag_moves_and_a_handle_resizes(qtbot, tool):
    canvas = tool.canvas
    s = canvas.scale()
    centre = QPoint(round((172 + 51) * s), round((72 + 51) * s))
    qtbot.mousePress(canvas, Qt.LeftButton, pos=centre)
    qtbot.mouseMove(canvas, pos=centre + QPoint(round(40 * s), 0))
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=centre + QPoint(round(40 * s), 0))
    x, y, w, h = canvas.marks[0].box
    assert abs(x - 212) <= 2 and y == 72 and (w, h) == (102, 102)
    corner = canvas.to_screen(canvas.marks[0].box).bottomRight().toPoint()
    qtbot.mousePress(canvas, Qt.LeftButton, pos=corner)
    qtbot.mouseMove(canvas, pos=corner + QPoint(round(30 * s), round(20 * s)))
    qtbot.mouseRelease(canvas, Qt.LeftButton, pos=corner + QPoint(round(30 * s), round(20 * s)))
    assert abs(canvas.marks[0].box[2] - 132) <= 2 and abs(canvas.marks[0].box[3] - 122) <= 2


def test_zoom_by_buttons_keys_and_ctrl_wheel(qtbot, tool):
    canvas = tool.canvas
    width = canvas.width()
    qtbot.mouseClick(tool.zoom_in, Qt.LeftButton)
    assert canvas.zoom_index == 1 and canvas.width() == pytest.approx(width * ZOOMS[1], abs=2)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key_Plus)
    assert canvas.zoom_index == 2
    wheel = QWheelEvent(QPointF(10, 10), QPointF(canvas.mapToGlobal(QPoint(10, 10))), QPoint(),
                        QPoint(0, -120), Qt.NoButton, Qt.ControlModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(canvas, wheel)
    assert canvas.zoom_index == 1
    qtbot.keyClick(canvas, Qt.Key_0)
    assert canvas.zoom_index == 0 and not tool.zoom_fit.isEnabled()


def test_every_button_says_what_it_does(tool):
    for button in tool.findChildren(QPushButton):
        assert button.accessibleName() and button.accessibleDescription(), button.text()
    assert tool.zoom_in.accessibleName() == "Zoom in", "a sign on the button, words for the ear"
    assert tool.canvas.accessibleName() == tool.t["canvas"]


def test_the_count_of_hidden_spots_is_said_in_good_english(qtbot, tool):
    """'1 spot', not '1 spots': the count comes from Qt's plural forms (the app's English)."""
    make_app()
    assert tool.status.text_label.text().startswith("2 spots will be hidden.")
    tool.canvas.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(tool.canvas, Qt.Key_Space)  # box 1 left as it is
    qtbot.keyClick(tool.canvas, Qt.Key_Tab)
    qtbot.keyClick(tool.canvas, Qt.Key_Tab)  # past the last box: no box picked
    assert tool.canvas.current is None
    assert tool.status.text_label.text().startswith("1 spot will be hidden.")


def test_in_a_crowd_labels_never_lie_on_each_other_and_the_chosen_box_keeps_its_own(qtbot, tool):
    # 40 faces 12 px wide, 20 px apart on the 512 px photo: their labels ("12"...) are wider
    # than the gap when the picture is fitted to the tool.
    crowd = [Mark((20 + 24 * (n % 20), 150 + 120 * (n // 20), 12, 14), "face", n + 1) for n in range(40)]
    image = Image.open(DATA / "astronaut.jpg")
    tool.set_marks(pil_to_qimage(image, 900), image.size, crowd)
    canvas = tool.canvas
    placed = canvas.tags()
    rects = [rect for _, rect, _ in placed]
    assert 1 < len(placed) < 40
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    canvas.select(27)
    assert canvas.tags()[0][0] == 27, "the chosen box's label is always shown"
    canvas.set_zoom(len(ZOOMS) - 1)
    assert len(canvas.tags()) > len(placed), "zoomed in, more labels fit"
