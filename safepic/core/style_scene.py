"""Styles that work on the whole scene: blur the place, or turn the person into a silhouette.

Pure pixel operations on an RGB array and a person mask (float 0..1, 1 = person), so they can be
tested with fixed inputs. The background blur shrinks the scene to a few dozen pixels: signs,
house numbers and landmarks cannot be read back from that. The silhouette keeps nothing from the
photo except the outline of the person.
"""

from __future__ import annotations

import cv2
import numpy as np

# The silhouette's calm colours: a soft evening sky and a deep ink-blue figure.
SKY_TOP = (160, 196, 232)
SKY_BOTTOM = (250, 214, 196)
FIGURE = (44, 52, 92)


def _long_side(shape: tuple[int, ...]) -> int:
    return max(shape[0], shape[1])


def soft_mask(mask: np.ndarray, *, threshold: float = 0.5) -> np.ndarray:
    """A clean float32 person mask: gaps closed, edges smoothed, then slightly feathered.

    Segmentation masks are blotchy at the edges; blurring and cutting again at `threshold`
    rounds off the jagged outline, and a small final blur anti-aliases it.
    """
    side = _long_side(mask.shape)
    mask = np.clip(mask.astype(np.float32), 0.0, 1.0)
    smooth = cv2.GaussianBlur(mask, (0, 0), sigmaX=max(1.0, side * 0.004))
    solid = (smooth >= threshold).astype(np.uint8)
    size = max(3, round(side * 0.01)) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))
    solid = cv2.morphologyEx(solid, cv2.MORPH_CLOSE, kernel)
    solid = cv2.morphologyEx(solid, cv2.MORPH_OPEN, kernel)
    return cv2.GaussianBlur(solid.astype(np.float32), (0, 0), sigmaX=max(0.7, side * 0.0012))


def has_person(mask: np.ndarray, *, min_share: float = 0.005) -> bool:
    """True when at least `min_share` of the picture is clearly a person."""
    return bool(np.count_nonzero(mask >= 0.5) >= min_share * mask.size)


def blur_background(
    rgb: np.ndarray,
    mask: np.ndarray,
    *,
    detail: int = 40,
    noise: float = 3.0,
    rng: np.random.Generator | None = None,
) -> np.ndarray:
    """Keep the person sharp; turn everything else into soft colour about `detail` patches across.

    The background is rebuilt from background pixels only (the person's own colours do not smear
    into it), at a tiny size, then enlarged smoothly and lightly grained.
    """
    rng = rng or np.random.default_rng()
    height, width = rgb.shape[:2]
    alpha = soft_mask(mask) if has_person(mask) else np.zeros((height, width), np.float32)
    scale = detail / _long_side(rgb.shape)
    small_size = (max(2, round(width * scale)), max(2, round(height * scale)))
    weight = cv2.resize(1.0 - alpha, small_size, interpolation=cv2.INTER_AREA)
    colour = cv2.resize(rgb.astype(np.float32) * (1.0 - alpha)[..., None], small_size,
                        interpolation=cv2.INTER_AREA)
    plain = cv2.resize(rgb, small_size, interpolation=cv2.INTER_AREA).astype(np.float32)
    sigma = 1.2
    weight = cv2.GaussianBlur(weight, (0, 0), sigma)
    colour = cv2.GaussianBlur(colour, (0, 0), sigma)
    plain = cv2.GaussianBlur(plain, (0, 0), sigma)
    # Where the person fills the neighbourhood, fall back to the plain blur.
    trust = np.clip(weight / 0.15, 0.0, 1.0)[..., None]
    background = colour / np.maximum(weight, 1e-4)[..., None] * trust + plain * (1.0 - trust)
    # Enlarge in two steps, smoothing in between, so no grid of patches shows.
    mid = (small_size[0] * 8, small_size[1] * 8)
    background = cv2.resize(background, mid, interpolation=cv2.INTER_CUBIC)
    background = cv2.GaussianBlur(background, (0, 0), sigmaX=4.0)
    background = cv2.resize(background, (width, height), interpolation=cv2.INTER_LINEAR)
    background += rng.normal(0.0, noise, background.shape).astype(np.float32)
    a = alpha[..., None]
    out = rgb.astype(np.float32) * a + background * (1.0 - a)
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)


def gradient(size: tuple[int, int], top: tuple[int, int, int] = SKY_TOP,
             bottom: tuple[int, int, int] = SKY_BOTTOM) -> np.ndarray:
    """A calm vertical gradient of `size` (width, height) as an RGB array."""
    width, height = size
    t = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None, None]
    column = np.asarray(top, np.float32) * (1.0 - t) + np.asarray(bottom, np.float32) * t
    return np.broadcast_to(np.clip(column + 0.5, 0, 255).astype(np.uint8), (height, width, 3)).copy()


def silhouette(mask: np.ndarray, *, figure: tuple[int, int, int] = FIGURE) -> np.ndarray:
    """The person as one smooth single-colour shape on a soft sky; nothing else of the photo."""
    height, width = mask.shape[:2]
    alpha = soft_mask(mask)[..., None]
    sky = gradient((width, height)).astype(np.float32)
    out = sky * (1.0 - alpha) + np.asarray(figure, np.float32) * alpha
    return np.clip(out + 0.5, 0, 255).astype(np.uint8)
