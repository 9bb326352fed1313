"""Reading a file's name: the town list (124,000 names, about a quarter of a second to read) is
read only when a phrase in the name could be a town."""

from __future__ import annotations

import pytest

from safepic.core import places
from safepic.core.hidden.filename import read_name


@pytest.mark.parametrize("name", ["IMG_20240101_123456.jpg", "PXL_20231005_101010123.jpg",
                                  "DSC01234.JPG", "safe-picture-519c.jpg", "foto-segura-3a9f.jpg"])
def test_camera_and_safepic_names_do_not_read_the_town_list(monkeypatch, name):
    monkeypatch.setattr(places, "_names", None)
    clues = read_name(name)
    assert clues.places == [] and places._names is None


def test_a_town_in_a_name_is_still_found(monkeypatch):
    monkeypatch.setattr(places, "_names", None)
    assert read_name("holiday in Leeds 2023.jpg").places == ["Leeds"]
    assert read_name("trip-to-santa-cruz.jpg").places == ["Santa Cruz"]
    assert places._names is not None
