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
