"""Find copies of the chosen picture among a person's other pictures.

A picture that was ever posted anywhere else links the two accounts: a reverse image search
matches it in seconds, even after it was resized, cropped a little, mirrored or recoloured.
We compare perceptual hashes (pHash and dHash, hashes.py, on brightness only, so colour
changes and greyscale copies still match). The chosen picture is hashed as many small crops,
mirrored and not, so a copy with its edges trimmed, cut square for an app, or flipped still
lands close to one of them. When the hashes are not clear-cut, details (ORB features from
OpenCV) must line up between the two pictures, which tells two similar drawings apart.

A copy is the same picture, not the same place: two photos taken a moment apart in front of one
building hash close, and their details line up too. So a file found in a folder counts as a copy
only when, laid over the chosen picture along those details, it covers nearly all of one of the
two and matches it everywhere it covers (brightness compared by rank, so recolouring is ignored):
a person who walked in, moved or turned away, or a view that goes on past the edge, is not a copy.
"""

from __future__ import annotations

import functools
import itertools
import os
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageOps

from . import picture as _picture  # registers the HEIC/AVIF opener
from .errors import Cancelled, PictureError
from .hashes import dhash, phash
from .picture import Picture
from .report import Finding
from .words import words

Progress = Callable[[str], None]
IsCancelled = Callable[[], bool]

# How far apart (of 128 hash bits) two pictures may be and still be one picture. Edited copies
# of photos (resized, recompressed, cropped up to 10%, mirrored, greyscale, brighter, softened)
# measure 0-12, a brick-wall texture cropped a little up to 23, a photo turned by 6 degrees 26;
# unrelated photos measure 22 and more, and two different drawings of a wolf's head on a plain
# background 20 (benchmarks/similar.py). So up to SURE_DISTANCE is a copy; up to CHECK_DISTANCE
# the two are compared point by point (ORB features that must line up after a shift, turn, zoom
# or mirror); a picture too plain for that counts as a copy up to MATCH_DISTANCE.
SURE_DISTANCE = 12
MATCH_DISTANCE = 20
CHECK_DISTANCE = 28
_DETAIL_SIDE = 384  # pictures are compared point by point at about this size
_MIN_POINTS = 100  # fewer details than this: too plain to compare point by point
_PLAIN_FAST = 4  # a second, finer look for corners in a soft or plain picture (OpenCV's is 20)
_MIN_AGREEING = 25  # copies share hundreds of points that line up; different pictures about 10
# A copy laid over the chosen picture covers all of one of the two (a crop inside the whole, or the
# whole around a crop); two framings of one wider view, or burst shots, cover 50-95%.
_LEAST_COVER = 0.9
# Laid over each other at _CONTENT_SIDE pixels, brightness as ranks (0..1) over the shared part:
# a spot differs where the ranks are more than _RANK_GAP apart. Edited copies (168 of them,
# benchmarks/similar.py) differ in at most 0.2% of the shared part; shots of one scene a moment
# apart (someone moved, walked in or turned; a stereo pair) in 1.2% and more.
_CONTENT_SIDE = 96
_RANK_GAP = 0.25
_MOST_DIFFERING = 0.005

_SIDE = 128  # pictures are hashed at about this size; JPEGs are decoded close to it
_TRIMS = (0.0, 0.05, 0.10)  # how much of each edge the crop variants leave out
_SHAPES = (1.0, 4 / 5, 3 / 4, 9 / 16, 16 / 9, 4 / 3, 3 / 2)  # width / height of common crops
_WORKERS = min(2, os.cpu_count() or 1)  # Pillow decodes without holding the GIL
_BATCH = 16
_PROGRESS_EVERY = 100
EXTENSIONS = frozenset({
    ".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".heic", ".heif", ".avif",
    ".tif", ".tiff", ".bmp", ".gif",
})

Hash = tuple[int, int]  # (pHash, dHash) as 64-bit integers


@dataclass(frozen=True)
class _Copy:
    path: Path
    distance: int


