import numpy as np
import pytest
from PIL import Image

from safepic.core.vision import centerface, models

from . import scenes

SIDE = 128


def _crop(name: str, zoom: float = 3.0) -> np.ndarray:
    """A SIDE-pixel square centred on the face of tests/data/NAME, `zoom` times its width
    (black where it reaches past the photo)."""
    x, y, w, h = scenes.FACE_SOURCES[name]
    half = round(zoom * max(w, h) / 2)
    box = (x + w // 2 - half, y + h // 2 - half, x + w // 2 + half, y + h // 2 + half)
    return np.asarray(scenes.photo(name).crop(box).resize((SIDE, SIDE), Image.Resampling.BOX))


@pytest.mark.parametrize("name", ["astronaut.jpg", "grace-hopper.jpg", "camera.jpg"])
def test_a_face_in_the_middle_of_a_crop_is_seen_where_it_is(name):
    [seen] = centerface.faces_at_centre(_crop(name)[None], SIDE / 3.0)
    assert seen is not None
    score, (x, y, w, h) = seen
    assert score >= 0.65
    assert abs(x + w / 2 - SIDE / 2) < w / 4 and abs(y + h / 2 - SIDE / 2) < h / 3
    assert SIDE / 3.0 / 1.5 <= max(w, h) <= SIDE / 3.0 * 1.5


@pytest.mark.parametrize("name", ["chelsea-cat.jpg", "coffee.jpg", "rocket.jpg"])
def test_no_face_in_the_middle_of_a_cat_a_cup_or_a_rocket(name):
    crop = np.asarray(scenes.photo(name).resize((SIDE, SIDE), Image.Resampling.BOX))
    [seen] = centerface.faces_at_centre(crop[None], SIDE / 3.0)
    assert seen is None or seen[0] < 0.65


def test_a_whole_face_around_a_small_box_is_not_that_box():
    # Asked about something a third of the face's width in the middle of a face (a nose, a
    # mouth), the face CenterFace sees is far larger: it does not vouch for the small box.
    crop = _crop("astronaut.jpg", zoom=1.2)
    assert centerface.faces_at_centre(crop[None], SIDE / 1.2 / 3)[0] is None
    assert centerface.faces_at_centre(crop[None], SIDE / 1.2)[0] is not None


def test_crops_in_one_batch_get_one_answer_each_in_order():
    cat = np.asarray(scenes.photo("chelsea-cat.jpg").resize((SIDE, SIDE), Image.Resampling.BOX))
    alone = centerface.faces_at_centre(_crop("grace-hopper.jpg")[None], SIDE / 3.0)
    together = centerface.faces_at_centre(np.stack([cat, _crop("grace-hopper.jpg")]), SIDE / 3.0)
    assert len(together) == 2
    assert together[0] is None or together[0][0] < 0.65
    assert together[1] is not None and alone[0] is not None
    assert together[1][0] == pytest.approx(alone[0][0], abs=1e-4)


def test_the_model_is_loaded_once():
    first = models.onnx_session(*centerface.MODEL)
    assert models.onnx_session(*centerface.MODEL) is first


def _whole(name: str) -> np.ndarray:
    """tests/data/NAME cut to multiples of 32 pixels, as CenterFace takes it."""
    pixels = np.asarray(scenes.photo(name).convert("RGB"))
    return pixels[:pixels.shape[0] // 32 * 32, :pixels.shape[1] // 32 * 32]


@pytest.mark.parametrize("name", ["astronaut.jpg", "grace-hopper.jpg", "camera.jpg"])
def test_find_sees_the_one_face_of_a_portrait_where_it_is(name):
    [(score, box)] = centerface.find(_whole(name), 0.2)
    assert score >= 0.8
    assert scenes.overlap(tuple(round(v) for v in box), scenes.FACE_SOURCES[name]) > 0.7


@pytest.mark.parametrize("name", ["chelsea-cat.jpg", "coffee.jpg", "rocket.jpg"])
def test_find_sees_no_face_in_a_photo_without_one(name):
    assert centerface.find(_whole(name), 0.2) == []
