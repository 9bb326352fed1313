"""Profile words: details are marked in the text and listed with why; what can draw the wrong
people is listed apart; nothing is kept."""

from __future__ import annotations

from safepic.gui.pages.base import PageId

from .conftest import wait_idle


def _profile_page(wizard):
    page = wizard.page_of(PageId.PROFILE)
    wizard.session.choose_no_picture()
    wizard.setStartId(PageId.PROFILE)
    wizard.restart()
    assert wizard.currentId() == PageId.PROFILE
    return page


def test_profile_words_are_marked_and_forgotten(qtbot, wizard):
    page = _profile_page(wizard)
    text = "Hi, I'm Sam, 34, a nurse from Leeds. Find me on Instagram @sam_leeds"
    page.editor.setPlainText(text)
    wait_idle(qtbot, lambda: not page.checking() and page.findings)
    marked = {text[f.start:f.end] for f in page.findings}
    assert "Leeds" in marked
    assert len(page.editor.extraSelections()) == len(page.findings)
    assert page.found.count() == len(page.findings)
    assert page.drawn.isHidden() and page.drawn.count() == 0
    page.found.setCurrentRow(0)
    first = page.findings[0]
    assert page.editor.textCursor().selectedText() == text[first.start:first.end]
    assert first.why in page.explain.text()
    assert wizard.session.profile_text == text
    wizard.close()
    assert wizard.session.profile_text == ""
    assert page.editor.toPlainText() == ""


def test_what_can_draw_the_wrong_people_is_shown_apart(qtbot, wizard):
    page = _profile_page(wizard)
    text = "22 year old blonde female, single, will listen to anything, DM me anytime"
    page.editor.setPlainText(text)
    wait_idle(qtbot, lambda: not page.checking() and page.findings)
    assert [page.found.item(i).text() for i in range(page.found.count())] == \
        [page._line(page.identifying[0])] and page.identifying[0].kind == "age"
    assert page.drawn.count() == 5 and not page.drawn.isHidden()
    assert page.drawn_label.text() == "5 details could draw the wrong people:"
    assert page.found_label.text() == "1 detail could help someone find you:"
    backgrounds = {s.format.background().color().name() for s in page.editor.extraSelections()}
    assert backgrounds == {"#fff176", "#e1bee7"}  # two colours: identifies / draws attention
    page.drawn.setCurrentRow(4)
    assert page.editor.textCursor().selectedText() == "DM me anytime"
    assert "wrong people" in page.explain.text()
