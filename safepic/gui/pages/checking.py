"""Checking: the full analysis runs in a worker, one line per step, and can be stopped. When it
is done the wizard moves on to the findings by itself; Back comes here and shows it finished."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from .. import workers
from ..widgets import IconRow, PictureView, pil_to_qimage
from .base import Page

THUMB_SIDE = 360


class CheckingPage(Page):
    name = "checking"

    def __init__(self, session) -> None:
        super().__init__(session)
        row = QHBoxLayout()
        column = QVBoxLayout()
        self.lines = QVBoxLayout()  # below the buttons, so "Stop checking" stays where it is
        self.status = IconRow("info", "")
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        self.stop = QPushButton(self.t["stop"])
        self.stop.setAccessibleName(self.t["stop"])
        self.stop.setAccessibleDescription(self.t["stop_help"])
        self.stop.clicked.connect(self.cancel)
        self.again = QPushButton(self.t["again"])
        self.again.setAccessibleName(self.t["again"])
        self.again.clicked.connect(self.start_check)
        self.other = QPushButton(self.t["other"])
        self.other.setAccessibleName(self.t["other"])
        self.other.clicked.connect(lambda: self.wizard().back())
        for b in (self.stop, self.again, self.other):
            buttons.addWidget(b)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addLayout(self.lines)
        column.addStretch(1)
        row.addLayout(column, 3)
        self.view = PictureView()
        self.view.setAccessibleName(self.t["picture_name"])
        row.addWidget(self.view, 2, Qt.AlignTop)
        self.body.addLayout(row, 1)
        self._job = None
        self._rows: list[IconRow] = []
        self._checked_generation = -1

    def initializePage(self) -> None:  # noqa: N802
        side = self.fontMetrics().height() * 14
        self.view.setFixedSize(side, side)
        if self.session.picture is not None:
            self.view.set_picture(self.session.preview, self.session.picture.size)
        if self.session.report is not None and self._checked_generation == self.session.generation:
            self._show_done()
        else:
            self.start_check()

    def cleanupPage(self) -> None:  # noqa: N802
        """Going Back while checking stops the check; a finished check is kept."""
        if self._job is not None:
            self._job.cancel()

    def _clear_lines(self) -> None:
        for row in self._rows:
            row.setParent(None)
            row.deleteLater()
        self._rows = []

    def _add_line(self, text: str) -> None:
        if self._rows:
            previous = self._rows[-1]
            previous.set("ok", previous.text_label.text())
        row = IconRow("here", text)
        self._rows.append(row)
        self.lines.addWidget(row)

    def start_check(self) -> None:
        session = self.session
        generation = session.generation
        session.report = None
        self._clear_lines()
        self.status.set("info", self.t["working"])
        self._set_buttons(running=True)

        def with_thumbnail(report):
            thumb = report.thumbnail
            return report, (pil_to_qimage(thumb, THUMB_SIDE) if thumb is not None else None)

        def done(result) -> None:
            if generation != session.generation:
                return
            report, thumbnail = result
            session.thumbnail = thumbnail
            self._checked_generation = generation
            session.set_report(report)
            self._show_done()
            QTimer.singleShot(0, self._move_on)

        def failed(message: str) -> None:
            self._job = None
            self._mark_last("risk")
            self.status.set("risk", self.t["failed"], message)
            self._set_buttons(running=False)

        def cancelled() -> None:
            self._job = None
            self._mark_last("skipped")
            self.status.set("info", self.t["stopped"])
            self._set_buttons(running=False)

        self._job = workers.task("check", session.path, after=with_thumbnail,
                                 done=done, failed=failed, cancelled=cancelled,
                                  progress=lambda line: self._add_line(self.tr(line)),
                                  priority=workers.URGENT)
        self.completeChanged.emit()

    def _move_on(self) -> None:
        """The findings page opens as soon as the check is done, if the person is still here."""
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self and self.isComplete():
            wizard.next()

    def _mark_last(self, icon: str) -> None:
        if self._rows:
            self._rows[-1].set(icon, self._rows[-1].text_label.text())

    def _show_done(self) -> None:
        self._job = None
        self._mark_last("ok")
        self.status.set("ok", self.t["done"])
        self._set_buttons(running=False, finished=True)
        self.completeChanged.emit()

    def _set_buttons(self, running: bool, finished: bool = False) -> None:
        self.stop.setVisible(running)
        self.again.setVisible(not running and not finished)
        self.other.setVisible(not running)
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status.set("info", self.t["stopping"])

    def isComplete(self) -> bool:  # noqa: N802
        return self.session.report is not None and self._job is None