class Fingerprint:
    """One picture's side of a comparison: its hash, the hashes of its crops and turns, and its
    details, each worked out on first use and kept. A photo compared with every style made from
    it is fingerprinted once (Analysis.fingerprint), not once a style."""

    def __init__(self, picture: Picture) -> None:
        self._image = picture.image
        self._small = _shrink(picture.image)
        self.hash = _hash(self._small)
        self._variants: list[Hash] | None = None
        self._grey: np.ndarray | None = None
        self._details: dict[bool, _Details] = {}

    def variants(self) -> list[Hash]:
        """The hashes of the picture's crops, mirrored and turned (see `_variants`)."""
        if self._variants is None:
            self._variants = _variants(self._small)
        return self._variants

    def grey(self) -> np.ndarray:
        """The brightness at about _DETAIL_SIDE pixels, as details are compared."""
        if self._grey is None:
            self._grey = _grey(self._image)
        return self._grey

    def details(self, fine: bool = False) -> _Details:
        """Its ORB features, as it is and mirrored (`fine`: also fainter corners)."""
        if fine not in self._details:
            self._details[fine] = _Details(self.grey(), fine=fine)
        return self._details[fine]


def fingerprint(picture: Picture | Fingerprint) -> Fingerprint:
    """`picture`'s side of a comparison (a Fingerprint as it is)."""
    return picture if isinstance(picture, Fingerprint) else Fingerprint(picture)


def distance(a: Picture | Fingerprint, b: Picture | Fingerprint) -> int:
    """How far apart two pictures look, 0 (the same) to 128; small crops and mirroring ignored."""
    first, second = fingerprint(a), fingerprint(b)
    return min(_nearest(first.variants(), second.hash), _nearest(second.variants(), first.hash))


def looks_alike(a: Picture | Fingerprint, b: Picture | Fingerprint) -> bool:
    """True when a reverse image search could still match one picture to the other (a version
    with the faces blurred still can: a copy's test is `is_copy`). Pass a Fingerprint for a
    picture compared more than once; `a` is the one whose crops are hashed first."""
    first, second = fingerprint(a), fingerprint(b)
    return _alike(_gap(first, second), first.details(), second.grey)


def is_copy(a: Picture | Fingerprint, b: Picture | Fingerprint) -> bool:
    """True when `b` is `a` resized, cropped, mirrored, turned or recoloured, and nothing more."""
    first, second = fingerprint(a), fingerprint(b)
    return _same_picture(_gap(first, second), first.details(fine=True), second.grey)


def _gap(a: Fingerprint, b: Fingerprint) -> int:
    """`distance(a, b)` as the copy rules use it: the exact distance, or, when `b` is within
    SURE_DISTANCE of one of `a`'s crops, that nearer distance (every rule treats all distances up
    to SURE_DISTANCE alike), without hashing `b`'s crops at all."""
    near = _nearest(a.variants(), b.hash)
    if near <= SURE_DISTANCE:
        return near
    return min(near, _nearest(b.variants(), a.hash))


