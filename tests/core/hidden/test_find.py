"""Hidden data in a picture file's bytes: each hiding place found, in plain words, never a crash."""

from __future__ import annotations

import struct
from pathlib import Path

import piexif
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from safepic.core.errors import PictureError
from safepic.core.hidden.find import ORDER, Hidden, find_hidden
from safepic.core.hidden.previews import difference
from safepic.core.picture import from_image, open_bytes
from tests.fixtures import channels


def check(data: bytes, name: str = "picture.jpg") -> Hidden:
    return find_hidden(open_bytes(data, Path(name)))


def codes(hidden: Hidden) -> list[str]:
    return [f.code for f in hidden.findings]


def finding(hidden: Hidden, code: str):
    found = [f for f in hidden.findings if f.code == code]
    assert len(found) == 1, codes(hidden)
    return found[0]


@pytest.mark.parametrize(
    ("make", "name", "expected"),
    [
        (channels.jpeg_with_gps, "picture.jpg", {"gps"}),
        (channels.jpeg_with_owner, "picture.jpg", {"owner"}),
        (channels.jpeg_with_camera, "picture.jpg", {"serial", "device", "datetime"}),
        (channels.jpeg_with_xmp, "picture.jpg", {"xmp", "owner", "device", "gps"}),
        (channels.jpeg_with_photoshop_iptc, "picture.jpg", {"iptc", "owner", "gps", "comment",
                                                            "thumbnail"}),
        (channels.jpeg_with_comment, "picture.jpg", {"comment"}),
        (channels.jpeg_with_ducky, "picture.jpg", {"owner"}),
        (channels.jpeg_with_c2pa, "picture.jpg", {"c2pa", "owner"}),
        (channels.jpeg_with_extra_pictures, "picture.jpg", {"embedded-image"}),
        (channels.jpeg_with_gps_in_extra_picture, "picture.jpg", {"embedded-image", "gps"}),
        (channels.jpeg_with_extended_xmp_image, "picture.jpg", {"embedded-image", "xmp"}),
        (channels.jpeg_with_motion_video, "picture.jpg", {"trailer", "xmp"}),
        (channels.jpeg_with_trailer, "picture.jpg", {"trailer"}),
        (channels.jpeg_with_matching_thumbnail, "picture.jpg", {"thumbnail"}),
        (channels.png_with_text, "picture.png", {"png-text", "owner"}),
        (channels.png_with_exif, "picture.png", {"gps"}),
        (channels.png_with_raw_exif_profile, "picture.png", {"gps"}),
        (channels.png_with_xmp, "picture.png", {"xmp", "owner", "device", "gps"}),
        (channels.png_with_c2pa, "picture.png", {"c2pa", "owner"}),
        (channels.png_with_trailer_idat, "picture.png", {"trailer"}),
        (channels.rgba_with_hidden_pixels, "picture.png", {"hidden-pixels"}),
        (channels.webp_with_exif, "picture.webp", {"gps", "owner", "xmp", "device"}),
        (channels.heif_with_exif, "picture.heic", {"gps", "serial", "device", "datetime"}),
        (channels.avif_with_exif, "picture.avif", {"gps", "owner"}),
        (channels.tiff_with_tags, "picture.tif", {"owner", "device"}),
        (channels.tiff_with_two_pages, "picture.tif", {"embedded-image"}),
        (channels.gif_with_comment, "picture.gif", {"comment"}),
        (channels.gif_with_trailer, "picture.gif", {"trailer"}),
        (channels.gif_with_xmp, "picture.gif", {"xmp", "owner", "device", "gps"}),
        (channels.webp_with_trailer, "picture.webp", {"trailer"}),
        (channels.heif_with_motion_video, "picture.heic", {"trailer"}),
        (channels.jpeg_with_named_profile, "picture.jpg", {"icc"}),
        (channels.jpeg_with_xmp_thumbnail, "picture.jpg", {"thumbnail", "xmp"}),
    ],
)
def test_each_hiding_place_is_found(make, name, expected):
    assert set(codes(check(make(), name))) == expected


