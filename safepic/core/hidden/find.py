"""Find everything hidden in a picture file's own bytes, and say it in plain words.

The format modules (jpeg, png, webp, heif, tiff, gif, bmp; the table is in formats.py) gather clues; this module turns
each kind of clue into one Finding, names the town behind a map position, compares hidden
previews with the picture, and looks at see-through pixels and the file's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import Image

from ..picture import Picture
from ..places import nearest_place
from ..report import Finding, Location, Severity
from ..words import Words, words
from .clues import Clues, guarded
from .filename import read_name
from .formats import format_of
from .pixels import find_erased, reveal
from .previews import SHOW_SIZE, difference, open_preview

# The order findings are listed in: the most telling first.
ORDER = ("gps", "owner", "thumbnail", "embedded-image", "trailer", "hidden-pixels", "serial",
         "device", "datetime", "comment", "png-text", "iptc", "xmp", "c2pa", "icc", "filename")
MAX_ITEMS = 5
# GPS details that do not say where on their own (a town name or a map position does).
MINOR_GPS = ("the height", "the exact time", "the direction", "how fast")


@dataclass
class Hidden:
    """What the file's bytes hide: findings, where it was taken, and a differing preview."""

    findings: list[Finding]
    location: Location | None
    thumbnail: Image.Image | None  # a hidden picture that shows something else, upright


def find_hidden(picture: Picture) -> Hidden:
    """Look through the file's bytes, pixels and name for anything that could give someone away."""
    clues = Clues()
    fmt = format_of(picture.data, picture.format)
    if fmt is not None and picture.data:
        guarded(fmt.read, picture.data, clues)
    location = None
    if clues.gps is not None:
        location = guarded(nearest_place, *clues.gps)
        if location is None:  # no town list: still say the position
            location = Location(clues.gps[0], clues.gps[1], "", "", "")
    findings: dict[str, Finding] = {}
    _metadata(clues, location, findings)
    thumbnail = _previews(picture, clues, findings)
    revealed = _erased(picture, findings)
    thumbnail = thumbnail or revealed
    _trailers(clues, findings)
    _file_name(picture, findings)
    ordered = [findings[code] for code in ORDER if code in findings]
    return Hidden(findings=ordered, location=location, thumbnail=thumbnail)


def listing(items: Sequence[str]) -> str:
    """'a, b and c', at most MAX_ITEMS, then 'and N more' (said in words a translator can reorder)."""
    shown = items[:MAX_ITEMS]
    if len(items) > MAX_ITEMS:
        return words("{items} and {count} more", items=_commas(shown), count=len(items) - MAX_ITEMS)
    if len(shown) == 1:
        return shown[0]
    return words("{items} and {last}", items=_commas(shown[:-1]), last=shown[-1])


def _commas(items: Sequence[str]) -> str:
    joined = items[0]
    for item in items[1:]:
        joined = words("{items}, {item}", items=joined, item=item)
    return joined


def _add(findings: dict[str, Finding], code: str, severity: Severity, title: str,
         detail: Words, box: tuple[int, int, int, int] | None = None) -> None:
    findings[code] = Finding(code, severity, title, detail, box=box)


