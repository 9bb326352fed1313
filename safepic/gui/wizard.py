"""The SafePic wizard: pages in order, the step list on the left, one shared Session."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWizard

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
from .widgets import StepList

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
        # Roomier buttons (em follows the app font); tick boxes grow in style.ReadableStyle.
        self.setStyleSheet("QPushButton { padding: 0.3em 0.9em; }")
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
        self.pages: dict[PageId, Page] = {}
        for page_id, cls in PAGES:
            page = cls(self.session)
            self.pages[page_id] = page
            self.setPage(page_id, page)
        self.steps = StepList([(pid, t["steps"][self.pages[pid].name]) for pid, _ in PAGES])
        self.setSideWidget(self.steps)
        self.setStartId(PageId.WELCOME)
        self.currentIdChanged.connect(self._update_steps)
        self.finished.connect(self._forget)
        self._update_steps(PageId.WELCOME)
        workers.task("warm_up", priority=workers.BACKGROUND)  # models load while they read

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
        workers.cancel_all()
        self.pages[PageId.PROFILE].forget()
        self.session.forget()
