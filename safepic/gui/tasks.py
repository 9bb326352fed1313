"""The slow work of the wizard, run in a helper process so the window never waits.

Checks, styles and saving spend long stretches inside native code that keeps Python's global
lock, which froze the window for up to a third of a second when they ran in a thread. In their
own process they cannot. This module never imports Qt: the helper process loads only the core.
Every task takes `progress` and `is_cancelled` like the core functions it calls.
"""

from __future__ import annotations

import os
import traceback
from typing import Any, Callable

from safepic.core.errors import Cancelled, SafePicError

WARM_UP_SIDE = 96
NICENESS = 10
STYLE_SIDE = 1600  # styles work on at most this many pixels: plenty for a profile picture


def _working_size(picture):
    """A smaller copy for the styles, so a big photo's previews stay quick."""
    if max(picture.size) <= STYLE_SIDE:
        return picture
    from PIL import Image

    image = picture.image.copy()
    image.thumbnail((STYLE_SIDE, STYLE_SIDE), Image.Resampling.LANCZOS)
    return picture.with_image(image)


def warm_up(*, progress, is_cancelled) -> None:
    """Load the face, people and text models before the person's own check needs them."""
    from PIL import Image

    from safepic.core.picture import from_image

    check(from_image(Image.new("RGB", (WARM_UP_SIDE, WARM_UP_SIDE), (128, 128, 128)), "warm-up.png"),
          progress=None, is_cancelled=is_cancelled)


def open_file(path, *, progress, is_cancelled):
    from safepic.core.picture import open_picture

    return open_picture(path)


def check(picture, *, progress, is_cancelled):
    from safepic.core.analyse import analyse

    return analyse(picture, progress=progress, is_cancelled=is_cancelled)


def copies(picture, folder, *, progress, is_cancelled):
    from safepic.core.similar import find_copies

    return find_copies(picture, folder, progress=progress, is_cancelled=is_cancelled)


def choices(with_styles: bool, face_found: bool, gallery_counts: dict[str, int], *, progress,
            is_cancelled):
    """The styles on offer (name -> title) and the first few gallery pictures of each kind.
    Styles that change only faces are left out when no face was found: they would change nothing."""
    from safepic.core import gallery

    styles = {}
    if with_styles:
        from safepic.core.styles.anonymise import STYLES

        styles = {name: info.title for name, info in STYLES.items()
                  if face_found or not info.only_faces}
    picks = []
    for kind, count in gallery_counts.items():
        picks += gallery.items(kind)[:count]
    return styles, picks


def style(picture, name: str, *, progress, is_cancelled):
    from safepic.core.styles.anonymise import make_safe

    result = make_safe(_working_size(picture), name, progress=progress, is_cancelled=is_cancelled)
    return result.picture, result.report, list(result.notes)


def as_it_is(picture, *, progress, is_cancelled):
    """The picture itself without its file (so without hidden details), checked again."""
    plain = picture.with_image(picture.image)
    return plain, check(plain, progress=None, is_cancelled=is_cancelled), []


def gallery_item(item, *, progress, is_cancelled):
    from safepic.core import gallery

    picture = gallery.load(item)
    return picture, check(picture, progress=None, is_cancelled=is_cancelled), []


def avatar(kind: str, seed: int, *, progress, is_cancelled):
    from safepic.core.avatars import make_avatar

    picture = make_avatar(kind, seed)
    return picture, check(picture, progress=None, is_cancelled=is_cancelled), []


def save(picture, out, fmt: str, square: int | None, *, progress, is_cancelled):
    from safepic.core.clean import write_clean

    return write_clean(picture, out, fmt=fmt, square=square)


TASKS: dict[str, Callable[..., Any]] = {f.__name__: f for f in (
    warm_up, open_file, check, copies, choices, style, as_it_is, gallery_item, avatar, save)}


def serve(conn, cancel) -> None:
    """The helper process: run one task at a time and send back progress and the outcome."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)  # on a small computer the window must win the processor
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        name, args = message
        try:
            result = TASKS[name](*args, progress=lambda line: conn.send(("progress", line)),
                                 is_cancelled=cancel.is_set)
            reply = ("cancelled", None) if cancel.is_set() else ("done", result)
        except Cancelled:
            reply = ("cancelled", None)
        except SafePicError as exc:
            reply = ("error", exc.args[0] if exc.args else str(exc))  # keeps words() for translation
        except Exception:  # kept for developers on stderr; the person sees one plain line
            traceback.print_exc()
            reply = ("crash", name)
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
