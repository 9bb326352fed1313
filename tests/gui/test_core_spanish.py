"""A real report from the hidden-data check, said through the Spanish Qt translation, reads in
Spanish: the translation tool collected core's words() templates and the .qm carries them."""

from __future__ import annotations

import io

import piexif
import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, QTranslator

from safepic.core.hidden.find import find_hidden
from safepic.core.picture import open_picture
from safepic.core.report import Report
from safepic.core.resources import resources_dir

QM = resources_dir() / "translations" / "safepic_es.qm"


@pytest.fixture
def spanish(qapp):
    """The Spanish .qm installed for one test only, so other tests keep English."""
    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    yield lambda text: QCoreApplication.translate("core", text)
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def photo_with_secrets(tmp_path):
    """A small JPEG whose EXIF names its owner and holds a map position in Madrid."""
    gps = {
        piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((40, 1), (25, 1), (0, 1)),
        piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((3, 1), (42, 1), (0, 1)),
        piexif.GPSIFD.GPSAltitude: (650, 1),
    }
    exif = piexif.dump({"0th": {piexif.ImageIFD.Artist: b"Lucia Moreno"}, "GPS": gps})
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 140, 200)).save(buffer, "JPEG", exif=exif)
    path = tmp_path / "holiday.jpg"
    path.write_bytes(buffer.getvalue())
    return open_picture(path)


def test_hidden_findings_read_in_spanish(spanish, photo_with_secrets):
    hidden = find_hidden(photo_with_secrets)
    report = Report(file="holiday.jpg", format="jpeg", size=(64, 48), findings=hidden.findings,
                    location=hidden.location)
    english = {f.code: f for f in report.findings}
    assert english["gps"].title == "The photo says where it was taken"
    assert english["owner"].title == "The file holds a name"

    translated = {f.code: f for f in report.translated(spanish).findings}
    assert translated["gps"].title == "La foto dice dónde se hizo"
    assert translated["owner"].title == "El archivo guarda un nombre"
    assert translated["owner"].detail == (
        'Guarda el artista "Lucia Moreno". Un nombre puede llevar directo a ti.')
    gps = translated["gps"].detail
    assert gps.startswith("Guarda un punto en el mapa cerca de Madrid")
    assert "la altura sobre el mar" in gps and "Cualquiera que la descargue puede verlo." in gps
    assert set(translated) == set(english), "every finding is kept, only its words change"


def test_every_gallery_name_reads_in_spanish(spanish):
    from safepic.core import gallery
    from safepic.gui.content import say

    names = {item.id: say(item.name) for item in gallery.items()}
    assert names["brown-bear"] == "Oso pardo"
    assert names["sunflower"] == "Girasol"
    same = [i.id for i in gallery.items() if say(i.name) == i.name]
    assert set(same) <= {"beagle", "magnolia"}  # the same word in both languages
