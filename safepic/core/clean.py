"""Write a clean copy of a picture: a new file made from its pixels only, checked after writing.

Metadata cleaners that edit the original file keep whatever they do not know about, and ones
that drop the orientation or colour profile turn pictures sideways or shift their colours. So the
copy is encoded afresh from upright sRGB pixels, written atomically beside the original, then
opened again and inspected as a stranger would: its structure must hold nothing but the picture,
and the hidden-data checks must find nothing.
"""

from __future__ import annotations

import errno
import io
import os
import secrets
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from PIL import Image

from .errors import CleanError, PictureError
from .picture import Picture, open_picture
from .report import Report
from .words import words

# Our format name -> (Pillow format, file extension).
OUTPUT_FORMATS: dict[str, tuple[str, str]] = {
    "jpeg": ("JPEG", "jpg"),
    "png": ("PNG", "png"),
    "webp": ("WEBP", "webp"),
}
_SUFFIXES = {".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg", ".png": "png", ".webp": "webp"}
# What each input format becomes when nobody says: photos stay photos, drawings stay sharp.
_DEFAULT_OUT = {"png": "png", "gif": "png", "webp": "webp"}
MAX_SQUARE = 8192
JPEG_QUALITY = 92
WEBP_QUALITY = 90
WEBP_MAX_SIDE = 16383  # the format cannot hold more


@dataclass
class Cleaned:
    """Where the clean copy was written, and what a fresh check of that file found."""

    path: Path
    report: Report


def write_clean(
    picture: Picture,
    out: Path | None = None,
    *,
    fmt: str | None = None,
    square: int | None = None,
) -> Cleaned:
    """Write `picture` as a new metadata-free file and prove it is clean; never touch the original.

    The format comes from `out`'s suffix, else `fmt`, else from the input's format. `square`
    crops a centred square and resizes it to `square` x `square` pixels.
    """
    out_fmt = _choose_format(picture, out, fmt)
    target = _choose_target(picture, out, out_fmt)
    image = _prepare(picture.image, out_fmt, square)
    _write_atomically(image, target, out_fmt)
    try:
        return Cleaned(path=target, report=_inspect(target, out_fmt, image.size))
    except BaseException:
        _remove_quietly(target)
        raise


def _choose_format(picture: Picture, out: Path | None, fmt: str | None) -> str:
    if fmt is not None:
        fmt = fmt.lower().replace("jpg", "jpeg")
        if fmt not in OUTPUT_FORMATS:
            raise CleanError(words("SafePic can save JPEG, PNG or WebP pictures, not {fmt}.", fmt=fmt))
    if out is not None and Path(out).suffix:
        suffix_fmt = _SUFFIXES.get(Path(out).suffix.lower())
        if suffix_fmt is None:
            raise CleanError(words(
                "SafePic can save JPEG, PNG or WebP pictures. Please end the name with "
                ".jpg, .png or .webp instead of {suffix}.", suffix=Path(out).suffix
            ))
        return suffix_fmt  # the name the person chose wins over a suggested format
    return fmt or _DEFAULT_OUT.get(picture.format, "jpeg")


def _choose_target(picture: Picture, out: Path | None, out_fmt: str) -> Path:
    if out is None:
        folder = picture.path.parent if picture.path is not None else Path.cwd()
        if not folder.is_dir():
            raise CleanError(words("The folder {folder} is not there any more, so nothing was saved.",
                                   folder=folder))
        ext = OUTPUT_FORMATS[out_fmt][1]
        for _ in range(1000):
            candidate = folder / f"safe-picture-{secrets.token_hex(2)}.{ext}"
            if not candidate.exists():
                return candidate.absolute()
        raise CleanError(words("The folder {folder} is too full of SafePic copies to add another.",
                               folder=folder))
    target = Path(out).expanduser().absolute()
    if target.is_dir():
        raise CleanError(words("{target} is a folder. Please give a file name for the clean copy.",
                               target=target))
    if not target.parent.is_dir():
        raise CleanError(words("The folder {folder} does not exist, so nothing was saved.",
                               folder=target.parent))
    if picture.path is not None and _same_file(Path(picture.path), target):
        raise CleanError(words(
            "Saving to {name} would replace your original. Please choose another name.", name=target.name
        ))
    return target


def _same_file(original: Path, target: Path) -> bool:
    if not original.exists():  # made in memory (an avatar, a style): nothing to replace
        return False
    if original.resolve() == target.resolve():
        return True
    try:
        return os.path.samefile(original, target)
    except OSError:  # one of them does not exist
        return False


def _prepare(image: Image.Image, out_fmt: str, square: int | None) -> Image.Image:
    """The pixels to encode, with no info attached: squared, alpha kept only if it matters."""
    if square is not None:
        if not isinstance(square, int) or not 16 <= square <= MAX_SQUARE:
            raise CleanError(words("A square picture must be between 16 and {largest} pixels wide.",
                                   largest=MAX_SQUARE))
        image = _square(image, square)
    if image.mode not in ("RGB", "RGBA"):  # a Picture built by hand rather than opened
        see_through = "A" in image.getbands() or "transparency" in image.info
        image = image.convert("RGBA" if see_through else "RGB")
    if image.mode == "RGBA":
        if image.getchannel("A").getextrema()[0] == 255:
            image = image.convert("RGB")
        else:
            image = _settle_see_through(image, out_fmt)
    if image.info:  # Pillow's writers take comments, profiles and transparency from .info
        image = image.copy()
        image.info = {}
    return image


def _square(image: Image.Image, side: int) -> Image.Image:
    width, height = image.size
    edge = min(width, height)
    left, top = (width - edge) // 2, (height - edge) // 2
    return image.resize((side, side), Image.Resampling.LANCZOS,
                        box=(left, top, left + edge, top + edge))