@pytest.mark.parametrize(
    "make", [channels.clean_coffee_jpeg, channels.plain_jpeg, channels.plain_png,
             channels.rgba_with_clean_transparency],
)
def test_clean_pictures_have_no_findings(make):
    hidden = check(make(), "safe-picture-4f7c.png")
    assert hidden.findings == []
    assert hidden.location is None and hidden.thumbnail is None


def test_a_standard_colour_profile_is_not_a_finding():
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = channels.encode(channels.astronaut(), quality=85, icc_profile=srgb)
    assert check(data).findings == []


def test_a_personal_colour_profile_name_is_shown():
    icc = finding(check(channels.jpeg_with_named_profile()), "icc")
    assert "Sarah Laptop2" in icc.detail and icc.severity == "low"


def test_pixels_made_in_memory_have_nothing_hidden():
    assert find_hidden(from_image(channels.astronaut(), "avatar.png")).findings == []


def test_map_position_names_the_town():
    hidden = check(channels.jpeg_with_gps())
    assert hidden.location is not None
    assert hidden.location.place == "Hebden Bridge"
    assert hidden.location.country == "GB"
    assert hidden.location.lat == pytest.approx(53.7425, abs=1e-4)
    assert hidden.location.lon == pytest.approx(-2.0139, abs=1e-4)
    gps = finding(hidden, "gps")
    assert gps.severity == "high"
    assert "Hebden Bridge" in gps.detail


def test_southern_and_western_positions_keep_their_sign():
    hidden = check(channels.jpeg_with_gps(-33.9249, 18.4241))
    assert hidden.location.place == "Cape Town"


def test_names_serials_and_camera_are_listed_in_the_detail():
    owner = finding(check(channels.jpeg_with_owner()), "owner")
    assert channels.OWNER in owner.detail and owner.severity == "high"
    camera = check(channels.jpeg_with_camera())
    assert channels.SERIAL in finding(camera, "serial").detail
    assert "private notes" in finding(camera, "serial").detail
    assert "Canon EOS 5D Mark IV" in finding(camera, "device").detail
    assert "12 May 2023" in finding(camera, "datetime").detail


def test_a_preview_from_before_a_crop_is_returned_for_the_gui():
    hidden = check(channels.jpeg_with_differing_thumbnail())
    thumb = finding(hidden, "thumbnail")
    assert thumb.severity == "high"
    assert "before you cropped" in thumb.detail
    assert hidden.thumbnail is not None and hidden.thumbnail.size == (64, 64)


def test_a_preview_matching_the_picture_is_low_and_not_returned():
    hidden = check(channels.jpeg_with_matching_thumbnail())
    assert finding(hidden, "thumbnail").severity == "low"
    assert hidden.thumbnail is None


def test_the_returned_preview_is_upright():
    whole = channels.astronaut().crop((0, 0, 192, 96))  # wide
    stored = whole.transpose(Image.Transpose.ROTATE_90)  # stored on its side, as a camera does
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90 degrees to show"
    data = channels.encode(stored.crop((0, 0, 48, 192)), quality=85, exif=exif.tobytes())
    data = _with_thumbnail(data, channels.encode(stored.resize((32, 64))))
    hidden = check(data)
    assert finding(hidden, "thumbnail").severity == "high"
    assert hidden.thumbnail.width > hidden.thumbnail.height  # wide again, like the original


def _with_thumbnail(jpeg: bytes, thumbnail: bytes) -> bytes:
    """Rebuild the EXIF block of a JPEG with a thumbnail, keeping its orientation."""
    exif = piexif.load(jpeg)
    exif["1st"] = {piexif.ImageIFD.XResolution: (72, 1), piexif.ImageIFD.YResolution: (72, 1)}
    exif["thumbnail"] = thumbnail
    out = channels.io.BytesIO()
    piexif.insert(piexif.dump(exif), jpeg, out)
    return out.getvalue()


