"""Marks: found boxes numbered once for everyone, the person's own boxes, and bad boxes refused."""

from __future__ import annotations

import pytest

from safepic.core.errors import SafePicError
from safepic.core.marks import COVERED, Mark, MarkError, check_box, covered, keep, marks_from, parse_box, scaled
from safepic.core.report import Finding, Report


def _report() -> Report:
    def found(code: str, box=None) -> Finding:
        return Finding(code, "high", code, "why", box=box)

    return Report(file="p.jpg", format="jpeg", size=(400, 300), findings=[
        found("gps"),
        found("face", (10, 10, 40, 40)),
        found("person", (0, 0, 200, 300)),  # a whole body is not a mark
        found("face", (100, 10, 40, 40)),
        found("text", (20, 250, 120, 30)),
        found("seen-elsewhere"),
        found("animal", (300, 200, 80, 80)),
    ])


def test_every_boxed_finding_is_a_hidden_mark_numbered_in_report_order():
    marks = marks_from(_report())
    assert [(m.code, m.number, m.hide) for m in marks] == [
        ("face", 1, True), ("face", 2, True), ("text", 3, True), ("animal", 4, True)]
    assert marks[2].box == (20, 250, 120, 30)


def test_keep_leaves_the_named_boxes_as_they_are():
    marks = keep(marks_from(_report()), [2, 4])
    assert [m.hide for m in marks] == [True, False, True, False]


@pytest.mark.parametrize("number", [0, 5, -1])
def test_keep_refuses_a_number_with_no_box(number):
    with pytest.raises(MarkError) as caught:
        keep(marks_from(_report()), [number])
    assert isinstance(caught.value, SafePicError)
    assert str(number) in str(caught.value) and "\n" not in str(caught.value)


def test_keep_on_a_picture_with_no_boxes_says_so():
    empty = Report(file="p.jpg", format="jpeg", size=(10, 10))
    with pytest.raises(MarkError, match="found nothing"):
        keep(marks_from(empty), [1])


def test_a_person_s_own_box_has_no_number():
    mark = covered(parse_box(" 10, 20,30 ,40 ", (400, 300)))
    assert mark == Mark((10, 20, 30, 40), COVERED, None, True)
    assert mark.to_json() == {"code": "covered", "box": [10, 20, 30, 40]}


@pytest.mark.parametrize("text", ["", "1,2,3", "1,2,3,4,5", "a,b,c,d", "-1,0,10,10", "1.5,2,3,4",
                                  "10 20 30 40"])
def test_malformed_boxes_are_refused_in_one_plain_line(text):
    with pytest.raises(MarkError) as caught:
        parse_box(text, (400, 300))
    assert "\n" not in str(caught.value) and "X,Y,WIDTH,HEIGHT" in str(caught.value)


@pytest.mark.parametrize("box, why", [
    ("0,0,0,10", "no size"), ("0,0,10,0", "no size"),
    ("390,0,11,10", "outside"), ("0,290,10,11", "outside"), ("400,300,1,1", "outside"),
])
def test_boxes_outside_the_picture_or_of_no_size_are_refused(box, why):
    with pytest.raises(MarkError, match=why):
        parse_box(box, (400, 300))


def test_a_box_that_fills_the_picture_is_fine():
    assert check_box((0, 0, 400, 300), (400, 300)) == (0, 0, 400, 300)


def test_marks_scale_with_a_preview_and_never_shrink_inside_their_spot():
    (mark,) = scaled([covered((10, 11, 33, 7))], 0.1)
    x, y, w, h = mark.box
    assert (x, y) == (1, 1) and x + w >= 4.3 and y + h >= 1.8 and w >= 1 and h >= 1
    same = [covered((1, 2, 3, 4))]
    assert scaled(same, 1.0) == same
