"""Run every check on a picture, step by step, with progress and a way to stop.

The wizard's worker thread and `safepic check` both call `analyse`; each step adds findings to
one Report. Steps are plain functions so a new check is one line in `_steps`.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from .errors import Cancelled
from .picture import Picture
from .report import Report
from .words import words

Progress = Callable[[str], None]
IsCancelled = Callable[[], bool]
Step = Callable[[Picture, Report, "IsCancelled | None"], None]


def _hidden(picture: Picture, report: Report, is_cancelled: IsCancelled | None) -> None:
    from .hidden.find import find_hidden

    result = find_hidden(picture)
    report.add(result.findings)
    report.location = result.location
    report.thumbnail = result.thumbnail


def _faces_and_people(picture: Picture, report: Report, is_cancelled: IsCancelled | None) -> None:
    """One face search serves both: a person is reported where a face and the body mask agree."""
    from .vision import people

    report.add(people.check_all(picture, is_cancelled=is_cancelled))


def _vision_step(module: str) -> Step:
    """A step that runs one detector from safepic.core.vision (each exposes `check`)."""

    def step(picture: Picture, report: Report, is_cancelled: IsCancelled | None) -> None:
        checker = importlib.import_module(f".vision.{module}", __package__)
        report.add(checker.check(picture))

    return step


FACES_STEP = words("Looking for faces and people")
# What the person reads while each of the other vision steps runs, and the module that does it.
VISION_STEPS: list[tuple[str, str]] = [
    (words("Reading any words in the picture"), "text"),
    (words("Looking for codes that link somewhere"), "codes"),
    (words("Looking for pets"), "animals"),
]


HIDDEN_STEP = words("Looking for hidden details inside the file")
COPIES_STEP = words("Looking for copies of it in your folder")


def step_labels() -> list[str]:
    """Every progress line analyse() can send, in order (the translation tool collects them)."""
    return [HIDDEN_STEP, FACES_STEP, *(label for label, _ in VISION_STEPS), COPIES_STEP]


def _steps(vision: bool) -> list[tuple[str, Step]]:
    steps: list[tuple[str, Step]] = [(HIDDEN_STEP, _hidden)]
    if vision:
        steps.append((FACES_STEP, _faces_and_people))
        steps += [(label, _vision_step(module)) for label, module in VISION_STEPS]
    return steps


def analyse(
    picture: Picture,
    *,
    vision: bool = True,
    compare_folder: Path | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Report:
    """Check one picture: hidden data, then (with vision) what it shows, then copies in a folder."""
    report = Report(
        file=str(picture.path) if picture.path else picture.name,
        format=picture.format,
        size=picture.size,
        notes=list(picture.notes),
    )
    for label, step in _steps(vision):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        if progress is not None:
            progress(label)
        step(picture, report, is_cancelled)
    report.vision_checked = vision
    if compare_folder is not None:
        from .similar import find_copies

        if progress is not None:
            progress(COPIES_STEP)
        report.add(find_copies(picture, compare_folder, progress=progress, is_cancelled=is_cancelled))
        report.compared = True
    return report
