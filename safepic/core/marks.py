"""Marks: the spots on a picture that the make-safe styles hide, and the person's say over them.

Every finding with a place on the picture (a face, words, a code, a pet, signs of a home, a
vehicle) is a *mark*, hidden by default. The person can switch any mark off ("leave this as it
is": `hide=False`, which the report and summary then call the person's choice) and add boxes of
their own over anything no finder can know about (code `covered`).

    marks = marks_from(report)                  # the found spots, numbered, all hidden
    marks = keep(marks, [2])                    # leave found box 2 as it is
    marks.append(covered(parse_box("10,20,300,200", picture.size)))
    make_safe(analysis, "blur-faces", marks)

Numbering: found marks are numbered 1, 2, 3... in the report's order (faces first, then words,
codes, pets, home, vehicles: the order the check looks). That one numbering is used everywhere a
person sees numbered boxes: `safepic check`, `--keep N`, the findings page, the make-safe page.
A person's own box has no number.

Boxes are (x, y, w, h) in upright-picture pixels, the same as a finding's box.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .errors import SafePicError
from .report import Finding, Report
from .words import words

Box = tuple[int, int, int, int]

# Findings of these codes are marks. A `person` box (the whole body) is not: hiding it would
# hide the picture; the styles that change the whole person are the way to hide a body.
MARK_CODES = ("face", "text", "code", "animal", "home", "vehicle")
COVERED = "covered"  # a spot the person marked themselves


class MarkError(SafePicError):
    """A box or a mark number that does not fit the picture (one plain line)."""


@dataclass(frozen=True)
class Mark:
    """One spot to hide (or, with `hide=False`, to leave as it is by the person's choice).

    `number` is the finding's number as `check` shows it (1-based), None for a person's own box.
    """

    box: Box
    code: str
    number: int | None
    hide: bool = True

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "box": [int(v) for v in self.box]}
        if self.number is not None:
            data["number"] = self.number
        return data


def is_marked(finding: Finding) -> bool:
    """True for a finding that becomes a mark (it has a box and a kind the styles hide)."""
    return finding.box is not None and finding.code in MARK_CODES


def marked_findings(report: Report) -> list[Finding]:
    """The report's boxed findings in numbering order: number N is item N - 1."""
    return [finding for finding in report.findings if is_marked(finding)]


def marks_from(report: Report) -> list[Mark]:
    """One mark per boxed finding, numbered as `check` numbers them, every one hidden."""
    return [Mark(tuple(finding.box), finding.code, number)  # type: ignore[arg-type]
            for number, finding in enumerate(marked_findings(report), start=1)]


def covered(box: Box) -> Mark:
    """A spot the person covers themselves."""
    return Mark(tuple(int(v) for v in box), COVERED, None)  # type: ignore[arg-type]


def keep(marks: Sequence[Mark], numbers: Iterable[int]) -> list[Mark]:
    """The marks with found boxes `numbers` left as they are; MarkError for a number that names
    no found box."""
    numbers = list(numbers)
    known = {mark.number for mark in marks if mark.number is not None}
    for number in numbers:
        if number not in known:
            raise MarkError(_no_such_box(number, len(known)))
    return [replace(mark, hide=False) if mark.number in numbers else mark for mark in marks]


def _no_such_box(number: int, count: int) -> str:
    if count == 0:
        return words("There is no box {number}: the check found nothing with a place on this "
                     "picture.", number=number)
    return words("There is no box {number}: the check numbered {count} boxes on this picture "
                 "(see safepic check).", number=number, count=count)


_BOX = re.compile(r"^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*$")


def parse_box(text: str, size: tuple[int, int]) -> Box:
    """"X,Y,W,H" (whole pixels, upright picture) as a box inside a picture of `size`.

    Refused with one plain line: anything but four whole numbers of zero or more, a box of
    no width or height, or one that reaches outside the picture.
    """
    found = _BOX.match(text)
    if not found:
        raise MarkError(words("\u201c{text}\u201d is not a box. Write a box as X,Y,WIDTH,HEIGHT in "
                              "whole pixels, for example 10,20,300,200.", text=text))
    x, y, w, h = (int(v) for v in found.groups())
    return check_box((x, y, w, h), size, shown=text.strip())


def check_box(box: Box, size: tuple[int, int], *, shown: str | None = None) -> Box:
    """`box` itself when it has a size and lies inside a picture of `size`; MarkError if not."""
    x, y, w, h = box
    shown = shown or ",".join(str(v) for v in box)
    if w <= 0 or h <= 0:
        raise MarkError(words("The box {box} has no size: its width and height must be more "
                              "than 0.", box=shown))
    width, height = size
    if x < 0 or y < 0 or x + w > width or y + h > height:
        raise MarkError(words("The box {box} reaches outside the picture, which is {width} x "
                              "{height} pixels.", box=shown, width=width, height=height))
    return box


def scaled(marks: Sequence[Mark], factor: float) -> list[Mark]:
    """The marks on a copy of the picture `factor` times the size (a preview)."""
    if factor == 1.0:
        return list(marks)
    return [replace(mark, box=_scale_box(mark.box, factor)) for mark in marks]


def _scale_box(box: Box, factor: float) -> Box:
    x, y, w, h = box
    x0, y0 = math.floor(x * factor), math.floor(y * factor)
    x1, y1 = math.ceil((x + w) * factor), math.ceil((y + h) * factor)  # round outwards
    return (x0, y0, max(1, x1 - x0), max(1, y1 - y0))
