"""Pets, home and other pictures: things only the person can know, as a short self-check."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from ..widgets import clear_layout, IconRow, Label, scaled_font
from .base import Page


class SelfCheckPage(Page):
    name = "self_check"

    def __init__(self, session) -> None:
        super().__init__(session)
        self.animal = IconRow("info", self.t["animal_seen"])
        self.body.addWidget(self.animal)
        self.boxes: dict[str, QCheckBox] = {}
        for item in self.t["questions"]:
            box = QCheckBox(item["text"])
            box.setFont(scaled_font(self.font(), 1.05))
            box.setAccessibleName(item["text"])
            box.setAccessibleDescription(item["why"])
            box.toggled.connect(self._changed)
            self.boxes[item["key"]] = box
            self.body.addWidget(box)
        self.body.addSpacing(6)
        self.advice = QVBoxLayout()
        self.body.addLayout(self.advice)
        self.body.addStretch(1)
        self._whys = {item["key"]: item["why"] for item in self.t["questions"]}

    def initializePage(self) -> None:  # noqa: N802
        report = self.session.report
        self.animal.setVisible(report is not None and report.has("animal"))
        answers = self.session.self_check.answers
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(answers.get(key, False))
            box.blockSignals(False)
        self._show_advice()

    def _changed(self) -> None:
        self.session.self_check.answers = {k: b.isChecked() for k, b in self.boxes.items()}
        self._show_advice()

    def _show_advice(self) -> None:
        clear_layout(self.advice)
        ticked = self.session.self_check.ticked()
        if not ticked:
            self.advice.addWidget(IconRow("ok", self.t["none_ticked"]))
            return
        self.advice.addWidget(Label(self.t["adds"], bold=True))
        for key in ticked:
            self.advice.addWidget(IconRow("warn", self.boxes[key].text(), self._whys[key]))
        self.advice.addWidget(IconRow("flower", self.t["gallery_hint"]))
