"""Showing your face? Shown only when a face was found: the honest trade-off, then their choice."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton

from ..widgets import IconRow, Label, scaled_font
from .base import Page

CHOICES = ("hide", "keep")


class FacePage(Page):
    name = "face"

    def __init__(self, session) -> None:
        super().__init__(session)
        for item in self.t["risks"]:
            self.body.addWidget(IconRow(item["icon"], item["text"]))
        self.body.addWidget(Label(self.t["choice_intro"], bold=True))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key in CHOICES:
            button = QRadioButton(self.t[key])
            button.setFont(scaled_font(self.font(), 1.1))
            button.setAccessibleName(self.t[key])
            button.setAccessibleDescription(self.t[f"{key}_help"])
            self.group.addButton(button)
            self.buttons[key] = button
            self.body.addWidget(button)
            self.body.addWidget(Label(self.t[f"{key}_help"]))
            button.toggled.connect(self._changed)
        self.body.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        choice = self.session.face_choice
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == choice)
        self.group.setExclusive(True)

    def _changed(self) -> None:
        for key, button in self.buttons.items():
            if button.isChecked():
                self.session.face_choice = key
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.session.face_choice in CHOICES
