"""Profile words: details are marked in the text and listed with why; nothing is kept."""

from __future__ import annotations

from safepic.gui.pages.base import PageId

from .conftest import wait_idle


def test_profile_words_are_marked_and_forgotten(qtbot, wizard):
    page = wizard.page_of(PageId.PROFILE)
    wizard.session.choose_no_picture()
    wizard.setStartId(PageId.PROFILE)
    wizard.restart()
    assert wizard.currentId() == PageId.PROFILE
    text = "Hi, I'm Sam, 34, a nurse from Leeds. Find me on Instagram @sam_leeds"
    page.editor.setPlainText(text)
    wait_idle(qtbot, lambda: not page.checking() and page.findings)
    marked = {text[f.start:f.end] for f in page.findings}
    assert "Leeds" in marked
    assert len(page.editor.extraSelections()) == len(page.findings)
    assert page.found.count() == len(page.findings)
    page.found.setCurrentRow(0)
    first = page.findings[0]
    assert page.editor.textCursor().selectedText() == text[first.start:first.end]
    assert first.why in page.explain.text()
    assert wizard.session.profile_text == text
    wizard.close()
    assert wizard.session.profile_text == ""
    assert page.editor.toPlainText() == ""
