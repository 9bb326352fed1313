"""Showing your face? Shown only when a face was found: the honest trade-off, then their choice.

In a group photo the person decides about their own face only. Other people's faces are theirs
to share, so they stay hidden unless the person says those people agreed; the person can say
which numbered face is theirs, and the marks follow (their face left as it is if they keep it).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QRadioButton, QScrollArea, QVBoxLayout, QWidget

from safepic.core.marks import marked_findings

from ..widgets import IconRow, Label, PictureView, scaled_font
from .base import Page, TakesWhatIsLeft

CHOICES = ("hide", "keep")
OTHERS = ("hide", "keep")


class ChoiceScroll(TakesWhatIsLeft, QScrollArea):
    """The choices: in a group there is more to say, so they scroll, never cut off."""


class FacePage(Page):
    name = "face"

    def __init__(self, session) -> None:
        super().__init__(session)
        for item in self.t["risks"]:
            self.body.addWidget(IconRow(item["icon"], item["text"]))
        row = QHBoxLayout()
        inner = QWidget()
        choices = QVBoxLayout(inner)
        choices.setContentsMargins(0, 0, 8, 0)
        scroll = ChoiceScroll()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        row.addWidget(scroll, 3)
        self.view = PictureView()  # a group: the faces with their numbers
        self.view.setAccessibleName(self.t["picture_name"])
        row.addWidget(self.view, 2)
        self.body.addLayout(row, 1)

        self.own_intro = Label(self.t["choice_intro"], bold=True)
        choices.addWidget(self.own_intro)
        self.group, self.buttons, self.helps = self._radios(choices, CHOICES, "", self._changed)
        which = QHBoxLayout()
        self.which_label = Label(self.t["which"])
        self.which = QComboBox()
        self.which.setAccessibleName(self.t["which"])
        self.which.currentIndexChanged.connect(self._which_changed)
        self.which_label.setBuddy(self.which)
        which.addWidget(self.which_label, 1)
        which.addWidget(self.which)
        choices.addLayout(which)

        self.others_intro = Label(self.t["others_intro"], bold=True)
        choices.addSpacing(self.fontMetrics().height())
        choices.addWidget(self.others_intro)
        self.others_why = Label(self.t["others_why"])
        choices.addWidget(self.others_why)
        self.others_group, self.others, self.others_helps = self._radios(choices, OTHERS, "others_",
                                                                         self._others_changed)
        choices.addStretch(1)
        self._mine: int | None = None  # the number of the person's own face, if they said
        self._shown_for = -1

    def _radios(self, layout, keys, prefix: str, changed):
        group = QButtonGroup(self)
        buttons: dict[str, QRadioButton] = {}
        helps: dict[str, Label] = {}
        for key in keys:
            button = QRadioButton(self.t[prefix + key])
            button.setFont(scaled_font(self.font(), 1.1))
            button.setAccessibleName(self.t[prefix + key])
            button.setAccessibleDescription(self.t[f"{prefix}{key}_help"])
            group.addButton(button)
            buttons[key] = button
            helps[key] = Label(self.t[f"{prefix}{key}_help"])
            layout.addWidget(button)
            layout.addWidget(helps[key])
            button.toggled.connect(changed)
        return group, buttons, helps

    def faces(self) -> list[tuple[int, tuple[int, int, int, int]]]:
        """(number, box) of every face, numbered as the findings page numbers its boxes."""
        report = self.session.report
        if report is None:
            return []
        return [(n, f.box) for n, f in enumerate(marked_findings(report), 1) if f.code == "face"]

    def initializePage(self) -> None:  # noqa: N802
        session = self.session
        faces = self.faces()
        many = len(faces) > 1
        count = len(faces)
        self.intro.setText(self.tr("We found %n faces in your picture. Yours may be one of them. "
                                   "First, here is what can happen to a face that is shown, so you "
                                   "can choose with care.", "", count) if many else self.t["intro"])
        self.own_intro.setText(self.t["own_intro"] if many else self.t["choice_intro"])
        self.buttons["keep"].setText(self.t["keep"])
        self.helps["keep"].setText(self.t["keep_help_group"] if many else self.t["keep_help"])
        for widget in (self.others_intro, self.others_why, self.view, *self.others.values(),
                       *self.others_helps.values()):
            widget.setVisible(many)
        if self._shown_for != session.generation:
            self._shown_for = session.generation
            self._mine = None
            self.which.blockSignals(True)
            self.which.clear()
            self.which.addItem(self.t["which_none"], None)
            for number, _ in faces:
                self.which.addItem(self.t["which_number"].format(number=number), number)
            self.which.blockSignals(False)
        self.view.set_picture(session.preview, session.report.size if session.report else None,
                              [(box, str(n)) for n, box in faces])
        self._set_checked(self.group, self.buttons, session.face_choice)
        self._set_checked(self.others_group, self.others, session.others_choice)
        self._show_which()

    @staticmethod
    def _set_checked(group: QButtonGroup, buttons: dict[str, QRadioButton], choice) -> None:
        group.setExclusive(False)
        for key, button in buttons.items():
            button.blockSignals(True)
            button.setChecked(key == choice)
            button.blockSignals(False)
        group.setExclusive(True)

    def _show_which(self) -> None:
        asked = len(self.faces()) > 1 and "keep" in (self.session.face_choice, self.session.others_choice)
        self.which_label.setVisible(asked)
        self.which.setVisible(asked)

    def _changed(self) -> None:
        for key, button in self.buttons.items():
            if button.isChecked():
                self.session.face_choice = key
        self._show_which()
        self._apply()
        self.completeChanged.emit()

    def _others_changed(self) -> None:
        for key, button in self.others.items():
            if button.isChecked():
                self.session.others_choice = key
        self._show_which()
        self._apply()

    def _which_changed(self) -> None:
        self._mine = self.which.currentData()
        self._apply()

    def _apply(self) -> None:
        """Each face's mark follows the choices: the person's own face is left as it is if they
        keep it; in a group, the others only if the person says those people agreed. Until the
        person says which face of a group is theirs, a face is shown only if both choices say so."""
        faces = {n for n, _ in self.faces()}
        mine = next(iter(faces)) if len(faces) == 1 else self._mine
        session = self.session
        own_kept = session.face_choice == "keep"
        others_kept = session.others_choice == "keep"
        marks = []
        for mark in session.current_marks():
            if mark.number in faces:
                if mine is None:
                    shown = own_kept and others_kept
                else:
                    shown = own_kept if mark.number == mine else others_kept
                mark = replace(mark, hide=not shown)
            marks.append(mark)
        session.set_marks(marks)

    def isComplete(self) -> bool:  # noqa: N802
        return self.session.face_choice in CHOICES
