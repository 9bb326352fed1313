"""Make it safe: every style of the person's picture, gallery pictures and new avatars, each as a
live preview that was checked again, so the person picks with the verdict in front of them."""

from __future__ import annotations

import random

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QGridLayout, QHBoxLayout, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from safepic.core.groups import count_words

from .. import content, workers
from ..session import Option
from ..widgets import IconRow, Label, Tile, pil_to_qimage
from .base import Page

AVATAR_KINDS = ("flower", "animal", "pattern")
GALLERY_COUNT = {"animal": 3, "flower": 3}
KEEP = "original"


def verdict(report, texts: dict) -> tuple[str, str]:
    """The re-check of one option in an icon and a few words."""
    if report is None:
        return "unsure", texts["not_checked"]
    if not report.findings:
        return "ok", texts["passes"]
    report = content.said(report)
    titles = [content.say(title) for title in count_words(report.findings)]  # "6 faces can be seen"
    words = titles[0]
    if len(titles) > 1:
        words += texts["more"].format(count=len(titles) - 1)
    return "warn", words


class Section(QWidget):
    """A titled grid of tiles that reflows to the width it is given."""

    def __init__(self, title: str, help_text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(Label(title, 1.1, True))
        self.help = Label(help_text)
        self.help.setVisible(bool(help_text))
        layout.addWidget(self.help)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(10)
        layout.addLayout(self.grid)
        self.extra = QHBoxLayout()
        layout.addLayout(self.extra)
        self.tiles: list[Tile] = []
        self._columns = 0
        self._pending = QTimer(self)  # many tiles arrive at once: lay them out once
        self._pending.setSingleShot(True)
        self._pending.timeout.connect(lambda: self._reflow(force=True))

    def add(self, tile: Tile) -> None:
        self.tiles.append(tile)
        tile.setParent(self)
        self._pending.start(0)

    def remove(self, tile: Tile) -> None:
        self.tiles.remove(tile)
        self.grid.removeWidget(tile)
        tile.setParent(None)
        tile.deleteLater()
        self._pending.start(0)

    def clear(self) -> None:
        for tile in list(self.tiles):
            self.remove(tile)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self, force: bool = False) -> None:
        if not self.tiles:
            return
        tile_w = self.tiles[0].sizeHint().width() + self.grid.horizontalSpacing()
        columns = max(1, self.width() // tile_w)
        if columns == self._columns and not force:
            return
        self._columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        self.grid.setColumnStretch(columns, 1)


class MakeSafePage(Page):
    name = "make_safe"

    def __init__(self, session) -> None:
        super().__init__(session)
        self.advice = IconRow("info", "")
        self.body.addWidget(self.advice)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        self.styles = Section(self.t["styles"], self.t["styles_help"])
        self.gallery = Section(self.t["gallery"], self.t["gallery_help"])
        self.avatars = Section(self.t["avatars"], self.t["avatars_help"])
        self.another = QPushButton(self.t["another"])
        self.another.setAccessibleName(self.t["another"])
        self.another.setAccessibleDescription(self.t["another_help"])
        self.another.clicked.connect(self.new_avatars)
        self.avatars.extra.addWidget(self.another)
        self.avatars.extra.addStretch(1)
        for section in (self.styles, self.gallery, self.avatars):
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setAccessibleName(self.t["heading"])
        self.scroll = scroll
        self.body.addWidget(scroll, 1)
        self.about = IconRow("info", self.t["about_none"])
        self.body.addWidget(self.about)
        self.square = QCheckBox(self.t["square"])
        self.square.setAccessibleName(self.t["square"])
        self.square.setAccessibleDescription(self.t["square_help"])
        self.square.toggled.connect(self._square_changed)
        self.body.addWidget(self.square)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._picked)
        self.tiles: dict[str, Tile] = {}
        self._built = -1
        self._jobs: list = []

    # -- building the choices -------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        session = self.session
        self.square.setChecked(session.square)
        self._show_advice()
        if self._built == session.generation:
            self._restore_choice()
            return
        self._built = session.generation
        for job in self._jobs:
            job.cancel()
        self._jobs = []
        for section in (self.styles, self.gallery, self.avatars):
            section.clear()
        self.tiles = {}
        self.styles.setVisible(not session.no_picture)
        self.styles.help.setText(self.t["styles_help" if session.has_face() else "styles_help_no_face"])
        generation = session.generation

        self._jobs.append(workers.task(
            "choices", not session.no_picture, session.has_face(), GALLERY_COUNT,
            done=lambda result: self._planned(generation, *result),
            failed=lambda message: self.advice.set("risk", message), priority=workers.URGENT))

    def _planned(self, generation: int, styles: dict[str, str], picks: list) -> None:
        if generation != self.session.generation:
            return
        if styles:
            order = list(styles)
            if self.session.face_choice == "keep":
                self._queue_original()
            for name in order:
                self._queue_style(name, content.say(styles[name]))
            if self.session.face_choice != "keep":
                self._queue_original()
        for item in picks:
            self._queue_gallery(item)
        for kind in AVATAR_KINDS:
            self._queue_avatar(kind)

    def _add_tile(self, section: Section, key: str, title: str) -> Tile:
        tile = Tile(key, title)
        self.tiles[key] = tile
        self.group.addButton(tile)
        section.add(tile)
        return tile

    def _queue(self, section: Section, key: str, title: str, task: str, *args) -> None:
        """A tile now, filled in when the helper has made and re-checked this choice."""
        tile = self._add_tile(section, key, title)
        generation = self.session.generation
        side = tile.sizeHint().width() * 2

        def with_preview(result):
            picture, report, notes = result
            return picture, report, notes, pil_to_qimage(picture.image, side)

        def done(result) -> None:
            if generation != self.session.generation or self.tiles.get(key) is not tile:
                return
            picture, report, notes, image = result
            self.session.options[key] = Option(key, title, picture, report, tuple(notes), image)
            icon, words = verdict(report, self.t)
            tile.set_result(image, icon, words, ready=True)
            self._restore_choice()

        def failed(message: str) -> None:
            if self.tiles.get(key) is tile:
                tile.set_result(None, "risk", message, ready=False)

        self._jobs.append(workers.task(task, *args, after=with_preview, done=done, failed=failed))

    def _queue_original(self) -> None:
        self._queue(self.styles, f"style:{KEEP}", self.t["original"], "as_it_is", self.session.picture)

    def _queue_style(self, name: str, title: str) -> None:
        self._queue(self.styles, f"style:{name}", title, "style", self.session.picture, name)

    def _queue_gallery(self, item) -> None:
        self._queue(self.gallery, f"gallery:{item.id}", content.say(item.name), "gallery_item", item)

    def _queue_avatar(self, kind: str, seed: int | None = None) -> None:
        if seed is None:
            seed = random.SystemRandom().randrange(1, 2**31)
        self._queue(self.avatars, f"avatar:{kind}:{seed}", self.t["avatar_" + kind], "avatar", kind, seed)

    def new_avatars(self) -> None:
        """Draw new avatars, keeping the one the person picked (if they picked one)."""
        for key, tile in list(self.tiles.items()):
            if key.startswith("avatar:") and not tile.isChecked():
                self.group.removeButton(tile)
                self.avatars.remove(tile)
                del self.tiles[key]
                self.session.options.pop(key, None)
                self._queue_avatar(key.split(":")[1])

    # -- the person's choice --------------------------------------------------------------
    def _picked(self, tile: Tile, checked: bool) -> None:
        if checked:
            self.session.chosen = tile.key
            self.session.saved = None
        self._show_about()
        self.completeChanged.emit()

    def _show_about(self) -> None:
        """What the chosen picture still gives away, in the style's own words."""
        option = self.session.chosen_option()
        if option is None:
            self.about.set("info", self.t["about_none"])
        elif option.notes:
            self.about.set("warn", self.t["about"].format(title=option.title),
                           " ".join(content.say(n) for n in option.notes))
        else:
            icon, words = verdict(option.report, self.t)
            self.about.set(icon, self.t["about"].format(title=option.title), words)

    def _restore_choice(self) -> None:
        key = self.session.chosen
        if key in self.tiles and self.tiles[key].isEnabled() and not self.tiles[key].isChecked():
            self.tiles[key].setChecked(True)
        self._show_about()
        self.completeChanged.emit()

    def _square_changed(self, on: bool) -> None:
        self.session.square = on

    def _show_advice(self) -> None:
        session = self.session
        if session.no_picture:
            self.advice.set("flower", self.t["advice_none"])
        elif session.self_check.ticked():
            self.advice.set("flower", self.t["advice_self"])
        elif session.face_choice == "keep":
            self.advice.set("heart", self.t["advice_keep"])
        elif session.face_choice == "hide":
            self.advice.set("face", self.t["advice_hide"])
        else:
            self.advice.set("info", self.t["advice"])

    def ready(self) -> bool:
        """True when every preview has been made (the tour and tests wait for this)."""
        return bool(self.tiles) and all(t.isEnabled() or t.verdict_icon == "risk"
                                        for t in self.tiles.values())

    def isComplete(self) -> bool:  # noqa: N802
        return self.session.chosen_option() is not None
