"""How SafePic's controls look and behave beyond the platform's own style.

- Tick boxes and round buttons grow with the text and stay visible on dark, high-contrast
  colours (some styles draw their outline in a shade of the background, which vanishes on black).
- Focus is drawn as a clear ring in the highlight colour (the platform's ring can be a faint
  dotted line), so a keyboard user always sees where they are.
- In the wizard, Enter means the highlighted default button (Next, or the page's own main
  action). Qt's dialogs make any focused push button "auto-default", so after a file dialog
  closed on "Choose a picture…" Enter opened it again; buttons in a window that asks for it
  (the property ENTER_MEANS_DEFAULT) are therefore never auto-default.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QPushButton, QStyle

DARK = 96  # window lightness (0-255) below which we draw our own outline
ENTER_MEANS_DEFAULT = "safepic_enter_means_default"  # a window property (bool)
FOCUS_RING = 0.16  # width of the focus ring, as a part of a line of text (at least 2 px)

# Roomier buttons (em follows each button's own font, so the big-screen view grows them too).
WIZARD_SHEET = "QPushButton { padding: 0.3em 0.9em; }"


def focus_pen(palette: QPalette, line_height: int) -> QPen:
    """The focus ring: solid, in the highlight colour, thick enough to see from across a room."""
    return QPen(palette.color(QPalette.Highlight), max(2.0, line_height * FOCUS_RING))


class ReadableStyle(QProxyStyle):
    INDICATORS = (QStyle.PM_IndicatorWidth, QStyle.PM_IndicatorHeight,
                  QStyle.PM_ExclusiveIndicatorWidth, QStyle.PM_ExclusiveIndicatorHeight)

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        if metric in self.INDICATORS and widget is not None:
            return max(super().pixelMetric(metric, option, widget),
                       round(widget.fontMetrics().height() * 0.9))
        return super().pixelMetric(metric, option, widget)

    def polish(self, arg):  # noqa: D401 - Qt's overloads: a widget, an application or a palette
        result = super().polish(arg)
        if isinstance(arg, QPushButton) and arg.window().property(ENTER_MEANS_DEFAULT):
            arg.setAutoDefault(False)  # Enter goes on to the window's default button
        return result

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == QStyle.PE_FrameFocusRect:
            self._focus_ring(option, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element not in (QStyle.PE_IndicatorCheckBox, QStyle.PE_IndicatorRadioButton):
            return
        if option.palette.color(QPalette.Window).lightness() >= DARK:
            return
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.WindowText), 1.5))
        painter.setBrush(QPalette().brush(QPalette.NoRole))
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        if element == QStyle.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()

    def _focus_ring(self, option, painter, widget) -> None:
        """A solid ring around the focused control (around the whole button, not only its words)."""
        rect = QRectF(widget.rect() if isinstance(widget, QPushButton) else option.rect)
        pen = focus_pen(option.palette, option.fontMetrics.height())
        inset = pen.widthF() / 2
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QPalette().brush(QPalette.NoRole))
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 4, 4)
        painter.restore()
