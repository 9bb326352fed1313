"""Find faces, big or small, one or many, with MediaPipe's BlazeFace models.

One pass of a face model over a whole photo misses small faces: the model sees the picture at
192 x 192 pixels, where a face 80 pixels wide in a 4000-pixel group photo is a smudge. So we look
at the picture several times, each time at a larger size cut into overlapping 192-pixel tiles,
until the smallest face worth finding is about 20 pixels wide in a tile, where the full-range
model is reliable. The boxes from every tile and size are merged. To keep hands, cats and
textures from counting, each merged box is checked again by the short-range model on a close
crop around it, where a real face is large and clear; only boxes it agrees with are kept.
All work is done on downscaled copies, so a 12-megapixel photo costs about the same as a
2-megapixel one. Smaller faces in a large photo (down to FINE_SHARE of its long side, a crowd
or people far away) are looked for closely only where the coarse look gave a hint of one, and
along the rows of those found: there the other model, CenterFace, looks (it sees a face 25
pixels wide looking down, which BlazeFace does not) and BlazeFace's close look judges what it
proposes. Faces tilted or turned (a photo whose turn tag was lost, a person lying down) are
found by the full-range model in upright tiles; only the second look is turned for them (see
_confirm), unless the second looks find the whole photo turned: then it is looked at again
turned upright (see find_faces). Where the second look is unsure (heavy JPEG blocks,
sunglasses, a mask, a crowd face 25 pixels wide, but also a fold of cloth or a cat's ear),
CenterFace (centerface.py) is asked about that box alone; it is kept only if CenterFace sees a
face of that size there too. CenterFace is also asked about a box that lies mostly inside a
larger face's box (an eye and hair of a face seen from the side). The thresholds were tuned on
tests/core/vision/scenes.py (benchmarks/vision.py, benchmarks/hard_faces.py), and the row look's
and the turn vote's were checked on scenes made anew and held out (more_crowds, more_hard_set).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, NamedTuple

import cv2
import numpy as np
from PIL import Image

from ..errors import Cancelled
from ..picture import Picture
from ..report import Finding
from ..words import words
from . import centerface, models

IsCancelled = Callable[[], bool]

TILE = 192  # the full-range model's input size
SMALLEST_IN_TILE = 20  # faces this wide (pixels in a tile) or wider are found reliably
LEVEL_STEP = 2.5  # each level looks at the picture this much larger than the one before
OVERLAP = 56  # tiles overlap by more than the largest face a level has to find (20 * 2.5 = 50)
SMALLEST_FACE = 24  # pixels in the picture: smaller faces are too small to recognise
SMALLEST_SHARE = 1 / 80  # the coarse levels do not look for faces narrower than this share
# of the long side (50 pixels in a 4000-pixel photo): a 12-megapixel photo costs what a 2-megapixel
# one does
FIND_SCORE = 0.25  # a tile detection below this is noise (the second look sorts out the rest)
HINT_SCORE = 0.2  # ... but a small one this sure is a hint of a face too small for that level
FINE_SHARE = 1 / 160  # faces down to this share of the long side are looked for closely, but
# only around hints of them (see _hint_jobs) and along the rows of small faces found (_rows)
HINT_WIDTH = 1.2  # hints are boxes narrower than this times the coarse levels' smallest face
MOST_HINTED = 6  # tiles of close-up strips around the strongest hints (about 0.03 s)
STRIP = 64  # close-up strips: this high, in tile pixels...
STRIPS = TILE // STRIP  # ... so this many share one tile
MOST_CANDIDATES = 200  # the surest boxes that get a second look (a crowd, at most)
VERIFY_SIZE = 128  # the short-range model's input size
VERIFY_ZOOM = 2.2  # crop side / face side for the second look
VERIFY_SCORE = 0.8  # the second look must be at least this sure...
SURE_FIND = 0.8  # ... unless the first look was this sure (the short-range model dislikes blur)
NEAR_MISS = 0.5  # ... and then the second must still be this sure; between the two, look again
RETRY_ZOOMS = (1.8, 3.0)  # ... with the face larger (a profile) and smaller (a blurred face)
DOUBT = 0.3  # a box the second look turned down but was at least this sure of gets a second
OPINION_SCORE = 0.65  # opinion from CenterFace (centerface.py), and is a face if it is this sure
OPINION_ZOOM = 3.0  # ... on a crop this much larger than the box...
OPINION_SIZE = 128  # ... of this many pixels (a multiple of 32)
NESTED = 0.5  # a box with this share of it inside a larger face's box must be a face of its own size
TURNED = 20.0  # degrees: a face tilted further than this gets a second look turned with it...
TILTED = 50.0  # ... up to this much (the first look's guess of the turn is good that far)
QUARTER_TURNS = (180.0, 90.0, -90.0)  # a photo on its side or upside down...
UPRIGHT = {180.0: Image.Transpose.ROTATE_180, 90.0: Image.Transpose.ROTATE_270,  # ... is
           -90.0: Image.Transpose.ROTATE_90}  # turned upright so (90: its faces' chins point right)
VOTERS = 8  # ... is noticed by trying them on this many of the surest doubtful boxes
FLAT_DETAIL = 6.0  # grey-level spread below which a patch is featureless
WORKERS = 2  # threads (each with its own model) that share the tiles
GREY = (128, 128, 128)  # padding
BAND = 64  # CenterFace looks along each row of small faces in a band this high...
BAND_FACE = 30  # ... with the row's faces (BlazeFace's boxes) this wide in it...
MOST_BAND_ZOOM = 1.5  # ... but enlarged no more than this
BAND_LEAST = 0.2  # what CenterFace is this sure of there is judged by BlazeFace's close look:
BAND_VERIFY = 0.7  # a face if that look is this sure, or...
BAND_SURE = 0.5  # ... if CenterFace was this sure and the close look not unsure (NEAR_MISS)


@dataclass(frozen=True)
class Face:
    """One face: its box (x, y, w, h) in upright-picture pixels and how sure the model is."""

    box: tuple[int, int, int, int]
    score: float


def find_faces(picture: Picture, *, is_cancelled: IsCancelled | None = None) -> list[Face]:
    """Every face in the picture, largest first. Raises Cancelled if `is_cancelled()` says so.

    A photo whose pixels are turned (its turn tag lost) shows its faces on their side or upside
    down, where the first look sees only some of them, and weakly. When the second looks say
    the photo is turned (see _confirm), the whole photo is looked at again turned upright.
    """
    image = as_seen(picture.image)
    levels, found, turn = _find(image, is_cancelled, vote=True)
    if turn:
        upright = image.transpose(UPRIGHT[turn])
        _, more, _ = _find(upright, is_cancelled, vote=False)
        found += [_Hit(_turned_back(hit.box, turn, image.size), hit.score, hit.roll + turn)
                  for hit in more]
    return sorted((Face(_clip_box(hit.box, image.size), round(hit.score, 3))
                   for hit in _own_faces(image, levels, _merge(found))),
                  key=lambda face: face.box[2] * face.box[3], reverse=True)


def _find(image: Image.Image, is_cancelled: IsCancelled | None,
          vote: bool) -> tuple[list[_Level], Found, float]:
    """The picture's levels, the faces found in it (not merged yet) and the quarter turn its
    pixels have by the second looks' vote (0 if upright, or if not asked to `vote`)."""
    levels = _pyramid(image)
    found = _scan(_coarse_jobs(levels), is_cancelled)
    scale = _fine_scale(*image.size)
    hint_width = HINT_WIDTH * max(image.size) * SMALLEST_SHARE
    if scale:
        found += _scan(_hint_jobs(image, found, scale, hint_width), is_cancelled)
    confirmed, turn = _confirm(image, levels, found, vote)
    if scale:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        proposed = [item for item in _centerface_rows(image, _rows(confirmed, hint_width))
                    if not any(_same_face(item.box, hit.box) for hit in confirmed)]
        confirmed += _judge(image, levels, proposed)
    return levels, confirmed, turn


