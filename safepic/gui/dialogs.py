"""File dialogs sized for SafePic's larger text, with a preview of the picture under the pointer.

Qt's own (non-native) dialog is used everywhere: it speaks the wizard's language through Qt's
translations, looks the same on every system and can hold a preview. The platform's dialog is
sized for the system's smaller text, which cut off the Size and Type columns.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QTreeView, QWidget

from . import workers

PREVIEW_LINES = 9  # the preview is this many lines of text high and wide
WIDTH_LINES, HEIGHT_LINES = 62, 30  # the dialog's size, in lines of text
SCREEN_SHARE = 0.9  # and never more than this share of the screen


def _fit(dialog: QFileDialog, extra_width: int = 0) -> None:
    """Room for every column at the current text size: names stretch, the rest fit their words."""
    line = dialog.fontMetrics().height()
    wanted = QSize(line * WIDTH_LINES + extra_width, line * HEIGHT_LINES)
    screen = dialog.screen().availableGeometry().size() * SCREEN_SHARE
    dialog.resize(wanted.boundedTo(screen))
    for tree in dialog.findChildren(QTreeView):
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)


def _dialog(parent: QWidget, title: str, start: Path) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start))
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.Detail)
    return dialog


class PicturePreview(QLabel):
    """A small picture of the file under the pointer, read at preview size in a thread (a JPEG
    is decoded at an eighth of its size, so a 12 MP photo takes a few hundredths of a second)."""

    def __init__(self, dialog: QFileDialog, empty: str) -> None:
        super().__init__(empty)
        self.empty = empty
        self.setObjectName("preview")
        self.setAccessibleName(empty)
        side = dialog.fontMetrics().height() * PREVIEW_LINES
        self.setFixedSize(side, side)
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)
        self.setFrameShape(QLabel.StyledPanel)
        self._wanted: str | None = None
        dialog.currentChanged.connect(self.show_file)

    def show_file(self, path: str) -> None:
        self._wanted = path
        self.setPixmap(QPixmap())
        self.setText(self.empty)
        if not path or not Path(path).is_file():
            return
        side = self.width() - 8

        def work(progress, is_cancelled):
            reader = QImageReader(path)
            reader.setAutoTransform(True)  # upright, as the wizard will show it
            size = reader.size()
            if size.isValid() and max(size.width(), size.height()) > side:
                reader.setScaledSize(size.scaled(side, side, Qt.KeepAspectRatio))
            return reader.read()

        def done(image) -> None:
            if path == self._wanted and not image.isNull():
                self.setPixmap(QPixmap.fromImage(image))
                self.setAccessibleName(Path(path).name)

        workers.start(work, done=done)


def picture_dialog(parent: QWidget, title: str, start: Path, filters: list[str],
                   no_preview: str) -> QFileDialog:
    """A dialog to open one picture, with a preview beside the list of files."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.ExistingFile)
    dialog.setNameFilters(filters)
    preview = PicturePreview(dialog, no_preview)
    grid = dialog.layout()
    grid.addWidget(preview, 1, grid.columnCount(), grid.rowCount() - 1, 1, Qt.AlignTop)
    _fit(dialog, preview.width())
    return dialog


def ask_save_file(parent: QWidget, title: str, suggested: Path, name_filter: str) -> Path | None:
    """Where to save a file: the suggested name in its folder; asks before replacing a file."""
    dialog = _dialog(parent, title, suggested.parent)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    dialog.setFileMode(QFileDialog.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    _fit(dialog)
    if dialog.exec() and dialog.selectedFiles():
        return Path(dialog.selectedFiles()[0])
    return None
