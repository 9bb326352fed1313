"""Cover it yourself: the picture shown large, every mark as a numbered box the person can switch
off, move, resize or remove, and boxes of their own, by mouse or keyboard.

Boxes are kept in upright-picture pixels (the same as the findings and the command line's
`--cover`), so the screen's scale and zoom never change what is hidden. The widget only edits a
list of marks; the page stores it in the session and makes the previews from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QImage, QKeySequence, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from safepic.core.marks import Mark, covered

from . import content
from .widgets import IconRow, Label, box_lines, label_places, scaled_font

Box = tuple[int, int, int, int]
ZOOMS = (1.0, 1.5, 2.0, 3.0, 4.0, 6.0)
SIGNS = {"zoom_out": "\u2212", "zoom_in": "+"}  # the same in every language; the names say it
HANDLE_PX = 10  # a handle's side on screen
MIN_DRAG_PX = 8  # a smaller drag on screen is a click, not a box
HIDDEN = QColor("#ffd54f")  # found and hidden
OWN = QColor("#4fc3f7")  # the person's own box
KEPT = QColor("#bdbdbd")  # left as it is
INK = QColor("#000000")
# Which edges a handle moves: (left, top, right, bottom).
HANDLES = {"tl": (1, 1, 0, 0), "t": (0, 1, 0, 0), "tr": (0, 1, 1, 0), "r": (0, 0, 1, 0),
           "br": (0, 0, 1, 1), "b": (0, 0, 0, 1), "bl": (1, 0, 0, 1), "l": (1, 0, 0, 0)}


def tag(mark: Mark, own_index: int) -> str:
    """The label on a box: the finding's number, or "+n" for the person's n-th own box."""
    return str(mark.number) if mark.number is not None else f"+{own_index}"


def clamp(box: Sequence[float], size: tuple[int, int], min_side: int = 1) -> Box:
    """A box kept inside the picture, at least `min_side` pixels each way."""
    w_pic, h_pic = size
    x, y, w, h = (round(v) for v in box)
    w = max(min_side, min(w, w_pic))
    h = max(min_side, min(h, h_pic))
    x = max(0, min(x, w_pic - w))
    y = max(0, min(y, h_pic - h))
    return x, y, w, h


class CoverCanvas(QWidget):
    """The picture at the chosen zoom with the boxes on it. One box at a time has the focus;
    Tab and Shift+Tab go from box to box, then on to the rest of the page."""

    changed = Signal()  # the marks changed (a whole edit: a drag ends, a key is pressed)
    current_changed = Signal()
    zoom_changed = Signal()

    def __init__(self, texts: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t = texts
        self.image: QImage | None = None
        self._shown: QPixmap | None = None  # the image at the size on screen, scaled once
        self.size_px: tuple[int, int] = (1, 1)  # the picture's own size
        self.marks: list[Mark] = []
        self.current: int | None = None
        self.zoom_index = 0
        self.fit_side = 400  # the picture's longer side on screen at zoom 1, set by the tool
        self._drag: tuple[str, QPointF, Box | None] | None = None  # what, where it began, box then
        self._rubber: QRectF | None = None
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(texts["canvas"])
        self.setAccessibleDescription(texts["canvas_help"])
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)

    # -- geometry ---------------------------------------------------------------------------
    def scale(self) -> float:
        return self.fit_side * ZOOMS[self.zoom_index] / max(self.size_px)

    def sizeHint(self) -> QSize:  # noqa: N802
        s = self.scale()
        return QSize(max(1, round(self.size_px[0] * s)), max(1, round(self.size_px[1] * s)))

    def to_screen(self, box: Sequence[float]) -> QRectF:
        s = self.scale()
        x, y, w, h = box
        return QRectF(x * s, y * s, w * s, h * s)

    def to_picture(self, point: QPointF) -> QPointF:
        s = self.scale()
        return QPointF(point.x() / s, point.y() / s)

    def refit(self) -> None:
        self.setFixedSize(self.sizeHint())
        self._shown = None
        self.update()

    def set_zoom(self, index: int) -> None:
        index = max(0, min(index, len(ZOOMS) - 1))
        if index != self.zoom_index:
            self.zoom_index = index
            self.refit()
            self.zoom_changed.emit()

    # -- the marks --------------------------------------------------------------------------
    def set_marks(self, image: QImage | None, size: tuple[int, int], marks: Sequence[Mark]) -> None:
        self.image = image
        self.size_px = (max(1, size[0]), max(1, size[1]))
        self.marks = list(marks)
        self.current = None
        self.refit()
        self.current_changed.emit()

    def own_index(self, index: int) -> int:
        """1 for the person's first own box, 2 for the second..."""
        return sum(1 for m in self.marks[: index + 1] if m.number is None)

    def label(self, index: int) -> str:
        return tag(self.marks[index], self.own_index(index))

    def describe(self, index: int) -> str:
        """One box in words, for the status line and screen readers."""
        mark = self.marks[index]
        what = self.t["codes"].get(mark.code, self.t["codes"]["covered"])
        state = self.t["state_hidden" if mark.hide else "state_kept"]
        return self.t["describe"].format(tag=self.label(index), what=what, state=state)

    def select(self, index: int | None) -> None:
        if index is not None and not self.marks:
            index = None
        if index is not None:
            index %= len(self.marks)
        if index != self.current:
            self.current = index
            self.current_changed.emit()
            self.update()
        self._show_current()

    def _show_current(self) -> None:
        """Scroll the zoomed picture so the focused box is in view."""
        if self.current is None:
            return
        scroll = self.parent().parent() if self.parent() is not None else None
        if isinstance(scroll, QScrollArea):
            r = self.to_screen(self.marks[self.current].box).toRect()
            scroll.ensureVisible(r.center().x(), r.center().y(), r.width() // 2 + 20, r.height() // 2 + 20)

    def _replace(self, index: int, **changes: Any) -> None:
        self.marks[index] = replace(self.marks[index], **changes)
        self.update()

    def add_box(self, box: Sequence[float] | None = None) -> None:
        """A new box of the person's own: where it was drawn, or in the middle of what shows."""
        if box is None:
            side = max(8, min(self.size_px) // 5)
            centre = self._visible_centre()
            box = (centre.x() - side / 2, centre.y() - side / 2, side, side)
        self.marks.append(covered(clamp(box, self.size_px)))
        self.select(len(self.marks) - 1)
        self.changed.emit()

    def _visible_centre(self) -> QPointF:
        region = self.visibleRegion().boundingRect()
        if region.isEmpty():
            region = self.rect()
        return self.to_picture(QPointF(region.center()))

    def toggle_current(self) -> None:
        """Switch the focused found mark between hidden and "leave this as it is"."""
        if self.current is None:
            return
        self._replace(self.current, hide=not self.marks[self.current].hide)
        self.current_changed.emit()
        self.changed.emit()

    def remove_current(self) -> None:
        """Remove the focused box. A found mark cannot be un-found: removing it leaves that
        spot as it is, still numbered, so it can be hidden again."""
        if self.current is None:
            return
        mark = self.marks[self.current]
        if mark.number is not None:
            if mark.hide:
                self._replace(self.current, hide=False)
        else:
            del self.marks[self.current]
            self.current = min(self.current, len(self.marks) - 1) if self.marks else None
        self.current_changed.emit()
        self.update()
        self.changed.emit()

    def nudge(self, dx: int, dy: int, dw: int, dh: int) -> None:
        """Move (dx, dy) or resize (dw, dh) the focused box, in picture pixels."""
        if self.current is None:
            return
        x, y, w, h = self.marks[self.current].box
        if dw or dh:
            new = clamp((x, y, w + dw, h + dh), self.size_px, self._min_side())
            new = (x, y, min(new[2], self.size_px[0] - x), min(new[3], self.size_px[1] - y))
        else:
            new = clamp((x + dx, y + dy, w, h), self.size_px)
        self._replace(self.current, box=new)
        self._show_current()
        self.changed.emit()

    def _min_side(self) -> int:
        return max(1, round(MIN_DRAG_PX / self.scale()))

    def step(self) -> int:
        """One arrow press: a hundredth of the picture, at least one pixel on screen."""
        return max(1, round(max(self.size_px) / 100), round(1 / self.scale()))

    # -- keyboard ---------------------------------------------------------------------------
    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if self.current is None and self.marks:
            backwards = event.reason() == Qt.BacktabFocusReason
            self.select(len(self.marks) - 1 if backwards else 0)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.update()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Tab goes to the next box; after the last one it leaves the picture."""
        if self.marks and self.current is not None:
            nxt = self.current + (1 if forward else -1)
            if 0 <= nxt < len(self.marks):
                self.select(nxt)
                return True
        self.current = None
        self.current_changed.emit()
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        step = self.step()
        arrows = {Qt.Key_Left: (-step, 0), Qt.Key_Right: (step, 0), Qt.Key_Up: (0, -step),
                  Qt.Key_Down: (0, step)}
        if key in arrows and self.current is not None:
            dx, dy = arrows[key]
            if mods & Qt.ShiftModifier:
                self.nudge(0, 0, dx, dy)
            else:
                self.nudge(dx, dy, 0, 0)
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            self.remove_current()
        elif key == Qt.Key_Space:
            self.toggle_current()
        elif key in (Qt.Key_N, Qt.Key_Insert):
            self.add_box()
        elif key in (Qt.Key_Plus, Qt.Key_Equal) or event.matches(QKeySequence.ZoomIn):
            self.set_zoom(self.zoom_index + 1)
        elif key == Qt.Key_Minus or event.matches(QKeySequence.ZoomOut):
            self.set_zoom(self.zoom_index - 1)
        elif key == Qt.Key_0:
            self.set_zoom(0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.ControlModifier:
            self.set_zoom(self.zoom_index + (1 if event.angleDelta().y() > 0 else -1))
            event.accept()
        else:
            event.ignore()  # plain scrolling belongs to the scroll area

    # -- mouse ------------------------------------------------------------------------------
    def _handle_rects(self, box: Box) -> dict[str, QRectF]:
        r = self.to_screen(box)
        xs = {"l": r.left(), "m": r.center().x(), "r": r.right()}
        ys = {"t": r.top(), "m": r.center().y(), "b": r.bottom()}
        where = {"tl": ("l", "t"), "t": ("m", "t"), "tr": ("r", "t"), "r": ("r", "m"),
                 "br": ("r", "b"), "b": ("m", "b"), "bl": ("l", "b"), "l": ("l", "m")}
        half = HANDLE_PX / 2
        return {name: QRectF(xs[x] - half, ys[y] - half, HANDLE_PX, HANDLE_PX)
                for name, (x, y) in where.items()}

    def _hit(self, pos: QPointF) -> tuple[int | None, str | None]:
        """The box under the pointer (the focused box's handles first, then the top box)."""
        if self.current is not None:
            for name, rect in self._handle_rects(self.marks[self.current].box).items():
                if rect.contains(pos):
                    return self.current, name
        for index in range(len(self.marks) - 1, -1, -1):
            if self.to_screen(self.marks[index].box).contains(pos):
                return index, "move"
        return None, None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.MouseFocusReason)
        pos = event.position()
        index, what = self._hit(pos)
        if index is None:
            self._drag = ("new", pos, None)
            self._rubber = QRectF(pos, pos)
        else:
            self.select(index)
            self._drag = (what, pos, self.marks[index].box)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        if self._drag is None:
            _, what = self._hit(pos)
            cursors = {"move": Qt.SizeAllCursor, "tl": Qt.SizeFDiagCursor, "br": Qt.SizeFDiagCursor,
                       "tr": Qt.SizeBDiagCursor, "bl": Qt.SizeBDiagCursor, "t": Qt.SizeVerCursor,
                       "b": Qt.SizeVerCursor, "l": Qt.SizeHorCursor, "r": Qt.SizeHorCursor}
            self.setCursor(cursors.get(what, Qt.CrossCursor))
            return
        what, start, before = self._drag
        if what == "new":
            self._rubber = QRectF(start, pos).normalized()
            self.update()
            return
        s = self.scale()
        dx, dy = (pos.x() - start.x()) / s, (pos.y() - start.y()) / s
        x, y, w, h = before
        if what == "move":
            box = clamp((x + dx, y + dy, w, h), self.size_px)
        else:
            left, top, right, bottom = HANDLES[what]
            x0, y0, x1, y1 = x + dx * left, y + dy * top, x + w + dx * right, y + h + dy * bottom
            box = clamp((min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)), self.size_px,
                        self._min_side())
        self._replace(self.current, box=box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag is None or event.button() != Qt.LeftButton:
            return super().mouseReleaseEvent(event)
        what, _, before = self._drag
        self._drag = None
        if what == "new":
            rubber, self._rubber = self._rubber, None
            self.update()
            if rubber is not None and rubber.width() >= MIN_DRAG_PX and rubber.height() >= MIN_DRAG_PX:
                s = self.scale()
                self.add_box((rubber.x() / s, rubber.y() / s, rubber.width() / s, rubber.height() / s))
            else:
                self.select(None)
            return
        if self.current is not None and self.marks[self.current].box != before:
            self.changed.emit()

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        p.setRenderHint(QPainter.Antialiasing)
        if self.image is not None:
            if self._shown is None or self._shown.size() != self.size():
                self._shown = QPixmap.fromImage(self.image.scaled(
                    self.size(), Qt.IgnoreAspectRatio, Qt.SmoothTransformation))
            p.drawPixmap(0, 0, self._shown)
        p.setFont(scaled_font(self.font(), 0.9, True))
        for index, mark in enumerate(self.marks):
            self._paint_box(p, index, mark)
        for index, tag_rect, words in self.tags():
            mark = self.marks[index]
            p.fillRect(tag_rect, INK)
            p.setPen(KEPT if not mark.hide else (OWN if mark.number is None else HIDDEN))
            p.drawText(tag_rect, Qt.AlignCenter, words)
        if self.current is not None:
            self._paint_chosen(p, self.marks[self.current])
        if self._rubber is not None:
            p.setBrush(Qt.NoBrush)
            p.setPen(QPen(INK, 4))
            p.drawRect(self._rubber)
            p.setPen(QPen(OWN, 2, Qt.DashLine))
            p.drawRect(self._rubber)
        p.end()

    def _paint_box(self, p: QPainter, index: int, mark: Mark) -> None:
        rect = self.to_screen(mark.box)
        colour = KEPT if not mark.hide else (OWN if mark.number is None else HIDDEN)
        if mark.hide:  # a see-through wash says "this will be hidden"
            wash = QColor(colour)
            wash.setAlpha(70)
            p.fillRect(rect, QBrush(wash, Qt.BDiagPattern))
        outer, inner = box_lines(rect)
        p.setBrush(Qt.NoBrush)
        p.setPen(QPen(INK, outer))
        p.drawRect(rect)
        p.setPen(QPen(colour, inner, Qt.SolidLine if mark.hide else Qt.DashLine))
        p.drawRect(rect)

    def tags(self) -> list[tuple[int, QRectF, str]]:
        """Each box's label above it, the chosen box's first. In a crowd a label that would lie
        on one already placed is left out (zoom in to see it): every box is still drawn."""
        order = list(range(len(self.marks)))
        if self.current is not None:
            order.remove(self.current)
            order.insert(0, self.current)
        words = [self.label(index) + ("" if self.marks[index].hide else " " + self.t["kept_tag"])
                 for index in order]
        places = label_places([self.to_screen(self.marks[index].box) for index in order], words,
                              QFontMetrics(scaled_font(self.font(), 0.9, True)), QRectF(self.rect()))
        return [(index, place, text) for index, place, text in zip(order, places, words)
                if place is not None]

    def _paint_chosen(self, p: QPainter, mark: Mark) -> None:
        """The chosen box's frame and handles, over everything else."""
        rect = self.to_screen(mark.box)
        ink = self.palette().color(QPalette.Highlight)
        p.setBrush(Qt.NoBrush)
        p.setPen(QPen(QColor("#ffffff"), 2))
        p.drawRect(rect.adjusted(-5, -5, 5, 5))
        p.setPen(QPen(ink if self.hasFocus() else INK, 2, Qt.DashLine))
        p.drawRect(rect.adjusted(-5, -5, 5, 5))
        for handle in self._handle_rects(mark.box).values():
            p.fillRect(handle, QColor("#ffffff"))
            p.setPen(QPen(INK, 1))
            p.drawRect(handle)


class CoverTool(QWidget):
    """The canvas in a scroll area, with buttons for everything the keys do, and a line saying
    which box has the focus and what will happen to it."""

    changed = Signal()

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.t = content.texts("cover", lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = Label(self.t["title"], 1.1, True)
        top.addWidget(self.title, 1)
        self.zoom_out = self._button("zoom_out", top)
        self.zoom_in = self._button("zoom_in", top)
        self.zoom_fit = self._button("zoom_fit", top)
        layout.addLayout(top)
        layout.addWidget(Label(self.t["help"]))
        tools = QHBoxLayout()
        self.add = self._button("add", tools)
        self.toggle = self._button("keep", tools)
        self.remove = self._button("remove", tools)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.canvas = CoverCanvas(self.t)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignCenter)
        self.scroll.setAccessibleName(self.t["canvas"])
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setMinimumSize(160, 120)
        layout.addWidget(self.scroll, 1)
        self.scroll.installEventFilter(self)
        self.status = IconRow("info", self.t["none_focused"])
        layout.addWidget(self.status)
        self.add.clicked.connect(self._add)
        self.toggle.clicked.connect(lambda: self._on_canvas(self.canvas.toggle_current))
        self.remove.clicked.connect(lambda: self._on_canvas(self.canvas.remove_current))
        self.zoom_in.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom_index + 1))
        self.zoom_out.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom_index - 1))
        self.zoom_fit.clicked.connect(lambda: self.canvas.set_zoom(0))
        self.canvas.changed.connect(self.changed)
        self.canvas.current_changed.connect(self._show_state)
        self.canvas.zoom_changed.connect(self._show_state)
        self._show_state()

    def _button(self, key: str, row: QHBoxLayout) -> QPushButton:
        """A button with its words (or a short sign, for zoom) and what it does, key included."""
        button = QPushButton(SIGNS.get(key) or self.t.get(key + "_sign", self.t[key]))
        button.setAccessibleName(self.t[key])
        button.setAccessibleDescription(self.t[key + "_help"])
        button.setToolTip(self.t[key + "_help"])
        row.addWidget(button)
        return button

    def _add(self) -> None:
        self.canvas.add_box()
        self.canvas.setFocus(Qt.OtherFocusReason)

    def _on_canvas(self, action) -> None:
        action()
        self.canvas.setFocus(Qt.OtherFocusReason)

    def set_marks(self, image: QImage | None, size: tuple[int, int], marks: Sequence[Mark]) -> None:
        self.canvas.set_marks(image, size, marks)
        self._fit()

    def marks(self) -> list[Mark]:
        return list(self.canvas.marks)

    def start_covering(self) -> None:
        """Called from "cover it yourself": the picture takes the focus, ready for a new box."""
        self.canvas.setFocus(Qt.OtherFocusReason)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """The space for the picture changed (the window, or the lines under it): fit again."""
        if watched is self.scroll and event.type() == QEvent.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        """Zoom 1 shows the whole picture in the space there is."""
        view = self.scroll.maximumViewportSize()  # without scroll bars, which come and go
        w, h = self.canvas.size_px
        side = max(100, min((view.width() - 4) * max(w, h) / w, (view.height() - 4) * max(w, h) / h))
        if abs(side - self.canvas.fit_side) >= 1:
            self.canvas.fit_side = side
            self.canvas.refit()

    def _show_state(self) -> None:
        canvas = self.canvas
        index = canvas.current
        has = index is not None
        found = has and canvas.marks[index].number is not None
        self.toggle.setEnabled(found)
        self.remove.setEnabled(has and not (found and not canvas.marks[index].hide))
        if found:
            key = "keep" if canvas.marks[index].hide else "hide"
            self.toggle.setText(self.t[key + "_sign"])  # short: the picture keeps its room
            self.toggle.setAccessibleName(self.t[key])
        self.zoom_in.setEnabled(canvas.zoom_index < len(ZOOMS) - 1)
        self.zoom_out.setEnabled(canvas.zoom_index > 0)
        self.zoom_fit.setEnabled(canvas.zoom_index > 0)
        if has:
            self.status.set("here", canvas.describe(index), self.t["keys"])
        else:
            count = sum(1 for m in canvas.marks if m.hide)
            summary = self.tr("%n spots will be hidden. Click a box, or press Tab, to pick it.", "", count)
            self.status.set("info", summary if canvas.marks else self.t["none_marked"], self.t["keys"])
        canvas.setAccessibleDescription(self.status.accessibleName())