def _turned_back(box: tuple[float, float, float, float], turn: float,
                 size: tuple[int, int]) -> tuple[float, float, float, float]:
    """A box on the picture turned upright (see UPRIGHT) as a box on the picture of `size`."""
    x, y, w, h = box
    width, height = size
    if turn == 180.0:
        return (width - x - w, height - y - h, w, h)
    if turn == 90.0:  # it was turned clockwise
        return (y, height - x - w, h, w)
    return (width - y - h, x, h, w)  # -90: it was turned anticlockwise


def _confirm(image: Image.Image, levels: list[_Level], found: Found,
             vote: bool = True) -> tuple[Found, float]:
    """The merged boxes that the short-range model, on a close crop, agrees are faces, and
    those it was unsure of that CenterFace vouches for.

    That model knows faces within about TURNED of upright, while the full-range one also
    finds faces tilted further, lying on their side or upside down. So a box the upright
    second look turns down is looked at again with the crop turned as the first look saw the
    face tilted. A photo whose pixels are turned (its turn tag lost) is turned as a whole:
    when a quarter turn makes one of the VOTERS surest doubtful boxes a face, that turn is
    tried on the other doubtful boxes too (for the price of a few looks on upright photos).
    That turn is returned with the faces when it found more faces than the upright looks did
    (0 when it did not, when no turn won, or without a `vote`). A box CenterFace
    vouched for still counts as doubtful for that vote, so the second opinion only adds
    faces: it never changes which turn the photo is given. Boxes the first look was less sure
    of than FIND_SCORE are not looked at.
    """
    candidates = _merge([hit for hit in found if hit.score >= FIND_SCORE])[:MOST_CANDIDATES]
    confirmed: Found = []
    doubtful: Found = []
    vouched: Found = []
    with models.use(models.FACE_SHORT) as short:
        for hit in candidates:
            tilts = [0.0] + ([hit.roll] if TURNED <= abs(hit.roll) <= TILTED else [])
            face = next(filter(None, (_look(short, image, levels, hit, roll, vouched=vouched)
                                      for roll in tilts)), None)
            (confirmed if face else doubtful).append(face or hit)
        for number, hit in enumerate(doubtful[:VOTERS] if vote else []):
            # The turn the look is surest of (a face on its side can half pass upside down). It
            # must be VERIFY_SCORE sure itself: a sure first look does not vouch for a vote, as
            # on an upright photo the full-range model's sure find that the upright look turned
            # down is mostly not a face (a fold of cloth that a turned look then half likes).
            looks = {turn: _second_look(short, image, levels, hit.box, VERIFY_ZOOM, turn)
                     for turn in QUARTER_TURNS}
            turn = max(looks, key=lambda turn: looks[turn][0])
            sure, box = looks[turn]
            face = _Hit(box, max(sure, hit.score), turn) if sure >= VERIFY_SCORE else None
            if face:
                others = doubtful[:number] + doubtful[number + 1:]
                turned = [face, *filter(None, (_look(short, image, levels, other, turn, retry=True,
                                                     vouched=vouched) for other in others))]
                # More faces upright than turned: the photo is upright, with a few faces
                # lying down or something that looks like a face on its side.
                whole = turn if len(turned) > len(confirmed) else 0.0
                return confirmed + turned + vouched, whole
    return confirmed + vouched, 0.0


