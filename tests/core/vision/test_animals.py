"""Pets are found with the bundled NanoDet model; people and ordinary things are not animals."""

from __future__ import annotations

import pytest
from PIL import Image

from safepic.core.picture import from_image
from safepic.core.resources import resource_path
from safepic.core.vision import animals, models

from .text_scenes import DATA, overlap, photo


def _picture(name: str):
    with Image.open(DATA / name) as image:
        return from_image(image.convert("RGB"), name)


def test_model_ships_with_safepic_and_loads_offline():
    path = resource_path("models", *animals.MODEL)
    assert path.stat().st_size > 1_000_000
    for name in ("README.md", "LICENSE-nanodet-Apache-2.0.txt", "LICENSE-human-models-MIT.txt"):
        assert (path.parent / name).is_file()
    inputs = models.onnx_session(*animals.MODEL).get_inputs()
    assert inputs[0].shape == [1, 3, animals.SIDE, animals.SIDE]


def test_cat_close_up_is_found():
    [finding] = animals.check(_picture("chelsea-cat.jpg"))
    assert finding.code == "animal" and finding.severity == "medium"
    assert finding.title == "A cat can be seen"
    assert "recognise" in finding.detail
    width, height = 451, 300
    assert overlap(finding.box, (0, 0, width, height)) > 0.9
    assert finding.box[2] * finding.box[3] > 0.5 * width * height


@pytest.mark.parametrize("name", ["astronaut.jpg", "grace-hopper.jpg", "camera.jpg", "coffee.jpg",
                                  "rocket.jpg"])
def test_people_and_things_are_not_animals(name):
    if not (DATA / name).exists():
        pytest.skip(f"{name} is not in tests/data")
    assert animals.check(_picture(name)) == []


def test_small_cat_in_a_phone_photo_is_found_in_tiles():
    scene = photo("coffee.jpg")
    with Image.open(DATA / "chelsea-cat.jpg") as cat:
        scene.paste(cat.convert("RGB").resize((900, 600)), (2800, 2200))
    found = animals.find_animals(from_image(scene, "scene.jpg"))
    assert [a.kind for a in found] == ["cat"]
    assert overlap(found[0].box, (2800, 2200, 900, 600)) > 0.8
    [finding] = animals.check(from_image(scene, "scene.jpg"))
    assert finding.severity == "low"  # small in the frame


@pytest.mark.parametrize("size, tiles", [
    ((4000, 3000), 2), ((3000, 4000), 2), ((5000, 5000), 4), ((9000, 1000), 5),
    ((20000, 50), 0), ((800, 600), 0),
])
def test_large_pictures_are_also_seen_in_a_few_tiles(size, tiles):
    views = animals._views(Image.new("RGB", size))
    assert len(views) == 1 + tiles
    for left, top, view in views[1:]:
        assert view.width == view.height > animals.TILE_FROM
        assert left + view.width <= size[0] and top + view.height <= size[1]


def test_phone_sized_photos_without_animals_give_nothing():
    assert animals.check(from_image(photo("astronaut.jpg", (3000, 3000)), "a.jpg")) == []
    assert animals.check(from_image(photo("rocket.jpg"), "r.jpg")) == []


def test_tiny_and_transparent_pictures_are_fine():
    assert animals.check(from_image(Image.new("RGB", (1, 1)))) == []
    assert animals.check(from_image(Image.new("RGBA", (300, 5), (0, 0, 0, 0)))) == []


def test_homes_and_vehicles_come_from_the_same_model_pass():
    assert set(animals.CODES.values()) == {"animal", "home", "vehicle"}
    assert {animals.KINDS[n] for n, code in animals.CODES.items() if code == "home"} == {
        "sofa", "bed", "toilet", "oven", "sink", "fridge"}
    assert {animals.KINDS[n] for n, code in animals.CODES.items() if code == "vehicle"} == {
        "car", "motorbike", "van"}
    assert set(animals.THING_NAMES) == set(animals.HOME.values()) | set(animals.VEHICLES.values())


@pytest.mark.parametrize("name", ["astronaut.jpg", "grace-hopper.jpg", "camera.jpg", "coffee.jpg",
                                  "rocket.jpg", "chelsea-cat.jpg"])
def test_no_home_or_vehicle_in_the_test_photos(name):
    found = animals.find_things(_picture(name))
    assert [thing for thing in found if thing.code != "animal"] == []


def test_no_home_or_vehicle_in_the_stock_gallery():
    folder = resource_path("stock")
    found = []
    for path in sorted(folder.glob("*.png")):
        with Image.open(path) as image:
            things = animals.find_things(from_image(image.convert("RGBA"), path.name))
        found += [(path.name, t.kind) for t in things if t.code != "animal"]
    assert found == []


@pytest.mark.parametrize("kind, code, title, said", [
    ("sofa", "home", "The inside of a home can be seen", "a sofa"),
    ("fridge", "home", "The inside of a home can be seen", "a fridge"),
    ("car", "vehicle", "A vehicle can be seen", "A car can be seen"),
    ("motorbike", "vehicle", "A vehicle can be seen", "number plate"),
])
def test_homes_and_vehicles_are_said_in_plain_words(kind, code, title, said):
    finding = animals._thing_finding(animals.Thing(code, kind, (1, 2, 30, 40), 0.7), "low")
    assert (finding.code, finding.title, finding.box) == (code, title, (1, 2, 30, 40))
    assert said in finding.detail
    assert finding.test == "traceable"


def test_heads_in_a_group_photo_are_not_birds():
    """The model's "bird" is what it makes of a head it cannot place: 0.467 on this 12 MP
    group photo and 0.45-0.47 on a portrait turned on its side, below the bar birds now need,
    while the cat in the same kind of picture is still found."""
    from .scenes import group_photo, single_face, turned

    for scene in (group_photo(), turned(single_face("grace-hopper.jpg"), 90)):
        found = animals.find_animals(from_image(scene.image, "group.jpg"))
        assert found == [], scene.name
    cats = group_photo(size=(1600, 1200), count=4, face_width=40, background="chelsea-cat.jpg", seed=3)
    assert [a.kind for a in animals.find_animals(from_image(cats.image, "cats.jpg"))] == ["cat"]
