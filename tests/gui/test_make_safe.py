"""Make it safe: only the choices that can change something for this picture are offered."""

from __future__ import annotations

from safepic.core.styles.anonymise import STYLES
from safepic.gui.pages.base import PageId

from .conftest import DATA, check_picture, go_to, wait_idle


def test_no_face_found_means_no_face_styles(qtbot, wizard):
    check_picture(qtbot, wizard, DATA / "coffee.jpg")
    assert not wizard.session.has_face()
    go_to(qtbot, wizard, PageId.MAKE_SAFE)
    page = wizard.currentPage()
    wait_idle(qtbot, page.ready, timeout=180_000)
    offered = {key.split(":", 1)[1] for key in page.tiles if key.startswith("style:")}
    face_only = {name for name, info in STYLES.items() if info.only_faces}
    assert face_only == {"blur-faces", "pixelate-faces", "cover-faces"}
    assert not offered & face_only
    assert {"blur-background", "cartoon", "silhouette"} <= offered
    assert page.styles.help.text() == page.t["styles_help_no_face"]
