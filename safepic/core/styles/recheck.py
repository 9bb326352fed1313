"""Check a style's result again with the real finders, looking where things can be.

A style changes what it hides and, for the styles that redraw the whole picture, how the rest
looks; it cannot put words, codes or pets into a photo that had none. So the re-check does not
search the whole result again. It runs each finder on the new pixels around every spot where the
first look found something of its kind, and around every spot the person marked (with every
finder there: anything can be under a box of one's own), with room around each spot. A style
that makes a new picture from an outline has its whole result searched for faces too. What the
finders see there is what the report says, whatever the style meant to do.

A preview is smaller than the photo, so each spot is enlarged back towards its size in the
photo before a finder looks at it (a face 80 pixels wide in the photo is 20 in a preview).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PIL import Image

from ..analyse import VISION_STEPS, Analysis, finder
from ..errors import Cancelled
from ..marks import COVERED, Mark, is_marked
from ..picture import Picture, from_image
from ..report import Finding, Report, shared_area
from ..words import words

if TYPE_CHECKING:
    from ..vision.faces import Face

IsCancelled = Callable[[], bool]
Box = tuple[int, int, int, int]
Area = tuple[int, int, int, int]  # x0, y0, x1, y1

FACE_ROOM = (1.0, 1.5, 1.0)  # a face's spot grows by its width at the sides, 1.5 x its height
# above (hair) and its height below: the whole head and some of what is around it
ROOM = 0.5  # any other spot grows by half its longer side on every side...
LEAST_ROOM = 16  # ... and by at least this many pixels
ZOOM_SIDE = 640  # a preview's spot is enlarged at most to this long side (and never beyond
# its size in the photo)
FACE_SIDE = 48  # a marked face is looked at this wide (pixels), never beyond the photo's scale
SHEET_SIDE = 600  # heads are laid out on a sheet about this wide...
SHEET_GAP = 48  # ... with this much grey between them (wider than any tile's overlap)
SHEET_GREY = (128, 128, 128)
STILL_SHOWS = 0.3  # share of a finding's box inside a spot meant to be hidden


def room(box: Box, code: str, size: tuple[int, int]) -> Area:
    """The area a finder looks at around a spot, inside a picture of `size`."""
    x, y, w, h = box
    if code == "face":
        side, above, below = (FACE_ROOM[0] * w, FACE_ROOM[1] * h, FACE_ROOM[2] * h)
    else:
        side = above = below = max(LEAST_ROOM, ROOM * max(w, h))
    width, height = size
    return (max(0, math.floor(x - side)), max(0, math.floor(y - above)),
            min(width, math.ceil(x + w + side)), min(height, math.ceil(y + h + below)))


def merged(areas: Iterable[Area]) -> list[Area]:
    """Overlapping areas joined into one, so no finder looks at a spot twice."""
    out: list[Area] = []
    for area in sorted(areas):
        x0, y0, x1, y1 = area
        changed = True
        while changed:
            changed = False
            for other in list(out):
                if x0 < other[2] and other[0] < x1 and y0 < other[3] and other[1] < y1:
                    out.remove(other)
                    x0, y0 = min(x0, other[0]), min(y0, other[1])
                    x1, y1 = max(x1, other[2]), max(y1, other[3])
                    changed = True
        out.append((x0, y0, x1, y1))
    return [area for area in out if area[2] > area[0] and area[3] > area[1]]


def _zoom(area: Area, factor: float) -> float:
    """How much to enlarge an area of a picture `factor` times the photo's size."""
    if factor >= 1.0:
        return 1.0
    long_side = max(area[2] - area[0], area[3] - area[1])
    return max(1.0, min(1.0 / factor, ZOOM_SIDE / long_side))


def _crop(picture: Picture, area: Area, zoom: float) -> Picture:
    image = picture.image.crop(area)
    if zoom != 1.0:
        image = image.resize((max(1, round(image.width * zoom)), max(1, round(image.height * zoom))),
                             Image.Resampling.BICUBIC if zoom > 1.0 else Image.Resampling.BOX)
    return from_image(image, picture.name)


def _back(box: Box, area: Area, zoom: float, size: tuple[int, int]) -> Box:
    """A box found in an area's crop, in the picture's pixels."""
    x0 = min(size[0] - 1, max(0, area[0] + math.floor(box[0] / zoom)))
    y0 = min(size[1] - 1, max(0, area[1] + math.floor(box[1] / zoom)))
    x1 = min(size[0], area[0] + math.ceil((box[0] + box[2]) / zoom))
    y1 = min(size[1], area[1] + math.ceil((box[1] + box[3]) / zoom))
    return (x0, y0, max(1, x1 - x0), max(1, y1 - y0))


def faces_near(picture: Picture, spots: Sequence[tuple[Box, str]], factor: float = 1.0, *,
               whole: bool = False, is_cancelled: IsCancelled | None = None) -> list[Face]:
    """The faces the face finder sees in `picture` around the (box, code) spots, or everywhere
    with `whole`. Boxes are in `picture`'s pixels.

    The heads of marked faces are looked at all at once, side by side on one grey sheet, each
    scaled so its face is about FACE_SIDE pixels wide, where the finder is surest: one search
    instead of one per face. Any other spot (a person's own box) is searched on its own, at
    the photo's scale, as a face of any size may be in it.
    """
    from ..vision.faces import find_faces

    if whole:
        return find_faces(picture, is_cancelled=is_cancelled)
    heads = [(room(box, code, picture.size), box) for box, code in spots if code == "face"]
    found = _on_a_sheet(picture, heads, factor, is_cancelled)
    for area in merged(room(box, code, picture.size) for box, code in spots if code != "face"):
        zoom = _zoom(area, factor)
        for face in find_faces(_crop(picture, area, zoom), is_cancelled=is_cancelled):
            found.append(replace(face, box=_back(face.box, area, zoom, picture.size)))
    return found


