import numpy as np
from PIL import Image

from safepic.core.picture import from_image
from safepic.core.vision import faces, people

from . import scenes


def test_mask_has_the_picture_size_and_range(group_picture, astronaut):
    for picture in (astronaut, group_picture):
        mask = people.person_mask(picture)
        width, height = picture.size
        assert mask.shape == (height, width)
        assert mask.dtype == np.float32
        assert 0.0 <= float(mask.min()) and float(mask.max()) <= 1.0


def test_mask_covers_the_astronaut_not_the_wall(astronaut):
    mask = people.person_mask(astronaut)
    assert mask[250:350, 150:300].mean() > 0.9  # her suit
    assert mask[100:200, 330:360].mean() < 0.1  # the studio wall beside her head


def test_a_person_is_found_around_the_face(astronaut):
    findings = people.check(astronaut)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "person" and finding.severity == "medium"
    assert "clothes" in finding.detail and "hair" in finding.detail
    x, y, w, h = finding.box
    fx, fy, fw, fh = scenes.FACE_SOURCES["astronaut.jpg"]
    assert x <= fx and y <= fy and x + w >= fx + fw and y + h >= fy + fh
    assert w * h > 4 * fw * fh  # hair and body, not just the face
    assert x + w <= 512 and y + h <= 512


def test_the_mask_alone_would_call_the_cat_a_person_but_check_does_not(cat):
    assert (people.person_mask(cat) > 0.5).mean() > 0.5
    assert people.check(cat) == []


def test_no_person_in_objects():
    for name in ("coffee.jpg", "rocket.jpg"):
        assert people.check(from_image(scenes.photo(name))) == []


def test_faces_already_found_are_used(astronaut):
    found = faces.find_faces(astronaut)
    assert people.check(astronaut, faces=found) == people.check(astronaut)
    assert people.check(astronaut, faces=[]) == []


def test_transparent_picture_shows_nobody():
    rgba = scenes.photo("grace-hopper.jpg").convert("RGBA")
    rgba.putalpha(0)
    picture = from_image(rgba)
    assert people.check(picture) == []
    assert people.person_mask(picture).max() < 0.5


def test_tiny_picture():
    picture = from_image(Image.new("RGB", (2, 3), (10, 20, 30)))
    assert people.person_mask(picture).shape == (3, 2)
    assert people.check(picture) == []


def test_check_all_gives_faces_and_people_in_one_go(astronaut, cat):
    findings = people.check_all(astronaut)
    assert [f.code for f in findings] == ["face", "person"]
    assert findings == faces.check(astronaut) + people.check(astronaut)
    assert people.check_all(cat) == []


def test_the_cameraman_is_found_with_his_coat():
    picture = from_image(scenes.photo("camera.jpg"))
    (finding,) = people.check(picture)
    x, y, w, h = finding.box
    assert x < 20 and y < 100 and y + h > 480  # from his hair down to the bottom edge
    assert w < 400  # not the tripod's whole field
