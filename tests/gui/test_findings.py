"""The findings page: one line per kind with a count and numbered boxes, honest words when
nothing is found with "cover it yourself" one click away, and copies shown as small pictures."""

from __future__ import annotations

from PIL import Image, ImageOps
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

from safepic.core.groups import grouped
from safepic.core.marks import marked_findings
from safepic.core.report import Finding
from safepic.core.resources import resources_dir
from safepic.core.vision import faces as face_finder
from safepic.core.vision.faces import Face
from safepic.gui import content
from safepic.gui.pages.base import PageId
from safepic.gui.widgets import IconRow
from tests.core import near_misses
from tests.core.vision import scenes

from .conftest import DATA, check_picture, wait_idle


def _rows(page) -> list[str]:
    """The bold first line of every row in the findings list."""
    rows = []
    for i in range(page.list_layout.count()):
        widget = page.list_layout.itemAt(i).widget()
        if isinstance(widget, IconRow):
            rows.append(widget.text_label.text())
    return rows


def test_a_group_photo_is_one_line_with_a_count_and_numbered_boxes(qtbot, wizard, tmp_path):
    photo = tmp_path / "group.jpg"
    scenes.group_photo(size=(1600, 1200), count=6, face_width=110, background="coffee.jpg").image \
        .save(photo, quality=92)
    check_picture(qtbot, wizard, photo)
    report, page = wizard.session.report, wizard.currentPage()
    faces = len(report.by_code("face"))
    assert faces >= 4, "the group's faces are found"
    rows = _rows(page)
    face_rows = [r for r in rows if "face" in r]
    numbers = [n for n, f in enumerate(marked_findings(report), 1) if f.code == "face"]
    assert face_rows == [f"[{numbers[0]}\u2013{numbers[-1]}] {faces} faces can be seen"]
    # The boxes on the picture carry the marks' numbers, one per marked finding.
    assert [tag for _, tag in page.view._boxes] == [str(n) for n in range(1, len(marked_findings(report)) + 1)]


def test_nothing_found_is_said_honestly_and_cover_it_yourself_is_one_click(qtbot, wizard, tmp_path):
    plain = tmp_path / "sky.png"
    Image.radial_gradient("L").resize((400, 300)).convert("RGB").save(plain)
    check_picture(qtbot, wizard, plain)
    page = wizard.currentPage()
    assert wizard.session.report.is_clean()
    said = " ".join(_rows(page) + [page.list_layout.itemAt(i).widget().text()
                                   for i in range(page.list_layout.count())
                                   if isinstance(page.list_layout.itemAt(i).widget(), QLabel)])
    assert "can miss things" in said and "nothing found" not in said.lower()
    assert page.cover.isVisible()
    wizard.activateWindow()
    page.cover.click()
    assert wizard.currentId() == PageId.MAKE_SAFE
    cover = wizard.currentPage().cover
    qtbot.waitUntil(lambda: cover.canvas.hasFocus())  # the cover tool is ready for a box
    wizard.back()
    assert wizard.currentId() == PageId.FINDINGS
    wizard.next()  # the usual way on, once the person did not ask for the cover tool
    assert wizard.currentId() == PageId.SELF_CHECK


def test_copies_are_shown_as_small_pictures_with_their_folder(qtbot, wizard, tmp_path):
    photo = DATA / "astronaut.jpg"
    check_picture(qtbot, wizard, photo)
    page = wizard.currentPage()
    original = Image.open(photo).convert("RGB")
    folder = tmp_path / "Phone"
    (folder / "Camera").mkdir(parents=True)
    (folder / "Sent").mkdir()
    ImageOps.mirror(original).save(folder / "Camera" / "mirrored.jpg")
    original.resize((256, 256)).save(folder / "Sent" / "small.png")
    ImageOps.grayscale(original).save(folder / "Camera" / "grey.jpg")
    # Not a copy: the same place a moment later, with someone walking in.
    scene = Image.open(DATA / "coffee.jpg").convert("RGB")
    empty, visited = near_misses.added(scene, original)
    empty.save(photo_a := tmp_path / "empty.jpg")
    visited.save(folder / "Camera" / "later.jpg")
    page.search_folder(folder)
    wait_idle(qtbot, lambda: page._job is None)
    status = page.copies_status.text_label.text()
    assert status == "We found 3 other copies. See the list above."
    found = {f.path.split("/")[-1] for f in wizard.session.report.by_code("seen-elsewhere")}
    assert found == {"mirrored.jpg", "small.png", "grey.jpg"}
    assert "We found 3 other copies of this picture" in _rows(page)
    shelf = page.list_widget.findChild(type(page.list_widget), "copies_shelf")
    pictures = [label for label in shelf.findChildren(QLabel) if label.pixmap() and not label.pixmap().isNull()]
    words = {label.text() for label in shelf.findChildren(QLabel)}
    assert len(pictures) == 3 and {"Camera", "Sent", "small.png"} <= words
    assert photo_a.exists()


def _translator(qapp, lang: str) -> QTranslator:
    translator = QTranslator(qapp)
    assert translator.load(str(resources_dir() / "translations" / f"safepic_{lang}.qm"))
    qapp.installTranslator(translator)
    return translator


def test_counts_are_real_plurals_in_english_and_spanish(qapp):
    def copies(n: int) -> str:
        return QCoreApplication.translate("FindingsPage", "We found %n other copies. See the list above.", "", n)

    english = _translator(qapp, "en")
    try:
        assert copies(1) == "We found 1 other copy. See the list above."
        assert copies(3) == "We found 3 other copies. See the list above."
    finally:
        qapp.removeTranslator(english)
    spanish = _translator(qapp, "es")
    try:
        six = face_finder.findings([Face((90 * i, 10, 40, 40), 0.9) for i in range(6)])
        assert content.say(grouped(six)[0].title) == "Se ven 6 caras"
        assert content.say(grouped(six[:2])[0].title) == "Se ven 2 caras"
        assert copies(1) == "Encontramos 1 copia más. Está en la lista de arriba."
        assert copies(4) == "Encontramos 4 copias más. Están en la lista de arriba."
    finally:
        qapp.removeTranslator(spanish)


def test_make_safe_cards_count_the_way_the_findings_do(qapp):
    from safepic.core.report import Report
    from safepic.gui.pages.make_safe import verdict

    texts = content.texts("make_safe", "en")
    six = face_finder.findings([Face((90 * i, 10, 40, 40), 0.9) for i in range(6)])
    report = Report("group.jpg", "jpeg", (600, 100), findings=six)
    assert verdict(report, texts) == ("warn", "6 faces can be seen")
    report.findings.append(Finding("gps", "high", "The file says where it was taken", "Anyone can read it."))
    assert verdict(report, texts) == ("warn", "6 faces can be seen (and 1 more)")
    assert "can miss things" in verdict(Report("sky.png", "png", (10, 10)), texts)[1]