def _look(short: Any, image: Image.Image, levels: list[_Level], hit: _Hit, roll: float,
          retry: bool = False, vouched: Found | None = None) -> _Hit | None:
    """The face, if the second look with the crop turned by `roll` degrees agrees it is one
    (an upright crop, or one turned as the whole photo is, gets closer and farther retries;
    other turned ones cost one look each). A box the second look turned down
    but was DOUBT sure of is shown to CenterFace; if it sees a face there, that face is added
    to `vouched` (and None is still the answer)."""
    score, refined = _second_look(short, image, levels, hit.box, VERIFY_ZOOM, roll)
    if (retry or not roll) and score < VERIFY_SCORE and (score >= NEAR_MISS or hit.score >= SURE_FIND):
        # Unsure: look again, closer (a profile) and farther (a blurred face).
        score, refined = max([(score, refined)] + [
            _second_look(short, image, levels, hit.box, zoom, roll) for zoom in RETRY_ZOOMS])
    if score >= VERIFY_SCORE or (hit.score >= SURE_FIND and score >= NEAR_MISS):
        return _Hit(refined, max(score, hit.score), roll)
    if vouched is not None and score >= DOUBT:
        vouched += filter(None, [_second_opinion(image, levels, hit, roll)])
    return None


def _second_opinion(image: Image.Image, levels: list[_Level], hit: _Hit,
                    roll: float) -> _Hit | None:
    """The face CenterFace sees in the middle of a crop around the box, turned by `roll`, if
    it is OPINION_SCORE sure, with the box it gives (the whole face where BlazeFace's box held
    only part of it, so it merges with that face's other boxes)."""
    view = _View(image, levels, hit.box, OPINION_ZOOM, roll, OPINION_SIZE)
    if view.pixels is None:
        return None
    opinion, = centerface.faces_at_centre(view.pixels[None], OPINION_SIZE / OPINION_ZOOM)
    if opinion is None or opinion[0] < OPINION_SCORE:
        return None
    return _Hit(view.to_picture(opinion[1], roll), opinion[0], roll)


