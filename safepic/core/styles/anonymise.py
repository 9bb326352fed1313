"""Make an anonymous version of a picture in one of six styles, and prove what it hides.

Every style starts from the one look at the picture (an `Analysis`) and its *marks*: every
finding with a place on the picture, plus the boxes the person drew, hidden unless the person
chose to leave one as it is (safepic.core.marks). The three marking styles hide every mark in
their own way (blur, big squares, stickers); the other three change the whole picture and put a
plain patch over each mark wherever it still shows.

A style is only as good as what a stranger's software can still find. So every result is
checked again by the real finders on its new pixels (styles/recheck.py): a style that hides
faces grows stronger (wider, blurrier, coarser) until no face is found on a marked head, and
falls back to a sticker if it must. A result is also compared with the original, because a
reverse image search can match an edited copy to a photo that was posted somewhere else.

Previews are made and checked at the size asked for (`size`); the picture that is saved is made
at full size once and checked again on the pixels of the written file (`check_again`).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import cv2
import numpy as np
from PIL import Image

from ..analyse import Analysis, look
from ..errors import Cancelled, SafePicError
from ..marks import Mark, marked_findings, scaled
from ..picture import Picture
from ..report import Finding, Report, shared_area
from ..words import words
from . import cartoon as style_cartoon
from . import faces as style_faces
from . import recheck
from . import scene as style_scene
from . import spots as style_spots

Progress = Callable[[str], None]
IsCancelled = Callable[[], bool]
Box = tuple[int, int, int, int]

PREVIEW_SIDE = 1024  # pictures are compared with the original at this size (or less)
# A preview is made and checked at least this large, whatever size was asked for: big enough
# for the smallest marked face to be RECHECK_FACE pixels wide (where a face finder can still
# tell whether a face is there), between LEAST_PREVIEW and MOST_PREVIEW pixels long.
RECHECK_FACE = 24
LEAST_PREVIEW = 640
MOST_PREVIEW = 1280


class StyleError(SafePicError):
    """The asked-for style does not exist."""


@dataclass(frozen=True)
class StyleInfo:
    """What the wizard and the command line show for a style."""

    name: str
    title: str
    description: str
    only_marks: bool = False  # changes nothing but the marks (pointless when nothing is marked)


@dataclass
class StyleResult:
    """The new picture (pixels only), what the finders found on it, and plain-words notes.

    `marks` are the marks it was made with, in the photo's pixels. `preview` is True when the
    picture is smaller than the photo; `checked` says in words how it was checked. `report` is
    None until the picture has been checked (see `check_again`).
    """

    style: str
    picture: Picture
    report: Report | None
    notes: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    preview: bool = False
    checked: str = ""


STYLES: dict[str, StyleInfo] = {
    info.name: info
    for info in (
        StyleInfo("blur-faces", words("Blur what we marked"),
                  words("Faces, words and everything else we marked turn into a soft blur. The "
                        "rest stays as it is."), only_marks=True),
        StyleInfo("pixelate-faces", words("Squares over what we marked"),
                  words("Everything we marked becomes a few big coloured squares, like an old "
                        "video game."), only_marks=True),
        StyleInfo("cover-faces", words("Stickers on what we marked"),
                  words("A cheerful sticker, like a daisy, a heart or a star, sits over "
                        "everything we marked."), only_marks=True),
        StyleInfo("blur-background", words("Blur the place"),
                  words("You stay sharp and the place behind you turns into a soft blur, so "
                        "nobody can tell where you are. What we marked on you gets a plain "
                        "patch.")),
        StyleInfo("cartoon", words("Make it a drawing"),
                  words("Your photo looks drawn, with flat colours and dark lines. What we "
                        "marked gets a plain patch. People who know you may still recognise "
                        "you.")),
        StyleInfo("silhouette", words("Just my outline"),
                  words("You become a plain dark shape on a soft sky. Nothing else of the photo is "
                        "kept.")),
    )
}

# Said beside a look-alike finding where the person reads notes (the wizard's choice).
LOOK_ALIKE_NOTE = words("This still looks like your original photo. If you posted the original "
                        "anywhere, a reverse image search could link the two.")

# How each marking style grows stronger, round by round, while a face can still be found.
_BLUR_ROUNDS = [dict(margin=2.0, detail=5), dict(margin=2.3, detail=4), dict(margin=2.6, detail=3)]
_BLOCK_ROUNDS = [dict(margin=2.0, blocks=7), dict(margin=2.3, blocks=5), dict(margin=2.6, blocks=4)]
_COVER_ROUNDS = [dict(margin=2.0), dict(margin=2.3), dict(margin=2.6)]
_LAST_COVER = dict(margin=2.8)  # the sticker every face style falls back to

_STILL_A_FACE = words("SafePic can still find a face in this version. Please choose another style, "
                      "or a picture without a face.")
_CHECKED_PREVIEW = words("This is a preview, checked again at this size. The picture you save is "
                         "made again in full and checked again.")
_CHECKED_FULL = words("Checked again on its new pixels, everywhere something was found or "
                      "marked.")
_FINDERS_MISS = words("The finders found nothing more in this version, but they can miss things. "
                      "Please look at it yourself before you use it.")


def make_safe(
    source: Analysis | Picture,
    style: str,
    marks: Sequence[Mark] | None = None,
    *,
    size: int | None = None,
    check: bool = True,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> StyleResult:
    """`style` applied to the analysed picture, hiding `marks` (default: every found spot).

    Pass the check's Analysis so nothing is searched again (a Picture is looked at first).
    `size` asks for a preview about that many pixels long; it is made larger when the re-check
    needs more pixels to mean anything (see `preview_side`). With `check`, the result is checked
    again before it is returned; without, call `check_again` on the written file. Raises
    StyleError for an unknown style.
    """
    info = STYLES.get(style)
    if info is None:
        raise StyleError(words("There is no style called \u201c{style}\u201d. The styles are: {styles}.",
                               style=style, styles=", ".join(STYLES)))
    analysis = source if isinstance(source, Analysis) else look(
        source, progress=progress, is_cancelled=is_cancelled)
    marks = analysis.marks() if marks is None else list(marks)
    run = _Run(analysis, marks, None if size is None else preview_side(analysis, marks, size),
               progress, is_cancelled)
    if style == "blur-faces":
        rgb = run.hide_marks(_BLUR_ROUNDS, partial(style_faces.blur_faces, rng=run.rng()),
                             partial(style_spots.blur_spots, rng=run.rng()), words("Blurring what we marked"))
    elif style == "pixelate-faces":
        rgb = run.hide_marks(_BLOCK_ROUNDS, partial(style_faces.pixelate_faces, rng=run.rng()),
                             partial(style_spots.pixelate_spots, rng=run.rng()),
                             words("Turning what we marked into squares"))
    elif style == "cover-faces":
        rgb = run.hide_marks(_COVER_ROUNDS, style_faces.cover_faces,
                             partial(style_spots.cover_spots, first=len(run.faces)),
                             words("Putting stickers on what we marked"))
    elif style == "blur-background":
        rgb = run.blur_background()
    elif style == "cartoon":
        rgb = run.cartoon()
    else:
        rgb = run.silhouette()
    result = StyleResult(style=style, picture=run.result(rgb, keep_alpha=style != "silhouette"),
                         report=None, notes=run.notes,
        marks=marks, preview=run.factor < 1.0)
    if not check:
        return result
    return check_again(analysis, result, progress=progress, is_cancelled=is_cancelled)


def preview_side(analysis: Analysis, marks: Sequence[Mark], size: int) -> int:
    """The long side a preview asked to be `size` long is made and checked at: large enough
    that the smallest marked face is RECHECK_FACE pixels wide (a re-check of a face a few
    pixels wide would prove nothing), at least LEAST_PREVIEW (words stay readable) and at most
    MOST_PREVIEW; never more than the photo."""
    long_side = max(analysis.picture.size)
    faces = [mark.box[2] for mark in marks if mark.code == "face"]
    needed = math.ceil(long_side * RECHECK_FACE / min(faces)) if faces else 0
    return min(long_side, max(size, LEAST_PREVIEW, min(needed, MOST_PREVIEW)))


def check_again(analysis: Analysis, result: StyleResult, written: Picture | None = None, *,
                square: bool = False, progress: Progress | None = None,
                is_cancelled: IsCancelled | None = None) -> StyleResult:
    """`result` with a report from the real finders on its pixels, or on the pixels of the file
    it was `written` to (opened again), and the notes that go with it. With `square`, the file
    holds the centred square that write_clean(square=...) cuts out of the picture."""
    picture = written or result.picture
    frame = _Frame.of(analysis.picture.size, picture.size, square)
    marks = frame.marks(result.marks, picture.size)
    if progress is not None:
        progress(words("Checking it again"))
    report = recheck.look_again(analysis, picture, marks, factor=frame.scale,
                                whole_faces=result.style == "silhouette", is_cancelled=is_cancelled)
    notes = list(result.notes)
    if result.style == "silhouette":
        # One flat shape on a made-up sky: the pet finder takes the outline of a head or a
        # helmet for a bird or a cat, and no pet could be told apart by its outline anyway.
        report.findings = [f for f in report.findings if f.code != "animal"]
    report.add_unseen(_kept(analysis, result.style, picture, marks, frame))
    if progress is not None:
        progress(words("Comparing it with your original"))
    if _looks_alike(analysis, picture):
        if result.style == "blur-background":  # heavily blurred: only its shapes still match
            report.add([Finding(
                code="look-alike", severity="medium",
                title=words("The shapes still match the original"),
                detail=words("The place is blurred, but the person and where things are stay the "
                             "same. If the original photo was ever posted online, a reverse image "
                             "search could still match this version to it."),
            )])
        else:
            report.add([Finding(
                code="look-alike", severity="medium",
                title=words("It still looks like the original"),
                detail=words("If the original photo was ever posted online, a reverse image search "
                             "could match this version to it."),
            )])
            notes.append(LOOK_ALIKE_NOTE)
    notes += _kept_notes([mark for mark in marks if not mark.hide and _shows(mark, report)])
    faces = report.by_code("face")
    if faces and any(not m.hide for m in result.marks if m.code == "face"):
        notes.append(words("A face can still be seen in this version. People who know you "
                           "may recognise you."))
    elif faces and _STILL_A_FACE not in notes:
        notes.append(_STILL_A_FACE)
    if not any(f.box for f in report.findings):
        notes.append(_FINDERS_MISS)
    preview = written is None and frame.scale < 1.0
    return replace(result, report=report, notes=notes,
                   checked=_CHECKED_PREVIEW if preview else _CHECKED_FULL)


@dataclass(frozen=True)
class _Frame:
    """Where a picture made from the photo lies on it: photo pixel p is at (p - origin) * scale
    in the picture, which shows the photo's area `crop` (x0, y0, x1, y1)."""

    origin: tuple[int, int]
    scale: float
    crop: tuple[int, int, int, int]

    @classmethod
    def of(cls, photo: tuple[int, int], size: tuple[int, int], square: bool) -> _Frame:
        width, height = photo
        if not square:
            return cls((0, 0), size[0] / width, (0, 0, width, height))
        edge = min(width, height)
        left, top = (width - edge) // 2, (height - edge) // 2
        return cls((left, top), size[0] / edge, (left, top, left + edge, top + edge))

    def marks(self, marks: Sequence[Mark], size: tuple[int, int]) -> list[Mark]:
        """The marks in the picture's pixels (those outside it left out)."""
        if self.origin == (0, 0):
            return scaled(marks, self.scale)
        out = []
        for mark in marks:
            x, y, w, h = mark.box
            x0 = max(0, math.floor((x - self.origin[0]) * self.scale))
            y0 = max(0, math.floor((y - self.origin[1]) * self.scale))
            x1 = min(size[0], math.ceil((x + w - self.origin[0]) * self.scale))
            y1 = min(size[1], math.ceil((y + h - self.origin[1]) * self.scale))
            if x1 > x0 and y1 > y0:
                out.append(replace(mark, box=(x0, y0, x1 - x0, y1 - y0)))
        return out

    def original(self, analysis: Analysis, size: tuple[int, int]) -> Picture:
        """The photo as this picture frames it, at `size`."""
        if self.origin == (0, 0):
            return analysis.sized(size)
        return analysis.picture.with_image(analysis.picture.image.resize(
            size, Image.Resampling.LANCZOS, box=self.crop, reducing_gap=2.0))


