"""PP-OCR text finding and reading, run by onnxruntime with the OpenCV SafePic already has.

The rapidocr package did this, but it depends on opencv-python-headless while MediaPipe depends
on opencv-contrib-python: two packages that both install `cv2/`, so which one answered depended on
install order. This module is the part of RapidOCR 3.10 that SafePic used (the DB text finder and
the CTC line reader, PaddleOCR's own pre- and post-processing), step for step, so it finds the
same boxes and reads the same words from the same models (benchmarks/ppocr_vs_rapidocr.py:
identical boxes, words and certainties on 120 looks and 191 lines).
The models ship in resources/models/ppocr (Apache-2.0, see the README there).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import cv2
import numpy as np

MODELS = {"find": ("models", "ppocr", "PP-OCRv6_det_small.onnx"),  # under resources/
          "read": ("models", "ppocr", "PP-OCRv6_rec_small.onnx")}
# PaddleOCR's settings for these models, as RapidOCR 3.10 runs them.
LINE_THRESHOLD = 0.3  # a pixel whose text likelihood is above this belongs to a line
MAX_CANDIDATES = 1000
UNCLIP_RATIO = 1.6  # the finder marks the middle of a line: grow each box by this much
MIN_BOX_SIDE = 3
MIN_READ_SIDE = 30  # a line shorter than this is enlarged before reading
MAX_SIDE = 4096  # pictures and lines are at most this long a side
LINE_HEIGHT, LINE_WIDTH = 48, 320  # the reader's input; longer lines are fed wider
FLAT_RATIO, FLAT_MIN_HEIGHT = 8, 30  # a strip flatter than this gets black rows above and below


class PPOCR:
    """A text finder and a line reader; each call is independent, but not thread-safe."""

    def __init__(self, find_model: Path, read_model: Path, box_threshold: float = 0.5) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        options.enable_cpu_mem_arena = False
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL

        def session(path: Path) -> Any:
            return onnxruntime.InferenceSession(str(path), sess_options=options,
                                                providers=["CPUExecutionProvider"])

        self._finder = session(find_model)
        self._reader = session(read_model)
        characters = self._reader.get_modelmeta().custom_metadata_map["character"].splitlines()
        self._characters = ["blank", *characters, " "]  # CTC's blank first, a space last
        self.box_threshold = box_threshold

    def find(self, bgr: np.ndarray) -> list[np.ndarray]:
        """Four corners (clockwise from top left, whole picture pixels) of each line of text,
        top to bottom then left to right. `bgr`: a picture of at most 4096 pixels a side."""
        height, width = bgr.shape[:2]
        top = 0
        if height <= FLAT_MIN_HEIGHT or width / height > FLAT_RATIO:  # a thin strip
            top = int(abs(max(int(width / FLAT_RATIO), FLAT_MIN_HEIGHT) * 2 - height) / 2)
            bgr = cv2.copyMakeBorder(bgr, top, top, 0, 0, cv2.BORDER_CONSTANT, value=(0, 0, 0))
        padded_h, padded_w = bgr.shape[:2]
        size = (int(round(padded_w / 32) * 32), int(round(padded_h / 32) * 32))
        if min(size) <= 0:
            return []
        tensor = _normalised(cv2.resize(bgr, size))
        likelihood = self._finder.run(None, {self._finder.get_inputs()[0].name: tensor})[0][0, 0]
        mask = cv2.dilate((likelihood > LINE_THRESHOLD).astype(np.uint8), np.ones((2, 2)))
        boxes = []
        for box in self._boxes(likelihood, mask, padded_w, padded_h):
            box = _clockwise(box)
            box[:, 0] = np.clip(box[:, 0], 0, padded_w - 1).astype(np.int32)
            box[:, 1] = np.clip(box[:, 1], 0, padded_h - 1).astype(np.int32)
            if int(np.linalg.norm(box[0] - box[1])) > 3 and int(np.linalg.norm(box[0] - box[3])) > 3:
                boxes.append(box)
        boxes = _reading_order(boxes)
        for box in boxes:
            box[:, 1] -= top
            np.clip(box, 0, None, out=box)
            box[:, 0] = np.minimum(box[:, 0], width)
            box[:, 1] = np.minimum(box[:, 1], height)
        return boxes

    def read(self, bgr: np.ndarray) -> tuple[str, float]:
        """The text of one straightened line and how sure the reader is (0-1)."""
        fitted: np.ndarray | None = bgr
        if max(bgr.shape[:2]) > MAX_SIDE:  # RapidOCR brings very long and very small lines in bounds
            fitted = _resized(bgr, MAX_SIDE / max(bgr.shape[:2]))
        if fitted is not None and min(fitted.shape[:2]) < MIN_READ_SIDE:
            fitted = _resized(fitted, MIN_READ_SIDE / min(fitted.shape[:2]))
        if fitted is None:
            return "", 0.0
        bgr = fitted
        height, width = bgr.shape[:2]
        ratio = width / height
        input_width = int(LINE_HEIGHT * max(LINE_WIDTH / LINE_HEIGHT, ratio))
        resized_w = min(input_width, int(math.ceil(LINE_HEIGHT * ratio)))
        line = cv2.resize(bgr, (resized_w, LINE_HEIGHT)).astype(np.float32).transpose((2, 0, 1)) / 255
        tensor = np.zeros((1, 3, LINE_HEIGHT, input_width), dtype=np.float32)
        tensor[0, :, :, :resized_w] = (line - 0.5) / 0.5
        scores = self._reader.run(None, {self._reader.get_inputs()[0].name: tensor})[0][0]
        return self._decode(scores)

    def _decode(self, scores: np.ndarray) -> tuple[str, float]:
        """Greedy CTC: the likeliest character per step, repeats and blanks dropped."""
        best, sure = scores.argmax(axis=1), scores.max(axis=1)
        kept = np.ones(len(best), dtype=bool)
        kept[1:] = best[1:] != best[:-1]
        kept &= best != 0
        certainty = [round(float(c), 5) for c in sure[kept]] or [0.0]
        text = "".join(self._characters[i] for i in best[kept])
        return text, float(np.mean(certainty).round(5))

    def _boxes(self, likelihood: np.ndarray, mask: np.ndarray, width: int, height: int) -> list[np.ndarray]:
        """PaddleOCR's DB post-processing: each blob of text pixels becomes a grown rectangle."""
        import pyclipper

        map_h, map_w = mask.shape
        contours, _ = cv2.findContours(mask * 255, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        boxes = []
        for contour in contours[:MAX_CANDIDATES]:
            points, short_side = _rectangle(contour)
            if short_side < MIN_BOX_SIDE or _mean_inside(likelihood, points) < self.box_threshold:
                continue
            corners = points.astype(np.float64)
            area = 0.5 * abs(np.dot(corners[:, 0], np.roll(corners[:, 1], 1))
                             - np.dot(corners[:, 1], np.roll(corners[:, 0], 1)))
            perimeter = float(np.linalg.norm(corners - np.roll(corners, 1, axis=0), axis=1).sum())
            grow = pyclipper.PyclipperOffset()
            grow.AddPath(points, pyclipper.JT_ROUND, pyclipper.ET_CLOSEDPOLYGON)
            grown = np.array(grow.Execute(area * UNCLIP_RATIO / perimeter)).reshape((-1, 1, 2))
            box, short_side = _rectangle(grown)
            if short_side < MIN_BOX_SIDE + 2:
                continue
            box[:, 0] = np.clip(np.round(box[:, 0] / map_w * width), 0, width)
            box[:, 1] = np.clip(np.round(box[:, 1] / map_h * height), 0, height)
            boxes.append(box.astype(np.int32).astype(np.float32))
        return boxes


def _resized(bgr: np.ndarray, ratio: float) -> np.ndarray | None:
    """Scaled by `ratio`, each side rounded to a multiple of 32; None when nothing is left."""
    height, width = bgr.shape[:2]
    size = (int(round(int(width * ratio) / 32) * 32), int(round(int(height * ratio) / 32) * 32))
    return cv2.resize(bgr, size) if min(size) > 0 else None


def _normalised(bgr: np.ndarray) -> np.ndarray:
    scaled = bgr.astype(np.float32) * (1 / 255.0)  # multiplied, as PaddleOCR does: same rounding
    return np.expand_dims(((scaled - 0.5) / 0.5).transpose((2, 0, 1)), 0).astype(np.float32)


def _rectangle(contour: np.ndarray) -> tuple[np.ndarray, float]:
    """The smallest turned rectangle around a contour: corners from top left, and its short side."""
    rect = cv2.minAreaRect(contour)
    points = sorted(cv2.boxPoints(rect), key=lambda p: p[0])
    left = (points[0], points[1]) if points[1][1] > points[0][1] else (points[1], points[0])
    right = (points[2], points[3]) if points[3][1] > points[2][1] else (points[3], points[2])
    return np.array([left[0], right[0], right[1], left[1]]), min(rect[1])


def _mean_inside(likelihood: np.ndarray, box: np.ndarray) -> float:
    """The average text likelihood inside a box (the finder's own score for it)."""
    h, w = likelihood.shape
    x0, x1 = (int(np.clip(v, 0, w - 1)) for v in (np.floor(box[:, 0].min()), np.ceil(box[:, 0].max())))
    y0, y1 = (int(np.clip(v, 0, h - 1)) for v in (np.floor(box[:, 1].min()), np.ceil(box[:, 1].max())))
    mask = np.zeros((y1 - y0 + 1, x1 - x0 + 1), dtype=np.uint8)
    cv2.fillPoly(mask, [(box - [x0, y0]).reshape(-1, 2).astype(np.int32)], 1)
    return cv2.mean(likelihood[y0:y1 + 1, x0:x1 + 1], mask)[0]


def _clockwise(box: np.ndarray) -> np.ndarray:
    by_x = box[np.argsort(box[:, 0]), :]
    (top_left, bottom_left) = by_x[:2][np.argsort(by_x[:2, 1])]
    (top_right, bottom_right) = by_x[2:][np.argsort(by_x[2:, 1])]
    return np.array([top_left, top_right, bottom_right, bottom_left], dtype=np.float32)


def _reading_order(boxes: list[np.ndarray]) -> list[np.ndarray]:
    """Top to bottom; boxes whose tops are within 10 pixels of the previous one form a row,
    read left to right (RapidOCR's order)."""
    if not boxes:
        return []
    stacked = np.array(boxes)
    tops = stacked[:, 0, 1]
    by_top = np.argsort(tops, kind="stable")
    rows = np.concatenate([[0], np.cumsum(np.diff(tops[by_top]) >= 10)])
    order = by_top[np.lexsort((stacked[by_top][:, 0, 0], rows))]
    return [stacked[i].copy() for i in order]


def crop_line(bgr: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """The text inside four corners, cut out and turned straight (tall lines laid flat)."""
    corners = corners.astype(np.float32)
    width = int(max(np.linalg.norm(corners[0] - corners[1]), np.linalg.norm(corners[2] - corners[3])))
    height = int(max(np.linalg.norm(corners[0] - corners[3]), np.linalg.norm(corners[1] - corners[2])))
    target = np.array([[0, 0], [width, 0], [width, height], [0, height]], dtype=np.float32)
    straight = cv2.warpPerspective(bgr, cv2.getPerspectiveTransform(corners, target), (width, height),
                                   borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC)
    if straight.shape[0] / straight.shape[1] >= 1.5:
        straight = np.rot90(straight)
    return straight
