"""Make an anonymous version of a picture in one of six styles, and prove what it hides.

A style is only as good as what a stranger's software can still find. So every result is
checked again with the same face detector: a style that promises to hide faces grows stronger
(wider, blurrier, coarser) until no face is found, and falls back to a sticker if it must. Then
the whole analysis runs on the result, and it is compared with the original, because a reverse
image search can match an edited copy to a photo that was posted somewhere else.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Callable, Sequence

import cv2
import numpy as np
from PIL import Image

from . import cartoon as style_cartoon
from . import faces as style_faces
from . import scene as style_scene
from ..analyse import analyse
from ..errors import Cancelled, SafePicError
from ..picture import Picture
from ..report import Finding, Report, shared_area
from ..words import words

if TYPE_CHECKING:
    from ..vision.faces import Face

Progress = Callable[[str], None]
IsCancelled = Callable[[], bool]
Box = tuple[int, int, int, int]


class StyleError(SafePicError):
    """The asked-for style does not exist."""


@dataclass(frozen=True)
class StyleInfo:
    """What the wizard and the command line show for a style."""

    name: str
    title: str
    description: str
    hides_faces: bool
    only_faces: bool = False  # changes nothing but the faces found (pointless when none is)


@dataclass
class StyleResult:
    """The new picture (pixels only), what a fresh check of it found, and plain-words notes."""

    style: str
    picture: Picture
    report: Report
    notes: list[str] = field(default_factory=list)


STYLES: dict[str, StyleInfo] = {
    info.name: info
    for info in (
        StyleInfo("blur-faces", words("Blur my face"),
                  words("Your face and hair turn into a soft blur. The rest stays as it is."), True,
                  only_faces=True),
        StyleInfo("pixelate-faces", words("Turn my face into squares"),
                  words("Your face becomes a few big coloured squares, like an old video game."), True,
                  only_faces=True),
        StyleInfo("cover-faces", words("Put a sticker on my face"),
                  words("A cheerful sticker, like a daisy, a heart or a star, sits over your face."),
                  True, only_faces=True),
        StyleInfo("blur-background", words("Blur the place"),
                  words("You stay sharp and the place behind you turns into a soft blur, so nobody "
                        "can tell where you are. Your face still shows."), False),
        StyleInfo("cartoon", words("Make it a drawing"),
                  words("Your photo looks drawn, with flat colours and dark lines. People who know "
                        "you may still recognise you."), False),
        StyleInfo("silhouette", words("Just my outline"),
                  words("You become a plain dark shape on a soft sky. Nothing else of the photo is "
                        "kept."), True),
    )
}

# Said beside a look-alike finding where the person reads notes (the wizard's choice).
LOOK_ALIKE_NOTE = words("This still looks like your original photo. If you posted the original "
                        "anywhere, a reverse image search could link the two.")

# How each face style grows stronger, round by round, while a face can still be found.
_BLUR_ROUNDS = [dict(margin=2.0, detail=5), dict(margin=2.3, detail=4), dict(margin=2.6, detail=3)]
_BLOCK_ROUNDS = [dict(margin=2.0, blocks=7), dict(margin=2.3, blocks=5), dict(margin=2.6, blocks=4)]
_COVER_ROUNDS = [dict(margin=2.0), dict(margin=2.3), dict(margin=2.6)]
_LAST_COVER = dict(margin=2.8)  # the sticker every face style falls back to

_STILL_A_FACE = words("SafePic can still find a face in this version. Please choose another style, "
                      "or a picture without a face.")


def make_safe(
    picture: Picture,
    style: str,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> StyleResult:
    """The picture in `style`, checked again; raises StyleError for an unknown style."""
    info = STYLES.get(style)
    if info is None:
        raise StyleError(words("There is no style called \u201c{style}\u201d. The styles are: {styles}.",
                               style=style, styles=", ".join(STYLES)))
    run = _Run(picture, progress, is_cancelled)
    if style == "blur-faces":
        rgb = run.hide_faces(_BLUR_ROUNDS, partial(style_faces.blur_faces, rng=run.rng()),
                             words("Blurring faces"))
    elif style == "pixelate-faces":
        rgb = run.hide_faces(_BLOCK_ROUNDS, partial(style_faces.pixelate_faces, rng=run.rng()),
                             words("Turning faces into squares"))
    elif style == "cover-faces":
        rgb = run.hide_faces(_COVER_ROUNDS, style_faces.cover_faces, words("Putting stickers on faces"))
    elif style == "blur-background":
        rgb = run.blur_background()
    elif style == "cartoon":
        rgb = run.cartoon()
    else:
        rgb = run.silhouette()
    return run.finish(style, rgb, keep_alpha=style != "silhouette")


class _Run:
    """One style being made: the original, progress and the notes gathered on the way."""

    def __init__(self, picture: Picture, progress: Progress | None,
                 is_cancelled: IsCancelled | None) -> None:
        self.picture = picture
        self.rgb = np.asarray(picture.image.convert("RGB"))
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.notes: list[str] = []
        self.kept_faces: list[Face] = []  # faces the style keeps on purpose (the drawing)

    def rng(self) -> np.random.Generator:
        """Noise drawn from the picture's own pixels: the same picture always gives the same
        result (previews do not flicker, tests do not wobble), yet someone holding only the
        result cannot know the noise."""
        thumb = cv2.resize(self.rgb, (64, 64), interpolation=cv2.INTER_AREA)
        seed = int.from_bytes(hashlib.blake2b(thumb.tobytes(), digest_size=8).digest(), "big")
        return np.random.default_rng(seed)

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

    def faces(self, rgb: np.ndarray, label: str, *, keep_alpha: bool = True) -> list[Box]:
        from ..vision.faces import find_faces

        self.step(label)
        found = find_faces(self.picture.with_image(self.image(rgb, keep_alpha=keep_alpha)))
        return [face.box for face in found]

    def hide_faces(self, rounds: Sequence[dict], apply: Callable[..., np.ndarray],
                   label: str) -> np.ndarray:
        """Apply a face style, stronger each round, until the detector finds no face left.

        A face found again on a hidden head means "not strong enough": the next round is
        stronger. A face found somewhere else is a face the first look missed: it is added.
        """
        boxes = _merge_boxes(self.faces(self.rgb, words("Looking for faces")))
        if not boxes:
            self.notes.append(words("SafePic found no face in this picture, so nothing was changed. "
                                    "If there is a face, the outline style hides it for sure."))
            return self.rgb
        result = self.rgb
        for number, params in enumerate(rounds):
            self.step(words("{label} (try {number})", label=label, number=number + 1) if number else label)
            result = apply(self.rgb, boxes, **params)
            left = self.faces(result, words("Checking that no face is left"))
            if not left:
                return result
            margin = params.get("margin", style_faces.MARGIN)
            side = max(self.rgb.shape[:2])
            heads = [style_faces.head_ellipse(box, margin, side) for box in boxes]
            boxes = _merge_boxes(boxes + [b for b in left if not any(_on_head(b, h) for h in heads)])
        self.step(words("Covering what is left of the faces"))
        self.notes.append(words("A face could still be found, so SafePic put stickers over the faces."))
        return self._cover_left(result, boxes)

    def _cover_left(self, rgb: np.ndarray, boxes: list[Box], *, keep_alpha: bool = True) -> np.ndarray:
        """The last resort for any face style: a sticker over every face, then over anything
        the detector still calls a face."""
        label = words("Checking that no face is left")
        result = style_faces.cover_faces(rgb, boxes, **_LAST_COVER)
        left = self.faces(result, label, keep_alpha=keep_alpha)
        if left:
            result = style_faces.cover_faces(result, _merge_boxes(left), **_LAST_COVER)
            if self.faces(result, label, keep_alpha=keep_alpha):
                self.notes.append(_STILL_A_FACE)
        return result

    def person(self) -> tuple[np.ndarray, bool]:
        """The person mask, and whether a person (not just a shape) was really found.

        The segmentation model paints any main subject (a cat, a cup) as a person, so a person
        counts as found only where the people check (mask and face together) agrees.
        """
        from ..vision import people

        self.step(words("Finding the person"))
        return people.person_mask(self.picture), bool(people.check(self.picture))

    def blur_background(self) -> np.ndarray:
        mask, found = self.person()
        if not style_scene.has_person(mask):
            self.notes.append(words("SafePic could not find a person here, so the whole picture is "
                                    "blurred."))
        elif not found:
            self.notes.append(words("SafePic could not find a person here, so it kept the main thing "
                                    "in the picture sharp and blurred the rest."))
        self.step(words("Blurring the place"))
        return style_scene.blur_background(self.rgb, mask)

    def cartoon(self) -> np.ndarray:
        """The drawing, remembering where the faces were: a drawing keeps every face on purpose."""
        from ..vision.faces import find_faces

        self.step(words("Looking for faces"))
        self.kept_faces = find_faces(self.picture, is_cancelled=self.is_cancelled)
        self.step(words("Drawing the picture"))
        return style_cartoon.cartoon(self.rgb)

    def silhouette(self) -> np.ndarray:
        mask, found = self.person()
        if not style_scene.has_person(mask):
            self.notes.append(words("SafePic could not find a person here, so only the soft sky is "
                                    "left. This style works best with one person in the picture."))
        elif not found:
            self.notes.append(words("SafePic could not find a person here, so the outline is of the "
                                    "main thing in the picture."))
        self.step(words("Drawing your outline"))
        result = style_scene.silhouette(mask)
        left = self.faces(result, words("Checking that no face is left"), keep_alpha=False)
        return self._cover_left(result, left, keep_alpha=False) if left else result

    def finish(self, style: str, rgb: np.ndarray, *, keep_alpha: bool) -> StyleResult:
        """Wrap the pixels, run the whole analysis on them, and compare with the original."""
        result = self.picture.with_image(self.image(rgb, keep_alpha=keep_alpha))
        report = analyse(result, vision=True, progress=self.progress,
                         is_cancelled=self.is_cancelled)
        if style == "silhouette":
            # One flat shape on a made-up sky: the pet finder takes the outline of a head or a
            # helmet for a bird or a cat, and no pet could be told apart by its outline anyway.
            report.findings = [f for f in report.findings if f.code != "animal"]
        report.add_unseen(self._kept_faces())
        self.step(words("Comparing it with your original"))
        if _looks_alike(self.picture, result):
            report.add([Finding(
                code="look-alike", severity="medium",
                title=words("It still looks like the original"),
                detail=words("If the original photo was ever posted online, a reverse image search "
                             "could match this version to it."),
            )])
            self.notes.append(LOOK_ALIKE_NOTE)
        faces = report.by_code("face")
        if faces and not STYLES[style].hides_faces:
            self.notes.append(words("A face can still be seen in this version. People who know you "
                                    "may recognise you."))
        elif faces and _STILL_A_FACE not in self.notes:
            self.notes.append(_STILL_A_FACE)
        return StyleResult(style=style, picture=result, report=report, notes=self.notes)

    def _kept_faces(self) -> list[Finding]:
        """The faces the style kept on purpose (a drawing keeps every face).

        Flat colours and ink lines fool the face finder (on a drawn group photo it finds one
        face in six, or none), yet each face is still drawn where it was, with its hair, shape
        and colours, and another face finder may still see it. So the report keeps them all.
        """
        from ..vision.faces import findings

        return findings(self.kept_faces, title=words("A face is still drawn here"),
                        detail=words("The drawing keeps this face where it was, with its shape, "
                                     "hair and colours. People who know you may still recognise "
                                     "it, and so may some face-search tools."))


def _looks_alike(original: Picture, result: Picture) -> bool:
    from ..similar import looks_alike

    return looks_alike(original, result)


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


def _on_head(box: Box, head: style_faces.Ellipse) -> bool:
    """True when a box found after styling overlaps a head the style already hid."""
    x, y, w, h = box
    nearest_x = min(max(head.cx, x), x + w)
    nearest_y = min(max(head.cy, y), y + h)
    return ((nearest_x - head.cx) / head.rx) ** 2 + ((nearest_y - head.cy) / head.ry) ** 2 <= 1.0
