"""Simple friendly icons drawn in code, so SafePic ships no artwork it did not make.

Every icon has its own shape (tick, warning triangle, question mark, pin, face, copies), so the
meaning never rests on colour alone; the words beside it always say the same thing.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

OK = QColor("#2e7d32")
RISK = QColor("#c62828")
WARN = QColor("#ef6c00")
UNSURE = QColor("#455a64")
CALM = QColor("#1565c0")
WHITE = QColor("#ffffff")

# A verdict of one of the three tests -> icon name.
VERDICT_ICON = {"ok": "ok", "risk": "risk", "unsure": "unsure", "unknown": "unsure"}
SEVERITY_ICON = {"high": "risk", "medium": "warn", "low": "info"}


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.RoundCap)
    pen.setJoinStyle(Qt.RoundJoin)
    return pen


def _circle(p: QPainter, s: float, color: QColor) -> None:
    p.setPen(Qt.NoPen)
    p.setBrush(color)
    p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))


def _glyph(p: QPainter, s: float, text: str) -> None:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(s * 0.62)))
    p.setFont(font)
    p.setPen(WHITE)
    p.drawText(QRectF(0, 0, s, s), Qt.AlignCenter, text)


def _draw(name: str, p: QPainter, s: float, ink: QColor) -> None:
    if name == "ok":
        _circle(p, s, OK)
        p.setPen(_pen(WHITE, s * 0.12))
        p.drawPolyline(QPolygonF([QPointF(s * .27, s * .52), QPointF(s * .44, s * .68),
                                  QPointF(s * .74, s * .34)]))
    elif name in ("risk", "warn"):
        tri = QPolygonF([QPointF(s * .5, s * .06), QPointF(s * .96, s * .9), QPointF(s * .04, s * .9)])
        p.setPen(_pen(RISK if name == "risk" else WARN, s * 0.06))
        p.setBrush(RISK if name == "risk" else WARN)
        p.drawPolygon(tri)
        p.setPen(_pen(WHITE, s * 0.11))
        p.drawLine(QPointF(s * .5, s * .34), QPointF(s * .5, s * .6))
        p.drawPoint(QPointF(s * .5, s * .76))
    elif name == "unsure":
        _circle(p, s, UNSURE)
        _glyph(p, s, "?")
    elif name == "info":
        _circle(p, s, CALM)
        _glyph(p, s, "i")
    elif name == "pin":
        path = QPainterPath()
        path.moveTo(s * .5, s * .96)
        path.cubicTo(s * .2, s * .6, s * .14, s * .46, s * .14, s * .38)
        path.arcTo(QRectF(s * .14, s * .04, s * .72, s * .68), 180, -180)
        path.cubicTo(s * .86, s * .46, s * .8, s * .6, s * .5, s * .96)
        p.setPen(Qt.NoPen)
        p.setBrush(CALM)
        p.drawPath(path)
        p.setBrush(WHITE)
        p.drawEllipse(QPointF(s * .5, s * .38), s * .14, s * .14)
    elif name == "face":
        _circle(p, s, CALM)
        p.setBrush(WHITE)
        p.setPen(Qt.NoPen)
        p.drawEllipse(QPointF(s * .36, s * .4), s * .07, s * .07)
        p.drawEllipse(QPointF(s * .64, s * .4), s * .07, s * .07)
        p.setPen(_pen(WHITE, s * .08))
        p.setBrush(Qt.NoBrush)
        p.drawArc(QRectF(s * .3, s * .4, s * .4, s * .3), 200 * 16, 140 * 16)
    elif name == "copies":
        p.setPen(_pen(CALM, s * .08))
        p.setBrush(WHITE)
        p.drawRoundedRect(QRectF(s * .08, s * .08, s * .56, s * .56), s * .08, s * .08)
        p.setBrush(CALM)
        p.drawRoundedRect(QRectF(s * .36, s * .36, s * .56, s * .56), s * .08, s * .08)
    elif name == "shield":
        path = QPainterPath()
        path.moveTo(s * .5, s * .04)
        path.lineTo(s * .9, s * .18)
        path.cubicTo(s * .9, s * .6, s * .72, s * .82, s * .5, s * .96)
        path.cubicTo(s * .28, s * .82, s * .1, s * .6, s * .1, s * .18)
        path.closeSubpath()
        p.setPen(Qt.NoPen)
        p.setBrush(OK)
        p.drawPath(path)
        p.setPen(_pen(WHITE, s * .1))
        p.drawPolyline(QPolygonF([QPointF(s * .32, s * .5), QPointF(s * .46, s * .64),
                                  QPointF(s * .7, s * .36)]))
    elif name == "flower":
        p.setPen(Qt.NoPen)
        p.setBrush(QColor("#f9a825"))
        for i in range(6):
            p.save()
            p.translate(s * .5, s * .5)
            p.rotate(i * 60)
            p.drawEllipse(QRectF(-s * .12, -s * .46, s * .24, s * .34))
            p.restore()
        p.setBrush(QColor("#6d4c41"))
        p.drawEllipse(QPointF(s * .5, s * .5), s * .14, s * .14)
    elif name == "heart":
        path = QPainterPath()
        path.moveTo(s * .5, s * .9)
        path.cubicTo(s * .05, s * .58, s * .02, s * .2, s * .3, s * .14)
        path.cubicTo(s * .42, s * .12, s * .48, s * .2, s * .5, s * .28)
        path.cubicTo(s * .52, s * .2, s * .58, s * .12, s * .7, s * .14)
        path.cubicTo(s * .98, s * .2, s * .95, s * .58, s * .5, s * .9)
        p.setPen(Qt.NoPen)
        p.setBrush(RISK)
        p.drawPath(path)
    elif name == "here":
        p.setPen(Qt.NoPen)
        p.setBrush(CALM)
        p.drawPolygon(QPolygonF([QPointF(s * .2, s * .12), QPointF(s * .86, s * .5),
                                 QPointF(s * .2, s * .88)]))
    elif name == "todo":
        p.setPen(_pen(ink, s * .1))
        p.setBrush(Qt.NoBrush)
        p.drawEllipse(QPointF(s * .5, s * .5), s * .28, s * .28)
    elif name == "skipped":
        p.setPen(_pen(ink, s * .1))
        p.drawLine(QPointF(s * .24, s * .5), QPointF(s * .76, s * .5))
    else:
        raise KeyError(name)


@lru_cache(maxsize=256)
def pixmap(name: str, size: int, ratio: float = 1.0, ink: str = "") -> QPixmap:
    """The named icon as a square pixmap of `size` logical pixels. `ink` (a colour name) is the
    text colour for the plain outline icons, so they follow a high-contrast theme."""
    pm = QPixmap(int(size * ratio), int(size * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    _draw(name, p, float(size), QColor(ink) if ink else UNSURE)
    p.end()
    return pm


def icon(name: str, size: int = 32) -> QIcon:
    ico = QIcon()
    for ratio in (1.0, 2.0):
        ico.addPixmap(pixmap(name, size, ratio))
    return ico
