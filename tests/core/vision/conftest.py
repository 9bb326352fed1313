"""Scenes shared by the vision tests; the expensive ones are built once per session."""

import pytest

from safepic.core.picture import from_image

from . import scenes


@pytest.fixture(scope="session")
def group_scene() -> scenes.Scene:
    return scenes.group_photo()


@pytest.fixture(scope="session")
def group_picture(group_scene):
    return from_image(group_scene.image, "group.jpg")


@pytest.fixture(scope="session")
def astronaut():
    return from_image(scenes.photo("astronaut.jpg"), "astronaut.jpg")


@pytest.fixture(scope="session")
def cat():
    return from_image(scenes.photo("chelsea-cat.jpg"), "cat.jpg")
