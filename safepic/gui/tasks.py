"""The slow work of the wizard, run in a helper process so the window never waits.

Checks, styles and saving spend long stretches inside native code that keeps Python's global
lock, which froze the window for up to a third of a second when they ran in a thread. In their
own process they cannot. This module never imports Qt: the helper process loads only the core.
Every task takes `progress` and `is_cancelled` like the core functions it calls.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from typing import Any

from safepic.core.errors import Cancelled, SafePicError

WARM_UP_SIDE = 96
NICENESS = 10

# The person's picture and its check, kept here by its path, so the big pixels cross between
# the processes once (a 12 MP photo takes a third of a second each way). If this process was
# started again, the picture is opened (and checked) again from its file.
_held: dict[str, dict[str, Any]] = {}


def _picture(path):
    key = str(path)
    if key not in _held:
        from safepic.core.picture import open_picture

        _held.clear()  # one picture at a time
        _held[key] = {"picture": open_picture(path)}
    return _held[key]["picture"]


def _analysis(path, is_cancelled, progress=None):
    """The one look at the person's picture that every preview and the saved file start from."""
    picture = _picture(path)
    held = _held[str(path)]
    if "analysis" not in held:
        from safepic.core.analyse import look

        held["analysis"] = look(picture, progress=progress, is_cancelled=is_cancelled)
    return held["analysis"]


def _shrunk(picture, side: int):
    """The picture at most `side` pixels long (what a card on the page shows)."""
    if max(picture.size) <= side:
        return picture
    from PIL import Image

    image = picture.image.copy()
    image.thumbnail((side, side), Image.Resampling.LANCZOS)
    return picture.with_image(image)


def warm_up(*, progress, is_cancelled) -> None:
    """Load the face, people and text models, and the styles and drawings, before the person's
    own check and previews need them (while they read the first pages)."""
    from PIL import Image

    import safepic.core.avatars  # noqa: F401
    import safepic.core.styles.anonymise  # noqa: F401
    from safepic.core.picture import from_image

    _check(from_image(Image.new("RGB", (WARM_UP_SIDE, WARM_UP_SIDE), (128, 128, 128)), "warm-up.png"),
           is_cancelled)


def open_file(path, *, progress, is_cancelled):
    """Open the person's picture (afresh) and keep it here for the check, the styles and saving."""
    _held.pop(str(path), None)
    return _picture(path)


def _check(picture, is_cancelled, progress=None):
    from safepic.core.analyse import analyse

    return analyse(picture, progress=progress, is_cancelled=is_cancelled)


def check(path, *, progress, is_cancelled):
    """The full check of the person's picture, kept for the styles."""
    _held.get(str(path), {}).pop("analysis", None)
    return _analysis(path, is_cancelled, progress).report


def recheck(picture, *, progress, is_cancelled):
    """A gallery picture or an avatar, checked again as what it is: a small drawing, looked at
    by every finder (core.gallery.check_drawing). Saved, it is checked again in full."""
    from safepic.core.gallery import check_drawing

    return check_drawing(picture, is_cancelled=is_cancelled)


def copies(path, folder, *, progress, is_cancelled):
    from safepic.core.similar import find_copies

    return find_copies(_picture(path), folder, progress=progress, is_cancelled=is_cancelled)


def choices(with_styles: bool, gallery_counts: dict[str, int], *, progress, is_cancelled):
    """The styles (name -> title, and whether it changes nothing but the marks) and the first
    few gallery pictures of each kind."""
    from safepic.core import gallery

    styles = {}
    if with_styles:
        from safepic.core.styles.anonymise import STYLES

        styles = {name: (info.title, info.only_marks) for name, info in STYLES.items()}
    picks = []
    for kind, count in gallery_counts.items():
        picks += gallery.items(kind)[:count]
    return styles, picks


def style(path, name: str, marks, side: int, *, progress, is_cancelled):
    """A card's preview of one style: made at the card's size from the shared look, hiding the
    marks, and checked again at that size."""
    from safepic.core.styles.anonymise import make_safe

    result = make_safe(_analysis(path, is_cancelled), name, marks, size=side, is_cancelled=is_cancelled)
    return result.picture, result.report, list(result.notes)


def as_it_is(path, side: int, *, progress, is_cancelled):
    """The picture itself without its file, checked again: its hidden details are gone and its
    pixels are the ones already checked, so only the file is looked at again."""
    from safepic.core.analyse import analyse
    from safepic.core.hidden.find import find_hidden

    picture = _picture(path)
    report = _analysis(path, is_cancelled).report
    plain = picture.with_image(picture.image)
    hidden = {f.code for f in find_hidden(picture).findings}
    again = analyse(plain, vision=False, is_cancelled=is_cancelled)
    again.add(f for f in report.findings if f.code not in hidden)
    again.vision_checked = report.vision_checked
    return _shrunk(plain, side), again, []


def gallery_item(item, *, progress, is_cancelled):
    from safepic.core import gallery

    return gallery.load(item)


def avatar(kind: str, seed: int, *, progress, is_cancelled):
    from safepic.core.avatars import make_avatar

    return make_avatar(kind, seed)


def save(path, choice: str, marks, out, fmt: str, square: int | None, *, progress,
         is_cancelled):
    """The chosen picture at full size (a style is made again from the whole photo), written
    clean, then the written file's pixels checked again in full, as a stranger would see them."""
    from dataclasses import replace

    from safepic.core.clean import write_clean
    from safepic.core.picture import open_picture
    from safepic.core.styles.anonymise import check_again, make_safe

    kind, _, rest = choice.partition(":")
    result = None
    if kind == "style" and rest == "original":
        picture = _picture(path)
        picture = picture.with_image(picture.image)
    elif kind == "style":
        result = make_safe(_analysis(path, is_cancelled), rest, marks, check=False,
                           is_cancelled=is_cancelled)
        picture = result.picture
    elif kind == "gallery":
        picture = gallery_item(rest, progress=progress, is_cancelled=is_cancelled)
    else:
        avatar_kind, seed = rest.split(":")
        picture = avatar(avatar_kind, int(seed), progress=progress, is_cancelled=is_cancelled)
    if is_cancelled():
        raise Cancelled()
    cleaned = write_clean(picture, out, fmt=fmt, square=square)
    written = open_picture(cleaned.path)
    if result is not None:  # a style: looked at again where its marks are now, by the real finders
        report = check_again(_analysis(path, is_cancelled), result, written, square=square is not None,
                             is_cancelled=is_cancelled).report
    else:
        report = _check(written, is_cancelled)
    return replace(cleaned, report=report)


TASKS: dict[str, Callable[..., Any]] = {f.__name__: f for f in (
    warm_up, open_file, check, recheck, copies, choices, style, as_it_is, gallery_item, avatar, save)}


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