def test_a_preview_in_the_editing_notes_is_compared_too():
    hidden = check(channels.jpeg_with_xmp_thumbnail())
    assert finding(hidden, "thumbnail").severity == "high"
    assert hidden.thumbnail is not None


def test_a_hidden_original_in_the_notes_is_high():
    hidden = check(channels.jpeg_with_extended_xmp_image())
    picture = finding(hidden, "embedded-image")
    assert picture.severity == "high"
    assert "before the blur" in picture.detail
    assert hidden.thumbnail is not None


def test_extra_pictures_listed_in_the_index_are_not_called_a_trailer():
    hidden = check(channels.jpeg_with_extra_pictures())
    assert "trailer" not in codes(hidden)
    assert finding(hidden, "embedded-image").severity == "medium"


def test_a_larger_preview_from_before_a_crop_is_high():
    whole = channels.astronaut()
    data = channels.mpo(channels.plain_jpeg(whole.crop((0, 0, 96, 96))), channels.plain_jpeg(whole))
    hidden = check(data)
    extra = finding(hidden, "embedded-image")
    assert extra.severity == "high" and "larger preview" in extra.detail
    assert hidden.thumbnail is not None and hidden.thumbnail.size == (192, 192)
    assert "trailer" not in codes(hidden)


@pytest.mark.parametrize(
    ("make", "name"),
    [(channels.jpeg_with_motion_video, "p.jpg"), (channels.webp_with_trailer, "p.webp"),
     (channels.heif_with_motion_video, "p.heic")],
)
def test_a_motion_photo_says_it_holds_a_video(make, name):
    trailer = finding(check(make(), name), "trailer")
    assert trailer.severity == "high"
    assert "video" in trailer.title


@pytest.mark.parametrize("make", [channels.png_with_trailer_idat, channels.jpeg_with_cropped_leftovers])
def test_the_uncropped_screenshot_bug_is_named(make):
    trailer = finding(check(make(), "shot.png"), "trailer")
    assert trailer.severity == "high"
    assert "cut away" in trailer.detail


def test_end_marker_bytes_inside_the_picture_are_not_its_end():
    # The thumbnail (inside the EXIF block) ends with its own end marker; the file does not end there.
    hidden = check(channels.jpeg_with_matching_thumbnail())
    assert "trailer" not in codes(hidden)


@pytest.mark.parametrize("options", [{"progressive": True}, {"restart_marker_blocks": 4}])
def test_the_real_end_is_found_through_many_scans_and_restarts(options):
    from safepic.core.hidden.jpeg import walk

    data = channels.encode(channels.astronaut(), quality=80, **options)
    assert walk(data).end == len(data)
    trailer = finding(check(data + b"hello from after the end"), "trailer")
    assert "about 24 bytes" in trailer.detail


def test_camera_notes_in_a_text_chunk_named_exif_are_read():
    # Some writers keep the EXIF block as a plain text note named "exif" (Pillow reads it as EXIF).
    body = b"exif\x00" + channels.exif_block(gps=channels.HEBDEN_BRIDGE)
    hidden = check(channels.with_chunks(channels.plain_png(), channels.chunk(b"tEXt", body)), "picture.png")
    assert "Hebden Bridge" in finding(hidden, "gps").detail
    assert "png-text" not in codes(hidden)


def test_padding_after_the_end_is_not_a_finding():
    assert check(channels.plain_jpeg() + b"\x00" * 64).findings == []


