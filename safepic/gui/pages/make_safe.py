"""Make it safe: every style of the person's picture, gallery pictures and new avatars, each as a
live preview that was checked again, so the person picks with the verdict in front of them."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from safepic.core.groups import count_words

from .. import content, workers
from ..cover import CoverTool
from ..session import Option
from ..widgets import IconRow, Label, Tile, pil_to_qimage
from .base import Page, TakesWhatIsLeft

AVATAR_KINDS = ("flower", "animal", "pattern")
GALLERY_COUNT = {"animal": 3, "flower": 3}
KEEP = "original"
REMAKE_MS = 600  # the previews are made again this long after the last change to the boxes


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

    def move(self, tile: Tile, index: int) -> None:
        """Put a tile at this place in the reading order (-1: last)."""
        self.tiles.remove(tile)
        self.tiles.insert(len(self.tiles) if index < 0 else index, tile)
        self._pending.start(0)

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


class Split(TakesWhatIsLeft, QSplitter):
    """The picture beside the cards, filling the page; only the card list scrolls."""


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
        self.cover = CoverTool(session.lang)
        self.cover.changed.connect(self._marks_changed)
        self.split = Split(Qt.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.cover)
        choices = QWidget()  # the cards, and under them what the picked one still shows
        right = QVBoxLayout(choices)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(scroll, 1)
        self.about = IconRow("info", self.t["about_none"])
        right.addWidget(self.about)
        self.split.addWidget(choices)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        card = Tile("", "").sizeHint().width()
        scroll.setMinimumWidth(card + scroll.verticalScrollBar().sizeHint().width() + 16)
        # two cards with their spacing, the list's margin, its scroll bar and its frame
        self._cards_width = 2 * (card + 10) + 8 + scroll.verticalScrollBar().sizeHint().width() \
            + 2 * scroll.frameWidth()
        self.body.addWidget(self.split, 1)
        self._remake = QTimer(self)
        self._remake.setSingleShot(True)
        self._remake.setInterval(REMAKE_MS)
        self._remake.timeout.connect(self._remake_styles)
        self.square = QCheckBox(self.t["square"])
        self.square.setAccessibleName(self.t["square"])
        self.square.setAccessibleDescription(self.t["square_help"])
        self.square.toggled.connect(self._square_changed)
        self.body.addWidget(self.square)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonToggled.connect(self._picked)
        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.tiles: dict[str, Tile] = {}
        self._built = -1
        self._jobs: dict[str, workers.Job] = {}
        self._checking: set[str] = set()  # gallery pictures and avatars shown, not yet checked
        self._style_list: dict[str, tuple[str, bool]] = {}  # name -> (title, changes only marks)

    # -- building the choices -------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        session = self.session
        self.square.setChecked(session.square)
        self._show_advice()
        if session.cover_asked:  # "cover it yourself" on the self-check: the picture is ready
            session.cover_asked = False
            QTimer.singleShot(0, self.cover.start_covering)
        if self._built == session.generation:
            if not session.no_picture and self.cover.marks() != session.current_marks():
                self.cover.set_marks(session.preview, session.picture.size, session.current_marks())
                self._remake.stop()
                self._remake_styles("remaking_choice")  # the face page changed what is hidden
            self._place_original()  # "as it is" comes first when they keep their face
            self._restore_choice()
            return
        self._built = session.generation
        for job in self._jobs.values():
            job.cancel()
        self._jobs = {}
        self._checking = set()
        for section in (self.styles, self.gallery, self.avatars):
            section.clear()
        self.tiles = {}
        self.cover.setVisible(not session.no_picture)
        total = sum(self.split.sizes()) or self.width()
        self.split.setSizes([max(0, total - self._cards_width), self._cards_width])  # two columns
        if not session.no_picture:
            self.cover.set_marks(session.preview, session.picture.size, session.current_marks())
        self.styles.setVisible(not session.no_picture)
        self._style_list = {}
        generation = session.generation

        self._jobs["choices"] = (workers.task(
            "choices", not session.no_picture, GALLERY_COUNT,
            done=lambda result: self._planned(generation, *result),
            failed=lambda message: self.advice.set("risk", message), priority=workers.URGENT))

    def _planned(self, generation: int, styles: dict[str, tuple[str, bool]], picks: list) -> None:
        if generation != self.session.generation:
            return
        self._style_list = styles
        for item in picks:  # the quick ones first: the helper starts on whatever comes first
            self._queue_gallery(item)
        for kind in AVATAR_KINDS:
            self._queue_avatar(kind)
        self._queue_styles()

    def _offered(self) -> list[str]:
        """The styles worth showing: those that change only the marked spots need one."""
        marked = any(mark.hide for mark in self.session.current_marks())
        return [name for name, (_, only_marks) in self._style_list.items() if marked or not only_marks]

    def _queue_styles(self) -> None:
        """A card for each style of the person's own picture, and "as it is" (first when they
        chose to keep their face)."""
        offered = self._offered()
        self.styles.help.setText(self.t["styles_help" if len(offered) == len(self._style_list)
                                        else "styles_help_nothing_marked"])
        if not self._style_list:
            return
        for name in offered:
            self._queue_style(name, content.say(self._style_list[name][0]))
        if f"style:{KEEP}" not in self.tiles:
            self._queue_original()
        self._place_original()

    def _place_original(self) -> None:
        """"As it is" first when the person chose to keep their face (the advice says the first
        picture keeps it), last otherwise; it follows when they go back and change their mind."""
        tile = self.tiles.get(f"style:{KEEP}")
        if tile is not None:
            self.styles.move(tile, 0 if self.session.face_choice == "keep" else -1)
            self._order_tabs()

    def _add_tile(self, section: Section, key: str, title: str) -> Tile:
        tile = Tile(key, title)
        self.tiles[key] = tile
        self.group.addButton(tile)
        section.add(tile)
        self._order_tabs()
        return tile

    def _order_tabs(self) -> None:
        """Tab goes as the eye does: the picture's boxes, the cards section by section (cards
        come and go, so Qt's order of making them is not the order on screen), then the buttons."""
        chain = [self.cover.canvas] + [tile for section in (self.styles, self.gallery, self.avatars)
                                       for tile in section.tiles] + [self.another, self.square]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _card_side(self, tile: Tile) -> int:
        """The pixels a card's picture needs (twice its size on screen, for sharp scaling)."""
        return round(tile.sizeHint().width() * 2 * (self.devicePixelRatioF() or 1.0))

    def _queue(self, section: Section, key: str, title: str, task: str, *args) -> None:
        """A tile now, filled in when the helper has made and re-checked this choice."""
        self._fill(self._add_tile(section, key, title), task, *args)

    def _fill(self, tile: Tile, task: str, *args) -> None:
        """Ask the helper for a card-sized preview of this choice, made and checked again (the
        task's last argument is the card's side in pixels)."""
        key, title = tile.key, tile.title
        generation = self.session.generation
        side = self._card_side(tile)

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

        self._jobs[key] = workers.task(task, *args, side, after=with_preview, done=done,
                                       failed=self._failed(tile))

    def _failed(self, tile: Tile):
        def failed(message: str) -> None:
            if self.tiles.get(tile.key) is tile:
                tile.set_result(None, "risk", message, ready=False)
                self._checking.discard(tile.key)
        return failed

    def _queue_drawing(self, section: Section, key: str, title: str, make) -> None:
        """A gallery picture or an avatar: shown (and ready to pick) as soon as it is loaded or
        drawn, then checked again in the helper when the styles are done; the card says so."""
        tile = self._add_tile(section, key, title)
        generation = self.session.generation
        side = self._card_side(tile)
        self._checking.add(key)

        def current() -> bool:
            return generation == self.session.generation and self.tiles.get(key) is tile

        def checked(report) -> None:
            option = self.session.options.get(key)
            self._checking.discard(key)
            if not current() or option is None:
                return
            self.session.options[key] = Option(key, title, option.picture, report, (), option.preview)
            tile.set_result(option.preview, *verdict(report, self.t), ready=True)
            self._show_about()

        def shown(result) -> None:
            if not current():
                return
            picture, image = result
            self.session.options[key] = Option(key, title, picture, None, (), image)
            tile.set_result(image, "unsure", self.t["checking"], ready=True)
            self._restore_choice()
            self._jobs[key] = workers.task("recheck", picture, done=checked, failed=self._failed(tile),
                                           priority=workers.BACKGROUND)

        self._jobs[key] = make(after=lambda picture: (picture, pil_to_qimage(picture.image, side)),
                               done=shown, failed=self._failed(tile))

    def _queue_original(self) -> None:
        self._queue(self.styles, f"style:{KEEP}", self.t["original"], "as_it_is", self.session.path)

    def _queue_style(self, name: str, title: str) -> None:
        self._queue(self.styles, f"style:{name}", title, "style", self.session.path, name,
                    self.session.current_marks())

    def _queue_gallery(self, item) -> None:
        """A gallery picture is a small file: read here, on a thread, not queued behind styles."""
        from safepic.core import gallery

        def make(after, done, failed):
            return workers.start(lambda progress, is_cancelled: after(gallery.load(item)),
                                 done=done, failed=failed)

        self._queue_drawing(self.gallery, f"gallery:{item.id}", content.say(item.name), make)

    def _queue_avatar(self, kind: str, seed: int | None = None) -> None:
        """A new avatar is drawn in the helper before any style is made (it takes a moment)."""
        if seed is None:
            seed = random.SystemRandom().randrange(1, 2**31)

        def make(after, done, failed):
            return workers.task("avatar", kind, seed, after=after, done=done, failed=failed,
                                priority=workers.URGENT)

        self._queue_drawing(self.avatars, f"avatar:{kind}:{seed}", self.t["avatar_" + kind], make)

    def _marks_changed(self) -> None:
        """The person changed a box: keep it, and make the styles again once they pause."""
        self.session.set_marks(self.cover.marks())
        self._remake.start()

    def _remake_styles(self, why: str = "remaking") -> None:
        """Every style of the person's own picture made again with the marks as they are now
        (`why` names the change: their boxes, or their choice on the face page). Until its new
        preview is back, a style cannot be picked (its old one hides other spots). A first mark
        (or the last one gone) changes which styles are worth showing. "As it is" hides nothing,
        so it stays."""
        styles = [key for key in self.tiles if key.startswith("style:") and key != f"style:{KEEP}"]
        if [k.split(":", 1)[1] for k in styles] != self._offered():
            for key in styles:
                self._forget_tile(self.styles, key)
            self._queue_styles()
            self._restore_choice()
            return
        marks = self.session.current_marks()
        for key in styles:
            tile = self.tiles[key]
            self._cancel(key)
            self.session.options.pop(key, None)
            tile.set_result(tile.image, "unsure", self.t[why], ready=False)
            self._fill(tile, "style", self.session.path, key.split(":", 1)[1], marks)
        self._show_about()
        self.completeChanged.emit()

    def _cancel(self, key: str) -> None:
        job = self._jobs.pop(key, None)
        if job is not None:
            job.cancel()

    def _forget_tile(self, section: Section, key: str) -> None:
        """Take a card away, with its job and its option."""
        tile = self.tiles.pop(key)
        self._cancel(key)
        self.group.removeButton(tile)
        section.remove(tile)
        self.session.options.pop(key, None)
        self._checking.discard(key)

    def new_avatars(self) -> None:
        """Draw new avatars, keeping the one the person picked (if they picked one)."""
        for key, tile in list(self.tiles.items()):
            if key.startswith("avatar:") and not tile.isChecked():
                self._forget_tile(self.avatars, key)
                self._queue_avatar(key.split(":")[1])

    def _focus_moved(self, _old, new) -> None:
        """A card or button that takes the focus (Tab, arrows) is scrolled into view, so a choice
        is never made out of sight."""
        if new is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 10, 10)

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

    def shown(self) -> bool:
        """True when every card shows its picture (or says why it cannot)."""
        return bool(self.tiles) and all(t.isEnabled() or t.verdict_icon == "risk"
                                        for t in self.tiles.values())

    def ready(self) -> bool:
        """True when every card is shown and checked again, with the boxes as they are now (the
        tour and tests wait for this)."""
        return self.shown() and not self._checking and not self._remake.isActive()

    def isComplete(self) -> bool:  # noqa: N802
        return self.session.chosen_option() is not None
