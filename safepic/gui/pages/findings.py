"""What we found: the picture with numbered boxes, findings under the three tests (one line per
kind, with a count), the place in words, any hidden thumbnail, and "Have I used this picture
before?" with a small picture of each copy and its folder."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safepic.core.groups import Group, grouped
from safepic.core.marks import marked_findings

from .. import content, icons, workers
from ..widgets import IconRow, Label, PictureView, clear_layout, pil_to_qimage
from .base import Page, PageId

TESTS = ("traceable", "identifiable", "used_elsewhere")
THUMB_SIDE = 120  # copies are shown this small, made in the worker that found them


def copy_thumbnails(found: list, side: int = THUMB_SIDE) -> tuple[list, dict[str, QImage]]:
    """The copies found and a small picture of each (run in the worker, never the GUI thread);
    a file that cannot be read now simply has no picture."""
    thumbs: dict[str, QImage] = {}
    for finding in found:
        try:
            with Image.open(finding.path) as image:
                image.draft("RGB", (side, side))
                thumbs[finding.path] = pil_to_qimage(ImageOps.exif_transpose(image), side)
        except Exception:  # noqa: BLE001 - it was read a moment ago; without it, words only
            continue
    return found, thumbs


def numbers_text(numbers: tuple[int, ...]) -> str:
    """Box numbers as a person reads them: "3", "1-6", "1, 4, 7"."""
    if len(numbers) > 2 and list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(str(n) for n in numbers)


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

        own = QHBoxLayout()
        self.cover = QPushButton(self.t["cover"])
        self.cover.setAccessibleName(self.t["cover"])
        self.cover.setAccessibleDescription(self.t["cover_help"])
        self.cover.clicked.connect(self.cover_yourself)
        own.addWidget(self.cover)
        own.addWidget(Label(self.t["cover_help"]), 1)
        self.body.addLayout(own)

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
        self._to_cover = False
        self.thumbs: dict[str, QImage] = {}  # a small picture of each copy found, by path
        self._thumbs_of = -1  # the session generation the pictures belong to
        session.report_changed.connect(self._refresh)

    def initializePage(self) -> None:  # noqa: N802
        self._refresh()

    def _refresh(self) -> None:
        report = self.session.report
        if report is None:
            return
        if self._thumbs_of != self.session.generation:
            self.thumbs, self._thumbs_of = {}, self.session.generation
        # The boxes' numbers are the marks' numbers, as `safepic check` and the make-safe page
        # show them; a finding that is not a mark (a whole person) has no box drawn.
        boxed = marked_findings(report)
        self.intro.setText(self.t["intro_numbers"] if boxed else self.t["intro"])
        self.view.set_picture(self.session.preview, report.size,
                              [(f.box, str(n)) for n, f in enumerate(boxed, 1)])
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
        self._fill_list(report)

    def _fill_list(self, report) -> None:
        """One line per kind of finding under each test ("6 faces can be seen", boxes 1-6)."""
        clear_layout(self.list_layout)
        said = content.said(report)
        verdicts = report.tests()
        for test in TESTS:
            words = self.t["tests"][test]
            self.list_layout.addWidget(IconRow(icons.VERDICT_ICON[verdicts[test]],
                                               f"{words['short']} {words['short_' + verdicts[test]]}"))
        self.list_layout.addWidget(Label(self.t["summary_clean"] if report.is_clean() else self.t["summary"]))
        indent = self.fontMetrics().height() * 2
        for test in TESTS:
            words = self.t["tests"][test]
            verdict = verdicts[test]
            header = IconRow(icons.VERDICT_ICON[verdict], words["title"], words[verdict],
                             bold=True, factor=1.2)
            self.list_layout.addWidget(header)
            for group in grouped(said.for_test(test), said):
                item = self._group_row(group)
                item.setContentsMargins(indent, 0, 0, 0)
                self.list_layout.addWidget(item)
                if group.code == "seen-elsewhere":
                    shelf = self._copies_shelf(group)
                    shelf.setContentsMargins(indent, 0, 0, 0)
                    self.list_layout.addWidget(shelf)
        for note in said.notes:
            self.list_layout.addWidget(IconRow("info", note))
        self.list_layout.addStretch(1)

    def _group_row(self, group: Group) -> IconRow:
        said = content.say(group.title)  # a group's own words ("%n faces") are made in English
        title = f"[{numbers_text(group.numbers)}] {said}" if group.numbers else said
        detail = content.say(group.detail)
        if group.parts and group.code != "seen-elsewhere":  # each one's own words (what they say)
            tagged = dict(zip(group.findings, group.numbers)) if len(group.numbers) == group.count else {}
            lines = [f"{tagged[f]}: {f.title}" if f in tagged else f.title for f in group.findings]
            detail = "\n".join(lines + [detail])
        elif group.count == 1 and group.findings[0].path and group.code != "seen-elsewhere":
            detail = f"{detail} {group.findings[0].path}"
        return IconRow(icons.SEVERITY_ICON.get(group.severity, "info"), title, detail, bold=True)

    def _copies_shelf(self, group: Group) -> QWidget:
        """Each copy as a small picture with its folder and name, so the person knows it."""
        shelf = QWidget()
        shelf.setObjectName("copies_shelf")
        grid = QGridLayout(shelf)
        room = self.list_widget.width() - 2 * self.fontMetrics().height()
        columns = max(1, min(4, room // (THUMB_SIDE + 2 * grid.spacing() + 4)))  # as many as fit
        for i, finding in enumerate(group.findings):
            cell = QVBoxLayout()
            picture = QLabel()
            path = Path(finding.path)
            picture.setAccessibleName(self.t["copy_name"].format(name=path.name, folder=path.parent))
            thumb = self.thumbs.get(finding.path)
            if thumb is not None:
                picture.setPixmap(QPixmap.fromImage(thumb))
            picture.setFixedSize(THUMB_SIDE, THUMB_SIDE)
            picture.setAlignment(Qt.AlignCenter)
            cell.addWidget(picture)
            cell.addWidget(Label(path.parent.name or str(path.parent), bold=True))
            cell.addWidget(Label(path.name))
            grid.addLayout(cell, i // columns, i % columns, Qt.AlignTop)
        grid.setColumnStretch(columns, 1)
        return shelf

    def cover_yourself(self) -> None:
        """Straight to the make-safe page with its cover tool open (the checks can miss things)."""
        self.session.cover_asked = True
        self._to_cover = True
        self.wizard().next()
        self._to_cover = False  # Back and Next again take the usual way

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
        path, generation = session.path, session.generation  # the helper holds the picture
        self.copies.setText(self.t["copies_stop"])
        self.copies.setAccessibleName(self.t["copies_stop"])
        self.copies_status.set("unsure", self.t["copies_working"].format(folder=folder.name))

        def done(result) -> None:
            self._end_search()
            if generation != session.generation or session.report is None:
                return
            found, thumbs = result
            self.thumbs.update(thumbs)
            report = session.report
            report.findings = [f for f in report.findings if f.code != "seen-elsewhere"
                               or f.path not in {g.path for g in found}]
            report.add(found)
            report.compared = True
            if found:
                self.copies_status.set("risk", self.tr("We found %n other copies. See the list above.",
                                                       "", len(found)))
            else:
                self.copies_status.set("ok", self.t["copies_none"].format(folder=folder.name))
            session.set_report(report)

        def failed(message: str) -> None:
            self._end_search()
            self.copies_status.set("risk", message)

        def cancelled() -> None:
            self._end_search()
            self.copies_status.set("info", self.t["copies_stopped"])

        self._job = workers.task("copies", path, folder, after=copy_thumbnails, done=done,
                                 failed=failed, cancelled=cancelled,
                                 progress=lambda line: self.copies_status.set("unsure", content.say(line)),
                                 priority=workers.URGENT)

    def _end_search(self) -> None:
        self._job = None
        self.copies.setText(self.t["copies"])
        self.copies.setAccessibleName(self.t["copies"])

    def nextId(self) -> int:  # noqa: N802
        if self._to_cover:
            return PageId.MAKE_SAFE
        return PageId.FACE if self.session.has_face() else PageId.SELF_CHECK
