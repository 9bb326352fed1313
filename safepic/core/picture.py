"""Open any supported picture file as upright sRGB pixels, or say plainly why not.

Everything downstream (hidden-data checks, vision, styles, the clean writer) works on the
`Picture` this returns, so orientation and colour are settled once, here.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import struct
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

from PIL import Image, ImageChops, ImageCms, ImageFile, ImageOps, UnidentifiedImageError

from .errors import PictureError
from .hidden import heif
from .words import words

# Pillow format name -> our format name.
SUPPORTED_FORMATS: dict[str, str] = {
    "JPEG": "jpeg",
    "MPO": "jpeg",  # a JPEG with extra pictures after it (phones, 3D cameras)
    "PNG": "png",
    "WEBP": "webp",
    "HEIF": "heif",
    "AVIF": "avif",
    "TIFF": "tiff",
    "BMP": "bmp",
    "DIB": "bmp",
    "GIF": "gif",
}
FORMAT_NAMES = words("JPEG, PNG, WebP, HEIC, AVIF, TIFF, BMP and GIF")

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_PIXELS = 100_000_000  # a 100-megapixel picture is far beyond any phone photo
MAX_SIDE = 30_000

_SRGB = ImageCms.createProfile("sRGB")
BANDS_FROM_PIXELS = 1_000_000  # smaller pictures convert their colours in one go
MAX_BANDS = 8
# HEIC/HEIF from phones go through pillow-heif, loaded only when such a file is opened or saved:
# its import costs a tenth of a whole clean. AVIF is native in Pillow >= 11.3. Which files are
# HEIF is said in one place, the format's own module.
def _pillow_heif(table: dict[str, Any], stand_in: Callable[..., Any]) -> Any:
    """Load pillow-heif; its own handlers take the place of the stand-ins registered below."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    handler = table["HEIF"]
    if stand_in in (handler, handler[0] if isinstance(handler, tuple) else None):
        raise OSError("this pillow-heif cannot write HEIF files")
    return handler


def _open_heif(fp: IO[bytes], filename: str | bytes) -> ImageFile.ImageFile:
    opener: Callable[..., ImageFile.ImageFile] = _pillow_heif(Image.OPEN, _open_heif)[0]
    return opener(fp, filename)


def _save_heif(image: Image.Image, fp: IO[bytes], filename: str | bytes) -> None:
    _pillow_heif(Image.SAVE, _save_heif)(image, fp, filename)


def _save_all_heif(image: Image.Image, fp: IO[bytes], filename: str | bytes) -> None:
    _pillow_heif(Image.SAVE_ALL, _save_all_heif)(image, fp, filename)


Image.register_open("HEIF", _open_heif, heif.looks_like)
Image.register_save("HEIF", _save_heif)
Image.register_save_all("HEIF", _save_all_heif)
Image.register_extensions("HEIF", [".heic", ".heics", ".heif", ".heifs", ".hif"])
Image.register_mime("HEIF", "image/heif")


@dataclass
class Picture:
    """Upright pixels in sRGB (mode RGB or RGBA), plus where they came from."""

    image: Image.Image
    format: str
    path: Path | None = None
    data: bytes = b""  # the file's own bytes, for the hidden-data checks
    notes: list[str] = field(default_factory=list)
    had_profile: str | None = None  # name of the colour profile we converted from

    @property
    def size(self) -> tuple[int, int]:
        return self.image.size

    @property
    def has_alpha(self) -> bool:
        return self.image.mode == "RGBA"

    @property
    def name(self) -> str:
        return self.path.name if self.path else "picture"

    def with_image(self, image: Image.Image) -> Picture:
        """A derived picture (a style's result): same origin, new pixels, no file bytes."""
        mode = "RGBA" if "A" in image.getbands() else "RGB"
        return replace(self, image=image.convert(mode), data=b"", notes=list(self.notes))


def from_image(image: Image.Image, name: str = "picture.png") -> Picture:
    """Wrap pixels made in memory (an avatar, a gallery item) as a Picture."""
    mode = "RGBA" if "A" in image.getbands() else "RGB"
    return Picture(image=image.convert(mode), format="png", path=Path(name))


def open_picture(path: str | Path, *, draft: bool = False) -> Picture:
    """Open a picture file; raise PictureError with one plain line if we cannot."""
    path = Path(path)
    data = _read_bytes(path)
    return open_bytes(data, path, draft=draft)