def _metadata(clues: Clues, location: Location | None, findings: dict[str, Finding]) -> None:
    items = clues.items
    if location is not None or items.get("gps"):
        if location is not None and items.get("gps"):
            text = words("It holds a map position near {place}. It also holds {items}. Anyone who "
                         "downloads it can see this.", place=location.in_words(), items=listing(items["gps"]))
        elif location is not None:
            text = words("It holds a map position near {place}. Anyone who downloads it can see this.",
                         place=location.in_words())
        else:
            text = words("It holds {items}. Anyone who downloads it can see this.",
                         items=listing(items["gps"]))
        high = location is not None or any(not i.startswith(MINOR_GPS) for i in items["gps"])
        _add(findings, "gps", "high" if high else "medium",
             words("The photo says where it was taken") if high else words("The file holds location details"),
             text)
    if items.get("owner"):
        _add(findings, "owner", "high", words("The file holds a name"),
             words("It holds {items}. A name can lead straight to you.", items=listing(items["owner"])))
    if items.get("serial"):
        _add(findings, "serial", "medium", words("The file holds codes from your camera"),
             words("It holds {items}. These can link this picture to other photos from the same camera.",
                   items=listing(items["serial"])))
    if items.get("device"):
        _add(findings, "device", "low", words("The file says which phone or camera took it"),
             words("It holds {items}. On its own this is a small clue, but clues add up.",
                   items=listing(items["device"])))
    if items.get("datetime"):
        _add(findings, "datetime", "low", words("The file says when the photo was taken"),
             words("It holds {items}. With other clues, this can help someone work out where you were.",
                   items=listing(items["datetime"])))
    if items.get("comment"):
        only_tools = all(i.startswith("a note left by the app") for i in items["comment"])
        _add(findings, "comment", "low" if only_tools else "medium", words("The file holds a written note"),
             words("It holds {items}. Notes like this can say more than you think.",
                   items=listing(items["comment"])))
    if "png-text" in items:
        quiet = all(i.startswith(('"Software"', '"Raw profile')) for i in items["png-text"])
        _add(findings, "png-text", "low" if quiet else "medium", words("The file holds text notes"),
             words("It holds these notes: {items}. Anyone can read them with a simple tool.",
                   items=listing(items["png-text"])))
    if "iptc" in items:
        _add(findings, "iptc", "medium" if items["iptc"] else "low",
             words("The file holds notes for newspapers"),
             words("It holds notes of the kind news photographers add: {items}. They can name people "
                   "and places.", items=listing(items["iptc"])) if items["iptc"] else
             words("It holds a block for notes of the kind news photographers add. This one names no "
                   "one, but a clean copy leaves it out."))
    if "xmp" in items:
        _add(findings, "xmp", "low", words("The file holds notes from an app"),
             words("A camera or an editing app added a block of notes, with {items}. A clean copy "
                   "leaves them out.", items=listing(items["xmp"])) if items["xmp"] else
             words("A camera or an editing app added a block of notes. A clean copy leaves them out."))
    if "c2pa" in items:
        _add(findings, "c2pa", "medium", words("The picture carries a signed history"),
             words("It holds a signed record of where the picture came from, with {items}. It can name "
                   "the app, the camera or the person who made it.", items=listing(items["c2pa"]))
             if items["c2pa"] else
             words("It holds a signed record of where the picture came from. It can name the app, the "
                   "camera or the person who made it."))
    if items.get("icc"):
        _add(findings, "icc", "low", words("The colour setting has a telling name"),
             words("It holds {items}. A name like this can point to your own screen or camera.",
                   items=listing(items["icc"])))


def _previews(picture: Picture, clues: Clues, findings: dict[str, Finding]) -> Image.Image | None:
    """Compare each hidden picture with the visible one; return the one that differs most."""
    small: Image.Image | None = None  # the visible picture, made small once when needed
    best: tuple[float, Image.Image] | None = None
    differs: dict[str, list[str]] = {"thumbnail": [], "embedded-image": [], "trailer": []}
    thumbs: list[str] = []
    for preview in clues.previews:
        image = open_preview(preview)
        if image is None:
            continue
        if preview.code == "thumbnail" and preview.what not in thumbs:
            thumbs.append(preview.what)
        score = 0.0
        if preview.comparable:
            if small is None:
                small = picture.image.convert("RGB")  # a copy: the picture itself is not touched
                small.thumbnail((SHOW_SIZE, SHOW_SIZE))
            score = guarded(difference, small, image) or 0.0
        if score > 1.0:
            differs[preview.code].append(preview.what)
            if best is None or score > best[0]:
                best = (score, image)
    if differs["thumbnail"]:
        _add(findings, "thumbnail", "high", words("A hidden preview shows more than your picture"),
             words("The small preview inside shows the whole original photo, before you cropped or "
                   "changed it. Anyone who downloads the file can open it."))
    elif thumbs:
        _add(findings, "thumbnail", "low", words("The file keeps a small copy of the picture"),
             words("It holds {items}. It matches what you see, but a clean copy leaves it out.",
                   items=listing(thumbs)))
    embedded = clues.items.get("embedded-image", [])
    if differs["embedded-image"] or embedded:
        changed = differs["embedded-image"]
        listed = embedded or changed
        high = bool(changed) or any("before the blur" in e for e in embedded)
        if changed and len(listed) == 1:
            detail = words("It holds {items}. It shows something different from the picture you see. "
                           "Anyone with the right tool can pull it out.", items=listing(listed))
        elif changed:
            detail = words("It holds {items}. One of them shows something different from the picture "
                           "you see. Anyone with the right tool can pull them out.", items=listing(listed))
        elif len(listed) == 1:
            detail = words("It holds {items}. Anyone with the right tool can pull it out.",
                           items=listing(listed))
        else:
            detail = words("It holds {items}. Anyone with the right tool can pull them out.",
                           items=listing(listed))
        _add(findings, "embedded-image", "high" if high else "medium",
             words("There is more than one picture inside the file"), detail)
    return best[1] if best else None


