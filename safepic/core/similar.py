"""Find copies of the chosen picture among a person's other pictures.

A picture that was ever posted anywhere else links the two accounts: a reverse image search
matches it in seconds, even after it was resized, cropped a little, mirrored or recoloured.
We compare perceptual hashes (pHash and dHash from imagehash, on brightness only, so colour
changes and greyscale copies still match). The chosen picture is hashed as many small crops,
mirrored and not, so a copy with its edges trimmed, cut square for an app, or flipped still
lands close to one of them.
"""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import imagehash
import numpy as np
from PIL import Image, ImageOps

from . import picture as _picture  # registers the HEIC/AVIF opener
from .errors import Cancelled, PictureError
from .picture import Picture
from .report import Finding

Progress = Callable[[str], None]
IsCancelled = Callable[[], bool]

# Two pictures whose hashes differ in at most this many of 128 bits look alike. Edited copies of
# photos (resized, recompressed, cropped up to 10%, mirrored, greyscale, brighter, softened)
# measure 0-12, of a brick-wall texture up to 24; pairs of unrelated photos 30 and more
# (benchmarks/similar.py).
MATCH_DISTANCE = 20

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


def distance(a: Picture, b: Picture) -> int:
    """How far apart two pictures look, 0 (the same) to 128; small crops and mirroring ignored."""
    small_a, small_b = _shrink(a.image), _shrink(b.image)
    return min(_nearest(_variants(small_a), _hash(small_b)),
               _nearest(_variants(small_b), _hash(small_a)))


def looks_alike(a: Picture, b: Picture) -> bool:
    """True when a reverse image search could still match one picture to the other."""
    return distance(a, b) <= MATCH_DISTANCE


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
        raise PictureError(f"There is no folder at {folder}.")
    if progress is not None:
        progress(f"Looking for copies of your picture in {folder.name or folder}")
    variants = _variants(_shrink(picture.image))
    copies: list[_Copy] = []
    looked = 0
    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
        for batch in _batches(_candidates(folder, picture.path), _BATCH):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            for path, hashed in zip(batch, pool.map(_hash_file, batch)):
                looked += 1
                if progress is not None and looked % _PROGRESS_EVERY == 0:
                    progress(f"Looked at {looked} pictures so far")
                if hashed is None:
                    continue
                gap = _nearest(variants, hashed)
                if gap <= MATCH_DISTANCE:
                    copies.append(_Copy(path, gap))
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    if progress is not None:
        progress(f"Looked at {looked} pictures, found {len(copies)} that match")
    copies.sort(key=lambda c: (c.distance, str(c.path)))
    return [_finding(copy, folder) for copy in copies]


def _finding(copy: _Copy, folder: Path) -> Finding:
    where = copy.path.parent.name or folder.name or str(folder)
    changed = "" if copy.distance == 0 else " It has been changed a little, but it is still the same picture."
    return Finding(
        code="seen-elsewhere",
        severity="high",
        title=f"A copy of this picture is in {where}",
        detail=(
            f"{copy.path.name} looks like the same picture.{changed} If you posted it anywhere, "
            "people could link the two accounts: picture search websites find matches like this "
            "in seconds. Choose a picture you have never shared, or change this one a lot."
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
    return _bits(imagehash.phash(image)), _bits(imagehash.dhash(image))


def _bits(value: imagehash.ImageHash) -> int:
    return int.from_bytes(np.packbits(value.hash.flatten()).tobytes(), "big")


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
