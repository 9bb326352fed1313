"""Findings of one kind are said once with a count, numbered as the boxes on the picture."""

from __future__ import annotations

from safepic.core.groups import count_words, grouped
from safepic.core.report import Finding, Report
from safepic.core.vision import faces as face_finder
from safepic.core.vision.faces import Face


def _text(box, said: str) -> Finding:
    return Finding("text", "medium", f'Words can be read: "{said}"', "Signs can show where you are.", box=box)


def _group_report(count: int) -> Report:
    found = face_finder.findings([Face((100 * i, 50, 40, 40), 0.9) for i in range(count)])
    gps = Finding("gps", "high", "The file says where it was taken", "Anyone can read it.")
    person = Finding("person", "medium", "A person can be seen", "A body can be known.", box=(0, 0, 900, 400))
    return Report("group.jpg", "jpeg", (1000, 500),
                  findings=[gps, *found, person, _text((5, 300, 80, 20), "MAIN ST"),
                            _text((500, 300, 80, 20), "No 12")])


def test_six_faces_are_one_line_with_a_count_and_their_box_numbers():
    report = _group_report(6)
    groups = grouped(report.findings, report)
    assert [g.code for g in groups] == ["gps", "face", "person", "text"]
    faces = groups[1]
    assert faces.title == "6 faces can be seen" and faces.count == 6
    assert faces.numbers == (1, 2, 3, 4, 5, 6)  # marks_from numbering: faces first
    assert faces.detail == report.findings[1].detail and faces.parts == []
    words = groups[3]
    assert words.title == "Words can be read in 2 places" and words.numbers == (7, 8)
    assert words.parts == ['Words can be read: "MAIN ST"', 'Words can be read: "No 12"']
    assert groups[2].numbers == ()  # a whole person is not a numbered box


def test_one_face_keeps_its_own_words():
    report = _group_report(1)
    faces = grouped(report.by_code("face"), report)
    assert [(g.title, g.numbers) for g in faces] == [("A face can be seen", (1,))]


def test_card_words_count_like_the_findings_do():
    report = _group_report(6)
    assert count_words(report.findings) == [
        "The file says where it was taken", "6 faces can be seen", "A person can be seen",
        "Words can be read in 2 places"]


def test_copies_are_one_group_with_real_plurals():
    def copy(folder: str) -> Finding:
        return Finding("seen-elsewhere", "high", f"A copy of this picture is in {folder}",
                       f"{folder}.jpg looks like the same picture.", path=f"/p/{folder}/{folder}.jpg")

    three = grouped([copy("a"), copy("b"), copy("c")])
    assert len(three) == 1 and three[0].title == "We found 3 other copies of this picture"
    assert "a.jpg" not in three[0].detail and len(three[0].parts) == 3
    assert grouped([copy("a")])[0].title == "A copy of this picture is in a"
    assert grouped([copy("a"), copy("a")])[0].title == "We found 2 other copies of this picture"