def check(picture: Picture, *, is_cancelled: IsCancelled | None = None) -> list[Finding]:
    """One finding per face: a clear face can be matched to other photos of the same person."""
    return findings(find_faces(picture, is_cancelled=is_cancelled))


def findings(faces: list[Face], *, title: str | None = None, detail: str | None = None) -> list[Finding]:
    """The findings for faces already found (so a caller can share one search); a caller that
    knows more about the faces (a drawing keeps them) may say it in its own words."""
    return [
        Finding(
            code="face",
            severity="high",
            title=title or words("A face can be seen"),
            detail=detail or words("A clear face can be matched by face-search websites to other "
                                   "photos of you, even ones with your name next to them."),
            box=face.box,
        )
        for face in faces
    ]


def as_seen(image: Image.Image) -> Image.Image:
    """The picture as a person sees it: RGB, with transparent parts shown over white.

    Pixels kept under full transparency are not visible, so they are not checked here (the
    hidden-data check reports them).
    """
    if image.mode == "RGBA":
        white = Image.new("RGB", image.size, (255, 255, 255))
        white.paste(image, mask=image.getchannel("A"))
        image = white
    elif image.mode != "RGB":
        image = image.convert("RGB")
    return image


@dataclass(frozen=True)
class _Level:
    """The picture at one size: `scale` level pixels per picture pixel."""

    scale: float
    pixels: np.ndarray


def _scales(width: int, height: int) -> list[float]:
    """Scales (tile pixels per picture pixel), finest first, down to the whole picture."""
    long_side = max(width, height)
    smallest = max(SMALLEST_FACE, long_side * SMALLEST_SHARE)
    scales = [min(1.0, SMALLEST_IN_TILE / smallest)]
    while round(long_side * scales[-1]) > TILE:  # exact: 273 * (192 / 273) is 192.00000000000003
        scales.append(max(scales[-1] / LEVEL_STEP, TILE / long_side))
    return scales


def _pyramid(image: Image.Image) -> list[_Level]:
    """The picture at every scale, finest first, each made from the one before (cheap)."""
    levels: list[_Level] = []
    for scale in _scales(*image.size):
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        if levels:
            pixels = cv2.resize(levels[-1].pixels, size, interpolation=cv2.INTER_AREA)
        else:
            pixels = _shrink(image, size)
        levels.append(_Level(size[0] / image.width, pixels))
    return levels