def open_bytes(data: bytes, path: Path | None = None, *, draft: bool = False) -> Picture:
    """Open a picture from its bytes (the same rules as open_picture).

    `draft` decodes a JPEG at an eighth of its width and height: every byte of its compressed
    data is still decoded, so a damaged file fails just the same, but the full-size pixels are
    never built (a third of the time). For proving a file opens, not for looking at it.
    """
    label = path.name if path else words("This file")
    if not data:
        raise PictureError(words("{label} is empty: there is no picture in it.", label=label))
    quiet = _quiet_terminal() if data[:4] in (b"II*\x00", b"MM\x00*") else contextlib.nullcontext()
    try:
        with quiet, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's notes on odd EXIF are not for people
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            fmt = SUPPORTED_FORMATS.get(image.format or "")
            if fmt is None:
                raise PictureError(words(
                    "{label} is in the {format} format. SafePic can open {formats} pictures.",
                    label=label, format=image.format, formats=FORMAT_NAMES,
                ))
            _check_size(image.size, label)
            notes: list[str] = []
            if getattr(image, "is_animated", False) and fmt in ("gif", "webp", "png"):
                notes.append(words("This is a moving picture; SafePic uses its first frame only."))
            elif getattr(image, "n_frames", 1) > 1 and fmt in ("tiff", "heif", "avif"):
                notes.append(words("This file holds more than one picture; SafePic uses the first."))
            image.seek(0)
            if draft:  # only JPEG can; other formats ignore it
                image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
            ImageOps.exif_transpose(image, in_place=True)  # no copy when already upright
            profile_name = _profile_name(image)
            pixels = _to_srgb(image)
    except PictureError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PictureError(words("{label} says it is far too large to open safely.", label=label)) from None
    except UnidentifiedImageError:
        raise PictureError(words(
            "{label} is not a picture SafePic can read. It opens {formats} pictures.",
            label=label, formats=FORMAT_NAMES,
        )) from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, KeyError, TypeError,
            struct.error, ZeroDivisionError, MemoryError, RuntimeError) as exc:
        raise PictureError(words("{label} seems damaged or cut short, so it cannot be opened.",
                                 label=label)) from exc
    return Picture(image=pixels, format=fmt, path=path, data=data, notes=notes,
                   had_profile=profile_name)


@contextlib.contextmanager
def _quiet_terminal() -> Iterator[None]:
    """Silence libtiff, which prints its complaints straight to the terminal (file 2).

    A person should see SafePic's one line about a damaged file, not the library's notes.
    """
    try:
        saved = os.dup(2)
    except OSError:  # no terminal to protect
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise PictureError(words("There is no file at {path}.", path=path))
    if path.is_dir():
        raise PictureError(words("{path} is a folder, not a picture.", path=path))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PictureError(words("{name} is too large ({megabytes} MB) to be a profile picture.",
                                     name=path.name, megabytes=size // (1024 * 1024)))
        return path.read_bytes()
    except PermissionError:
        raise PictureError(words("SafePic is not allowed to read {name}.", name=path.name)) from None
    except OSError as exc:
        reason = exc.strerror or "read error"
        raise PictureError(words("{name} could not be read ({reason}).", name=path.name,
                                 reason=reason)) from None


def _check_size(size: tuple[int, int], label: str) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise PictureError(words("{label} says it has no pixels at all.", label=label))
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise PictureError(words(
            "{label} says it is {width} x {height} pixels, far too large to open safely.",
            label=label, width=width, height=height,
        ))


def _profile_name(image: Image.Image) -> str | None:
    icc = image.info.get("icc_profile")
    if not icc:
        return None
    try:
        return ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc))).strip()
    except (OSError, ImageCms.PyCMSError, TypeError, ValueError):
        return "unreadable profile"