def _shows(mark: Mark, report: Report) -> bool:
    """True when the report has a finding of the mark's kind on the mark's spot."""
    return any(f.code == mark.code and f.box is not None and shared_area(f.box, mark.box) > 0.3
               for f in report.findings)


def _kept_notes(kept: Sequence[Mark]) -> list[str]:
    """The person's choice, said once: which found spots were left as they are and still show."""
    numbers = [str(mark.number) for mark in kept if mark.number is not None]
    if not numbers:
        return []
    if len(numbers) == 1:
        return [words("You chose to leave marked spot {number} as it is, so what it shows can "
                      "still be seen.", number=numbers[0])]
    return [words("You chose to leave marked spots {numbers} as they are, so what they show can "
                  "still be seen.", numbers=", ".join(numbers))]


def _kept(analysis: Analysis, style: str, picture: Picture, marks: Sequence[Mark],
          frame: _Frame) -> list[Finding]:
    """The findings the person chose to keep that are still there, even where a fresh look
    misses them (a preview is small; a drawn face fools the face finder).

    A kept spot counts as still there when its pixels are hardly changed. A drawing keeps
    every kept face where it was, with its hair, shape and colours, however flat: on a drawn
    group photo the face finder saw one face in six, or none, and another finder may see them.
    """
    found = marked_findings(analysis.report)
    kept = [(mark, found[mark.number - 1]) for mark in marks
            if not mark.hide and mark.number is not None]
    if not kept:
        return []
    original = _rgb(frame.original(analysis, picture.size))
    now = _rgb(picture)
    out = []
    for mark, finding in kept:
        if style == "cartoon" and mark.code == "face":
            out.append(replace(finding, box=mark.box, title=words("A face is still drawn here"),
                               detail=words("The drawing keeps this face where it was, with its "
                                            "shape, hair and colours. People who know you may "
                                            "still recognise it, and so may some face-search "
                                            "tools.")))
        elif _unchanged(original, now, mark.box):
            out.append(replace(finding, box=mark.box))
    return out


