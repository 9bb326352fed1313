"""Tick boxes and round buttons that grow with the text and stay visible on dark, high-contrast
colours (some styles draw their outline in a shade of the background, which vanishes on black)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle

DARK = 96  # window lightness (0-255) below which we draw our own outline


class ReadableStyle(QProxyStyle):
    INDICATORS = (QStyle.PM_IndicatorWidth, QStyle.PM_IndicatorHeight,
                  QStyle.PM_ExclusiveIndicatorWidth, QStyle.PM_ExclusiveIndicatorHeight)

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        if metric in self.INDICATORS and widget is not None:
            return max(super().pixelMetric(metric, option, widget),
                       round(widget.fontMetrics().height() * 0.9))
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
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
