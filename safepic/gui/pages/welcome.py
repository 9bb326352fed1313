"""Welcome: what SafePic does, and two promises (nothing leaves this computer; the original is safe)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from .. import icons
from ..widgets import IconRow, Label
from .base import Page


class WelcomePage(Page):
    name = "welcome"

    def __init__(self, session) -> None:
        super().__init__(session)
        row = QHBoxLayout()
        column = QVBoxLayout()
        for item in self.t["promises"]:
            column.addWidget(IconRow(item["icon"], item["title"], item["detail"], bold=True))
        column.addSpacing(8)
        column.addWidget(Label(self.t["next"]))
        column.addStretch(1)
        row.addLayout(column, 1)
        picture = QLabel()
        side = self.fontMetrics().height() * 10
        picture.setPixmap(icons.pixmap("shield", side, self.devicePixelRatioF() or 1.0))
        picture.setAccessibleName(self.t["picture_name"])
        row.addWidget(picture, 0, Qt.AlignTop)
        self.body.addLayout(row, 1)