def test_erased_pixels_are_found_with_their_place():
    hidden = check(channels.rgba_with_hidden_pixels(), "picture.png")
    erased = finding(hidden, "hidden-pixels")
    assert erased.severity == "high"
    x, y, w, h = erased.box
    assert (x, y) == (0, 0) and w == 96 and h == 192
    assert hidden.thumbnail is not None and hidden.thumbnail.mode == "RGB"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("sarah_jones_2019.jpg", "Sarah Jones"),
        ("rose_smith.jpg", "Rose Smith"),
        ("tom.jpg", "Tom"),
        ("SarahJones.png", "Sarah Jones"),
        ("IMG_20230512_140322.jpg", "12 May 2023"),
        ("Screenshot 2024-01-03 at 10.22.11.png", "3 January 2024"),
        ("Hebden_Bridge_walk.jpg", "Hebden Bridge"),
    ],
)
def test_telling_file_names_are_flagged(name, words):
    flagged = finding(check(channels.plain_jpeg(), name), "filename")
    assert words in flagged.detail


@pytest.mark.parametrize(
    "name", ["IMG_1234.jpg", "DSC00012.JPG", "photo.png", "safe-picture-4f7c.jpg",
             "profile_pic.png", "summer_holiday.jpg", "daisy.png", "my_cat_Ginger.jpg"],
)
def test_camera_and_generic_file_names_are_not_flagged(name):
    assert check(channels.plain_jpeg(), name).findings == []


def test_everything_gives_one_finding_per_channel_in_a_stable_order():
    data = channels.jpeg_with_everything()
    first, second = check(data), check(data)
    found = codes(first)
    assert len(found) == len(set(found))
    assert found == [code for code in ORDER if code in found]
    assert first.findings == second.findings
    assert {"gps", "owner", "serial", "device", "datetime", "thumbnail", "xmp", "iptc",
            "comment", "c2pa", "trailer"} <= set(found)
    for f in first.findings:
        assert f.title and f.detail and f.severity in ("high", "medium", "low")


def test_a_broken_block_does_not_hide_the_others():
    broken_exif = channels.segment(0xE1, b"Exif\x00\x00MM\x00*\x00\x00\xff\xff" + b"\x01" * 40)
    broken_mpf = channels.segment(0xE2, b"MPF\x00II*\x00\xff\xff\xff\x7f")
    broken_8bim = channels.segment(0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00\xff\xff\xff\xff")
    data = channels.with_segments(channels.jpeg_with_comment(), broken_exif, broken_mpf, broken_8bim)
    assert "comment" in codes(check(data))


SEEDS = {
    "jpeg": channels.jpeg_with_everything,
    "png": lambda: channels.with_chunks(channels.png_with_text(),
                                        channels.chunk(b"eXIf", channels.exif_block(owner=True))),
    "webp": channels.webp_with_exif,
    "gif": channels.gif_with_comment,
    "tiff": channels.tiff_with_tags,
}
_seed_cache: dict[str, bytes] = {}


def _seed(kind: str) -> bytes:
    if kind not in _seed_cache:
        _seed_cache[kind] = SEEDS[kind]()
    return _seed_cache[kind]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(sorted(SEEDS)),
    edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=6)),
                   min_size=1, max_size=6),
    cut=st.one_of(st.none(), st.floats(0.05, 1)),
)
def test_mutated_files_never_crash(kind, edits, cut):
    data = bytearray(_seed(kind))
    header_end = min(len(data), 4096)  # aim the damage at the metadata, where parsers live
    for where, new in edits:
        pos = int(where * header_end)
        data[pos: pos + len(new)] = new
    if cut is not None:
        data = data[: max(16, int(len(data) * cut))]
    try:
        picture = open_bytes(bytes(data), Path(f"x.{kind}"))
    except PictureError:
        return
    hidden = find_hidden(picture)
    assert all(f.code in ORDER for f in hidden.findings)


def test_truncated_length_fields_are_skipped():
    data = channels.plain_jpeg()
    truncated_app = data[:2] + b"\xff\xe1" + struct.pack(">H", 60000) + b"Exif\x00\x00II*\x00"
    with pytest.raises(PictureError):
        check(truncated_app)


@pytest.mark.parametrize("make", [channels.jpeg_with_differing_thumbnail, channels.tiff_with_two_pages,
                                  channels.rgba_with_hidden_pixels])
