"""Run every check on a picture, step by step, with progress and a way to stop.

The check is the one look at the picture that everything after it shares: `look` returns an
`Analysis` (the picture, the report, the faces found, which finder found which kind of thing),
and every make-safe style and preview starts from it instead of searching the picture again.
`analyse` is the same check for callers that only want the report. Steps are plain functions,
so a new check is one line in `_steps` (or one entry in VISION_STEPS for a finder module that
exposes `check(picture) -> list[Finding]`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import Cancelled
from .marks import Mark, marks_from
from .picture import Picture
from .report import Finding, Report
from .words import words

if TYPE_CHECKING:
    import numpy as np

    from .similar import Fingerprint
    from .vision.faces import Face

Progress = Callable[[str], None]
IsCancelled = Callable[[], bool]
Step = Callable[["Analysis", "IsCancelled | None"], None]

FACES_MODULE = "faces"  # the name `found_by` gives the face-and-people step


@dataclass
class Analysis:
    """One look at a picture: what was found, kept so that nothing has to look again.

    `faces` are the face finder's own results (with how sure it was). `found_by` says which
    finder module found each kind of finding ("text" -> "text", "face" -> "faces"), so a
    re-check knows which finder to run where. `vision` says whether the pixel checks ran.
    """

    picture: Picture
    report: Report
    faces: list[Face] = field(default_factory=list)
    found_by: dict[str, str] = field(default_factory=dict)
    vision: bool = False
    _mask: np.ndarray | None = field(default=None, repr=False, compare=False)  # person mask, made when needed
    _sized: dict[tuple[int, int], Picture] = field(default_factory=dict, repr=False, compare=False)  # smaller copies
    _fingerprints: dict[tuple[int, int], Fingerprint] = field(default_factory=dict, repr=False, compare=False)
    _pixels: dict[tuple[int, int], np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    def marks(self) -> list[Mark]:
        """Every boxed finding as a numbered mark, hidden (see safepic.core.marks)."""
        return marks_from(self.report)

    def sized(self, size: tuple[int, int]) -> Picture:
        """The picture at `size` (a preview's), made once and shared by every style."""
        size = (int(size[0]), int(size[1]))
        if size == self.picture.size:
            return self.picture
        if size not in self._sized:
            from PIL import Image

            image = self.picture.image.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
            self._sized[size] = self.picture.with_image(image)
        return self._sized[size]

    def pixels(self, size: tuple[int, int]) -> np.ndarray:
        """The picture at `size` as RGB pixels, made once and shared by every style (read-only:
        a style makes its own copy to change)."""
        size = (int(size[0]), int(size[1]))
        if size not in self._pixels:
            import numpy as np

            image = self.sized(size).image
            pixels = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
            pixels.flags.writeable = False
            self._pixels[size] = pixels
        return self._pixels[size]

    def fingerprint(self, size: tuple[int, int]) -> Fingerprint:
        """The picture at `size` as the look-alike comparison sees it (similar.py), worked out
        once and shared by every style compared with it."""
        from .similar import Fingerprint

        size = (int(size[0]), int(size[1]))
        if size not in self._fingerprints:
            self._fingerprints[size] = Fingerprint(self.sized(size))
        return self._fingerprints[size]

    @property
    def person_found(self) -> bool:
        """True when the check found a person (a face and the body around it agree)."""
        return self.report.has("person")

    def person_mask(self) -> np.ndarray:
        """For each pixel, the chance (0..1) it shows a person, at most MASK_SIDE pixels long.

        Made once, on first use (only the styles that keep or draw the person need it): the
        model sees 256 pixels, so a larger mask would hold nothing more. The styles enlarge
        the cleaned-up outline to the size they work at (styles/scene.py).
        """
        from .styles.scene import MASK_SIDE
        from .vision import people

        if self._mask is None:
            scale = min(1.0, MASK_SIDE / max(self.picture.size))
            self._mask = people.person_mask(self.sized(
                (max(1, round(self.picture.size[0] * scale)), max(1, round(self.picture.size[1] * scale)))))
        mask: np.ndarray = self._mask
        return mask


def _hidden(analysis: Analysis, is_cancelled: IsCancelled | None) -> None:
    from .hidden.find import find_hidden

    result = find_hidden(analysis.picture)
    analysis.report.add(result.findings)
    analysis.report.location = result.location
    analysis.report.thumbnail = result.thumbnail


def _faces_and_people(analysis: Analysis, is_cancelled: IsCancelled | None) -> None:
    """One face search serves both: a person is reported where a face and the body mask agree."""
    from .vision import faces, people

    found = faces.find_faces(analysis.picture, is_cancelled=is_cancelled)
    analysis.faces = found
    _add(analysis, FACES_MODULE, faces.findings(found) + people.check(analysis.picture, faces=found))


def _add(analysis: Analysis, module: str, findings: list[Finding]) -> None:
    analysis.report.add(findings)
    for finding in findings:
        analysis.found_by.setdefault(finding.code, module)


def _vision_step(module: str, second_look: bool = True) -> Step:
    """A step that runs one detector from safepic.core.vision (each exposes `check`); without
    `second_look`, the words finder looks once (see `look`)."""
    options = {} if second_look or module != "text" else {"second_look": False}

    def step(analysis: Analysis, is_cancelled: IsCancelled | None) -> None:
        _add(analysis, module, finder(module).check(analysis.picture, **options))

    return step


def finder(module: str) -> Any:
    """The finder module safepic.core.vision.`module`."""
    return importlib.import_module(f".vision.{module}", __package__)


FACES_STEP = words("Looking for faces and people")
# What the person reads while each of the other vision steps runs, and the module that does it.
VISION_STEPS: list[tuple[str, str]] = [
    (words("Reading any words in the picture"), "text"),
    (words("Looking for codes that link somewhere"), "codes"),
    (words("Looking for pets, rooms at home and vehicles"), "animals"),
]


HIDDEN_STEP = words("Looking for hidden details inside the file")
COPIES_STEP = words("Looking for copies of it in your folder")


def step_labels() -> list[str]:
    """Every progress line analyse() can send, in order (the translation tool collects them)."""
    return [HIDDEN_STEP, FACES_STEP, *(label for label, _ in VISION_STEPS), COPIES_STEP]


def _steps(vision: bool, hidden: bool = True, second_look: bool = True) -> list[tuple[str, Step]]:
    steps: list[tuple[str, Step]] = [(HIDDEN_STEP, _hidden)] if hidden else []
    if vision:
        steps.append((FACES_STEP, _faces_and_people))
        steps += [(label, _vision_step(module, second_look)) for label, module in VISION_STEPS]
    return steps


def look(
    picture: Picture,
    *,
    vision: bool = True,
    hidden: bool = True,
    second_look: bool = True,
    compare_folder: Path | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Analysis:
    """Check one picture: hidden data, then (with vision) what it shows, then copies in a folder.

    Without `hidden`, the file's hidden details are not looked at: for making a safe version,
    which keeps nothing of the file but its pixels. Without `second_look`, the words finder
    looks once: its second look is for small print near a face hidden on a photo, which a
    small drawing of ours does not have (gallery.check_drawing).
    """
    report = Report(
        file=str(picture.path) if picture.path else picture.name,
        format=picture.format,
        size=picture.size,
        notes=list(picture.notes),
    )
    analysis = Analysis(picture=picture, report=report, vision=vision)
    for label, step in _steps(vision, hidden, second_look):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        if progress is not None:
            progress(label)
        step(analysis, is_cancelled)
    report.vision_checked = vision
    if compare_folder is not None:
        from .similar import find_copies

        if progress is not None:
            progress(COPIES_STEP)
        report.add(find_copies(picture, compare_folder, progress=progress, is_cancelled=is_cancelled))
        report.compared = True
    return analysis


def analyse(
    picture: Picture,
    *,
    vision: bool = True,
    compare_folder: Path | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Report:
    """The report of `look` alone, for callers that will not make the picture safe."""
    return look(picture, vision=vision, compare_folder=compare_folder, progress=progress,
                is_cancelled=is_cancelled).report
