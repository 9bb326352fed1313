"""Choose a picture: browse, drop a file, or say "I have no picture yet"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from .. import content, dialogs, workers
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
    """A large, calm place to drop a picture file onto; it shows the picture once chosen."""

    def __init__(self, page: ChoosePage, text: str) -> None:
        super().__init__()
        self.page = page
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.StyledPanel)
        self.setFrameShadow(QFrame.Sunken)
        self.setLineWidth(2)
        layout = QVBoxLayout(self)
        self.label = Label(text, 1.2)
        self.label.setAlignment(Qt.AlignCenter)
        layout.addWidget(self.label)
        self.view = PictureView()
        layout.addWidget(self.view, 1)
        self.setAccessibleName(text)

    def show_picture(self, image, size) -> None:
        self.view.set_picture(image, size)
        self.view.setVisible(image is not None)
        self.label.setVisible(image is None)

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
        buttons = QHBoxLayout()
        self.browse = QPushButton(self.t["browse"])
        self.browse.setAccessibleName(self.t["browse"])
        self.browse.setAccessibleDescription(self.t["browse_help"])
        self.browse.clicked.connect(self.ask_for_file)
        buttons.addWidget(self.browse)
        self.none = QPushButton(self.t["no_picture"])
        self.none.setAccessibleName(self.t["no_picture"])
        self.none.setAccessibleDescription(self.t["no_picture_help"])
        self.none.clicked.connect(self.no_picture)
        buttons.addWidget(self.none)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.none_said = IconRow("flower", self.t["no_picture_help"])  # only once they chose it
        self.none_said.setVisible(False)
        self.body.addWidget(self.none_said)
        self.samples = QWidget()
        sample_grid = QGridLayout(self.samples)
        sample_grid.setContentsMargins(0, 0, 0, 0)
        self._add_samples(sample_grid)
        self.body.addWidget(self.samples)
        self.drop = DropArea(self, self.t["drop"])
        self.drop.setAccessibleDescription(self.t["drop_help"])
        self.drop.view.setAccessibleName(self.t["preview_name"])
        self.drop.show_picture(None, None)
        self.body.addWidget(self.drop, 1)
        self.status = IconRow("info", self.t["nothing_yet"])
        self.body.addWidget(self.status)
        self._job = None

    def _add_samples(self, grid: QGridLayout) -> None:
        """In volunteer demo mode, offer the bundled sample pictures as one-click buttons."""
        samples = _demo_samples(self.t.get("sample_words", {})) if self.session.demo else []
        self.samples.setVisible(bool(samples))
        if samples:
            grid.addWidget(Label(self.t["samples"], bold=True), 0, 0)
        for index, (path, title, shows) in enumerate(samples):
            button = QPushButton(title)
            button.setAccessibleName(title)
            button.setAccessibleDescription(shows)
            button.setToolTip(shows)
            button.clicked.connect(lambda _=False, p=path: self.load_file(p))
            grid.addWidget(button, index // 2, 1 + index % 2)
        grid.setColumnStretch(3, 1)

    def initializePage(self) -> None:  # noqa: N802
        self._show_state()

    def ask_for_file(self) -> None:
        start = self.session.path.parent if self.session.path else Path.home()
        dialog = dialogs.picture_dialog(self, self.t["dialog_title"], start,
                                        name_filters(self.t["filter_all"], self.t["filter_any"]),
                                        self.t["dialog_no_preview"])
        if dialog.exec() and dialog.selectedFiles():
            self.load_file(Path(dialog.selectedFiles()[0]))

    def load_file(self, path: Path) -> None:
        """Open the picture in a worker; show it, or say kindly why it cannot be used."""
        if self._job is not None:
            self._job.cancel()
        self.session.choose_file(path)
        generation = self.session.generation
        self.status.set("unsure", self.t["opening"].format(name=path.name))
        self.drop.show_picture(None, None)
        self.none_said.setVisible(False)

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

        self._job = workers.task(
            "open_file", path, after=lambda picture: (picture, pil_to_qimage(picture.image, PREVIEW_SIDE)),
            done=done, failed=failed, priority=workers.URGENT)
        self.completeChanged.emit()

    def no_picture(self) -> None:
        self.session.choose_no_picture()
        self._show_state()
        self.wizard().next()

    def _show_state(self) -> None:
        session = self.session
        self.none_said.setVisible(session.no_picture)
        if session.picture is not None:
            self.drop.show_picture(session.preview, session.picture.size)
            notes = " ".join(content.say(note) for note in session.picture.notes)
            self.status.set("ok", self.t["chosen"].format(name=session.picture.name), notes)
        elif session.no_picture:
            self.drop.show_picture(None, None)
            self.status.set("info", self.t["chose_none"])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.session.picture is not None or self.session.no_picture

    def nextId(self) -> int:  # noqa: N802
        return PageId.MAKE_SAFE if self.session.no_picture else PageId.CHECKING


def _demo_samples(words: dict[str, dict[str, str]]) -> list[tuple[Path, str, str]]:
    """The volunteer demo pictures (resources/demo/index.json): path, title, what it shows;
    the title and what it shows in the wizard's language when the page's texts have them."""
    import json

    from safepic.core.resources import resources_dir

    index = resources_dir() / "demo" / "index.json"
    if not index.is_file():
        return []
    entries = json.loads(index.read_text(encoding="utf-8"))
    return [(index.parent / e["file"], words.get(e["file"], e).get("title", e["title"]),
             words.get(e["file"], e).get("shows", e.get("shows", "")))
            for e in entries if (index.parent / e["file"]).is_file()]
