"""Pets, home and other pictures: things only the person can know, as a short self-check.

Where the check saw a pet, signs of a home or a vehicle, the matching question starts ticked and
the page says why; the person has the last word. Anything they tick can be covered by hand: the
"cover it yourself" button opens the make-safe page with the picture ready for a new box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout

from ..widgets import IconRow, Label, clear_layout, scaled_font
from .base import Page

# What the check saw -> the question it answers.
SEEN = {"animal": "pet", "home": "home", "vehicle": "things"}
COVERABLE = ("pet", "home", "things", "uniform")  # things a box over the picture can hide


class SelfCheckPage(Page):
    name = "self_check"

    def __init__(self, session) -> None:
        super().__init__(session)
        self.seen = QVBoxLayout()
        self.body.addLayout(self.seen)
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
        row = QHBoxLayout()
        self.cover = QPushButton(self.t["cover"])
        self.cover.setAccessibleName(self.t["cover"])
        self.cover.setAccessibleDescription(self.t["cover_help"])
        self.cover.setToolTip(self.t["cover_help"])
        self.cover.clicked.connect(self.cover_it)
        row.addWidget(self.cover)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self._whys = {item["key"]: item["why"] for item in self.t["questions"]}
        self._seen_for = -1  # the picture whose findings last ticked boxes

    def initializePage(self) -> None:  # noqa: N802
        session = self.session
        seen = self._seen_codes()
        answers = session.self_check.answers
        if self._seen_for != session.generation:  # once per picture: an untick is respected
            self._seen_for = session.generation
            for code in seen:
                answers[SEEN[code]] = True
        clear_layout(self.seen)
        for code in seen:
            self.seen.addWidget(IconRow("info", self.t["seen_" + code]))
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(answers.get(key, False))
            box.blockSignals(False)
        self._show_advice()

    def _seen_codes(self) -> list[str]:
        report = self.session.report
        return [code for code in SEEN if report is not None and report.has(code)]

    def _changed(self) -> None:
        self.session.self_check.answers = {k: b.isChecked() for k, b in self.boxes.items()}
        self._show_advice()

    def cover_it(self) -> None:
        """On to the make-safe page, with the picture ready for the person's own box."""
        self.session.cover_asked = True
        self.wizard().next()

    def _show_advice(self) -> None:
        clear_layout(self.advice)
        ticked = self.session.self_check.ticked()
        can_cover = not self.session.no_picture and any(k in COVERABLE for k in ticked)
        self.cover.setVisible(can_cover)
        if not ticked:
            self.advice.addWidget(IconRow("ok", self.t["none_ticked"]))
            return
        self.advice.addWidget(Label(self.t["adds"], bold=True))
        for key in ticked:
            self.advice.addWidget(IconRow("warn", self.boxes[key].text(), self._whys[key]))
        self.advice.addWidget(IconRow("flower", self.t["cover_hint" if can_cover else "gallery_hint"]))
