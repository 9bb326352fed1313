"""Choose a picture: browse, drop a file, or say "I have no picture yet"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout,
                               QWidget)

from .. import workers
from ..widgets import IconRow, Label, PictureView, pil_to_qimage
from .base import Page, PageId

# The kinds of file SafePic opens, for the file dialog (both cases: some systems care).
PATTERNS = {
    "JPEG": ["jpg", "jpeg", "jpe", "jfif"],
    "PNG": ["png"],
    "WebP": ["webp"],
    "HEIC": ["heic", "heif"],
    "AVIF": ["avif"],
    "TIFF": ["tif", "tiff"],
    "BMP": ["bmp"],
    "GIF": ["gif"],
}
PREVIEW_SIDE = 900


def _globs(exts: list[str]) -> str:
    return " ".join(f"*.{e} *.{e.upper()}" for e in exts)


def name_filters(all_label: str, any_label: str) -> list[str]:
    every = [e for exts in PATTERNS.values() for e in exts]
    filters = [f"{all_label} ({_globs(every)})"]
    filters += [f"{name} ({_globs(exts)})" for name, exts in PATTERNS.items()]
    filters.append(f"{any_label} (*)")
    return filters


class DropArea(QFrame):
    """A large, calm place to drop a picture file onto."""

    def __init__(self, page: "ChoosePage", text: str) -> None:
        super().__init__()
        self.page = page
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.StyledPanel)
        self.setFrameShadow(QFrame.Sunken)
        self.setLineWidth(2)
        layout = QVBoxLayout(self)
        self.label = Label(text, 1.1)
        self.label.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.label)
        self.setAccessibleName(text)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.page.load_file(Path(files[0]))


class ChoosePage(Page):
    name = "choose"

    def __init__(self, session) -> None:
        super().__init__(session)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.browse = QPushButton(self.t["browse"])
        self.browse.setAccessibleName(self.t["browse"])
        self.browse.setAccessibleDescription(self.t["browse_help"])
        self.browse.setDefault(False)
        self.browse.clicked.connect(self.ask_for_file)
        left.addWidget(self.browse)
        self.drop = DropArea(self, self.t["drop"])
        self.drop.setAccessibleDescription(self.t["drop_help"])
        left.addWidget(self.drop, 1)
        self.none = QPushButton(self.t["no_picture"])
        self.none.setAccessibleName(self.t["no_picture"])
        self.none.setAccessibleDescription(self.t["no_picture_help"])
        self.none.clicked.connect(self.no_picture)
        left.addWidget(self.none)
        left.addWidget(Label(self.t["no_picture_help"]))
        self.samples = QWidget()
        sample_row = QHBoxLayout(self.samples)
        sample_row.setContentsMargins(0, 0, 0, 0)
        self._add_samples(sample_row)
        left.addWidget(self.samples)
        row.addLayout(left, 1)

        right = QVBoxLayout()
        self.view = PictureView()
        self.view.setAccessibleName(self.t["preview_name"])
        right.addWidget(self.view, 1)
        self.status = IconRow("info", self.t["nothing_yet"])
        right.addWidget(self.status)
        row.addLayout(right, 1)
        self.body.addLayout(row, 1)
        self.setTabOrder(self.browse, self.none)
        self._job = None

    def _add_samples(self, row: QHBoxLayout) -> None:
        """In volunteer demo mode, offer the bundled sample pictures as one-click buttons."""
        folder = _demo_folder() if self.session.demo else None
        files = sorted(p for p in folder.iterdir() if p.suffix.lower().lstrip(".") in
                       [e for exts in PATTERNS.values() for e in exts]) if folder else []
        self.samples.setVisible(bool(files))
        for path in files[:4]:
            button = QPushButton(self.t["sample"].format(name=path.stem.replace("-", " ")))
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, p=path: self.load_file(p))
            row.addWidget(button)

    def initializePage(self) -> None:  # noqa: N802
        self._show_state()

    def ask_for_file(self) -> None:
        start = str(self.session.path.parent) if self.session.path else str(Path.home())
        dialog = QFileDialog(self, self.t["dialog_title"], start)
        dialog.setFileMode(QFileDialog.ExistingFile)
        dialog.setNameFilters(name_filters(self.t["filter_all"], self.t["filter_any"]))
        if dialog.exec() and dialog.selectedFiles():
            self.load_file(Path(dialog.selectedFiles()[0]))

    def load_file(self, path: Path) -> None:
        """Open the picture in a worker; show it, or say kindly why it cannot be used."""
        if self._job is not None:
            self._job.cancel()
        self.session.choose_file(path)
        generation = self.session.generation
        self.status.set("unsure", self.t["opening"].format(name=path.name))
        self.view.set_picture(None)

        def work(progress, is_cancelled):
            from safepic.core.picture import open_picture

            picture = open_picture(path)
            return picture, pil_to_qimage(picture.image, PREVIEW_SIDE)

        def done(result) -> None:
            if generation != self.session.generation:
                return
            self.session.picture, self.session.preview = result
            self._show_state()

        def failed(message: str) -> None:
            if generation != self.session.generation:
                return
            self.session.path = None
            self.status.set("risk", self.t["cannot_open"], f"{message} {self.t['choose_another']}")
            self.completeChanged.emit()

        self._job = workers.start(work, done=done, failed=failed, heavy=False)
        self.completeChanged.emit()

    def no_picture(self) -> None:
        self.session.choose_no_picture()
        self._show_state()
        self.wizard().next()

    def _show_state(self) -> None:
        session = self.session
        if session.picture is not None:
            self.view.set_picture(session.preview, session.picture.size)
            notes = " ".join(session.picture.notes)
            self.status.set("ok", self.t["chosen"].format(name=session.picture.name), notes)
        elif session.no_picture:
            self.view.set_picture(None)
            self.status.set("info", self.t["chose_none"])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.session.picture is not None or self.session.no_picture

    def nextId(self) -> int:  # noqa: N802
        return PageId.MAKE_SAFE if self.session.no_picture else PageId.CHECKING


def _demo_folder() -> Path | None:
    from safepic.core.resources import resources_dir

    folder = resources_dir() / "demo"
    return folder if folder.is_dir() else None
