"""What every page has: the shared session, its texts, a heading, a short intro and a body."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget, QWizardPage

from .. import content
from ..session import Session
from ..widgets import Heading, Label


class PageId(IntEnum):
    WELCOME = 0
    TESTS = 1
    CHOOSE = 2
    CHECKING = 3
    FINDINGS = 4
    FACE = 5
    SELF_CHECK = 6
    MAKE_SAFE = 7
    PROFILE = 8
    SAVE = 9
    HELP = 10


class TakesWhatIsLeft:
    """Mixed into a widget that has its own scroll bar (or holds one): it asks only for its
    least height, so it fills what the page leaves and the page does not scroll around it too
    (it still does when even that does not fit, as in the big-screen view on a small screen)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()  # type: ignore[misc]
        return QSize(hint.width(), self.minimumSizeHint().height())  # type: ignore[attr-defined]


class Page(QWizardPage):
    """A wizard page whose words come from resources/content/<lang>/<name>.json."""

    name = ""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.t: dict[str, Any] = content.texts(self.name, session.lang)
        self.setObjectName(self.name)
        # The page scrolls as a whole when its words do not fit (the big-screen view on a small
        # screen); when they fit, the scroll area is invisible and the page fills the window.
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.NoFocus)
        frame.addWidget(self.scroller)
        inner = QWidget()
        self.scroller.setWidget(inner)
        outer = QVBoxLayout(inner)
        outer.setSpacing(10)
        self.heading = Heading(self.t["heading"])
        outer.addWidget(self.heading)
        self.intro = Label(self.t.get("intro", ""))
        self.intro.setVisible(bool(self.t.get("intro")))
        outer.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)
        self.setAccessibleName(self.t["heading"])
        self.setAccessibleDescription(self.t.get("intro", ""))

    def default_button(self):
        """The page's own button that Enter presses instead of Next (None: Next)."""
        return None

    def cleanupPage(self) -> None:  # noqa: N802
        """Going Back keeps every choice: the session holds them, so nothing is reset here."""
