"""The stock gallery: enough animals and flowers, each with its licence and source, all usable."""

import json

import pytest
from PIL import Image

from safepic.core import gallery
from safepic.core.errors import SafePicError
from safepic.core.resources import resource_path


def test_enough_animals_and_flowers():
    assert len(gallery.items("animal")) >= 24
    assert len(gallery.items("flower")) >= 24
    assert len(gallery.items()) == len(gallery.items("animal")) + len(gallery.items("flower"))


def test_ids_are_unique_and_kinds_known():
    ids = [item.id for item in gallery.items()]
    assert len(ids) == len(set(ids))
    assert {item.kind for item in gallery.items()} == {"animal", "flower"}


def test_every_item_has_licence_source_and_plain_name():
    for item in gallery.items():
        assert item.licence.strip(), item.id
        assert "openclipart" in item.source and ".svg" in item.source, item.id
        assert item.author.strip(), item.id
        assert item.name[0].isupper() and "_" not in item.name, item.id


def test_index_matches_the_files_on_disk():
    folder = resource_path("stock")
    listed = {f"{item['id']}.png" for item in
              json.loads((folder / "index.json").read_text())["items"]}
    assert listed == {p.name for p in folder.glob("*.png")}
    licences = (folder / "LICENCES.md").read_text()
    for name in listed:
        assert name in licences


def test_every_file_is_512_square_without_metadata():
    for item in gallery.items():
        with Image.open(item.path) as image:
            assert image.format == "PNG"
            assert image.size == (512, 512), item.id
            assert not image.info, f"{item.id} carries metadata: {image.info}"


def test_load_every_item():
    for item in gallery.items():
        picture = gallery.load(item)
        assert picture.size == (512, 512)
        assert picture.image.mode == "RGB"
        assert picture.name == f"{item.id}.png"


def test_load_by_id_gives_the_same_pixels():
    first = gallery.items("flower")[0]
    assert gallery.load(first.id).image.tobytes() == gallery.load(first).image.tobytes()


def test_unknown_id_is_a_plain_error():
    with pytest.raises(SafePicError) as caught:
        gallery.load("no-such-picture")
    message = str(caught.value)
    assert "no-such-picture" in message and "\n" not in message


def test_unknown_kind_is_a_plain_error():
    with pytest.raises(SafePicError, match="animals and flowers"):
        gallery.items("robot")


def test_to_json_is_serialisable():
    text = json.dumps([item.to_json() for item in gallery.items()])
    assert '"kind": "animal"' in text


def _drawing_with(*, face: bool = False, cat: bool = False, words: str = ""):
    """A new avatar with a real photo's face, a real cat or words put in: what the drawing's
    check must still find, because it looks at the pixels, not at where they came from."""
    from PIL import ImageDraw, ImageFont

    from safepic.core.avatars import make_avatar
    from safepic.core.picture import from_image
    from tests.core.vision.text_scenes import DATA, find_font

    image = make_avatar("flower", 7).image.copy()
    if face:
        with Image.open(DATA / "astronaut.jpg") as photo:
            image.paste(photo.convert("RGB").crop((140, 40, 340, 260)).resize((220, 242)), (150, 130))
    if cat:
        with Image.open(DATA / "chelsea-cat.jpg") as photo:
            image.paste(photo.convert("RGB").resize((420, 280)), (46, 116))
    if words:
        font = find_font()
        if font is None:
            pytest.skip("the DejaVu Sans Bold font is not installed on this machine")
        ImageDraw.Draw(image).text((40, 420), words, font=ImageFont.truetype(str(font), 36), fill=(20, 20, 20))
    return from_image(image, "drawing.png")


@pytest.mark.parametrize("put_in, code", [({"face": True}, "face"), ({"cat": True}, "animal"),
                                          ({"words": "SARAH 42"}, "text")])
def test_a_drawing_is_checked_by_the_real_finders(put_in, code):
    report = gallery.check_drawing(_drawing_with(**put_in))
    assert report.has(code) and report.vision_checked


def test_a_drawing_gets_one_look_for_words_and_the_same_findings(monkeypatch):
    """The words finder's second look is for small print on photos: a drawing gets one."""
    from safepic.core.analyse import analyse
    from safepic.core.avatars import make_avatar
    from safepic.core.vision import text

    looks = []
    find = text._find
    def find_and_count(engine, image, scale):
        if image.size == (512, 512):  # not the blank picture a first check warms the reader on
            looks.append(scale)
        return find(engine, image, scale)

    monkeypatch.setattr(text, "_find", find_and_count)
    for picture in (gallery.load(gallery.items("animal")[0]), make_avatar("animal", 28)):
        looks.clear()
        drawing = gallery.check_drawing(picture)
        assert looks == [1.0]
        looks.clear()
        whole = analyse(picture)
        assert len(looks) == 2
        assert sorted(f.code for f in drawing.findings) == sorted(f.code for f in whole.findings)
