"""Small widgets the pages share: headings, icon-and-words rows, the picture with boxes,
the always-visible list of steps and the preview tiles of the make-safe page."""

from __future__ import annotations

from collections.abc import Sequence

from PIL import Image
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from . import icons


def scaled_font(base: QFont, factor: float = 1.0, bold: bool = False) -> QFont:
    """A font relative to the app font, so text follows the person's own font size."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def icon_size(widget: QWidget, factor: float = 1.6) -> int:
    """Icons grow with the text: a little taller than one line."""
    return max(16, round(widget.fontMetrics().height() * factor))


def pil_to_qimage(image: Image.Image, max_side: int | None = None) -> QImage:
    """Pixels for the screen (call in a worker: scaling a big photo takes time)."""
    img = image
    if max_side and max(img.size) > max_side:
        img = img.copy()
        img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    img = img.convert("RGBA")
    data = img.tobytes("raw", "RGBA")
    qimg = QImage(data, img.width, img.height, img.width * 4, QImage.Format_RGBA8888)
    return qimg.copy()  # own the bytes


def square_middle(image: QImage) -> QImage:
    """The middle square of a picture, as "cut to a square" saves it."""
    side = min(image.width(), image.height())
    return image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)


def clear_layout(layout) -> None:
    """Remove and delete every widget in a layout at once (hidden now, freed later)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


