"""Welcome: what SafePic does, and two promises (nothing leaves this computer; the original is safe)."""

from __future__ import annotations

from ..widgets import IconRow, Label
from .base import Page


class WelcomePage(Page):
    name = "welcome"

    def __init__(self, session) -> None:
        super().__init__(session)
        for item in self.t["promises"]:
            self.body.addWidget(IconRow(item["icon"], item["title"], item["detail"], bold=True))
        self.body.addSpacing(8)
        self.body.addWidget(Label(self.t["next"]))
        self.body.addStretch(1)