def test_the_picture_itself_is_left_untouched(make):
    picture = open_bytes(make(), Path("p.bin"))
    before = (picture.image.size, picture.image.mode, picture.image.tobytes())
    find_hidden(picture)
    assert (picture.image.size, picture.image.mode, picture.image.tobytes()) == before


def _jpeg_round_trip(image: Image.Image, quality: int) -> Image.Image:
    return Image.open(channels.io.BytesIO(channels.encode(image, quality=quality))).convert("RGB")


@pytest.fixture(scope="module")
def photo_and_thumb():
    photo = channels.astronaut(256)
    small = photo.copy()
    small.thumbnail((160, 120))
    return photo, _jpeg_round_trip(small, 60)


@pytest.mark.parametrize("edit", ["recompress", "brighter", "contrast", "sharpen"])
def test_a_preview_of_the_same_photo_counts_as_the_same(photo_and_thumb, edit):
    photo, thumb = photo_and_thumb
    edited = {
        "recompress": lambda: _jpeg_round_trip(photo, 30),
        "brighter": lambda: ImageEnhance.Brightness(photo).enhance(1.2),
        "contrast": lambda: ImageEnhance.Contrast(photo).enhance(1.3),
        "sharpen": lambda: photo.filter(ImageFilter.SHARPEN),
    }[edit]()
    assert difference(edited, thumb) < 1.0


@pytest.mark.parametrize("edit", ["crop", "centre-crop", "blur-face", "cover-corner"])
def test_a_preview_from_before_an_edit_counts_as_different(photo_and_thumb, edit):
    photo, thumb = photo_and_thumb
    edited = photo.copy()
    if edit == "crop":
        edited = photo.crop((0, 0, 230, 230))
    elif edit == "centre-crop":
        edited = photo.crop((26, 26, 230, 230))
    elif edit == "blur-face":
        face = (80, 20, 180, 130)
        edited.paste(photo.crop(face).filter(ImageFilter.GaussianBlur(10)), face[:2])
    else:
        ImageDraw.Draw(edited).rectangle((0, 0, 60, 60), fill=(255, 255, 255))
    assert difference(edited, thumb) > 1.0


def test_the_first_file_name_kept_in_the_notes_is_shown():
    packet = channels.xmp_packet('xmpMM:PreservedFileName="sarah_jones_wedding.jpg"')
    data = channels.with_segments(channels.plain_jpeg(), channels.segment(
        0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + packet))
    assert "sarah_jones_wedding.jpg" in finding(check(data), "xmp").detail


SLOW_MAKERS = {"heif_with_exif", "heif_with_motion_video", "avif_with_exif"}  # tested above
FILE_MAKERS = sorted(
    name for name in dir(channels)
    if name.split("_")[0] in ("jpeg", "png", "rgba", "webp", "tiff", "gif", "plain", "clean")
    and callable(getattr(channels, name)) and name not in SLOW_MAKERS
)


@pytest.mark.parametrize("name", FILE_MAKERS)
def test_every_fixture_file_opens_and_only_dirty_ones_have_findings(name):
    hidden = check(getattr(channels, name)(), "safe-picture-0a1b.bin")
    dirty = "_with_" in name and "clean" not in name
    assert bool(hidden.findings) == dirty, (name, codes(hidden))


def test_placeholder_values_are_not_reported_as_names():
    exif = piexif.dump({"0th": {piexif.ImageIFD.Artist: b"Unknown", piexif.ImageIFD.Copyright: b"(c)"},
                        "Exif": {piexif.ExifIFD.BodySerialNumber: b"0000000000"}, "GPS": {},
                        "1st": {}, "thumbnail": None})
    assert check(channels.encode(channels.astronaut(), quality=85, exif=exif)).findings == []


def test_a_preview_that_is_only_turned_shows_nothing_new(photo_and_thumb):
    photo, thumb = photo_and_thumb
    assert difference(photo.rotate(90, expand=True), thumb) < 1.0