def _shrink(image: Image.Image, size: tuple[int, int]) -> np.ndarray:
    """The picture at `size` as an array; a fast whole-number reduce does most of the work."""
    factor = min(image.width // size[0], image.height // size[1])
    if factor >= 2:
        image = image.reduce(factor)
    pixels = np.asarray(image)
    if pixels.shape[1::-1] != size:
        pixels = cv2.resize(pixels, size, interpolation=cv2.INTER_AREA)
    return pixels


class _Hit(NamedTuple):
    """A box (picture pixels) the model gave, how sure it was, and how far the face in it is
    turned: `roll` degrees anticlockwise from upright (its chin points right at 90)."""

    box: tuple[float, float, float, float]
    score: float
    roll: float = 0.0


Found = list[_Hit]


def _coarse_jobs(levels: list[_Level]) -> list[Job]:
    """Every tile of every level."""
    jobs: list[Job] = []
    for level in levels:
        height, width = level.pixels.shape[:2]
        if max(width, height) <= TILE:  # the whole picture in one padded tile, first in line so
            jobs.insert(0, (level, -1, -1))  # that only slot 0 needs the short-range model
        else:
            jobs += [(level, tx, ty) for ty in _starts(height) for tx in _starts(width)]
    return jobs


def _fine_scale(width: int, height: int) -> float | None:
    """The scale at which a FINE_SHARE face is SMALLEST_IN_TILE pixels wide, or None when the
    coarse levels already look for faces that small."""
    long_side = max(width, height)
    if long_side * SMALLEST_SHARE <= SMALLEST_FACE:
        return None
    return min(1.0, SMALLEST_IN_TILE / max(SMALLEST_FACE, long_side * FINE_SHARE))


def _hint_jobs(image: Image.Image, found: Found, scale: float, hint_width: float) -> list[Job]:
    """Close-up strips around the strongest hints of faces too small for the coarse levels.

    A face narrower than SMALLEST_SHARE of a large photo is only a few pixels wide on the
    finest level, where the model now and then gives it a weak, small box: a hint. Looking at
    the whole photo closely enough to see such faces would cost four times as much, so only a
    band around each hint is looked at closely (hints close together share one).
    """
    near_x, near_y = TILE / scale / 4, STRIP / scale / 4
    spots: list[list[float]] = []  # centre x, centre y, summed scores
    for (x, y, w, h), score, _ in sorted(found, key=lambda hit: -hit.score):
        if max(w, h) < hint_width:
            cx, cy = x + w / 2, y + h / 2
            spot = next((spot for spot in spots
                         if abs(spot[0] - cx) < near_x and abs(spot[1] - cy) < near_y), None)
            if spot:
                spot[2] += score
            else:
                spots.append([cx, cy, score])
    spots.sort(key=lambda spot: -spot[2])
    return _stacked(image, [_Strip(scale, cx - TILE / scale / 2, cy - STRIP / scale / 2)
                            for cx, cy, _ in spots[:MOST_HINTED * STRIPS]])


class _Row(NamedTuple):
    """A row of small faces found side by side: its middle (picture y) and their usual width."""

    middle: float
    width: float


def _rows(faces: Found, hint_width: float) -> list[_Row]:
    """The rows the small faces found stand in, top to bottom.

    People in a group stand side by side, their faces alike in size and height, so the faces
    the first looks missed are most likely in the rows of those found.
    """
    rows: list[list[tuple[float, float]]] = []  # (centre y, width) per face
    for (_, y, w, h), _, _ in sorted(faces, key=lambda hit: hit.box[1] + hit.box[3] / 2):
        if max(w, h) < hint_width:
            face = (y + h / 2, w)
            if rows and face[0] - rows[-1][-1][0] < h / 2:
                rows[-1].append(face)
            else:
                rows.append([face])
    return [_Row(float(np.mean([cy for cy, _ in row])), float(np.median([w for _, w in row])))
            for row in rows]


def _centerface_rows(image: Image.Image, rows: list[_Row]) -> Found:
    """The faces CenterFace sees along the rows: each row is a band BAND pixels high with its
    faces about BAND_FACE wide, and the bands are stacked into one picture for one run."""
    if not rows:
        return []
    scales = [min(MOST_BAND_ZOOM, BAND_FACE / row.width) for row in rows]
    width = -(-max(round(image.width * scale) for scale in scales) // 32) * 32
    canvas = np.full((BAND * len(rows), width, 3), GREY, dtype=np.uint8)
    tops = [row.middle - BAND / scale / 2 for row, scale in zip(rows, scales)]
    for number, (scale, top) in enumerate(zip(scales, tops)):
        box = (0.0, max(0.0, top), float(image.width), min(float(image.height), top + BAND / scale))
        size = (round(image.width * scale), min(BAND, round((box[3] - box[1]) * scale)))
        if size[1] < 1:
            continue
        y0 = number * BAND + min(BAND - size[1], round((box[1] - top) * scale))
        canvas[y0:y0 + size[1], :size[0]] = np.asarray(  # smooth when enlarged, not blocky
            image.resize(size, Image.Resampling.BILINEAR, box=box))
    found: Found = []
    for score, (x, y, w, h) in centerface.find(canvas, BAND_LEAST):
        number = int((y + h / 2) // BAND)
        if number < len(rows):
            scale, top = scales[number], tops[number]
            found.append(_Hit((x / scale, top + (y - number * BAND) / scale, w / scale, h / scale),
                              score))
    return found


def _judge(image: Image.Image, levels: list[_Level], proposed: Found) -> Found:
    """The faces CenterFace proposed in the rows that BlazeFace's close look agrees with: sure
    of it itself, or not unsure where CenterFace was sure."""
    judged: Found = []
    with models.use(models.FACE_SHORT) as short:
        for hit in proposed:
            score, refined = max(_second_look(short, image, levels, hit.box, zoom)
                                 for zoom in (VERIFY_ZOOM, *RETRY_ZOOMS))
            if score >= BAND_VERIFY or (hit.score >= BAND_SURE and score >= NEAR_MISS):
                judged.append(_Hit(refined, score))
    return judged


def _stacked(image: Image.Image, strips: list[_Strip]) -> list[Job]:
    """The strips, STRIPS to a tile, leaving out tiles without any detail."""
    tiles = [_close_up(image, strips[i:i + STRIPS]) for i in range(0, len(strips), STRIPS)]
    return [tile for tile in tiles if not _flat(tile.pixels)]


@dataclass(frozen=True)
class _Strip:
    """A band of the picture seen closely: from (left, top) in picture pixels, at `scale`."""

    scale: float
    left: float
    top: float


@dataclass(frozen=True)
class _CloseUp:
    """One tile of close-up strips stacked on each other, each STRIP pixels high."""

    pixels: np.ndarray
    strips: tuple[_Strip, ...]

    def to_picture(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float] | None:
        """A box in the tile as picture pixels; None if it straddles two strips."""
        x, y, w, h = box
        number = int((y + h / 2) // STRIP)
        if number >= len(self.strips) or y < number * STRIP - 2 or y + h > (number + 1) * STRIP + 2:
            return None
        strip = self.strips[number]
        return (strip.left + x / strip.scale, strip.top + (y - number * STRIP) / strip.scale,
                w / strip.scale, h / strip.scale)


def _close_up(image: Image.Image, strips: list[_Strip]) -> _CloseUp:
    """The strips, each TILE wide and STRIP high at its scale, stacked in one grey tile."""
    pixels = np.full((TILE, TILE, 3), GREY, dtype=np.uint8)
    for number, strip in enumerate(strips):
        box = (max(0.0, strip.left), max(0.0, strip.top),
               min(float(image.width), strip.left + TILE / strip.scale),
               min(float(image.height), strip.top + STRIP / strip.scale))
        size = (min(TILE, round((box[2] - box[0]) * strip.scale)),
                min(STRIP, round((box[3] - box[1]) * strip.scale)))
        if size[0] < 1 or size[1] < 1:
            continue
        x0 = min(TILE - size[0], round((box[0] - strip.left) * strip.scale))
        y0 = number * STRIP + min(STRIP - size[1], round((box[1] - strip.top) * strip.scale))
        pixels[y0:y0 + size[1], x0:x0 + size[0]] = np.asarray(
            image.resize(size, Image.Resampling.BOX, box=box))
    return _CloseUp(pixels, tuple(strips))


Job = tuple[_Level, int, int] | _CloseUp  # a tile of a level (-1, -1: all of it) or a close-up


def _scan(jobs: list[Job], is_cancelled: IsCancelled | None = None) -> Found:
    """Raw detections (box in picture pixels, score) from the tiles of `jobs`.

    The tiles are shared between WORKERS threads, each with its own copy of the model.
    """
    if not jobs:
        return []
    shares = [jobs[i::WORKERS] for i in range(WORKERS)]
    with ThreadPoolExecutor(WORKERS) as pool:
        parts = pool.map(_work, range(WORKERS), shares, [is_cancelled] * WORKERS)
        return [item for part in parts for item in part]


def _work(slot: int, jobs: list[Job], is_cancelled: IsCancelled | None) -> Found:
    found: Found = []
    with models.use(models.FACE_FULL, slot) as full:
        for job in jobs:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            if isinstance(job, _CloseUp):
                found += [_Hit(box, score, roll) for box, score, roll in
                          ((job.to_picture(hit.box), hit.score, hit.roll)
                           for hit in _detect(full, job.pixels, HINT_SCORE)) if box]
                continue
            level, tx, ty = job
            if tx < 0:
                with models.use(models.FACE_SHORT, slot) as short:
                    found += _whole(level, full, short)
            else:
                found += _tile(level, tx, ty, full)
    return found


def _whole(level: _Level, full: Any, short: Any) -> Found:
    """The whole picture in one tile, padded so a face that fills the frame is still found."""
    height, width = level.pixels.shape[:2]
    side = int(max(width, height) * 1.5)
    pad_x, pad_y = (side - width) // 2, (side - height) // 2
    square = cv2.copyMakeBorder(level.pixels, pad_y, side - height - pad_y, pad_x,
                                side - width - pad_x, cv2.BORDER_CONSTANT, value=GREY)
    square = cv2.resize(square, (TILE, TILE), interpolation=cv2.INTER_AREA)
    zoom = TILE / side * level.scale  # tile pixels per picture pixel
    shift_x, shift_y = pad_x / level.scale, pad_y / level.scale
    return [_Hit((x / zoom - shift_x, y / zoom - shift_y, w / zoom, h / zoom), score, roll)
            for model in (full, short) for (x, y, w, h), score, roll in _detect(model, square)]


def _tile(level: _Level, tx: int, ty: int, full: Any) -> Found:
    """One tile of a level; boxes cut by an inner tile edge are left to the neighbour."""
    height, width = level.pixels.shape[:2]
    tile = level.pixels[ty:ty + TILE, tx:tx + TILE]
    th, tw = tile.shape[:2]
    if (th, tw) != (TILE, TILE):
        tile = cv2.copyMakeBorder(tile, 0, TILE - th, 0, TILE - tw, cv2.BORDER_CONSTANT,
                                  value=GREY)
    if _flat(tile):
        return []
    scale = level.scale
    return [_Hit(((tx + x) / scale, (ty + y) / scale, w / scale, h / scale), score, roll)
            for (x, y, w, h), score, roll in _detect(full, tile, HINT_SCORE)
            if not _cut_by_inner_edge(x, y, w, h, tx, ty, width, height)]


def _flat(tile: np.ndarray) -> bool:
    """True when no 24-pixel patch of the tile has any detail (sky, a wall): no face there."""
    grey = cv2.cvtColor(tile, cv2.COLOR_RGB2GRAY).astype(np.float32)
    blocks = grey.reshape(TILE // 24, 24, TILE // 24, 24)
    return float(blocks.std(axis=(1, 3)).max()) < FLAT_DETAIL


def _starts(length: int, overlap: int = OVERLAP) -> list[int]:
    """Tile start positions covering `length` with at least `overlap` pixels of overlap."""
    if length <= TILE:
        return [0]
    count = int(np.ceil((length - overlap) / (TILE - overlap)))
    step = (length - TILE) / (count - 1)
    return [round(i * step) for i in range(count)]


def _cut_by_inner_edge(x: float, y: float, w: float, h: float, tx: int, ty: int,
                       width: int, height: int, margin: float = 2.0) -> bool:
    """True when the box touches a tile edge that is not the picture's edge."""
    return ((x <= margin and tx > 0) or (y <= margin and ty > 0)
            or (x + w >= TILE - margin and tx + TILE < width)
            or (y + h >= TILE - margin and ty + TILE < height))


def _detect(model: Any, rgb: np.ndarray, least: float = FIND_SCORE) -> Found:
    result = model.detect(models.as_mp_image(rgb))
    out = []
    for detection in result.detections:
        score = detection.categories[0].score if detection.categories else 0.0
        if score >= least:
            b = detection.bounding_box
            out.append(_Hit((float(b.origin_x), float(b.origin_y), float(b.width),
                             float(b.height)), float(score), _roll(detection.keypoints, rgb)))
    return out


def _roll(keypoints: Any, rgb: np.ndarray) -> float:
    """How far the face is turned, from where its mouth is below its eyes (the model's first,
    second and fourth key points); 0 when the model gave none."""
    if not keypoints or len(keypoints) < 4:
        return 0.0
    height, width = rgb.shape[:2]
    right_eye, left_eye, mouth = keypoints[0], keypoints[1], keypoints[3]
    down_x = (mouth.x - (right_eye.x + left_eye.x) / 2) * width
    down_y = (mouth.y - (right_eye.y + left_eye.y) / 2) * height
    return float(np.degrees(np.arctan2(down_x, down_y)))


def _merge(found: Found) -> Found:
    """One box per face: keep the surest, drop any box that overlaps or sits inside it."""
    kept: Found = []
    for hit in sorted(found, key=lambda hit: (hit.score, hit.box), reverse=True):
        if all(not _same_face(hit.box, other.box) for other in kept):
            kept.append(hit)
    return kept


def _own_faces(image: Image.Image, levels: list[_Level], kept: Found) -> Found:
    """The boxes, less any that lies mostly inside a larger face's box where CenterFace sees no
    face of its own size: the close look can take the eye and hair of a face seen from the side
    for a small face (two boxes, one person). A small face half hidden behind a nearer one is
    still a face of its size to CenterFace, so it stays."""
    def nested(hit: _Hit) -> bool:
        return any(_inside(hit.box, other.box) > NESTED
                   for other in kept if other.box[2] * other.box[3] > hit.box[2] * hit.box[3])
    return [hit for hit in kept
            if not nested(hit) or _second_opinion(image, levels, hit, hit.roll) is not None]


def _inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The share of box a that lies inside box b."""
    return _overlap(a, b) / (a[2] * a[3]) if a[2] * a[3] > 0 else 0.0


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The area two boxes share."""
    width = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    height = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def _same_face(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    inter = _overlap(a, b)
    if inter <= 0:
        return False
    area_a, area_b = a[2] * a[3], b[2] * b[3]
    smaller, larger = min(area_a, area_b), max(area_a, area_b)
    union = area_a + area_b - inter
    return inter / union > 0.3 or (inter / smaller > 0.6 and smaller * 4 > larger)


def _second_look(short: Any, image: Image.Image, levels: list[_Level],
                 box: tuple[float, float, float, float], zoom: float,
                 roll: float = 0.0) -> tuple[float, tuple[float, float, float, float]]:
    """The short-range model on a square crop centred on the box: (score, its box), 0 if none.

    The face is large and sharp in this crop, which is where that model is most certain, and
    the box it gives is tighter than a box from a far-away tile. With `roll`, the crop is
    turned back by that much first, so a turned face stands upright for the model; the box
    it gives is then turned forward again (the box around the turned box).
    """
    view = _View(image, levels, box, zoom, roll, VERIFY_SIZE)
    if view.pixels is None:
        return 0.0, box
    centre = VERIFY_SIZE / 2
    found = [(hit.score, hit.box) for hit in _detect(short, view.pixels) if _holds(hit.box, centre)]
    if not found:
        return 0.0, box
    score, crop_box = max(found)
    return score, view.to_picture(crop_box, roll)


class _View:
    """A `size` square crop centred on a box, `zoom` times the box's side, turned back by
    `roll` degrees so that a face turned that much stands upright in it (None when the crop
    falls outside the picture); `turn` maps crop pixels before the turn to after it."""

    def __init__(self, image: Image.Image, levels: list[_Level],
                 box: tuple[float, float, float, float], zoom: float, roll: float,
                 size: int) -> None:
        x, y, w, h = box
        self.side = zoom * max(w, h)  # in picture pixels
        self.left, self.top = x + w / 2 - self.side / 2, y + h / 2 - self.side / 2
        self.size = size
        self.turn = cv2.getRotationMatrix2D((size / 2, size / 2), -roll, 1.0)
        self.pixels = _square(image, levels, self.left, self.top, self.side, size)
        if roll and self.pixels is not None:
            self.pixels = cv2.warpAffine(self.pixels, self.turn, (size, size),
                                         flags=cv2.INTER_LINEAR,
                                         borderMode=cv2.BORDER_CONSTANT, borderValue=GREY)

    def to_picture(self, box: tuple[float, float, float, float],
                   roll: float) -> tuple[float, float, float, float]:
        """A box in the crop as picture pixels: turned forward again by `roll` (the box
        around the turned box), then scaled and moved to where the crop was cut."""
        bx, by, bw, bh = box
        if roll:
            (cx, cy), = cv2.transform(np.array([[[bx + bw / 2, by + bh / 2]]]),
                                      cv2.invertAffineTransform(self.turn))[0]
            cos, sin = abs(np.cos(np.radians(roll))), abs(np.sin(np.radians(roll)))
            bw, bh = bw * cos + bh * sin, bw * sin + bh * cos
            bx, by = cx - bw / 2, cy - bh / 2
        step = self.side / self.size
        return (self.left + bx * step, self.top + by * step, bw * step, bh * step)


def _square(image: Image.Image, levels: list[_Level], x0: float, y0: float,
            side: float, out: int = VERIFY_SIZE) -> np.ndarray | None:
    """An `out`-pixel square showing picture pixels (x0, y0, side, side), grey outside it.

    Cut from the smallest copy of the picture that still has enough pixels for it.
    """
    usable = [level for level in levels if side * level.scale >= out]
    level = min(usable, key=lambda lv: lv.scale) if usable else None
    scale = level.scale if level else 1.0
    height, width = level.pixels.shape[:2] if level else (image.height, image.width)
    left, top = round(x0 * scale), round(y0 * scale)
    size = max(2, round(side * scale))
    inside = (max(0, left), max(0, top), min(width, left + size), min(height, top + size))
    if inside[0] >= inside[2] or inside[1] >= inside[3]:
        return None
    if level:
        part = level.pixels[inside[1]:inside[3], inside[0]:inside[2]]
    else:
        part = np.asarray(image.crop(inside))
    part = cv2.copyMakeBorder(part, inside[1] - top, top + size - inside[3], inside[0] - left,
                              left + size - inside[2], cv2.BORDER_CONSTANT, value=GREY)
    shrinking = size > out
    return cv2.resize(part, (out, out),
                      interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR)


def _holds(box: tuple[float, float, float, float], point: float) -> bool:
    x, y, w, h = box
    return x <= point <= x + w and y <= point <= y + h


def _clip_box(box: tuple[float, float, float, float], size: tuple[int, int]) -> tuple[int, int, int, int]:
    width, height = size
    x, y, w, h = box
    x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
    x1, y1 = min(width, int(round(x + w))), min(height, int(round(y + h)))
    return (x0, y0, max(1, x1 - x0), max(1, y1 - y0))