def _erased(picture: Picture, findings: dict[str, Finding]) -> Image.Image | None:
    erased = find_erased(picture.image)
    if erased is None:
        return None
    share = max(1, round(erased.share * 100))
    _add(findings, "hidden-pixels", "high", words("An erased part of the picture is still there"),
         words("About {share}% of the picture looks see-through, but the colours under it are still "
               "stored. Anyone can make them visible again.", share=share), box=erased.box)
    shown = reveal(picture.image)
    shown.thumbnail((SHOW_SIZE, SHOW_SIZE))
    return shown


# kind -> severity, title, and the detail given the size in words.
TRAILER_WORDS: dict[str, tuple[Severity, Words, Callable[[str], Words]]] = {
    "video": ("high", words("A short video is hidden in the photo"),
              lambda size: words("This is a moving photo: a few seconds of video (about {size}) are "
                                 "stored after the picture. The video may show and sound more than "
                                 "the photo does.", size=size)),
    "pixels": ("high", words("Part of the uncut picture is still in the file"),
               lambda size: words("The picture was cut smaller, but parts of the bigger original (about "
                                  "{size}) were left after its end. It may be possible to get back the "
                                  "parts you cut away.", size=size)),
    "picture": ("high", words("Another picture is hidden after the end"),
                lambda size: words("A second picture (about {size}) is stored after the end of this one. "
                                   "It may show something you did not mean to share.", size=size)),
    "data": ("medium", words("There is extra data after the end of the picture"),
             lambda size: words("Some extra data (about {size}) is stored after the picture ends. Picture "
                                "viewers do not show it, but anyone can read it.", size=size)),
}


def _trailers(clues: Clues, findings: dict[str, Finding]) -> None:
    if not clues.trailers:
        return
    kinds = [kind for _, kind in clues.trailers]
    kind = next(k for k in ("pixels", "video", "picture", "data") if k in kinds)
    severity, title, detail = TRAILER_WORDS[kind]
    size = sum(size for size, _ in clues.trailers)
    _add(findings, "trailer", severity, title, detail(_size_words(size)))


def _size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size // 1024} KB"
    return words("{count} bytes", count=size)


def _file_name(picture: Picture, findings: dict[str, Finding]) -> None:
    if picture.path is None:
        return
    named = guarded(read_name, picture.path.name)
    if not named:
        return
    items = [words("the name {name}", name=n) for n in named.names] \
        + [words("the place {place}", place=p) for p in named.places] \
        + [words("the date {date}", date=d) for d in named.dates]
    _add(findings, "filename", "medium" if named.names or named.places else "low",
         words("The file name may give you away"),
         words('The file is called "{name}", which holds {items}. File names often travel with a '
               "picture when you upload it. A clean copy gets a random name.",
               name=" ".join(picture.path.name.split()), items=listing(items)))
