"""The picture with numbered boxes: numbers stay readable in a crowd."""

from __future__ import annotations

from PySide6.QtGui import QImage

from safepic.gui.widgets import PictureView


def _view(qtbot, boxes: list[tuple[int, int, int, int]]) -> PictureView:
    view = PictureView()
    qtbot.addWidget(view)
    view.resize(360, 300)
    image = QImage(400, 300, QImage.Format_RGB32)
    image.fill(0x808080)
    view.set_picture(image, (4000, 3000), [(box, str(n)) for n, box in enumerate(boxes, start=1)])
    return view


def test_in_a_crowd_numbers_never_lie_on_each_other_but_every_box_is_drawn(qtbot):
    # A crowd's faces, 28 px wide and 210 px apart in 4000 px, are 19 px apart on screen: their
    # numbers ("12", "13"...) are wider than that.
    crowd = [(150 + 210 * (n % 18), 500 + 450 * (n // 18), 28, 30) for n in range(72)]
    placed = _view(qtbot, crowd).tags()
    assert len(placed) == 72
    shown = [tag for _, tag, _ in placed if tag is not None]
    assert placed[0][1] is not None and 1 < len(shown) < 72
    assert not any(a.intersects(b) for i, a in enumerate(shown) for b in shown[i + 1:])


def test_faces_apart_each_keep_their_number(qtbot):
    placed = _view(qtbot, [(400, 1000, 300, 300), (1800, 1000, 300, 300), (3200, 1000, 300, 300)]).tags()
    assert [text for _, tag, text in placed if tag is not None] == ["1", "2", "3"]


def test_a_number_by_the_right_edge_stays_on_the_picture(qtbot):
    view = _view(qtbot, [(3980, 1000, 20, 20)])
    [(_, tag, _)] = view.tags()
    assert tag.right() <= view._target().right()
