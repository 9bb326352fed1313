"""Styles that work on the whole scene: blur the place, or turn the person into a silhouette.

Pure pixel operations on an RGB array and a person mask (float 0..1, 1 = person), so they can be
tested with fixed inputs. The background blur shrinks the scene to a few dozen pixels: signs,
house numbers and landmarks cannot be read back from that. The silhouette keeps nothing from the
photo except the outline of the person.
"""

from __future__ import annotations

import cv2
import numpy as np

MASK_SIDE = 800  # the mask is cleaned up at this size (long side, pixels)

# The silhouette's calm colours: a soft evening sky and a deep ink-blue figure.
SKY_TOP = (160, 196, 232)
SKY_BOTTOM = (250, 214, 196)
FIGURE = (44, 52, 92)


def _long_side(shape: tuple[int, ...]) -> int:
    return max(shape[0], shape[1])


def soft_mask(mask: np.ndarray, *, threshold: float = 0.5,
              size: tuple[int, int] | None = None) -> np.ndarray:
    """A clean float32 person mask at `size` (default: the mask's own): gaps closed, outline
    smoothed, edge anti-aliased.

    Segmentation masks are blotchy at the edges; blurring and cutting again at `threshold`
    rounds off the jagged outline. That is done at a modest size (the mask comes from a small
    model anyway); the smooth result is enlarged and cut again, so the edge stays crisp.
    """
    height, width = mask.shape[:2]
    out_width, out_height = size or (width, height)
    small: np.ndarray = mask.astype(np.float32, copy=False)
    if max(height, width) > MASK_SIDE:
        scale = MASK_SIDE / max(height, width)
        small = cv2.resize(small, (max(1, round(width * scale)), max(1, round(height * scale))),
                           interpolation=cv2.INTER_AREA)
    side = max(small.shape)
    smooth = cv2.GaussianBlur(small, (0, 0), sigmaX=max(1.0, side * 0.004))
    solid: np.ndarray = (smooth >= threshold).astype(np.uint8)
    kernel_size = max(3, round(side * 0.01)) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (kernel_size, kernel_size))
    solid = cv2.morphologyEx(solid, cv2.MORPH_CLOSE, kernel)
    solid = cv2.morphologyEx(solid, cv2.MORPH_OPEN, kernel)
    sigma = 1.2
    field: np.ndarray = cv2.GaussianBlur(solid.astype(np.float32), (0, 0), sigmaX=sigma)
    if field.shape[:2] != (out_height, out_width):
        field = cv2.resize(field, (out_width, out_height), interpolation=cv2.INTER_LINEAR)
    # The blurred edge rises over about 2.5 sigma; steepen it to about 1.5 pixels at full size.
    steep = max(1.0, sigma * max(out_width, out_height) / side / 0.6)
    field -= 0.5  # in place: this can be a full-size array
    field *= steep
    field += 0.5
    return np.clip(field, 0.0, 1.0, out=field)


def person_alpha(mask: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """How much each pixel of a picture of `size` is the person (0..1); all 0 without one."""
    if not has_person(mask):
        return np.zeros((size[1], size[0]), np.float32)
    return soft_mask(mask, size=size)


def has_person(mask: np.ndarray, *, min_share: float = 0.005) -> bool:
    """True when at least `min_share` of the picture is clearly a person."""
    return bool(np.count_nonzero(mask >= 0.5) >= min_share * mask.size)


def blur_background(rgb: np.ndarray, mask: np.ndarray, *, detail: int = 40) -> np.ndarray:
    """Keep the person sharp; turn everything else into soft colour about `detail` patches across."""
    return blur_behind(rgb, person_alpha(mask, (rgb.shape[1], rgb.shape[0])), detail=detail)


def blur_behind(rgb: np.ndarray, alpha: np.ndarray, *, detail: int = 40) -> np.ndarray:
    """Keep what `alpha` holds (the person, 0..1 per pixel) sharp and blur the rest.

    The background is rebuilt from background pixels only (the person's own colours do not smear
    into it) at a tiny size, so nothing of the place can be read back, then enlarged smoothly.
    """
    height, width = rgb.shape[:2]
    scale = detail / _long_side(rgb.shape)
    small = (max(2, round(width * scale)), max(2, round(height * scale)))
    mid = (small[0] * 8, small[1] * 8)
    # Normalised averaging: background colour sums divided by background share, at a tiny size.
    rgb_mid = cv2.resize(rgb, mid, interpolation=cv2.INTER_AREA).astype(np.float32)
    free_mid = cv2.resize(1.0 - alpha, mid, interpolation=cv2.INTER_AREA)
    colour = cv2.resize(rgb_mid * free_mid[..., None], small, interpolation=cv2.INTER_AREA)
    weight = cv2.resize(free_mid, small, interpolation=cv2.INTER_AREA)
    plain = cv2.resize(rgb_mid, small, interpolation=cv2.INTER_AREA)
    colour, weight, plain = (cv2.GaussianBlur(x, (0, 0), 1.2) for x in (colour, weight, plain))
    # Where the person fills the neighbourhood, fall back to the plain blur.
    trust = np.clip(weight / 0.15, 0.0, 1.0)[..., None]
    background = colour / np.maximum(weight, 1e-4)[..., None] * trust + plain * (1.0 - trust)
    # Enlarge in two steps, smoothing in between, so no grid of patches shows.
    background = cv2.GaussianBlur(cv2.resize(background, mid, interpolation=cv2.INTER_CUBIC),
                                  (0, 0), 4.0)
    background = np.clip(background + 0.5, 0, 255).astype(np.uint8)
    background = cv2.resize(background, (width, height), interpolation=cv2.INTER_LINEAR)
    return cv2.blendLinear(rgb, background, alpha, 1.0 - alpha)


def gradient(size: tuple[int, int], top: tuple[int, int, int] = SKY_TOP,
             bottom: tuple[int, int, int] = SKY_BOTTOM) -> np.ndarray:
    """A calm vertical gradient of `size` (width, height) as an RGB array."""
    width, height = size
    t = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    column = np.asarray(top, np.float32) * (1.0 - t) + np.asarray(bottom, np.float32) * t
    gradient: np.ndarray = np.broadcast_to(np.clip(column + 0.5, 0, 255).astype(np.uint8), (height, width, 3)).copy()
    return gradient


def silhouette(mask: np.ndarray, *, figure: tuple[int, int, int] = FIGURE,
               size: tuple[int, int] | None = None) -> np.ndarray:
    """The person as one smooth single-colour shape on a soft sky, at `size` (default: the
    mask's); nothing else of the photo."""
    width, height = size or (mask.shape[1], mask.shape[0])
    alpha = soft_mask(mask, size=(width, height))
    shape = np.empty((height, width, 3), np.uint8)
    shape[:] = figure
    return cv2.blendLinear(shape, gradient((width, height)), alpha, 1.0 - alpha)
