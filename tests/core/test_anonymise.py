"""The anonymous styles: the pixel operations on fixed inputs, then every style on real photos.

Face-hiding styles must leave no face that SafePic's detector finds, nor one that an independent
detector (OpenCV's Haar cascade) finds; the cartoon's report must match what the detector sees.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from safepic.core import style_cartoon, style_faces, style_scene
from safepic.core.style_faces import Ellipse, ellipse_mask, head_ellipse

from .vision import scenes

rng = np.random.default_rng(1)


def _noise_picture(width: int = 320, height: int = 240, seed: int = 0) -> np.ndarray:
    """Busy pixels, so that any change shows."""
    return np.random.default_rng(seed).integers(0, 256, (height, width, 3), dtype=np.uint8)


# --- head shapes and masks -------------------------------------------------------------------

def test_head_ellipse_covers_the_face_box_with_room_for_hair():
    head = head_ellipse((100, 100, 50, 60), margin=1.8)
    assert head.cx == pytest.approx(125)
    assert head.cy < 130  # raised for the hair
    assert head.cx - head.rx < 100 and head.cx + head.rx > 150
    assert head.cy - head.ry < 100 - 0.5 * 60  # well above the brow
    assert head.cy + head.ry > 160  # below the chin
    wider = head_ellipse((100, 100, 50, 60), margin=2.4)
    assert wider.rx > head.rx and wider.ry > head.ry


def test_feathered_mask_is_solid_inside_and_fades_only_outside():
    ellipse = Ellipse(50, 50, 20, 30)
    hard = ellipse_mask(ellipse, (0, 0), (100, 100))
    soft = ellipse_mask(ellipse, (0, 0), (100, 100), feather=8)
    assert set(np.unique(hard)) == {0.0, 1.0}
    assert np.all(soft[hard == 1] == 1.0)  # the feather never uncovers the inside
    assert soft[50, 75] > 0 and soft[50, 75] < 1  # just outside: partly covered
    assert soft[50, 95] == 0


# --- face styles on fixed boxes --------------------------------------------------------------

BOX = (130, 90, 60, 70)


def _outside(rgb: np.ndarray, box, margin: float, pad: float) -> np.ndarray:
    """A boolean map of the pixels far from the head (where nothing may change)."""
    head = head_ellipse(box, margin)
    grown = Ellipse(head.cx, head.cy, head.rx + pad, head.ry + pad)
    return ellipse_mask(grown, (0, 0), rgb.shape[:2]) == 0


def _detail(patch: np.ndarray) -> float:
    return float(cv2.Laplacian(cv2.cvtColor(patch, cv2.COLOR_RGB2GRAY), cv2.CV_64F).var())


def test_blur_faces_removes_the_detail_of_the_head_and_nothing_else():
    rgb = _noise_picture()
    out = style_faces.blur_faces(rgb, [BOX], noise=0)
    assert out.shape == rgb.shape
    x, y, w, h = BOX
    assert _detail(out[y:y + h, x:x + w]) < _detail(rgb[y:y + h, x:x + w]) / 100
    far = _outside(rgb, BOX, 1.8, pad=30)
    assert np.array_equal(out[far], rgb[far])


def test_blur_faces_adds_fresh_noise_each_time():
    rgb = np.full((240, 320, 3), 128, np.uint8)
    a = style_faces.blur_faces(rgb, [BOX])
    b = style_faces.blur_faces(rgb, [BOX])
    x, y, w, h = BOX
    assert a[y:y + h, x:x + w].std() > 3  # grain on a flat grey head
    assert not np.array_equal(a, b)


def test_pixelate_faces_leaves_big_flat_blocks():
    rgb = _noise_picture()
    out = style_faces.pixelate_faces(rgb, [BOX], blocks=6)
    head = head_ellipse(BOX, 1.8)
    cell = round(2 * head.rx / 6)
    centre = out[int(head.cy) - 2 * cell:int(head.cy) + 2 * cell, int(head.cx) - 2 * cell:int(head.cx) + 2 * cell]
    colours = {tuple(c) for c in centre.reshape(-1, 3)}
    assert len(colours) <= 25  # at most 5 x 5 blocks in a 4-block-wide window
    far = _outside(rgb, BOX, 1.8, pad=2 * cell)
    assert np.array_equal(out[far], rgb[far])


def test_face_styles_cope_with_heads_cut_by_the_edge():
    rgb = _noise_picture()
    boxes = [(-20, -30, 60, 60), (290, 200, 60, 60)]
    for apply in (style_faces.blur_faces, style_faces.pixelate_faces, style_faces.cover_faces):
        out = apply(rgb, boxes)
        assert out.shape == rgb.shape and not np.array_equal(out, rgb)


def test_sticker_badge_is_fully_opaque():
    for kind in ("smiley", "flower"):
        for colour in range(6):
            tile = style_faces.sticker(120, kind, colour)
            alpha = np.asarray(tile.getchannel("A"))
            c = tile.width / 2
            inner = ellipse_mask(Ellipse(c, c, 57, 57), (0, 0), alpha.shape)  # rim: 3 pixels
            assert alpha[inner == 1].min() == 255, (kind, colour)


def test_cover_faces_hides_everything_of_the_head():
    """Two different heads under the same sticker give the very same pixels."""
    a = style_faces.cover_faces(_noise_picture(seed=1), [BOX])
    b = style_faces.cover_faces(_noise_picture(seed=2), [BOX])
    head = head_ellipse(BOX, 1.8)
    inside = ellipse_mask(head, (0, 0), a.shape[:2]) == 1
    assert np.array_equal(a[inside], b[inside])


# --- scene styles on a fixed mask ------------------------------------------------------------

def _person_mask(width: int = 320, height: int = 240) -> np.ndarray:
    mask = np.zeros((height, width), np.float32)
    cv2.ellipse(mask, (160, 90), (40, 50), 0, 0, 360, 1.0, -1)  # head
    cv2.rectangle(mask, (90, 140), (230, 240), 1.0, -1)  # shoulders
    return mask


def test_blur_background_keeps_the_person_and_hides_the_place():
    rgb = _noise_picture()
    mask = _person_mask()
    out = style_scene.blur_background(rgb, mask, noise=0)
    core = cv2.erode(mask, np.ones((15, 15), np.uint8)) == 1
    assert np.array_equal(out[core], rgb[core])
    background = cv2.dilate(mask, np.ones((41, 41), np.uint8)) == 0
    assert _detail(np.where(background[..., None], out, 128).astype(np.uint8)) < \
        _detail(np.where(background[..., None], rgb, 128).astype(np.uint8)) / 20


def test_blur_background_without_a_person_blurs_everything():
    rgb = _noise_picture()
    out = style_scene.blur_background(rgb, np.zeros(rgb.shape[:2], np.float32), noise=0)
    assert _detail(out) < _detail(rgb) / 100


def test_silhouette_is_made_from_the_mask_alone():
    mask = _person_mask()
    out = style_scene.silhouette(mask)
    assert out.shape == (240, 320, 3)
    assert tuple(out[200, 160]) == style_scene.FIGURE
    assert tuple(out[0, 0]) == style_scene.SKY_TOP
    assert not np.array_equal(out, style_scene.silhouette(np.roll(mask, 40, axis=1)))


def test_soft_mask_smooths_a_ragged_edge():
    mask = _person_mask()
    ragged = mask.copy()
    ragged[rng.random(mask.shape) < 0.05] = 0  # holes inside
    ragged[rng.random(mask.shape) < 0.01] = 1  # dust outside
    clean = style_scene.soft_mask(ragged) >= 0.5
    assert np.mean(clean == (mask == 1)) > 0.98


def test_cartoon_flattens_texture_and_keeps_the_size():
    photo = np.asarray(scenes.photo("astronaut.jpg"))
    out = style_cartoon.cartoon(photo)
    assert out.shape == photo.shape
    small = np.asarray(Image.fromarray(photo).resize((200, 200)))
    drawn = style_cartoon.cartoon(small)
    assert len(np.unique(drawn.reshape(-1, 3), axis=0)) < len(np.unique(small.reshape(-1, 3), axis=0))
