"""Qt's own dialogs speak the wizard's language: qtbase_<lang>.qm from PySide6 is installed with
SafePic's translation (and SafePic's qtbase_extra_<lang>.qm for what Qt's misses), so a file
dialog's buttons read "Abrir" and "Cancelar" in Spanish."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from safepic.core.resources import resources_dir
from safepic.gui.app import install_translations, make_app

EXTRA = resources_dir() / "translations" / "qtbase_extra_es"


@pytest.fixture
def spanish(qtbot):
    app = make_app()
    installed = install_translations(app, "es")
    yield installed
    for translator in installed:
        QApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale("en"))


def _open_dialog(qtbot) -> QFileDialog:
    dialog = QFileDialog(None, "SafePic")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _words(dialog: QFileDialog) -> tuple[set[str], set[str]]:
    buttons = dialog.findChild(QDialogButtonBox).buttons()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    return {button.text().replace("&", "") for button in buttons}, labels


def test_all_three_translations_are_installed_for_spanish(spanish):
    assert len(spanish) == 3  # SafePic's own, Qt's, and what Qt's misses


def test_a_spanish_file_dialog_has_spanish_buttons(qtbot, spanish):
    buttons, labels = _words(_open_dialog(qtbot))
    assert buttons == {"Abrir", "Cancelar"}
    assert {"&Ver en:", "&Nombre de fichero:", "Ficheros de &tipo:"} <= labels  # "Look in", ...


def test_an_english_file_dialog_stays_english(qtbot):
    make_app()
    buttons, _ = _words(_open_dialog(qtbot))
    assert buttons == {"Open", "Cancel"}


@pytest.mark.parametrize("lang, stem", [("en", "safe-picture"), ("es", "foto-segura")])
def test_the_suggested_file_name_is_in_the_wizard_language_and_says_nothing(qtbot, lang, stem):
    from safepic.core.hidden.filename import read_name
    from safepic.gui import workers
    from safepic.gui.pages.base import PageId
    from safepic.gui.session import Session
    from safepic.gui.wizard import SafePicWizard

    make_app()
    wizard = SafePicWizard(Session(lang=lang))
    qtbot.addWidget(wizard)
    wizard.session.choose_no_picture()
    page = wizard.page_of(PageId.SAVE)
    page.initializePage()
    name = page.file_name.text()
    workers.cancel_all()
    workers.wait_all()
    assert re.fullmatch(rf"{stem}-[0-9a-f]{{4}}", name)
    assert not read_name(f"{name}.jpg")  # the file-name check finds no name, town or date in it


def test_the_extra_qm_is_built_from_its_ts(tmp_path):
    lrelease = Path(PySide6.__file__).with_name("lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), f"{EXTRA}.ts", "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == Path(f"{EXTRA}.qm").read_bytes(), "run lrelease on qtbase_extra_es.ts"
