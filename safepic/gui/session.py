"""What the person has chosen so far. Pages read and change this; they never call each other.

Everything stays in memory: the profile words are never written anywhere and are wiped when
the wizard closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Option:
    """One way to make the picture safe: a style of the person's own picture, a gallery
    picture or a new avatar. `key` is stable, so Back and Next keep the choice."""

    key: str  # "style:<name>", "gallery:<id>" or "avatar:<kind>:<seed>"
    title: str
    picture: Any  # safepic.core.picture.Picture
    report: Any  # safepic.core.report.Report of the re-check
    notes: tuple[str, ...] = ()
    preview: Any = None  # QImage for the screen


@dataclass
class SelfCheck:
    """The person's own answers on the pets-and-home page, by question key."""

    answers: dict[str, bool] = field(default_factory=dict)

    def ticked(self) -> list[str]:
        return [key for key, on in self.answers.items() if on]


class Session(QObject):
    """The one shared state of the wizard. `generation` tells pages when to start afresh;
    `report_changed` tells them the findings grew (copies found in a folder)."""

    report_changed = Signal()

    def __init__(self, *, demo: bool = False, lang: str | None = None) -> None:
        super().__init__()
        self.demo = demo
        self.lang = lang
        self.generation = 0  # goes up each time a new picture (or "no picture") is chosen
        self.path: Path | None = None
        self.picture: Any = None  # Picture, once opened
        self.preview: Any = None  # QImage scaled for the screen
        self.no_picture = False
        self.report: Any = None  # Report from the check
        self.thumbnail: Any = None  # QImage of a differing hidden thumbnail, if the file has one
        self.face_choice: str | None = None  # "keep" or "hide"
        self.others_choice = "hide"  # other people's faces in a group: "hide" unless they said yes
        self.self_check = SelfCheck()
        self.marks: list[Any] | None = None  # safepic.core.marks.Mark list, made from the report
        self.cover_asked = False  # the self-check asked to cover something themselves
        self.options: dict[str, Option] = {}
        self.chosen: str | None = None  # key of the chosen Option
        self.square = True
        self.profile_text = ""
        self.saved: Any = None  # Cleaned, once saved

    def choose_file(self, path: Path) -> None:
        """A new picture: forget everything learnt about the old one."""
        self._reset()
        self.path = path

    def choose_no_picture(self) -> None:
        self._reset()
        self.no_picture = True

    def _reset(self) -> None:
        self.generation += 1
        self.path = None
        self.picture = None
        self.preview = None
        self.no_picture = False
        self.report = None
        self.thumbnail = None
        self.face_choice = None
        self.others_choice = "hide"
        self.marks = None
        self.cover_asked = False
        self.options = {}
        self.chosen = None
        self.saved = None

    def set_report(self, report: Any) -> None:
        self.report = report
        self.report_changed.emit()

    def current_marks(self) -> list[Any]:
        """The spots to hide: every boxed finding (numbered, hidden) until the person changes
        them; then their own list, kept across Back and Next until a new picture is chosen."""
        if self.marks is None:
            if self.report is None:
                return []
            from safepic.core.marks import marks_from

            self.marks = marks_from(self.report)
        return list(self.marks)

    def set_marks(self, marks: list[Any]) -> None:
        """The person changed what is hidden: every style made before is out of date."""
        self.marks = list(marks)
        self.saved = None

    def has_face(self) -> bool:
        return self.report is not None and self.report.has("face")

    def chosen_option(self) -> Option | None:
        return self.options.get(self.chosen) if self.chosen else None

    def forget(self) -> None:
        """Wipe everything, the profile words first (called when the wizard closes)."""
        self.profile_text = ""
        self._reset()
        self.self_check = SelfCheck()
