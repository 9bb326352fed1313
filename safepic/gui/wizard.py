"""The SafePic wizard: pages in order, the step list on the left, one shared Session."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget, QWizard

from . import content, icons, workers
from .pages.base import Page, PageId
from .pages.checking import CheckingPage
from .pages.choose import ChoosePage
from .pages.face import FacePage
from .pages.findings import FindingsPage
from .pages.help import HelpPage
from .pages.make_safe import MakeSafePage
from .pages.profile import ProfilePage
from .pages.save import SavePage
from .pages.self_check import SelfCheckPage
from .pages.tests_intro import TestsPage
from .pages.welcome import WelcomePage
from .session import Session
from .style import ENTER_MEANS_DEFAULT, WIZARD_SHEET
from .widgets import IconRow, PictureView, StepList, scaled_font

PRESENTER_GROWTH = 1.5  # the big-screen view, on top of the text size the app started with
START_AGAIN = QWizard.CustomButton1
PRESENTER = QWizard.CustomButton2

PAGES: list[tuple[PageId, type[Page]]] = [
    (PageId.WELCOME, WelcomePage),
    (PageId.TESTS, TestsPage),
    (PageId.CHOOSE, ChoosePage),
    (PageId.CHECKING, CheckingPage),
    (PageId.FINDINGS, FindingsPage),
    (PageId.FACE, FacePage),
    (PageId.SELF_CHECK, SelfCheckPage),
    (PageId.MAKE_SAFE, MakeSafePage),
    (PageId.PROFILE, ProfilePage),
    (PageId.SAVE, SavePage),
    (PageId.HELP, HelpPage),
]


class SafePicWizard(QWizard):
    def __init__(self, session: Session | None = None) -> None:
        super().__init__()
        self.session = session or Session()
        t = content.texts("wizard", self.session.lang)
        self.t = t
        self.setWindowTitle(t["title"])
        self.setWindowIcon(icons.icon("shield", 64))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setProperty(ENTER_MEANS_DEFAULT, True)  # see style.py: no button is auto-default
        self.setStyleSheet(WIZARD_SHEET)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.HaveHelpButton, False)
        self.setButtonText(QWizard.NextButton, t["next"])
        self.setButtonText(QWizard.BackButton, t["back"])
        self.setButtonText(QWizard.FinishButton, t["finish"])
        self.setButtonText(QWizard.CancelButton, t["close"])
        for which, key in ((QWizard.NextButton, "next_help"), (QWizard.BackButton, "back_help"),
                           (QWizard.FinishButton, "finish_help"), (QWizard.CancelButton, "close_help")):
            button = self.button(which)
            button.setAccessibleName(self.buttonText(which))
            button.setAccessibleDescription(t[key])
        self._add_own_buttons(t)
        self.pages: dict[PageId, Page] = {}
        self._make_pages()
        self.steps = StepList([(pid, t["steps"][self.pages[pid].name]) for pid, _ in PAGES])
        self.setSideWidget(self.steps)
        self.setStartId(PageId.WELCOME)
        self.currentIdChanged.connect(self._update_steps)
        self.currentIdChanged.connect(self._show_default)
        self.finished.connect(self._forget)
        self._update_steps(PageId.WELCOME)
        workers.task("warm_up", priority=workers.BACKGROUND)  # models load while they read

    def _make_pages(self) -> None:
        for page_id, cls in PAGES:
            page = cls(self.session)
            self.pages[page_id] = page
            self.setPage(page_id, page)
            page.completeChanged.connect(self._show_default)  # after QWizard's own update

    def _add_own_buttons(self, t: dict) -> None:
        """The big-screen switch (also F11) and, for volunteers, "Start again for the next person"."""
        layout = [QWizard.Stretch, QWizard.BackButton, QWizard.NextButton, QWizard.FinishButton,
                  QWizard.CancelButton]
        self.setOption(QWizard.HaveCustomButton2, True)
        self.setButtonText(PRESENTER, t["presenter"])
        presenter = self.button(PRESENTER)
        presenter.setCheckable(True)
        presenter.setAccessibleName(t["presenter"])
        presenter.setAccessibleDescription(t["presenter_help"])
        presenter.setToolTip(t["presenter_help"])
        presenter.toggled.connect(self.set_presenter)
        layout.insert(0, PRESENTER)
        self._shortcut = QShortcut(QKeySequence(Qt.Key_F11), self)
        self._shortcut.activated.connect(presenter.toggle)
        if self.session.demo:
            self.setOption(QWizard.HaveCustomButton1, True)
            self.setButtonText(START_AGAIN, t["start_again"])
            again = self.button(START_AGAIN)
            again.setAccessibleName(t["start_again"])
            again.setAccessibleDescription(t["start_again_help"])
            again.setToolTip(t["start_again_help"])
            again.clicked.connect(self.ask_start_again)
            layout.insert(1, START_AGAIN)
        self.setButtonLayout(layout)
        self._normal_font = self.font()
        self._normal_app_font = QApplication.font()

    def presenter(self) -> bool:
        return self.button(PRESENTER).isChecked()

    def set_presenter(self, on: bool) -> None:
        """Big-screen view: every text (headings and the step list too), icon and picture grows
        by half again, and the window fills the screen; switching it off puts all of it back."""
        if self.button(PRESENTER).isChecked() != on:
            self.button(PRESENTER).setChecked(on)  # comes back here through `toggled`
            return
        before = self.font()
        growth = PRESENTER_GROWTH if on else 1.0
        after = scaled_font(self._normal_font, growth)  # its size set, not left to follow others
        ratio = _size(after) / _size(before)
        if abs(ratio - 1) < 1e-6:
            return  # already so
        _grow(self, ratio)
        self.setFont(after)
        # Widgets made later (a finding, a re-check line) start from the application's font.
        QApplication.setFont(scaled_font(self._normal_app_font, growth))
        for row in self.findChildren(IconRow):
            row.refresh_icon()  # icons are drawn at the size of their words
        self.steps.fit_width()
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def ask_start_again(self) -> bool:
        """Ask first, in one short sentence, then start again if the volunteer says so."""
        box = QMessageBox(QMessageBox.Question, self.t["start_again"], self.t["start_again_ask"],
                          QMessageBox.NoButton, self)
        again = box.addButton(self.t["start_again_yes"], QMessageBox.AcceptRole)
        keep = box.addButton(self.t["start_again_no"], QMessageBox.RejectRole)
        box.setDefaultButton(keep)  # Enter by mistake loses nothing
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not again:
            return False
        self.start_again()
        return True

    def start_again(self) -> None:
        """Volunteer demo: forget everything about this person and begin afresh for the next.
        The pages are made anew, so no preview, tick or word of theirs is left in any widget."""
        workers.cancel_all()
        self.pages[PageId.PROFILE].forget()
        self.session.forget()
        big = self.presenter()
        self.set_presenter(False)  # the new pages are made at the normal size, then grown
        for page_id, page in self.pages.items():
            self.removePage(page_id)
            page.deleteLater()
        self.pages = {}
        self._make_pages()
        self.set_presenter(big)
        self.restart()

    # -- Enter means the default button ----------------------------------------------------
    def default_button(self) -> QAbstractButton | None:
        """What Enter presses now: the page's own main action if it has one (Save on the save
        page), else Next, else Finish."""
        own = self.currentPage().default_button() if isinstance(self.currentPage(), Page) else None
        if own is not None:
            return own
        for which in (QWizard.NextButton, QWizard.FinishButton):
            if self.button(which).isVisible():
                return self.button(which)
        return None

    def _show_default(self, *_args) -> None:
        """Draw the button Enter presses as the default one (QWizard redraws Next each time)."""
        button = self.default_button()
        if button is not None and hasattr(button, "setDefault"):
            button.setDefault(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Enter or Return presses the default button; a text box that takes Enter (the profile
        words) never lets it get here. Disabled, it does nothing, rather than something else."""
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and \
                event.modifiers() in (Qt.NoModifier, Qt.KeypadModifier):
            button = self.default_button()
            if button is not None and button.isVisible() and button.isEnabled():
                button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(line * 62, line * 42)

    def page_of(self, page_id: PageId) -> Page:
        return self.pages[page_id]

    def _update_steps(self, current: int) -> None:
        visited = [pid for pid in self.visitedIds() if pid != current]
        skipped = []
        later = current not in visited
        if self.session.no_picture:
            skipped = [PageId.CHECKING, PageId.FINDINGS, PageId.FACE, PageId.SELF_CHECK]
        elif self.session.report is not None and not self.session.has_face() and later \
                and current > PageId.FINDINGS:
            skipped = [PageId.FACE]
        self.steps.show_current(current, visited, [s for s in skipped if s not in visited])

    def _forget(self) -> None:
        """Closing the wizard wipes the profile words and everything else it was holding."""
        if self.presenter():  # the big-screen view ends with the wizard (not shown again)
            QApplication.setFont(scaled_font(self._normal_app_font, 1.0))
        workers.cancel_all()
        self.pages[PageId.PROFILE].forget()
        self.session.forget()


def _size(font: QFont) -> float:
    return font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())


def _grow(root: QWidget, ratio: float) -> None:
    """Grow (or shrink) every widget's text and every fixed-size picture by `ratio`. Each widget
    is told its own size: headings keep theirs when the parent's changes, and widgets under a
    style sheet do not follow their parent's font at all. All sizes are read before any is set,
    so a child that does follow its parent is not grown twice."""
    widgets = root.findChildren(QWidget)
    fonts = [scaled_font(w.font(), ratio, w.font().bold()) for w in widgets]
    for widget, font in zip(widgets, fonts):
        widget.setFont(font)
        if isinstance(widget, PictureView) and widget.minimumSize() == widget.maximumSize():
            widget.setFixedSize(widget.minimumSize() * ratio)