def _unchanged(before: np.ndarray, after: np.ndarray, box: Box, *, least: float = 6.0) -> bool:
    """True when the pixels inside `box` differ by less than `least` on average."""
    x, y, w, h = box
    a = before[y:y + h, x:x + w].astype(np.int16)
    b = after[y:y + h, x:x + w].astype(np.int16)
    return a.size > 0 and float(np.abs(a - b).mean()) < least


def _rgb(picture: Picture) -> np.ndarray:
    image = picture.image
    return np.asarray(image if image.mode == "RGB" else image.convert("RGB"))


class _Run:
    """One style being made: the (possibly smaller) picture, its marks, progress and notes."""

    def __init__(self, analysis: Analysis, marks: Sequence[Mark], size: int | None,
                 progress: Progress | None, is_cancelled: IsCancelled | None) -> None:
        self.analysis = analysis
        original = analysis.picture
        long_side = max(original.size)
        if size is not None and size < long_side:
            self.picture = analysis.sized(_scaled_size(original.size, (size, size)))
            self.factor = self.picture.size[0] / original.size[0]
        else:
            self.picture, self.factor = original, 1.0
        self.marks = scaled(marks, self.factor)
        self.faces, self.spots = _heads_and_spots(
            [m.box for m in self.marks if m.hide and m.code == "face"],
            [m.box for m in self.marks if m.hide and m.code != "face"], max(self.picture.size))
        self.rgb = analysis.pixels(self.picture.size)
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.notes: list[str] = []
        self._seed: int | None = None
        self._made: tuple[np.ndarray, bool, Picture] | None = None

    def rng(self) -> np.random.Generator:
        """Noise drawn from the picture's own pixels: the same picture always gives the same
        result (previews do not flicker, tests do not wobble), yet someone holding only the
        result cannot know the noise."""
        if self._seed is None:
            thumb = cv2.resize(self.rgb, (64, 64), interpolation=cv2.INTER_AREA)
            self._seed = int.from_bytes(hashlib.blake2b(thumb.tobytes(), digest_size=8).digest(), "big")
        return np.random.default_rng(self._seed)

    def step(self, label: str) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        if self.progress is not None:
            self.progress(label)

    def image(self, rgb: np.ndarray, *, keep_alpha: bool = True) -> Image.Image:
        """Pixels as the result will be saved: the original's transparency, and no colour kept
        under fully transparent pixels."""
        if not (keep_alpha and self.picture.has_alpha):
            return Image.fromarray(rgb)
        alpha = self.picture.image.getchannel("A")
        image = Image.fromarray(np.where(np.asarray(alpha)[..., None] == 0, 0, rgb).astype(np.uint8))
        image.putalpha(alpha)
        return image

    def result(self, rgb: np.ndarray, *, keep_alpha: bool = True) -> Picture:
        """`rgb` as a picture of pixels only (like Picture.with_image, without copying them
        once more: 36 MB a time on a 12-megapixel photo). The last one is kept: the pixels the
        face finder passed are the style's result, made into a picture once."""
        made = self._made
        if made is None or made[0] is not rgb or made[1] != keep_alpha:
            made = self._made = (rgb, keep_alpha, replace(
                self.picture, image=self.image(rgb, keep_alpha=keep_alpha), data=b"",
                notes=list(self.picture.notes)))
        return made[2]

    def faces_left(self, rgb: np.ndarray, boxes: Sequence[Box], *, keep_alpha: bool = True,
                   whole: bool = False) -> list[Box]:
        """Faces the face finder sees on `rgb` around the faces in `boxes` (or everywhere)."""
        self.step(words("Checking that no face is left"))
        picture = self.result(rgb, keep_alpha=keep_alpha)
        found = recheck.faces_near(picture, [(box, "face") for box in boxes], self.factor,
                                   whole=whole, is_cancelled=self.is_cancelled)
        return [face.box for face in found]

    def nothing_marked(self) -> bool:
        if self.faces or self.spots:
            return False
        self.notes.append(words("Nothing is marked to hide, so nothing was changed. You can mark "
                                "anything you want hidden yourself."))
        return True

    def hide_marks(self, rounds: Sequence[Mapping[str, Any]], faces: Callable[..., np.ndarray],
                   spots: Callable[..., np.ndarray], label: str) -> np.ndarray:
        """Hide every spot, then every face: the faces stronger each round until the finder
        sees no face on a marked head.

        A face found again on a hidden head means "not strong enough": the next round is
        stronger. A face found beside one is a face the first look missed: it is added.
        """
        if self.nothing_marked():
            return self.rgb
        self.step(label)
        base = spots(self.rgb, self.spots) if self.spots else self.rgb
        boxes = _merge_boxes(self.faces)
        if not boxes:
            return base
        result = base
        for number, params in enumerate(rounds):
            if number:
                self.step(words("{label} (try {number})", label=label, number=number + 1))
            result = faces(base, boxes, **params)
            left = self.faces_left(result, boxes)
            if not left:
                return result
            margin = params.get("margin", style_faces.MARGIN)
            side = max(self.rgb.shape[:2])
            heads = [style_faces.head_ellipse(box, margin, side) for box in boxes]
            boxes = _merge_boxes(boxes + [b for b in left if not any(_on_head(b, h) for h in heads)])
        self.step(words("Covering what is left of the faces"))
        self.notes.append(words("A face could still be found, so SafePic put stickers over the faces."))
        return self._cover_left(result, boxes)

    def _cover_left(self, rgb: np.ndarray, boxes: list[Box], *, keep_alpha: bool = True,
                    whole: bool = False) -> np.ndarray:
        """The last resort: a sticker over every face, then over anything the finder still
        calls a face."""
        result = style_faces.cover_faces(rgb, boxes, **_LAST_COVER)
        left = self.faces_left(result, boxes, keep_alpha=keep_alpha, whole=whole)
        if left:
            result = style_faces.cover_faces(result, _merge_boxes(left), **_LAST_COVER)
            if self.faces_left(result, left, keep_alpha=keep_alpha, whole=whole):
                self.notes.append(_STILL_A_FACE)
        return result

    def _patch_shown(self, rgb: np.ndarray, showing: np.ndarray | None) -> np.ndarray:
        """A plain patch over each mark where it still shows; then, if the finder still sees
        a face on a marked head (a face blurred with the place), a patch over all of it."""
        if not (self.faces or self.spots):
            return rgb
        self.step(words("Covering what we marked"))
        # `rgb` is the style's own new picture, not made into a picture yet: patched in place.
        out = style_spots.fill_spots(rgb, self.spots, faces=self.faces, showing=showing, in_place=True)
        if showing is not None and self.faces:
            left = self.faces_left(out, self.faces)
            if left:
                out = style_spots.fill_spots(out, [], faces=_merge_boxes(self.faces + left))
        return out

    def person_mask(self) -> np.ndarray:
        """The check's person mask (small: the styles enlarge its outline). The segmenter
        paints any main subject (a cat, a cup) as a person, so a person counts as found only
        where the check found one (a face and the body around it)."""
        self.step(words("Finding the person"))
        return self.analysis.person_mask()

    def blur_background(self) -> np.ndarray:
        mask = self.person_mask()
        if not style_scene.has_person(mask):
            self.notes.append(words("SafePic could not find a person here, so the whole picture is "
                                    "blurred."))
        elif not self.analysis.person_found:
            self.notes.append(words("SafePic could not find a person here, so it kept the main thing "
                                    "in the picture sharp and blurred the rest."))
        self.step(words("Blurring the place"))
        alpha = style_scene.person_alpha(mask, self.picture.size)
        return self._patch_shown(style_scene.blur_behind(self.rgb, alpha), alpha)

    def cartoon(self) -> np.ndarray:
        self.step(words("Drawing the picture"))
        return self._patch_shown(style_cartoon.cartoon(self.rgb), None)

    def silhouette(self) -> np.ndarray:
        mask = self.person_mask()
        if not style_scene.has_person(mask):
            self.notes.append(words("SafePic could not find a person here, so only the soft sky is "
                                    "left. This style works best with one person in the picture."))
        elif not self.analysis.person_found:
            self.notes.append(words("SafePic could not find a person here, so the outline is of the "
                                    "main thing in the picture."))
        self.step(words("Drawing your outline"))
        result = style_scene.silhouette(mask, size=self.picture.size)
        left = self.faces_left(result, [], keep_alpha=False, whole=True)
        return self._cover_left(result, left, keep_alpha=False, whole=True) if left else result