def _settle_see_through(image: Image.Image, out_fmt: str) -> Image.Image:
    """JPEG has no see-through: lay the picture on white. Others keep it, with nothing under it."""
    import numpy as np  # only here: importing it costs more than a small picture's whole clean

    rgba = np.asarray(image)
    if out_fmt == "jpeg":
        alpha = rgba[:, :, 3:4].astype(np.float32) / 255.0
        rgb = rgba[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)
        return Image.fromarray(np.clip(rgb + 0.5, 0, 255).astype(np.uint8), "RGB")
    rgba = rgba.copy()
    rgba[rgba[:, :, 3] == 0, :3] = 0  # an "erased" area must not keep its colours
    return Image.fromarray(rgba, "RGBA")


def _save_options(out_fmt: str, image: Image.Image) -> dict[str, object]:
    if out_fmt == "jpeg":
        return {"quality": JPEG_QUALITY}
    if out_fmt == "png":
        return {"compress_level": 6}
    if image.mode == "RGBA":
        # Lossless, and exact: left free, the encoder paints colours of its own under see-through
        # pixels to save bytes, and the emptied area would hold a picture again.
        return {"lossless": True, "exact": True}
    return {"quality": WEBP_QUALITY}


def _write_atomically(image: Image.Image, target: Path, out_fmt: str) -> None:
    """Write to a hidden temporary file beside the target, then move it into place in one step."""
    folder = target.parent
    if out_fmt == "webp" and max(image.size) > WEBP_MAX_SIDE:
        raise CleanError(words("A WebP picture can be at most {largest} pixels wide or tall. "
                               "Please save this one as JPEG or PNG.", largest=WEBP_MAX_SIDE))
    tmp_path: str | None = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, prefix=".safepic-",
                                         suffix="." + OUTPUT_FORMATS[out_fmt][1]) as tmp:
            tmp_path = tmp.name
            _encode(image, out_fmt, tmp)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp_path, 0o644)
        os.replace(tmp_path, target)
        tmp_path = None
        _sync_folder(folder)
    except OSError as exc:
        raise CleanError(_write_problem(exc, folder)) from None
    except ValueError:  # the encoder refused these pixels
        raise CleanError(words("SafePic could not turn this picture into a clean copy.")) from None
    finally:
        if tmp_path is not None:
            _remove_quietly(Path(tmp_path))


def _sync_folder(folder: Path) -> None:
    """Make the new name itself survive a power cut (POSIX; elsewhere the file system does)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _encode(image: Image.Image, out_fmt: str, stream: IO[bytes]) -> None:
    if out_fmt != "jpeg":
        image.save(stream, format=OUTPUT_FORMATS[out_fmt][0], **_save_options(out_fmt, image))
        return
    # The JPEG encoder always adds a JFIF header (a version and a pixel aspect, no dots per
    # inch); it is optional, and a file without it has nothing at all for a tool to list.
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", **_save_options(out_fmt, image))
    data = buffer.getbuffer()
    start = 2
    if bytes(data[2:4]) == b"\xff\xe0" and bytes(data[6:11]) == b"JFIF\x00":
        start = 4 + struct.unpack(">H", data[4:6])[0]
    stream.write(data[:2])
    stream.write(data[start:])
    del data  # release the view so the buffer can be freed


def _write_problem(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return words("There is not enough free space in {folder} to save the picture.", folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return words("SafePic is not allowed to save in {folder}. Please choose another folder.",
                     folder=folder)
    if exc.errno == errno.ENOENT:
        return words("The folder {folder} is not there any more, so nothing was saved.", folder=folder)
    reason = (exc.strerror or "a write error").lower()
    return words("The clean copy could not be saved in {folder} ({reason}).", folder=folder, reason=reason)


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _inspect(path: Path, out_fmt: str, size: tuple[int, int]) -> Report:
    """Open the written file as a stranger would; fail if anything but pixels is in it.

    A JPEG is decoded in draft (all of its compressed data, at an eighth of the size): that
    proves it opens, and the hidden-data checks read the file's bytes, not its pixels. A PNG or
    WebP is decoded whole, as its see-through pixels are checked too.
    """
    from .hidden.find import find_hidden  # imported late: hidden/find.py pulls in the place lookup

    try:
        written = open_picture(path, draft=True)
    except PictureError:
        raise CleanError(words("The clean copy could not be read back, so SafePic removed it.")) from None
    problem = structure_problem(written.data, out_fmt)
    if problem:
        raise CleanError(words("SafePic saved a clean copy, checked it, and found {problem} still in it. "
                               "It deleted that copy; your picture is unchanged.", problem=problem))
    hidden = find_hidden(written)
    left = [f for f in hidden.findings if f.code != "filename"]
    if left:
        raise CleanError(words("SafePic saved a clean copy, checked it, and found this still in it: {what}. "
                               "It deleted that copy; your picture is unchanged.",
                               what=left[0].title.rstrip(".").lower()))
    return Report(file=str(path), format=written.format, size=size,
                  findings=list(hidden.findings), location=hidden.location,
                  notes=list(written.notes), vision_checked=False)


def structure_problem(data: bytes, out_fmt: str) -> str | None:
    """Walk the file's blocks; name the first one that is not pure picture, or return None.

    Each format's own module walks its blocks (the same walk that reads hidden data) and judges
    them strictly; a file that breaks the walk is named as cut short.
    """
    from .hidden.formats import FORMATS  # imported late, as find_hidden is

    check = FORMATS[out_fmt].structure_problem
    assert check is not None, f"no structure check for {out_fmt}"  # SafePic writes only these
    try:
        return check(data)
    except (IndexError, ValueError, struct.error):
        return words("a block that ends too early")
