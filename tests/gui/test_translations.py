"""Spanish: every page text has a Spanish twin, the Qt translation is built from its source and
loads, and a wizard started in Spanish shows Spanish words."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from safepic.core.analyse import step_labels
from safepic.core.resources import resources_dir
from safepic.gui import content, workers
from safepic.gui.app import make_app
from safepic.gui.pages.base import PageId
from safepic.gui.session import Session
from safepic.gui.widgets import IconRow
from safepic.gui.wizard import SafePicWizard

ROOT = Path(__file__).resolve().parents[2]
CONTENT = resources_dir() / "content"
TS = resources_dir() / "translations" / "safepic_es.ts"
QM = resources_dir() / "translations" / "safepic_es.qm"
NOT_WORDS = {"icon", "key"}  # values that name an icon or a question, not text people read
SAME_IN_BOTH = {"no"}  # words spelt the same in both languages
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
EN_FILES = sorted(p.name for p in (CONTENT / "en").iterdir() if p.suffix in (".json", ".md"))


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _leaves(value, where=""):
    """Every text in a content file, by its path of keys, so two languages line up."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, f"{where}/{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _leaves(inner, f"{where}[{i}]")
    else:
        yield where, value


def _load(lang: str, name: str):
    return json.loads((CONTENT / lang / name).read_text(encoding="utf-8"))


@pytest.fixture
def spanish_qt(qapp):
    """The Spanish .qm installed for one test only, so other tests keep English."""
    make_app()
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_english_file_has_a_spanish_twin():
    assert EN_FILES, "no English texts found"
    missing = [name for name in EN_FILES if not (CONTENT / "es" / name).is_file()]
    assert not missing


@pytest.mark.parametrize("name", [n for n in EN_FILES if n.endswith(".json")])
def test_spanish_file_has_the_same_keys_and_placeholders(name):
    en = dict(_leaves(_load("en", name)))
    es = dict(_leaves(_load("es", name)))
    assert set(es) == set(en), f"{name}: keys differ"
    for where, english in en.items():
        spanish = es[where]
        assert type(spanish) is type(english), f"{name}{where}"
        if not isinstance(english, str):
            continue
        assert sorted(PLACEHOLDER.findall(spanish)) == sorted(PLACEHOLDER.findall(english)), f"{name}{where}"
        if where.rsplit("/", 1)[-1] in NOT_WORDS:
            assert spanish == english, f"{name}{where} names an icon or a key"
        elif english.strip() and english not in SAME_IN_BOTH:
            assert spanish != english, f"{name}{where} is still in English"


def test_spanish_help_text_keeps_the_shape_of_the_english():
    """Same headings and steps, so a community editing both files finds its way around."""
    en = content.markdown("if-something-goes-wrong", "en")
    es = content.markdown("if-something-goes-wrong", "es")
    for pattern in (r"^### ", r"^\d+\. ", r"^- "):
        count = [len(re.findall(pattern, text, re.MULTILINE)) for text in (en, es)]
        assert count[0] == count[1], pattern
    assert "<!--" not in es, "the editors' note must stay hidden"
    assert "Cambia tu imagen" in es


def test_qt_translation_is_complete_for_the_current_code():
    """lupdate over safepic/gui (and the checking page's progress lines) finds nothing new."""
    assert _tool().check(TS) == []


def test_qm_is_built_from_the_ts(tmp_path):
    lrelease = _tool().qt_tool("lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/translations.py to rebuild the .qm"


def test_progress_lines_and_wizard_words_are_spanish(spanish_qt):
    tr = QCoreApplication.translate
    for label in step_labels():
        assert tr("CheckingPage", label) not in ("", label), label
    assert tr("CheckingPage", "Looking for faces and people") == "Buscando caras y personas"
    assert tr("StepList", "you are here") == "estás aquí"


@pytest.fixture
def wizards(qtbot):
    """A Spanish and an English wizard; their background jobs are stopped afterwards."""
    made = {}
    for lang in ("es", "en"):
        made[lang] = SafePicWizard(Session(lang=lang))
        qtbot.addWidget(made[lang])
    yield made
    workers.cancel_all()
    workers.wait_all()


def test_wizard_in_spanish_shows_spanish_pages(spanish_qt, wizards):
    wizard, english = wizards["es"], wizards["en"]
    assert wizard.windowTitle() == _load("es", "wizard.json")["title"]
    for page_id in PageId:
        page, en_page = wizard.page_of(page_id), english.page_of(page_id)
        assert page.heading.text() == _load("es", f"{page.name}.json")["heading"]
        assert page.heading.text() != en_page.heading.text(), page.name
    checking = wizard.page_of(PageId.CHECKING)
    assert checking.tr("Looking for faces and people") == "Buscando caras y personas"
    wizard.steps.show_current(PageId.WELCOME, [])
    names = [row.accessibleName() for row in wizard.steps.findChildren(IconRow)]
    assert any(n.startswith("Paso 1 de ") and n.endswith(": Bienvenida, estás aquí") for n in names), names

