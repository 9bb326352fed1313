"""Start the wizard: one QApplication, text a little larger than the system's, optional language."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from safepic.core.resources import resources_dir

from . import content, workers
from .session import Session
from .style import ReadableStyle

TEXT_SCALE = 1.25  # larger than the system's own size, and still following it


def make_app(*, lang: str | None = None) -> QApplication:
    """The QApplication (made once), with scaled fonts and any translation installed."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not app.property("safepic_ready"):
        font = app.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
        else:
            font.setPixelSize(round(font.pixelSize() * TEXT_SCALE))
        app.setFont(font)
        app.setStyle(ReadableStyle(app.style().name()))
        app.setApplicationName("SafePic")
        install_translations(app, content.pick_lang(lang))
        app.setProperty("safepic_ready", True)
    return app


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """The wizard's own words and Qt's (file dialogs' "Open", "Cancel", "Look in"), in `lang`;
    Qt's come from the qtbase_<lang>.qm files that ship inside PySide6, plus SafePic's
    qtbase_extra_<lang>.qm for the few whose keyboard mark moved since Qt translated them."""
    installed = []
    ours = str(resources_dir() / "translations")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"safepic_{lang}", ours), (f"qtbase_{lang}", qt_folder),
                         (f"qtbase_extra_{lang}", ours)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(lang))
    return installed


def run_wizard(*, demo: bool = False, presenter: bool = False, lang: str | None = None) -> int:
    """Show the wizard and return its exit code when the person closes it."""
    app = make_app(lang=lang)
    from .wizard import SafePicWizard

    wizard = SafePicWizard(Session(demo=demo, lang=lang))
    wizard.resize(wizard.sizeHint())
    wizard.finished.connect(lambda _result: app.quit())  # Finish, Close or Escape ends the app
    wizard.show()
    if presenter:  # the same big-screen view as its button and F11, which switch it off again
        wizard.set_presenter(True)
    code = app.exec()
    workers.shutdown()
    return code
