"""Report: findings from a second look are added only where the first look missed them."""

from __future__ import annotations

from safepic.core.report import Finding, Report, shared_area


def _face(box):
    return Finding(code="face", severity="high", title="A face", detail="", box=box)


def test_add_unseen_keeps_what_is_new_and_skips_what_is_there():
    report = Report(file="x.jpg", format="jpeg", size=(400, 300), findings=[_face((10, 10, 40, 40))])
    alike = Finding(code="look-alike", severity="medium", title="Alike", detail="")
    report.add_unseen([_face((14, 12, 40, 40)), _face((200, 100, 40, 40)), alike, alike])
    assert [f.box for f in report.by_code("face")] == [(10, 10, 40, 40), (200, 100, 40, 40)]
    assert len(report.by_code("look-alike")) == 1


def test_shared_area_is_a_share_of_the_smaller_box():
    assert shared_area((0, 0, 10, 10), (0, 0, 100, 100)) == 1.0
    assert shared_area((0, 0, 10, 10), (5, 0, 10, 10)) == 0.5
    assert shared_area((0, 0, 10, 10), (20, 20, 5, 5)) == 0.0
