"""Profile words: details are marked in the text and listed with why; what can draw the wrong
people is listed apart; nothing is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint

from safepic.gui import workers
from safepic.gui.app import install_translations, make_app
from safepic.gui.pages.base import PageId
from safepic.gui.session import Session
from safepic.gui.wizard import SafePicWizard

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


TEXTS = {
    "en": "Hi, I'm Sam Jones, 34, a nurse at Leeds General Infirmary, I live at 42 Elm Street, "
          "Leeds. Call me on 07700 900456. 22 year old blonde female, single, DM me anytime.",
    "es": "Hola, soy Lucía García, tengo 29 años, enfermera en el Hospital La Paz, vivo en Calle "
          "Mayor 12, Madrid. Llámame al 612 345 678. Rubia, soltera, escríbeme cuando quieras.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("presenter", [False, True], ids=["1100x760", "big-screen-1366x768"])
def test_both_lists_fit_without_the_page_scrolling(qtbot, lang, presenter):
    """With many details in both lists, the page fits a laptop screen (and the big-screen view
    a 1366 by 768 one): the text box and the lists share the height and scroll themselves."""
    app = make_app()
    locale = QLocale()
    translators = install_translations(app, lang)
    wiz = SafePicWizard(Session(lang=lang))
    qtbot.addWidget(wiz)
    wiz.resize(1100, 760)
    wiz.show()
    try:
        if presenter:
            wiz.set_presenter(True)
            wiz.showNormal()
            wiz.resize(1366, 768)
        page = _profile_page(wiz)
        page.editor.setPlainText(TEXTS[lang])
        wait_idle(qtbot, lambda: not page.checking() and page.findings)
        assert len(page.identifying) >= 5 and len(page.attention) >= 3
        assert page.found.isVisible() and page.drawn.isVisible()
        qtbot.wait(100)
        assert not page.scroller.verticalScrollBar().isVisible(), f"the page scrolls at {wiz.size()}"
        view = page.scroller.viewport()
        bottom = page.explain.mapTo(view, QPoint(0, page.explain.height())).y()
        assert bottom <= view.height(), "the hint under the lists is seen whole"
    finally:
        wiz.set_presenter(False)
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        workers.cancel_all()
        workers.wait_all()
        wiz.close()
