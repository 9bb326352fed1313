"""If something goes wrong: calm steps, in a file each community can edit for its own places."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from .. import content
from .base import Page


class HelpPage(Page):
    name = "help"

    def __init__(self, session) -> None:
        super().__init__(session)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(content.markdown("if-something-goes-wrong", session.lang))
        self.text.setAccessibleName(self.t["heading"])
        self.text.setAccessibleDescription(self.t["text_help"])
        self.body.addWidget(self.text, 1)