def _to_srgb(image: Image.Image) -> Image.Image:
    """Pixels in 8-bit sRGB, RGB or RGBA; colours converted through any embedded profile."""
    icc = image.info.get("icc_profile")
    image = _to_8bit(image)
    alpha = None
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info) \
            or (image.mode in ("RGB", "L") and "transparency" in image.info):
        rgba = image.convert("RGBA")
        alpha = rgba.getchannel("A")
        if image.mode == "LA":
            base = image.convert("L")
        else:
            base = rgba.convert("RGB")
    elif image.mode in ("CMYK", "L", "RGB"):
        base = image
    else:
        base = image.convert("RGB")
    converted = None
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if base.mode == "RGB":  # in place: no second full-size picture at the end
                transform = ImageCms.buildTransform(source, _SRGB, "RGB", "RGB",
                                                    ImageCms.Intent.PERCEPTUAL)
                _transform_in_place(base, transform)
                converted = base
            else:
                converted = ImageCms.profileToProfile(
                    base, source, _SRGB, outputMode="RGB",
                    renderingIntent=ImageCms.Intent.PERCEPTUAL,
                )
        except (OSError, ImageCms.PyCMSError, ValueError, TypeError):
            converted = None  # a broken profile: fall back to a plain conversion
    if converted is None:
        converted = base if base.mode == "RGB" else base.convert("RGB")
    if alpha is not None:
        converted = converted.convert("RGBA")
        converted.putalpha(alpha)
    converted.info = {}
    return converted


def _transform_in_place(image: Image.Image, transform: ImageCms.ImageCmsTransform) -> None:
    """Convert a large picture's colours in bands, one per core, all at once; skip a no-op.

    Little CMS lets go of Python's lock while it works, so the bands really run side by side: on
    two idle cores a 12-megapixel photo takes 85 ms instead of 130 ms. Cutting the bands out and
    putting them back costs about 20 ms of work, which a busy computer pays without the gain.
    """
    bands = min(os.cpu_count() or 1, MAX_BANDS, image.height // 64)
    if image.width * image.height < BANDS_FROM_PIXELS:
        ImageCms.applyTransform(image, transform, inPlace=True)
        return
    if not _changes_colours(transform):
        return
    if bands < 2:
        ImageCms.applyTransform(image, transform, inPlace=True)
        return
    from concurrent.futures import ThreadPoolExecutor

    edges = [image.height * i // bands for i in range(bands + 1)]
    parts = [image.crop((0, top, image.width, bottom)) for top, bottom in zip(edges, edges[1:])]
    with ThreadPoolExecutor(bands) as pool:
        list(pool.map(lambda part: ImageCms.applyTransform(part, transform, inPlace=True), parts))
    for part, top in zip(parts, edges):
        image.paste(part, (0, top))


def _changes_colours(transform: ImageCms.ImageCmsTransform) -> bool:
    """Whether the conversion moves any of 65,536 probe colours, which hold every level of every
    channel. Photos tagged sRGB (from many cameras and editors) move none: converting them would
    change nothing and cost as much as decoding them."""
    probe = _colour_probe()
    moved = ImageCms.applyTransform(probe, transform)
    return moved is not None and moved.tobytes() != probe.tobytes()


@functools.cache
def _colour_probe() -> Image.Image:
    red = Image.linear_gradient("L")  # 256 x 256: one level a row
    green = red.transpose(Image.Transpose.ROTATE_90)  # one level a column
    return Image.merge("RGB", (red, green, ImageChops.add_modulo(red, green)))


def _to_8bit(image: Image.Image) -> Image.Image:
    """16-bit and float greyscale scaled to 8 bits (Pillow's convert would clip instead).

    Whole-number pixels are scaled in whole numbers, in place: a 100 KB file can hold 50 million
    16-bit pixels, and a float64 copy of those took half a minute and over a gigabyte.
    """
    if image.mode not in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return image
    import numpy as np  # only here: importing it costs as much as decoding a small photo

    if image.mode != "F":
        array = np.array(image)  # uint16 or int32, a writable copy
        top = 65535 if image.mode.startswith("I;16") or array.max(initial=0) > 255 else 255
        info = dict(image.info)
        key = info.pop("transparency", None)
        # One 16-bit grey marks see-through pixels: keep it as alpha.
        alpha = np.where(array == key, 0, 255).astype(np.uint8) if isinstance(key, int) else None
        if array.dtype != np.uint16:
            np.clip(array, 0, top, out=array)
        if top != 255:
            array //= top // 255  # 65535 / 255 = 257 exactly
        scaled = array.astype(np.uint8)
        del array
        if alpha is not None:
            out = Image.fromarray(np.dstack([scaled, alpha]), "LA")
        else:
            out = Image.fromarray(scaled, "L")
        out.info = info
        return out
    array = np.array(image, dtype=np.float32)
    brightest = 1.0 if array.max(initial=0) <= 1.0 else 255.0
    array *= 255.0 / brightest
    np.clip(array, 0, 255, out=array)
    out = Image.fromarray(array.astype(np.uint8), "L")
    out.info = dict(image.info)
    return out