def find_copies(
    picture: Picture,
    folder: str | Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> list[Finding]:
    """Look through a folder (and the folders inside it) for copies of `picture`, edited or not."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise PictureError(words("There is no folder at {folder}.", folder=folder))
    if progress is not None:
        progress(words("Looking for copies of your picture in {folder}", folder=folder.name or folder))
    chosen = Fingerprint(picture)
    variants, details = chosen.variants(), chosen.details(fine=True)
    copies: list[_Copy] = []
    looked = 0
    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        for batch in _batches(_candidates(folder, picture.path), _BATCH):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            for path, hashed in zip(batch, pool.map(_hash_file, batch)):
                looked += 1
                if progress is not None and looked % _PROGRESS_EVERY == 0:
                    progress(words("Looked at {count} pictures so far", count=looked))
                if hashed is None:
                    continue
                gap = _nearest(variants, hashed)
                if _same_picture(gap, details, functools.partial(_grey_file, path)):
                    copies.append(_Copy(path, gap))
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    if progress is not None:
        progress(words("Looked at {count} pictures, found {found} that match",
                       count=looked, found=len(copies)))
    copies.sort(key=lambda c: (c.distance, str(c.path)))
    return [_finding(copy, folder) for copy in copies]


class _Details:
    """The chosen picture's ORB features, as it is and mirrored, worked out on first use."""

    def __init__(self, grey: np.ndarray, *, fine: bool = False) -> None:
        self.greys = (grey, np.ascontiguousarray(grey[:, ::-1]))
        self.fine = fine  # look again for fainter corners in a soft or plain picture
        self._features: list[tuple[Any, Any]] | None = None

    def features(self) -> list[tuple[Any, Any]]:
        if self._features is None:
            self._features = [_features(grey, self.fine) for grey in self.greys]
        return self._features


def _alike(gap: int, details: _Details, other: Callable[[], np.ndarray | None]) -> bool:
    """Could a picture search match the two? From the hash distance, and point by point when
    that is not clear-cut."""
    if gap <= SURE_DISTANCE:
        return True
    if gap > CHECK_DISTANCE:
        return False
    grey = other()
    lined_up = None if grey is None else _line_up(details, grey)
    if lined_up is None:  # too plain to compare point by point: trust the hashes
        return gap <= MATCH_DISTANCE
    return lined_up[0] >= _MIN_AGREEING


def _same_picture(gap: int, details: _Details, other: Callable[[], np.ndarray | None]) -> bool:
    """Is it a copy? Close hashes, then the two laid over each other must match everywhere."""
    if gap > CHECK_DISTANCE:
        return False
    grey = other()
    if grey is None:  # unreadable now: trust the hashes
        return gap <= SURE_DISTANCE
    lined_up = _line_up(details, grey)
    if lined_up is None:  # too plain to compare point by point: trust the hashes
        return gap <= MATCH_DISTANCE
    agreeing, own, turn = lined_up
    return agreeing >= _MIN_AGREEING and _same_content(own, grey, turn)


def _features(grey: np.ndarray, fine: bool) -> tuple[Any, Any]:
    import cv2

    points, descriptors = cv2.ORB.create(nfeatures=1000).detectAndCompute(grey, None)
    if fine and len(points) < _MIN_POINTS:  # soft or plain: look again for fainter corners
        points, descriptors = cv2.ORB.create(nfeatures=1000, fastThreshold=_PLAIN_FAST) \
            .detectAndCompute(grey, None)
    return points, descriptors


def _line_up(details: _Details, grey: np.ndarray) -> tuple[int, np.ndarray, np.ndarray] | None:
    """How many matching details line up under one shift, turn and zoom, with the chosen
    picture (as it is or mirrored) and that 2x3 transform onto `grey` (None: too plain)."""
    import cv2

    points, descriptors = _features(grey, details.fine)
    if len(points) < _MIN_POINTS:
        return None
    best: tuple[int, np.ndarray, np.ndarray] = (0, details.greys[0], np.eye(2, 3))
    for own, (own_points, own_descriptors) in zip(details.greys, details.features()):
        if len(own_points) < _MIN_POINTS:
            return None
        matches = cv2.BFMatcher(cv2.NORM_HAMMING, crossCheck=True).match(own_descriptors, descriptors)
        if len(matches) < _MIN_AGREEING:
            continue
        source = np.array([own_points[m.queryIdx].pt for m in matches], dtype=np.float32)
        target = np.array([points[m.trainIdx].pt for m in matches], dtype=np.float32)
        turn, inliers = cv2.estimateAffinePartial2D(source, target, method=cv2.RANSAC,
                                                    ransacReprojThreshold=4.0)
        if inliers is not None and turn is not None and int(inliers.sum()) > best[0]:
            best = (int(inliers.sum()), own, turn)
    return best


def _same_content(own: np.ndarray, grey: np.ndarray, turn: np.ndarray) -> bool:
    """Laid over `grey` by `turn`, does the chosen picture cover nearly all of one of the two and
    show the same thing everywhere they share?"""
    import cv2

    height, width = grey.shape
    zoom = float(np.sqrt(abs(np.linalg.det(turn[:, :2]))))
    if not 1 / 16 < zoom < 16:
        return False
    laid = cv2.warpAffine(own, turn, (width, height), flags=cv2.INTER_LINEAR)
    inside = cv2.warpAffine(np.full(own.shape, 255, np.uint8), turn, (width, height),
                            flags=cv2.INTER_NEAREST)
    shared = int(np.count_nonzero(inside))
    if max(shared / (width * height), shared / (own.size * zoom * zoom)) < _LEAST_COVER:
        return False
    scale = _CONTENT_SIDE / max(width, height)
    size = (max(8, round(width * scale)), max(8, round(height * scale)))
    mask = cv2.resize(inside, size, interpolation=cv2.INTER_AREA) == 255
    mask = cv2.erode(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    if np.count_nonzero(mask) < 64:
        return False
    first, second = (_ranks(cv2.resize(g, size, interpolation=cv2.INTER_AREA), mask) for g in (laid, grey))
    gaps = cv2.blur(np.abs(first - second), (3, 3))
    return float(np.mean(gaps[mask] > _RANK_GAP)) <= _MOST_DIFFERING


def _ranks(grey: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Each pixel's brightness as its rank (0..1) among the masked pixels: recolouring, greyscale
    and brighter or darker copies keep the order of brightness."""
    values = grey[mask]
    ranks = np.empty(values.size, np.float32)
    ranks[np.argsort(values, kind="stable")] = np.arange(values.size, dtype=np.float32) / max(1, values.size - 1)
    out = np.zeros(grey.shape, np.float32)
    out[mask] = ranks
    return out


def _grey(image: Image.Image) -> np.ndarray:
    small = image.convert("L")
    small.thumbnail((_DETAIL_SIDE, _DETAIL_SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return np.asarray(small)


def _grey_file(path: Path) -> np.ndarray | None:
    try:
        with Image.open(path) as image:
            image.draft("L", (_DETAIL_SIDE, _DETAIL_SIDE))
            return _grey(ImageOps.exif_transpose(image))
    except Exception:  # noqa: BLE001 - it was readable a moment ago; if not now, trust the hashes
        return None


def _finding(copy: _Copy, folder: Path) -> Finding:
    where = copy.path.parent.name or folder.name or str(folder)
    # One sentence with its leading space, said only when the copy was edited.
    changed = "" if copy.distance == 0 else \
        words(" It has been changed a little, but it is still the same picture.")
    return Finding(
        code="seen-elsewhere",
        severity="high",
        title=words("A copy of this picture is in {where}", where=where),
        detail=words(
            "{name} looks like the same picture.{changed} If you posted it anywhere, people could link "
            "the two accounts: picture search websites find matches like this in seconds. Choose a "
            "picture you have never shared, or change this one a lot.", name=copy.path.name, changed=changed
        ),
        path=str(copy.path),
    )


def _candidates(folder: Path, skip: Path | None) -> Iterator[Path]:
    """Picture files under `folder`, in a stable order; hidden names and symlink loops skipped."""
    skip_id = _file_id(skip) if skip is not None else None
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        here = stack.pop()
        here_id = _file_id(here)
        if here_id is None or here_id in seen:
            continue
        seen.add(here_id)
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    folders.append(Path(entry.path))
                elif (entry.is_file() and Path(entry.name).suffix.lower() in EXTENSIONS
                      and (skip_id is None or _file_id(Path(entry.path)) != skip_id)):
                    yield Path(entry.path)
            except OSError:
                continue
        stack.extend(reversed(folders))


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _batches(items: Iterator[Path], size: int) -> Iterator[list[Path]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _hash_file(path: Path) -> Hash | None:
    """The hash of one file, decoded small; None for anything unreadable, odd or huge."""
    try:
        if path.stat().st_size > _picture.MAX_FILE_BYTES:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > _picture.MAX_PIXELS or max(width, height) > _picture.MAX_SIDE:
                    return None
                image.draft("L", (_SIDE, _SIDE))  # JPEG: decode at 1/2..1/8 size, brightness only
                upright = ImageOps.exif_transpose(image)
                return _hash(_shrink(upright))
    except Exception:  # noqa: BLE001 - any file we cannot read is simply not a copy
        return None


def _shrink(image: Image.Image) -> Image.Image:
    small = image.convert("L") if image.mode != "L" else image.copy()
    small.thumbnail((_SIDE, _SIDE), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return small


def _hash(image: Image.Image) -> Hash:
    return phash(image), dhash(image)


def _variants(image: Image.Image) -> list[Hash]:
    """Hashes of the picture as it is and mirrored: trimmed by 0-10% at each edge, cut to the
    shapes apps ask for (square, portrait, landscape) at the start, middle or end, and turned."""
    width, height = image.size
    boxes = [(round(left * width), round(top * height),
              round(width - right * width), round(height - bottom * height))
             for left, top, right, bottom in itertools.product(_TRIMS, repeat=4)]
    for ratio in _SHAPES:
        if abs(ratio / (width / height) - 1) < 0.15:
            continue  # close enough to the picture's own shape: the trims cover it
        if ratio < width / height:
            side = round(height * ratio)
            boxes += [(x, 0, x + side, height) for x in (0, (width - side) // 2, width - side)]
        else:
            side = round(width / ratio)
            boxes += [(0, y, width, y + side) for y in (0, (height - side) // 2, height - side)]
    hashes = [_hash(flipped.crop(box)) for flipped in (image, ImageOps.mirror(image)) for box in boxes]
    # A copy whose "turn this way up" note was lost shows the pixels sideways or upside down.
    for turn in (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180, Image.Transpose.ROTATE_270):
        turned = image.transpose(turn)
        hashes += [_hash(turned), _hash(ImageOps.mirror(turned))]
    return hashes


def _nearest(variants: list[Hash], other: Hash) -> int:
    p, d = other
    return min((p ^ vp).bit_count() + (d ^ vd).bit_count() for vp, vd in variants)
