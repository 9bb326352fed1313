"""What we found: the picture with boxes, findings under the three tests, the place in words,
any hidden thumbnail, and "Have I used this picture before?"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from .. import content, icons, workers
from ..widgets import IconRow, Label, PictureView, clear_layout
from .base import Page, PageId

TESTS = ("traceable", "identifiable", "used_elsewhere")


class FindingsPage(Page):
    name = "findings"

    def __init__(self, session) -> None:
        super().__init__(session)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.view = PictureView()
        self.view.setAccessibleName(self.t["picture_name"])
        left.addWidget(self.view, 3)
        self.place = IconRow("pin", "")
        left.addWidget(self.place)
        self.thumb_box = QWidget()
        thumb_row = QHBoxLayout(self.thumb_box)
        thumb_row.setContentsMargins(0, 0, 0, 0)
        self.thumb = QLabel()
        self.thumb.setAccessibleName(self.t["thumbnail_name"])
        thumb_row.addWidget(self.thumb)
        thumb_row.addWidget(Label(self.t["thumbnail"]), 1)
        left.addWidget(self.thumb_box, 1)
        row.addLayout(left, 5)

        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(4, 0, 4, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.list_widget)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setAccessibleName(self.t["list_name"])
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        row.addWidget(scroll, 6)
        self.body.addLayout(row, 1)

        copies = QHBoxLayout()
        self.copies = QPushButton(self.t["copies"])
        self.copies.setAccessibleName(self.t["copies"])
        self.copies.setAccessibleDescription(self.t["copies_help"])
        self.copies.clicked.connect(self.look_for_copies)
        copies.addWidget(self.copies)
        self.copies_status = IconRow("copies", self.t["copies_help"])
        copies.addWidget(self.copies_status, 1)
        self.body.addLayout(copies)
        self._job = None
        session.report_changed.connect(self._refresh)

    def initializePage(self) -> None:  # noqa: N802
        self._refresh()

    def _refresh(self) -> None:
        report = self.session.report
        if report is None:
            return
        boxed = [f for f in report.findings if f.box is not None]
        tags = {(f.code, f.box): str(i) for i, f in enumerate(boxed, 1)}
        self.intro.setText(self.t["intro_numbers"] if boxed else self.t["intro"])
        self.view.set_picture(self.session.preview, report.size,
                              [(f.box, tags[(f.code, f.box)]) for f in boxed])
        if report.location is not None:
            self.place.set("pin", self.t["place"].format(place=report.location.in_words()),
                           self.t["place_detail"])
        else:
            self.place.set("ok", self.t["no_place"])
        thumb = self.session.thumbnail
        self.thumb_box.setVisible(thumb is not None)
        if thumb is not None:
            side = self.fontMetrics().height() * 6
            self.thumb.setPixmap(QPixmap.fromImage(thumb).scaled(
                side, side, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        self._fill_list(content.said(report), tags)

    def _fill_list(self, report, tags) -> None:
        clear_layout(self.list_layout)
        verdicts = report.tests()
        for test in TESTS:
            words = self.t["tests"][test]
            self.list_layout.addWidget(IconRow(icons.VERDICT_ICON[verdicts[test]],
                                               f"{words['short']} {words['short_' + verdicts[test]]}"))
        summary = self.t["summary_clean"] if report.is_clean() else self.t["summary"]
        self.list_layout.addWidget(Label(summary))
        for test in TESTS:
            words = self.t["tests"][test]
            verdict = verdicts[test]
            header = IconRow(icons.VERDICT_ICON[verdict], words["title"], words[verdict],
                             bold=True, factor=1.2)
            self.list_layout.addWidget(header)
            for finding in report.for_test(test):
                tag = tags.get((finding.code, finding.box)) if finding.box else None
                title = f"[{tag}] {finding.title}" if tag else finding.title
                detail = finding.detail
                if finding.path:
                    detail = f"{detail} {finding.path}"
                item = IconRow(icons.SEVERITY_ICON.get(finding.severity, "info"), title, detail,
                               bold=True)
                item.setContentsMargins(self.fontMetrics().height() * 2, 0, 0, 0)
                self.list_layout.addWidget(item)
        for note in report.notes:
            self.list_layout.addWidget(IconRow("info", note))
        self.list_layout.addStretch(1)

    def look_for_copies(self) -> None:
        if self._job is not None:
            self._job.cancel()
            return
        start = str(self.session.path.parent) if self.session.path else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.t["copies_dialog"], start)
        if folder:
            self.search_folder(Path(folder))

    def search_folder(self, folder: Path) -> None:
        """Look through a folder for other copies of this picture, in a worker."""
        session = self.session
        picture, generation = session.picture, session.generation
        self.copies.setText(self.t["copies_stop"])
        self.copies.setAccessibleName(self.t["copies_stop"])
        self.copies_status.set("unsure", self.t["copies_working"].format(folder=folder.name))

        def done(found) -> None:
            self._end_search()
            if generation != session.generation or session.report is None:
                return
            report = session.report
            report.findings = [f for f in report.findings if f.code != "seen-elsewhere"
                               or f.path not in {g.path for g in found}]
            report.add(found)
            report.compared = True
            if found:
                self.copies_status.set("risk", self.t["copies_found"].format(count=len(found)))
            else:
                self.copies_status.set("ok", self.t["copies_none"].format(folder=folder.name))
            session.set_report(report)

        def failed(message: str) -> None:
            self._end_search()
            self.copies_status.set("risk", message)

        def cancelled() -> None:
            self._end_search()
            self.copies_status.set("info", self.t["copies_stopped"])

        self._job = workers.task("copies", picture, folder, done=done, failed=failed,
                                 cancelled=cancelled,
                                  progress=lambda line: self.copies_status.set("unsure", content.say(line)),
                                  priority=workers.URGENT)

    def _end_search(self) -> None:
        self._job = None
        self.copies.setText(self.t["copies"])
        self.copies.setAccessibleName(self.t["copies"])

    def nextId(self) -> int:  # noqa: N802
        return PageId.FACE if self.session.has_face() else PageId.SELF_CHECK
