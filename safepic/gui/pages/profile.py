"""Your profile words (optional): each detail that could give the person away is marked in the
text and explained beside it; details that can draw the wrong people (gender, looks, "single",
"DM me anytime") are listed apart, in their own colour, as the person's choice. The words stay in
memory only and are forgotten on close."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextEdit, QToolTip, QVBoxLayout

from .. import content, workers
from ..widgets import IconRow, Label
from .base import Page, TakesWhatIsLeft

WAIT_MS = 400  # check shortly after the person stops typing
# Marks in the text: details that point to the person, and details that can draw the wrong people.
MARK = {"identifies": ("#fff176", "#b71c1c"), "attention": ("#e1bee7", "#4a148c")}


class Editor(TakesWhatIsLeft, QTextEdit):
    """The person's words: they take the height the page leaves, so the page does not scroll."""


class FoundList(TakesWhatIsLeft, QListWidget):
    """A list of details: it scrolls itself, in the height the page leaves."""


class ProfilePage(Page):
    name = "profile"

    def __init__(self, session) -> None:
        super().__init__(session)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.editor = Editor()
        self.editor.setAcceptRichText(False)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(self.t["placeholder"])
        self.editor.setAccessibleName(self.t["editor_name"])
        self.editor.setAccessibleDescription(self.t["editor_help"])
        self.editor.textChanged.connect(self._typed)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.editor.viewport().installEventFilter(self)
        left.addWidget(self.editor, 1)
        left.addWidget(IconRow("shield", self.t["memory_only"]))
        row.addLayout(left, 1)
        right = QVBoxLayout()
        self.found_label = Label(self.t["found_none"], bold=True)
        right.addWidget(self.found_label)
        self.found = self._list(self.t["list_name"], self.t["list_help"])
        right.addWidget(self.found, 2)
        self.drawn_label = Label("", bold=True)
        self.drawn_note = Label(self.t["drawn_note"])
        self.drawn = self._list(self.t["drawn_name"], self.t["drawn_note"])
        for widget in (self.drawn_label, self.drawn_note, self.drawn):
            widget.setVisible(False)
            right.addWidget(widget)
        right.setStretchFactor(self.drawn, 1)
        self.explain = Label("")
        right.addWidget(self.explain)
        row.addLayout(right, 1)  # half the width: the words beside the lists wrap less
        self.body.addLayout(row, 1)
        self.findings: list = []  # every finding, in reading order
        self.identifying: list = []  # shown in self.found
        self.attention: list = []  # shown in self.drawn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WAIT_MS)
        self._timer.timeout.connect(self.check_now)
        self._checking = False

    def _list(self, name: str, help_text: str) -> QListWidget:
        found = FoundList()
        found.setWordWrap(True)
        found.setSpacing(4)
        found.setAlternatingRowColors(True)
        found.setAccessibleName(name)
        found.setAccessibleDescription(help_text)
        found.currentRowChanged.connect(lambda row, found=found: self._select_row(found, row))
        return found

    def initializePage(self) -> None:  # noqa: N802
        if self.editor.toPlainText() != self.session.profile_text:
            self.editor.setPlainText(self.session.profile_text)

    def _typed(self) -> None:
        self.session.profile_text = self.editor.toPlainText()
        self._timer.start()

    def check_now(self) -> None:
        """Check the words in a worker; the answer is used only if the text has not changed."""
        text = self.editor.toPlainText()
        lang = content.pick_lang(self.session.lang)
        self._checking = True

        def work(progress, is_cancelled):
            from safepic.core.profile.text import check_profile

            return check_profile(text, lang=lang)

        def done(findings) -> None:
            self._checking = False
            if text == self.editor.toPlainText():
                self._show(findings)

        def failed(message: str) -> None:
            self._checking = False
            self.found_label.setText(message)

        workers.start(work, done=done, failed=failed, heavy=False)

    def checking(self) -> bool:
        return self._checking or self._timer.isActive()

    def _show(self, findings: list) -> None:
        self.findings = sorted(findings, key=lambda f: f.start)
        self.identifying = [f for f in self.findings if f.kind != "attention"]
        self.attention = [f for f in self.findings if f.kind == "attention"]
        marks = []
        for f in self.findings:
            background, underline = MARK["attention" if f.kind == "attention" else "identifies"]
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(f.start)
            cursor.setPosition(f.end, QTextCursor.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(background))
            fmt.setForeground(QColor("#000000"))
            fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
            fmt.setUnderlineColor(QColor(underline))
            fmt.setFontWeight(700)
            sel.format = fmt
            marks.append(sel)
        self.editor.setExtraSelections(marks)
        for widget, shown in ((self.found, self.identifying), (self.drawn, self.attention)):
            widget.blockSignals(True)
            widget.clear()
            for f in shown:
                item = QListWidgetItem(self._line(f))
                item.setToolTip(self._line(f))
                widget.addItem(item)
            widget.blockSignals(False)
        for widget in (self.drawn_label, self.drawn_note, self.drawn):
            widget.setVisible(bool(self.attention))
        self.drawn_label.setText(self.tr("%n details could draw the wrong people:", "", len(self.attention)))
        if not self.editor.toPlainText().strip():
            self.found_label.setText(self.t["found_none"])
        elif self.identifying:
            self.found_label.setText(self.tr("%n details could help someone find you:", "",
                                             len(self.identifying)))
        else:
            self.found_label.setText(self.t["found_nothing"])
        self.found.setVisible(bool(self.identifying) or not self.attention)
        self.explain.setText(self.t["click_hint"] if self.findings else "")

    def _line(self, f) -> str:
        line = f"“{f.text}”: {content.say(f.why)}"
        if getattr(f, "suggestion", ""):
            line += " " + self.t["instead"].format(suggestion=content.say(f.suggestion))
        return line

    def _at(self, position: int):
        for index, f in enumerate(self.findings):
            if f.start <= position <= f.end:
                return index
        return None

    def _cursor_moved(self) -> None:
        index = self._at(self.editor.textCursor().position())
        if index is None:
            return
        f = self.findings[index]
        widget, shown = (self.drawn, self.attention) if f.kind == "attention" else \
            (self.found, self.identifying)
        if shown.index(f) != widget.currentRow():
            widget.blockSignals(True)
            widget.setCurrentRow(shown.index(f))
            widget.blockSignals(False)
            self.explain.setText(self._line(f))

    def _select_row(self, widget: QListWidget, row: int) -> None:
        shown = self.attention if widget is self.drawn else self.identifying
        if 0 <= row < len(shown):
            f = shown[row]
            cursor = self.editor.textCursor()
            cursor.setPosition(f.start)
            cursor.setPosition(f.end, QTextCursor.KeepAnchor)
            self.editor.blockSignals(True)
            self.editor.setTextCursor(cursor)
            self.editor.blockSignals(False)
            self.explain.setText(self._line(f))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.editor.viewport() and event.type() == QEvent.ToolTip:
            index = self._at(self.editor.cursorForPosition(event.pos()).position())
            if index is not None:
                QToolTip.showText(event.globalPos(), self._line(self.findings[index]), self.editor)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(obj, event)

    def forget(self) -> None:
        """Wipe the words from the screen and from memory."""
        self._timer.stop()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.document().clearUndoRedoStacks()
        self.findings, self.identifying, self.attention = [], [], []
        self.found.clear()
        self.drawn.clear()
        for widget in (self.drawn_label, self.drawn_note, self.drawn):
            widget.setVisible(False)
        self.session.profile_text = ""
