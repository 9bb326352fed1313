"""Copies of the chosen picture are found in a folder, however they were edited; others never."""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from safepic.core import similar
from safepic.core.errors import Cancelled, PictureError
from safepic.core.picture import from_image, open_picture
from safepic.core.resources import resource_path
from safepic.core.similar import Fingerprint, distance, find_copies, is_copy, looks_alike

from . import near_misses

DATA = Path(__file__).resolve().parents[1] / "data"


def _crop(image: Image.Image, left: float, top: float, right: float, bottom: float) -> Image.Image:
    w, h = image.size
    return image.crop((round(left * w), round(top * h), round(w - right * w), round(h - bottom * h)))


def _edits(image: Image.Image) -> dict[str, Image.Image]:
    w, h = image.size
    return {
        "resized.jpg": image.resize((w // 3, h // 3), Image.Resampling.LANCZOS),
        "greyscale.png": ImageOps.grayscale(image),
        "mirrored.webp": ImageOps.mirror(image),
        "brighter.jpg": ImageEnhance.Brightness(image).enhance(1.35),
        "darker.jpg": ImageEnhance.Brightness(image).enhance(0.7),
        "softened.jpg": image.filter(ImageFilter.GaussianBlur(3)),
        "crop-edges.jpg": _crop(image, 0.04, 0.04, 0.04, 0.04),
        "crop-side.jpg": _crop(image, 0.10, 0.0, 0.0, 0.0),
        "crop-corner.png": _crop(image, 0.0, 0.08, 0.07, 0.0),
        "mirrored-cropped.jpg": ImageOps.mirror(_crop(image, 0.06, 0.03, 0.0, 0.05)),
        "warmer.jpg": ImageEnhance.Color(image).enhance(1.6),
        "recompressed.jpg": image,
    }


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> tuple[Path, Path, set[Path]]:
    """A folder of pictures: edited copies of the astronaut (expected) among unrelated ones."""
    root = tmp_path_factory.mktemp("photos")
    original = Image.open(DATA / "astronaut.jpg").convert("RGB")
    expected: set[Path] = set()
    camera = root / "Camera" / "2024"
    camera.mkdir(parents=True)
    for name, image in _edits(original).items():
        path = camera / name
        image.save(path, quality=60 if name == "recompressed.jpg" else 88)
        expected.add(path)
    exact = root / "exact-copy.jpg"
    exact.write_bytes((DATA / "astronaut.jpg").read_bytes())
    expected.add(exact)
    # Pixels stored sideways with an EXIF orientation tag: upright, it is the same picture.
    sideways = root / "Camera" / "sideways.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to show
    original.transpose(Image.Transpose.ROTATE_90).save(sideways, exif=exif.tobytes())
    expected.add(sideways)
    # The same pixels after an app dropped the orientation tag: shown sideways, still a copy.
    lost_tag = root / "Camera" / "lost-orientation.jpg"
    original.transpose(Image.Transpose.ROTATE_90).save(lost_tag)
    expected.add(lost_tag)

    unrelated = root / "Unrelated"
    unrelated.mkdir()
    for name in ("coffee.jpg", "rocket.jpg", "chelsea-cat.jpg"):
        Image.open(DATA / name).save(unrelated / name, quality=85)
    rng = np.random.default_rng(7)
    Image.fromarray(rng.integers(0, 256, (300, 400, 3), dtype=np.uint8)).save(unrelated / "noise.png")
    Image.new("RGB", (640, 480), (120, 130, 140)).save(unrelated / "flat.jpg")
    ramp = np.tile(np.linspace(0, 255, 512, dtype=np.uint8), (384, 1))
    Image.fromarray(ramp).save(unrelated / "gradient.png")
    # The astronaut's top-left and bottom-right corners share almost nothing with the whole.
    _crop(original, 0.0, 0.0, 0.55, 0.55).save(unrelated / "corner-a.jpg")
    _crop(original, 0.55, 0.55, 0.0, 0.0).save(unrelated / "corner-b.jpg")

    # Skipped quietly: a broken file, a file that is not a picture, hidden folders, a loop.
    (unrelated / "broken.jpg").write_bytes((DATA / "astronaut.jpg").read_bytes()[:300])
    (unrelated / "notes.jpg").write_text("not a picture")
    hidden = root / ".thumbnails"
    hidden.mkdir()
    original.save(hidden / "thumb.jpg")
    os.symlink(root, root / "Camera" / "loop")
    return root, DATA / "astronaut.jpg", expected


def test_every_edited_copy_is_found_and_nothing_else(scene):
    root, original, expected = scene
    findings = find_copies(open_picture(original), root)
    found = {Path(f.path) for f in findings}
    assert found == expected
    assert len(findings) == len(expected)  # the symlink loop did not count anything twice
    assert all(f.code == "seen-elsewhere" and f.severity == "high" for f in findings)


def test_finding_names_the_folder_in_plain_words(scene):
    root, original, _ = scene
    findings = find_copies(open_picture(original), root)
    mirrored = next(f for f in findings if f.path.endswith("mirrored.webp"))
    assert mirrored.title == "A copy of this picture is in 2024"
    assert "link the two accounts" in mirrored.detail
    exact = next(f for f in findings if f.path.endswith("exact-copy.jpg"))
    cropped = next(f for f in findings if f.path.endswith("crop-corner.png"))
    assert "changed" not in exact.detail and "changed" in cropped.detail
    assert mirrored.to_json()["path"] == mirrored.path


def test_the_chosen_file_itself_is_not_its_own_copy(scene):
    root, _, expected = scene
    chosen = root / "exact-copy.jpg"
    found = {Path(f.path) for f in find_copies(open_picture(chosen), root)}
    assert found == expected - {chosen}


def test_unrelated_picture_finds_nothing(scene):
    root, _, _ = scene
    assert find_copies(open_picture(DATA / "coffee.jpg"), root / "Camera" / "2024") == []


def test_crops_of_one_photo_match_only_when_they_share_most(tmp_path):
    photo = Image.open(DATA / "coffee.jpg").convert("RGB")
    chosen = from_image(_crop(photo, 0.0, 0.0, 0.4, 0.0), "left.png")
    _crop(photo, 0.0, 0.0, 0.45, 0.0).save(tmp_path / "most.jpg")
    _crop(photo, 0.6, 0.0, 0.0, 0.0).save(tmp_path / "other-side.jpg")
    found = [Path(f.path).name for f in find_copies(chosen, tmp_path)]
    assert found == ["most.jpg"]


def test_copies_cut_to_an_apps_shape_are_found(tmp_path):
    photo = Image.open(DATA / "rocket.jpg").convert("RGB")  # landscape, 3:2
    ImageOps.fit(photo, (300, 300)).save(tmp_path / "square.jpg")
    ImageOps.fit(photo, (240, 300), centering=(0.0, 0.5)).save(tmp_path / "portrait-left.jpg")
    ImageOps.mirror(ImageOps.fit(photo, (300, 300), centering=(1.0, 0.5))).save(tmp_path / "square-right-mirrored.png")
    found = sorted(Path(f.path).name for f in find_copies(open_picture(DATA / "rocket.jpg"), tmp_path))
    assert found == ["portrait-left.jpg", "square-right-mirrored.png", "square.jpg"]
    square = open_picture(tmp_path / "square.jpg")
    assert looks_alike(square, open_picture(DATA / "rocket.jpg"))  # either way round


def test_a_slightly_turned_copy_is_confirmed_point_by_point(tmp_path):
    original = open_picture(DATA / "astronaut.jpg")
    turned = original.image.rotate(6, resample=Image.Resampling.BICUBIC)
    turned.save(tmp_path / "turned.jpg")
    assert 20 < distance(original, original.with_image(turned)) <= 28  # hashes alone are unsure
    assert [Path(f.path).name for f in find_copies(original, tmp_path)] == ["turned.jpg"]


def test_two_drawings_of_one_animal_are_not_copies(tmp_path):
    stock = Path(resource_path("stock"))
    wolf, other_wolf = stock / "watchful-wolf.png", stock / "grey-wolf.png"
    first, second = open_picture(wolf), open_picture(other_wolf)
    assert distance(first, second) <= 24  # same layout: a head in the middle of a plain square
    assert not looks_alike(first, second)
    (tmp_path / "grey-wolf.png").write_bytes(other_wolf.read_bytes())
    assert find_copies(first, tmp_path) == []


def test_progress_is_reported(scene):
    root, original, _ = scene
    lines: list[str] = []
    find_copies(open_picture(original), root, progress=lines.append)
    assert lines[0].startswith("Looking for copies of your picture in")
    assert "found 15 that match" in lines[-1]


def test_cancel_stops_the_search(scene):
    root, original, _ = scene
    calls = []

    def cancel_on_second_look() -> bool:
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(Cancelled):
        find_copies(open_picture(original), root, is_cancelled=cancel_on_second_look)
    with pytest.raises(Cancelled):
        find_copies(open_picture(original), root, is_cancelled=lambda: True)


def test_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(PictureError, match="no folder"):
        find_copies(open_picture(DATA / "astronaut.jpg"), tmp_path / "nowhere")


def test_distance_and_looks_alike():
    astronaut = open_picture(DATA / "astronaut.jpg")
    mirrored = astronaut.with_image(ImageOps.mirror(astronaut.image))
    blurred = astronaut.with_image(astronaut.image.filter(ImageFilter.GaussianBlur(2)))
    coffee = open_picture(DATA / "coffee.jpg")
    assert distance(astronaut, astronaut) == 0
    assert distance(astronaut, mirrored) == distance(mirrored, astronaut) <= 4
    assert looks_alike(astronaut, blurred)
    assert not looks_alike(astronaut, coffee)
    assert distance(astronaut, coffee) > 2 * distance(astronaut, blurred) + 20


def test_huge_and_broken_files_are_skipped_quietly(tmp_path):
    from safepic.core.similar import _hash_file

    small = tmp_path / "small.png"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(small)
    data = bytearray(small.read_bytes())
    # Say 40,000 x 40,000 pixels in the PNG header (with a correct checksum): far too big to open.
    data[16:24] = struct.pack(">II", 40_000, 40_000)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    huge = tmp_path / "huge.png"
    huge.write_bytes(bytes(data))
    broken = tmp_path / "broken.heic"
    broken.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40)
    assert _hash_file(small) is not None
    assert _hash_file(huge) is None
    assert _hash_file(broken) is None
    assert find_copies(open_picture(small), tmp_path) == []


@pytest.mark.parametrize("kind", sorted(near_misses.KINDS))
@pytest.mark.parametrize("scene", ["coffee.jpg", "rocket.jpg", "chelsea-cat.jpg"])
def test_two_shots_of_one_scene_a_moment_apart_are_not_copies(tmp_path, kind, scene):
    background = Image.open(DATA / scene).convert("RGB")
    person = Image.open(DATA / "grace-hopper.jpg").convert("RGB")
    first, second = near_misses.KINDS[kind](background, person)
    chosen, other = from_image(first, "first.png"), from_image(second)
    assert not is_copy(chosen, other) and not is_copy(other, chosen)
    second.save(tmp_path / "second.jpg", quality=90)
    ImageOps.mirror(first).save(tmp_path / "first-mirrored.jpg", quality=90)  # a true copy beside it
    assert [Path(f.path).name for f in find_copies(chosen, tmp_path)] == ["first-mirrored.jpg"]


def test_edited_copies_are_copies_and_a_picture_search_could_match_a_near_miss():
    photo = Image.open(DATA / "astronaut.jpg").convert("RGB")
    original = from_image(photo)
    for name, edited in _edits(photo).items():
        assert is_copy(original, from_image(edited)), name
    # Someone walked in: not a copy, yet a picture search could still link the two.
    empty, visited = near_misses.added(Image.open(DATA / "coffee.jpg").convert("RGB"), photo)
    assert looks_alike(from_image(empty), from_image(visited))
    assert not is_copy(from_image(empty), from_image(visited))


def _plain_looks_alike(a, b) -> bool:
    """The look-alike rule worked out afresh: the exact distance, every fingerprint made anew."""
    return similar._alike(distance(a, b), similar._Details(similar._grey(a.image)),
                          lambda: similar._grey(b.image))


def _plain_is_copy(a, b) -> bool:
    return similar._same_picture(distance(a, b), similar._Details(similar._grey(a.image), fine=True),
                                 lambda: similar._grey(b.image))


def test_a_kept_fingerprint_gives_the_same_answers_as_a_fresh_look():
    """A photo's fingerprint is kept and compared with many pictures (every style made from it):
    each answer must be what the rule gives when everything is worked out afresh, whether the
    two are close (the other's crops are never hashed), unsure (compared point by point) or far."""
    astronaut = open_picture(DATA / "astronaut.jpg")
    faces_blurred = astronaut.image.copy()
    faces_blurred.paste(astronaut.image.crop((150, 60, 270, 200)).filter(ImageFilter.GaussianBlur(12)),
                        (150, 60))
    stock = Path(resource_path("stock"))
    wolf, other_wolf = open_picture(stock / "watchful-wolf.png"), open_picture(stock / "grey-wolf.png")
    # A crop is near one of the whole photo's crops, not the other way round: only the far
    # side's crops show that the two are close.
    cropped = astronaut.with_image(_crop(astronaut.image, 0.12, 0.12, 0.12, 0.12))
    pictures = [astronaut, cropped, astronaut.with_image(faces_blurred),
                astronaut.with_image(astronaut.image.rotate(6, resample=Image.Resampling.BICUBIC)),
                astronaut.with_image(ImageOps.mirror(astronaut.image)),
                open_picture(DATA / "coffee.jpg"), open_picture(DATA / "rocket.jpg"), wolf, other_wolf]
    bands = set()
    for first in (astronaut, cropped, wolf):
        kept = Fingerprint(first)
        for second in pictures:
            gap = distance(first, second)
            bands.add("sure" if gap <= similar.SURE_DISTANCE else
                      "unsure" if gap <= similar.CHECK_DISTANCE else "far")
            assert distance(kept, second) == gap
            assert looks_alike(kept, second) == looks_alike(first, second) == _plain_looks_alike(first, second)
            assert is_copy(kept, second) == is_copy(first, second) == _plain_is_copy(first, second)
    assert bands == {"sure", "unsure", "far"}