class Label(QLabel):
    """Word-wrapped text that screen readers can read."""

    def __init__(self, text: str = "", factor: float = 1.0, bold: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        if factor != 1.0 or bold:
            self.setFont(scaled_font(self.font(), factor, bold))
        self.setAccessibleName(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.setAccessibleName(text)


class Heading(Label):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, 1.5, True, parent)
        self.setAccessibleDescription("heading")


class IconRow(QWidget):
    """An icon followed by words; the icon repeats the words, never replaces them."""

    def __init__(self, icon: str, text: str, detail: str = "", *, bold: bool = False,
                 factor: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        row.addWidget(self.icon_label, 0, Qt.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(0)
        self.text_label = Label(text, factor, bold)
        words.addWidget(self.text_label)
        self.detail_label = Label(detail)
        self.detail_label.setVisible(bool(detail))
        words.addWidget(self.detail_label)
        row.addLayout(words, 1)
        self.set(icon, text, detail)

    def set(self, icon: str, text: str, detail: str = "") -> None:
        self._icon = icon
        self.refresh_icon()
        self.text_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.setAccessibleName(f"{text}. {detail}" if detail else text)

    def refresh_icon(self) -> None:
        """Draw the icon again at the size of the words (after the text grew or shrank)."""
        size = icon_size(self.text_label)
        ink = self.palette().color(QPalette.WindowText).name()
        self.icon_label.setPixmap(icons.pixmap(self._icon, size, self.devicePixelRatioF() or 1.0, ink))
        self.icon_label.setFixedWidth(size + 4)


THIN_BOX = 16  # screen pixels: a box smaller than this gets thin lines, so what it marks shows


def box_lines(rect: QRectF) -> tuple[float, float]:
    """The widths of a marked box's dark outer line and coloured inner line on screen."""
    return (3, 1.5) if min(rect.width(), rect.height()) < THIN_BOX else (5, 3)


def label_places(boxes: Sequence[QRectF], words: Sequence[str], metrics: QFontMetrics,
                 bounds: QRectF) -> list[QRectF | None]:
    """Where each box's label goes, in order: just above the box and inside `bounds`. In a
    crowd, a label that would lie on one placed before it is left out (None)."""
    placed: list[QRectF] = []
    out: list[QRectF | None] = []
    for box, text in zip(boxes, words):
        width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
        place = QRectF(max(bounds.x(), min(box.x(), bounds.right() - width)),
                       max(bounds.y(), box.y() - height), width, height)
        free = not any(place.intersects(other) for other in placed)
        if free:
            placed.append(place)
        out.append(place if free else None)
    return out


class PictureView(QWidget):
    """The picture, fitted to the space, with numbered boxes where something was found."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._source_size = QSize(1, 1)
        self._boxes: list[tuple[tuple[int, int, int, int], str]] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(self.tr("Your picture"))

    def set_picture(self, image: QImage | None, source_size: tuple[int, int] | None = None,
                    boxes: Sequence[tuple[tuple[int, int, int, int], str]] = ()) -> None:
        self._image = image
        if image is not None:
            w, h = source_size or (image.width(), image.height())
            self._source_size = QSize(max(1, w), max(1, h))
        self._boxes = list(boxes)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 360)

    def _target(self) -> QRectF:
        """Where the picture is drawn: fitted to the widget, in the middle."""
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        iw, ih = self._image.width(), self._image.height()
        scale = min(area.width() / iw, area.height() / ih)
        return QRectF(area.x() + (area.width() - iw * scale) / 2,
                      area.y() + (area.height() - ih * scale) / 2, iw * scale, ih * scale)

    def _tag_font(self) -> QFont:
        return scaled_font(self.font(), 0.9, True)

    def tags(self) -> list[tuple[QRectF, QRectF | None, str]]:
        """Each box on screen with its number's place above it. In a crowd, a number that would
        lie on one already placed is left out (None): the box is still drawn, and the list
        beside the picture names the numbers of the whole group."""
        if self._image is None:
            return []
        target, metrics = self._target(), QFontMetrics(self._tag_font())
        sx = target.width() / self._source_size.width()
        sy = target.height() / self._source_size.height()
        rects = [QRectF(target.x() + x * sx, target.y() + y * sy, w * sx, h * sy)
                 for (x, y, w, h), _ in self._boxes]
        words = [tag for _, tag in self._boxes]
        return list(zip(rects, label_places(rects, words, metrics, target), words))

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._image is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        p.setRenderHint(QPainter.Antialiasing)
        target = self._target()
        p.drawImage(target, self._image)
        p.setPen(QPen(self.palette().color(QPalette.WindowText), 1))
        p.drawRect(target)
        p.setFont(self._tag_font())
        placed = self.tags()
        p.setBrush(Qt.NoBrush)
        for rect, _, _ in placed:
            outer, inner = box_lines(rect)
            p.setPen(QPen(QColor("#000000"), outer))
            p.drawRect(rect)
            p.setPen(QPen(QColor("#ffd54f"), inner))
            p.drawRect(rect)
        for _, tag_rect, tag in placed:  # numbers over every box's line, never under one
            if tag_rect is not None:
                p.fillRect(tag_rect, QColor("#000000"))
                p.setPen(QColor("#ffd54f"))
                p.drawText(tag_rect, Qt.AlignCenter, tag)
        p.end()


class StepList(QWidget):
    """The steps of the journey, always on the left, with "you are here" in words and shape."""

    def __init__(self, steps: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.setAccessibleName(self.tr("Steps"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 10, 6)
        layout.setSpacing(4)
        self._rows: dict[int, IconRow] = {}
        self._names = dict(steps)
        self._order = [page_id for page_id, _ in steps]
        for page_id, name in steps:
            row = IconRow("todo", name)
            row.text_label.setTextInteractionFlags(Qt.NoTextInteraction)
            self._rows[page_id] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.fit_width()

    def fit_width(self) -> None:
        """Wide enough for the longest step name (up to 11 letters M) at the current text size."""
        bold = QFontMetrics(scaled_font(self.font(), 1.0, True))
        names = self._names.values()
        text_w = min(max(bold.horizontalAdvance(n) for n in names), bold.horizontalAdvance("M") * 11)
        self.setMinimumWidth(text_w + icon_size(self) + 30)

    def show_current(self, current: int, visited: Sequence[int], skipped: Sequence[int] = ()) -> None:
        total = len(self._order)
        for index, page_id in enumerate(self._order, 1):
            row = self._rows[page_id]
            name = self._names[page_id]
            if page_id == current:
                state, words = "here", self.tr("you are here")
            elif page_id in visited:
                state, words = "ok", self.tr("done")
            elif page_id in skipped:
                state, words = "skipped", self.tr("not needed")
            else:
                state, words = "todo", self.tr("still to come")
            row.set(state, name, words if state == "skipped" else "")  # the dash alone says nothing
            row.text_label.setFont(scaled_font(self.font(), 1.0, page_id == current))
            row.setAccessibleName(self.tr("Step {0} of {1}: {2}, {3}").format(index, total, name, words))


class Tile(QAbstractButton):
    """One choice on the make-safe page: a preview, its name and its re-check in icon + words."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.image: QImage | None = None
        self.verdict_icon = "unsure"
        self.verdict = self.tr("Getting it ready…")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Preferred)  # a row's tiles share a height
        self.setEnabled(False)
        self._update_names()

    def set_result(self, image: QImage | None, verdict_icon: str, verdict: str, ready: bool) -> None:
        self.image = image
        self.verdict_icon = verdict_icon
        self.verdict = verdict
        self.setEnabled(ready)
        self._update_names()
        self.updateGeometry()  # a longer verdict may need a taller tile
        self.update()

    def _update_names(self) -> None:
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(self.verdict)
        self.setToolTip(f"{self.title}: {self.verdict}")

    def _side(self) -> int:
        return self.fontMetrics().height() * 8

    def _text_heights(self, width: int) -> tuple[float, float]:
        """Room for the title (at least two lines) and the verdict (at least three) at this
        width, so longer words (Spanish, say) are never cut off."""
        line = self.fontMetrics().height()
        wrap = Qt.AlignLeft | Qt.TextWordWrap
        bold = QFontMetrics(scaled_font(self.font(), 1.0, True))
        title = bold.boundingRect(0, 0, width - 12, 10_000, wrap, self.title).height()
        verdict = self.fontMetrics().boundingRect(0, 0, width - 16 - line, 10_000, wrap,
                                                  self.verdict).height()
        return max(line * 2.2, title + line * 0.2), max(line * 3.2, verdict + line * 0.2)

    def sizeHint(self) -> QSize:  # noqa: N802
        side = self._side()
        title, verdict = self._text_heights(side + 24 - 4)
        return QSize(side + 24, round(side + title + verdict + 20))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        pal = self.palette()
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self.isChecked():
            p.setPen(QPen(pal.color(QPalette.Highlight), 4))
            p.setBrush(pal.color(QPalette.AlternateBase))
        else:
            p.setPen(QPen(pal.color(QPalette.Mid), 1))
            p.setBrush(pal.color(QPalette.Base))
        p.drawRoundedRect(rect, 8, 8)
        side = self._side()
        img_rect = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + 6, side, side)
        if self.image is not None:
            iw, ih = self.image.width(), self.image.height()
            scale = min(side / iw, side / ih)
            target = QRectF(img_rect.x() + (side - iw * scale) / 2, img_rect.y() + (side - ih * scale) / 2,
                            iw * scale, ih * scale)
            p.drawImage(target, self.image)
        else:
            p.fillRect(img_rect, pal.color(QPalette.AlternateBase))
        line = self.fontMetrics().height()
        text_color = pal.color(QPalette.Text if self.isEnabled() else QPalette.PlaceholderText)
        y = img_rect.bottom() + 4
        title_h, verdict_h = self._text_heights(round(rect.width()))
        p.setPen(text_color)
        p.setFont(scaled_font(self.font(), 1.0, True))
        p.drawText(QRectF(rect.x() + 6, y, rect.width() - 12, title_h),
                   Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, self.title)
        y += title_h
        p.setFont(self.font())
        ico = line
        p.drawPixmap(int(rect.x() + 6), int(y + 2), icons.pixmap(self.verdict_icon, ico, self.devicePixelRatioF()))
        p.drawText(QRectF(rect.x() + 10 + ico, y, rect.width() - 16 - ico, verdict_h),
                   Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, self.verdict)
        if self.isChecked():
            badge = self.tr("Chosen")
            p.setFont(scaled_font(self.font(), 0.9, True))
            w = p.fontMetrics().horizontalAdvance(badge) + 14
            badge_rect = QRectF(rect.right() - w - 4, rect.y() + 4, w, p.fontMetrics().height() + 4)
            p.setPen(Qt.NoPen)
            p.setBrush(pal.color(QPalette.Highlight))
            p.drawRoundedRect(badge_rect, 6, 6)
            p.setPen(pal.color(QPalette.HighlightedText))
            p.drawText(badge_rect, Qt.AlignCenter, badge)
        if self.hasFocus():
            p.setPen(QPen(pal.color(QPalette.WindowText), 3, Qt.DashLine))  # seen at a glance
            p.setBrush(Qt.NoBrush)
            p.drawRoundedRect(rect.adjusted(4, 4, -4, -4), 6, 6)
        p.end()