def _on_a_sheet(picture: Picture, heads: Sequence[tuple[Area, Box]], factor: float,
                is_cancelled: IsCancelled | None) -> list[Face]:
    """Faces found on one sheet holding every head's area (see faces_near)."""
    from ..vision.faces import find_faces

    if not heads:
        return []
    crops = []
    for area, box in heads:
        zoom = min(1.0 / factor, FACE_SIDE / max(1, box[2]))
        crops.append((area, zoom, _crop(picture, area, zoom).image.convert("RGB")))
    crops.sort(key=lambda crop: -crop[2].height)  # shelves of heads of about one height
    width = max(SHEET_SIDE, max(image.width for _, _, image in crops))
    places: list[tuple[int, int]] = []
    x = y = row_height = 0
    for _, _, image in crops:
        if x and x + image.width > width:
            x, y, row_height = 0, y + row_height + SHEET_GAP, 0
        places.append((x, y))
        x += image.width + SHEET_GAP
        row_height = max(row_height, image.height)
    sheet = Image.new("RGB", (max(px + c[2].width for (px, _), c in zip(places, crops)),
                              max(py + c[2].height for (_, py), c in zip(places, crops))),
                      SHEET_GREY)
    for (px, py), (_, _, image) in zip(places, crops):
        sheet.paste(image, (px, py))
    found = []
    for face in find_faces(from_image(sheet, picture.name), is_cancelled=is_cancelled):
        fx, fy, fw, fh = face.box
        cx, cy = fx + fw / 2, fy + fh / 2
        for (px, py), (area, zoom, image) in zip(places, crops):
            if px <= cx < px + image.width and py <= cy < py + image.height:
                box = (fx - px, fy - py, fw, fh)
                found.append(replace(face, box=_back(box, area, zoom, picture.size)))
                break
    return found


def look_again(analysis: Analysis, picture: Picture, marks: Sequence[Mark], *, factor: float = 1.0,
               whole_faces: bool = False, is_cancelled: IsCancelled | None = None) -> Report:
    """A report of `picture` (a style's result, `factor` times the photo's size) from the real
    finders: its file's hidden details, then each finder where its kind of thing was found or
    the person marked. `marks` are in `picture`'s pixels."""
    from ..hidden.find import find_hidden
    from ..vision import faces as face_finder
    from ..vision import people

    report = Report(file=str(picture.path) if picture.path else picture.name, format=picture.format,
                    size=picture.size, notes=list(picture.notes), vision_checked=True)
    hidden = find_hidden(picture)
    # A result not written yet (a preview) has no file, so no file name of its own: it carries
    # the photo's, which the saved copy will not. A written file's name is judged as it is.
    report.add([f for f in hidden.findings if f.code != "filename" or picture.data])
    report.location = hidden.location
    spots = [(mark.box, mark.code) for mark in marks]
    faces = faces_near(picture, [(b, c) for b, c in spots if c in ("face", COVERED)], factor,
                       whole=whole_faces, is_cancelled=is_cancelled)
    report.add(face_finder.findings(faces))
    if faces:
        report.add(people.check(picture, faces=faces))
    for _, module in VISION_STEPS:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        mine = [(b, c) for b, c in spots if c == COVERED or analysis.found_by.get(c) == module]
        for area in merged(room(box, code, picture.size) for box, code in mine):
            report.add(_look_in(module, picture, area, factor, max(analysis.picture.size)))
    report.findings = [_still_shows(finding, marks) for finding in report.findings]
    return report


def _look_in(module: str, picture: Picture, area: Area, factor: float,
             photo_side: int) -> list[Finding]:
    """What finder `module` finds in one area of `picture`, boxes in `picture`'s pixels.

    The text finder looks at a whole photo shrunk to DETECT_SIDE (and reads each line from the
    full-size pixels): it looks at the area at that same scale, where it found the words the
    first time, and reads from the area's own pixels. Looking closer would cost more and
    would be a different test from the one the photo passed or failed.
    """
    checker = finder(module)
    if module == "text":
        first = min(1.0, checker.DETECT_SIDE / photo_side)  # the first look's scale
        zoom = max(1.0, first / factor)
        crop = _crop(picture, area, zoom)
        found = checker.check(crop, detect_side=max(1, round(max(crop.size) * first / (factor * zoom))))
    else:
        zoom = _zoom(area, factor)
        crop = _crop(picture, area, zoom)
        found = checker.check(crop)
    return [replace(f, box=_back(f.box, area, zoom, picture.size) if f.box else None) for f in found]


def _still_shows(finding: Finding, marks: Sequence[Mark]) -> Finding:
    """A finding inside a spot that was meant to be hidden says so."""
    box = finding.box
    if box is None or not is_marked(finding) or not any(
            mark.hide and shared_area(mark.box, box) > STILL_SHOWS for mark in marks):
        return finding
    return replace(finding, detail=words("This still shows in a spot that was marked to be "
                                         "hidden. {detail}", detail=finding.detail))
