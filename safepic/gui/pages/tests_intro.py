"""The three tests a safe picture passes, explained before anything is checked."""

from __future__ import annotations

from ..widgets import IconRow, Label
from .base import Page


class TestsPage(Page):
    name = "tests"

    def __init__(self, session) -> None:
        super().__init__(session)
        for item in self.t["tests"]:
            self.body.addWidget(IconRow(item["icon"], item["title"], item["detail"], bold=True,
                                        factor=1.1))
        self.body.addSpacing(8)
        self.body.addWidget(Label(self.t["after"]))
        self.body.addStretch(1)
