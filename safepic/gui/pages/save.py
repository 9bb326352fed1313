"""Save: a clean new file (pixels only) in a worker, checked again after writing; then a
one-page summary to keep, as a PDF or on paper.

The summary PDF is made on a worker thread, not in the helper process: it needs Qt (text layout
and a PDF writer), which the helper never loads. QTextDocument and QPdfWriter may be used off the
GUI thread, and the time it takes (shrinking the photo, laying out and writing the page) would
otherwise freeze the window. Printing stays on the
GUI thread: the printer window is there anyway, and a QPrinter belongs to the thread that made it.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import content, dialogs, summary, workers
from ..widgets import IconRow, Label, PictureView, clear_layout, square_middle
from .base import Page

FORMATS = (("jpeg", "jpg"), ("png", "png"), ("webp", "webp"))
SIZES = ("same", "512", "1024")


def random_name(stem: str = "safe-picture") -> str:
    """A new file name that says nothing about anyone: neutral words in the wizard's language
    (save.json "file_name") and four random letters and digits."""
    return f"{stem}-{secrets.token_hex(2)}"


class SavePage(Page):
    name = "save"

    def __init__(self, session) -> None:
        super().__init__(session)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.t["folder"])
        self.folder.setAccessibleDescription(self.t["folder_help"])
        folder_row.addWidget(self.folder, 1)
        self.browse = QPushButton(self.t["browse"])
        self.browse.setAccessibleName(self.t["browse"])
        self.browse.setAccessibleDescription(self.t["folder_help"])
        self.browse.clicked.connect(self.ask_folder)
        folder_row.addWidget(self.browse)
        form.addRow(self.t["folder"], folder_row)
        self.file_name = QLineEdit()
        self.file_name.setAccessibleName(self.t["name"])
        self.file_name.setAccessibleDescription(self.t["name_help"])
        form.addRow(self.t["name"], self.file_name)
        sizes = QWidget()
        size_row = QVBoxLayout(sizes)
        size_row.setContentsMargins(0, 0, 0, 0)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[str, QRadioButton] = {}
        for key in SIZES:
            button = QRadioButton(self.t[f"size_{key}"])
            button.setAccessibleName(self.t[f"size_{key}"])
            self.size_group.addButton(button)
            self.size_buttons[key] = button
            size_row.addWidget(button)
        form.addRow(self.t["size"], sizes)
        self.format = QComboBox()
        for fmt, _ in FORMATS:
            self.format.addItem(self.t[f"format_{fmt}"], fmt)
        self.format.setAccessibleName(self.t["format"])
        self.format.setAccessibleDescription(self.t["format_help"])
        form.addRow(self.t["format"], self.format)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        self.view = PictureView()
        self.view.setAccessibleName(self.t["preview_name"])
        side = self.fontMetrics().height() * 11
        self.view.setFixedSize(side, side)
        top.addWidget(self.view, 0, Qt.AlignTop)
        self.body.addLayout(top)

        actions = QHBoxLayout()
        self.save = QPushButton(self.t["save"])
        self.save.setAccessibleName(self.t["save"])
        self.save.setAccessibleDescription(self.t["save_help"])
        self.save.clicked.connect(self.save_now)
        actions.addWidget(self.save)
        self.open_folder = QPushButton(self.t["open_folder"])
        self.open_folder.setAccessibleName(self.t["open_folder"])
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.setVisible(False)
        actions.addWidget(self.open_folder)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.status = IconRow("info", self.t["ready"])
        self.body.addWidget(self.status)
        self.recheck = QVBoxLayout()
        self.body.addLayout(self.recheck)
        self._add_summary()
        self.demo_note = IconRow("info", self.t["demo_note"])
        self.demo_note.setVisible(session.demo)
        self.body.addWidget(self.demo_note)
        self.body.addStretch(1)
        self._prepared_for = None
        self._job = None
        self._summary_job = None

    def _add_summary(self) -> None:
        self.summary_box = QWidget()
        box = QVBoxLayout(self.summary_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(Label(self.t["summary_title"], 1.1, True))
        box.addWidget(Label(self.t["summary_help"]))
        row = QHBoxLayout()
        self.summary_pdf = QPushButton(self.t["summary_pdf"])
        self.summary_print = QPushButton(self.t["summary_print"])
        for button, key in ((self.summary_pdf, "summary_pdf"), (self.summary_print, "summary_print")):
            button.setAccessibleName(self.t[key])
            button.setAccessibleDescription(self.t[key + "_help"])
            button.setToolTip(self.t[key + "_help"])
            row.addWidget(button)
        row.addStretch(1)
        self.summary_pdf.clicked.connect(self.save_summary)
        self.summary_print.clicked.connect(self.print_summary)
        box.addLayout(row)
        self.summary_before = QCheckBox(self.t["summary_before"])
        self.summary_names = QCheckBox(self.t["summary_names"])
        for tick, key in ((self.summary_before, "summary_before"), (self.summary_names, "summary_names")):
            tick.setAccessibleName(self.t[key])
            tick.setAccessibleDescription(self.t[key + "_help"])
            box.addWidget(tick)
            risk = IconRow("warn", self.t[key + "_help"])  # the risk, next to the choice
            risk.setContentsMargins(self.fontMetrics().height() * 2, 0, 0, 0)
            box.addWidget(risk)
        self.summary_status = IconRow("info", "")
        self.summary_status.setVisible(False)
        box.addWidget(self.summary_status)
        self.body.addWidget(self.summary_box)

    def initializePage(self) -> None:  # noqa: N802
        session = self.session
        option = session.chosen_option()
        if (session.generation, session.chosen) != self._prepared_for:
            self._prepared_for = (session.generation, session.chosen)
            self.folder.setText(str(self._default_folder()))
            self.file_name.setText(random_name(self.t["file_name"]))
            alpha = option is not None and option.picture.has_alpha
            self.format.setCurrentIndex(1 if alpha else 0)
            self.size_buttons["same"].setChecked(True)
        square = session.square
        preview = option.preview if option is not None else None
        self.view.set_picture(square_middle(preview) if square and preview is not None else preview)
        self.size_buttons["same"].setText(self.t["size_same_square" if square else "size_same"])
        self.size_buttons["same"].setAccessibleName(self.size_buttons["same"].text())
        self._show_saved()

    def _default_folder(self) -> Path:
        if self.session.path is not None and not self.session.demo:  # never into SafePic's own files
            return self.session.path.parent
        pictures = QStandardPaths.writableLocation(QStandardPaths.PicturesLocation)
        return Path(pictures) if pictures and Path(pictures).is_dir() else Path.home()

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.t["folder_dialog"], self.folder.text())
        if folder:
            self.folder.setText(folder)

    def target(self) -> tuple[Path, str]:
        fmt, ext = FORMATS[self.format.currentIndex()]
        name = self.file_name.text().strip() or random_name(self.t["file_name"])
        stem = Path(name).stem if Path(name).suffix.lower().lstrip(".") in {e for _, e in FORMATS} | {"jpeg"} else name
        return Path(self.folder.text().strip()).expanduser() / f"{stem}.{ext}", fmt

    def _square_side(self, picture) -> int | None:
        """The side of the saved square: a chosen size, or (same size) the short side of the
        picture that is saved, or None to keep its shape."""
        checked = next(k for k, b in self.size_buttons.items() if b.isChecked())
        if checked != "same":
            return int(checked)
        return min(picture.size) if self.session.square else None

    def default_button(self):
        """Enter saves until the picture is saved; then it goes on (Next)."""
        return self.save if self.save.isVisible() and self.save.isEnabled() else None

    def save_now(self) -> None:
        option = self.session.chosen_option()
        if option is None or self._job is not None:
            return
        out, fmt = self.target()
        if not out.parent.is_dir():
            self.status.set("risk", self.t["no_folder"])
            return
        if out.exists():
            self.status.set("risk", self.t["exists"].format(name=out.name))
            return
        # A style's card is a small preview: the helper makes it again from the whole photo.
        full = self.session.picture if option.key.startswith("style:") else option.picture
        square = self._square_side(full)
        self.save.setEnabled(False)
        self.completeChanged.emit()  # Enter now means Next (once it is saved)
        self.status.set("unsure", self.t["saving"])

        def done(cleaned) -> None:
            self._job = None
            self.session.saved = cleaned
            self._show_saved()

        def failed(message: str) -> None:
            self._job = None
            self.save.setEnabled(True)
            self.status.set("risk", self.t["failed"], message)

        self._job = workers.task("save", self.session.path, option.key, self.session.current_marks(),
                                 out, fmt, square, done=done, failed=failed, priority=workers.URGENT)

    def _show_saved(self) -> None:
        clear_layout(self.recheck)
        saved = self.session.saved
        self.open_folder.setVisible(saved is not None)
        self.save.setEnabled(saved is None and self._job is None)
        self.summary_box.setVisible(self.session.chosen_option() is not None
                                    and (saved is not None or self.session.demo))
        if saved is None:
            if self._job is None:
                self.status.set("info", self.t["ready"])
            self.completeChanged.emit()
            return
        self.status.set("ok", self.t["saved"].format(name=saved.path.name, folder=saved.path.parent))
        report = content.said(saved.report)
        if report.is_clean():
            self.recheck.addWidget(IconRow("shield", self.t["checked_clean"]))
        else:
            self.recheck.addWidget(IconRow("warn", self.t["checked_left"]))
            for f in report.findings:
                self.recheck.addWidget(IconRow("warn", f.title, f.detail))
        option = self.session.chosen_option()
        if option is not None and option.report is not None:
            for f in content.said(option.report).findings:
                if f.code in ("face", "person", "text", "code", "animal"):
                    self.recheck.addWidget(IconRow("info", self.t["still_shows"].format(what=f.title)))
        self.completeChanged.emit()

    def _open_folder(self) -> None:
        if self.session.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.saved.path.parent)))

    # -- the summary --------------------------------------------------------------------
    def summary_page(self) -> str:
        """The summary's HTML: the check of their own picture, before and after, what changed.
        No file name or folder unless the person ticked the box."""
        return summary.summary_html(**self._summary_parts())

    def _summary_parts(self) -> dict:
        """What goes into the summary, read from the page (the HTML is made off the GUI thread:
        shrinking a big photo for it takes a while)."""
        session = self.session
        option = session.chosen_option()
        changes = [self.t["summary_chosen"].format(title=option.title)]
        if session.saved is not None:
            changes.append(self.t["summary_clean"])
            if self._square_side(option.picture):
                changes.append(self.t["summary_square"])
        report = session.report if not session.no_picture else None
        before = None
        if session.picture is not None and self.summary_before.isChecked():
            before = session.picture.image  # only when asked: it shows everything that was hidden
        return {"report": report, "before": before, "after": option.picture.image, "changes": changes,
                "lang": session.lang, "include_file_names": self.summary_names.isChecked()}

    def summary_target(self) -> Path:
        """Where the summary is suggested: beside the picture, named after it."""
        stem = self.target()[0].stem
        return Path(self.folder.text().strip()).expanduser() / f"{stem}{self.t['summary_suffix']}.pdf"

    def save_summary(self) -> None:
        """Ask where, then write the one-page PDF there (off the GUI thread)."""
        if self.session.chosen_option() is None or self._summary_job is not None:
            return
        out = dialogs.ask_save_file(self, self.t["summary_dialog"], self.summary_target(),
                                    self.t["summary_filter"])
        if out is not None:
            self.write_summary(out)

    def write_summary(self, out: Path) -> None:
        """Write the summary to `out` (the file dialog already asked about replacing it)."""
        if self.session.chosen_option() is None or self._summary_job is not None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if not out.parent.is_dir():
            self._summary_said("risk", self.t["no_folder"])
            return
        self._summary_said("unsure", self.t["summary_making"])
        self.summary_pdf.setEnabled(False)
        parts = self._summary_parts()

        def done(path: Path) -> None:
            self._summary_job = None
            self.summary_pdf.setEnabled(True)
            self._summary_said("ok", self.t["summary_saved"].format(name=path.name, folder=path.parent))

        def failed(message: str) -> None:
            self._summary_job = None
            self.summary_pdf.setEnabled(True)
            self._summary_said("risk", self.t["summary_failed"], message)

        def work(progress, is_cancelled) -> Path:
            return summary.save_pdf(summary.summary_html(**parts), out)

        self._summary_job = workers.start(work, done=done, failed=failed)

    def print_summary(self) -> None:
        """The system's printer window, then one page to the printer the person chose."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.session.chosen_option() is None:
            return
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.Accepted:
            return
        summary.print_summary(self.summary_page(), printer)
        self._summary_said("ok", self.t["summary_printed"])

    def _summary_said(self, icon: str, text: str, detail: str = "") -> None:
        self.summary_status.set(icon, text, detail)
        self.summary_status.setVisible(True)

    def isComplete(self) -> bool:  # noqa: N802
        """Saving is the point, except in a volunteer's demo, which may end without a file."""
        return self.session.saved is not None or self.session.demo