def _looks_alike(analysis: Analysis, result: Picture) -> bool:
    """Compared at a modest size: the comparison shrinks both pictures to a few hundred pixels
    anyway, and the photo's side of it is worked out once for every style."""
    from ..similar import looks_alike

    scale = min(1.0, PREVIEW_SIDE / max(result.size))
    size = (max(1, round(result.size[0] * scale)), max(1, round(result.size[1] * scale)))
    if size != result.size:
        result = result.with_image(result.image.resize(size, Image.Resampling.BOX, reducing_gap=2.0))
    return looks_alike(analysis.fingerprint(_scaled_size(analysis.picture.size, size)), result)


def _scaled_size(photo: tuple[int, int], like: tuple[int, int]) -> tuple[int, int]:
    """The photo's size shrunk to the long side of `like`."""
    scale = max(like) / max(photo)
    return (max(1, round(photo[0] * scale)), max(1, round(photo[1] * scale)))


def _heads_and_spots(faces: list[Box], spots: list[Box], side: int) -> tuple[list[Box], list[Box]]:
    """A spot centred on a face's head (words on a cap, a pet finder's box around a head)
    joins that face: one bigger head is hidden, instead of a head over half a spot."""
    faces = list(faces)
    alone = []
    for spot in spots:
        x, y, w, h = spot
        centre = (x + w / 2, y + h / 2, 0, 0)
        i = next((i for i, face in enumerate(faces)
                  if _on_head(centre, style_faces.head_ellipse(face, style_faces.MARGIN, side))), None)
        if i is None:
            alone.append(spot)
        else:
            fx, fy, fw, fh = faces[i]
            x0, y0 = min(fx, x), min(fy, y)
            faces[i] = (x0, y0, max(fx + fw, x + w) - x0, max(fy + fh, y + h) - y0)
    return faces, alone


def _merge_boxes(boxes: Sequence[Box]) -> list[Box]:
    """One box per head: boxes that mostly overlap (two finds of one face) become their union."""
    merged: list[Box] = []
    for box in sorted(boxes, key=lambda b: b[2] * b[3], reverse=True):
        for i, old in enumerate(merged):
            if shared_area(old, box) > 0.5:
                x0, y0 = min(old[0], box[0]), min(old[1], box[1])
                x1 = max(old[0] + old[2], box[0] + box[2])
                y1 = max(old[1] + old[3], box[1] + box[3])
                merged[i] = (x0, y0, x1 - x0, y1 - y0)
                break
        else:
            merged.append(box)
    return merged


def _on_head(box: tuple[float, float, float, float], head: style_faces.Ellipse) -> bool:
    """True when a box found after styling overlaps a head the style already hid."""
    x, y, w, h = box
    nearest_x = min(max(head.cx, x), x + w)
    nearest_y = min(max(head.cy, y), y + h)
    return ((nearest_x - head.cx) / head.rx) ** 2 + ((nearest_y - head.cy) / head.ry) ** 2 <= 1.0
