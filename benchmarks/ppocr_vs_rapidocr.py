"""SafePic's own PP-OCR runner (safepic/core/vision/ppocr.py) next to RapidOCR 3.10, which it
replaced so that SafePic installs one OpenCV: text.py's own steps (shrink, pad, find, cut out,
read) with each engine, on the test and demo photos, stock pictures and drawn signs of random
sizes (thin strips included). Prints how many looks found identical boxes and how many lines were
read with identical words and certainty.

rapidocr brings a second OpenCV, so run this in a throwaway environment, never SafePic's own:
    python -m venv /tmp/ocr && /tmp/ocr/bin/pip install -e . rapidocr==3.10.0
    /tmp/ocr/bin/python benchmarks/ppocr_vs_rapidocr.py
Result on 2026-12-03: boxes identical in 120/120 looks; reads identical in 191/191.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from rapidocr import RapidOCR
from rapidocr.utils.process_img import get_rotate_crop_image

from safepic.core.vision import ppocr, text

ROOT = Path(__file__).resolve().parents[1]
WORDS = ("MAIN ST", "42", "Grace", "Hebden Bridge", "AB12 CDE", "Flat 3")


class Rapid:
    """RapidOCR set up the way text.py set it up, behind ppocr.PPOCR's find and read."""

    def __init__(self) -> None:
        paths = text.model_paths()
        self.engine = RapidOCR(params={
            "Global.log_level": "error", "Global.use_cls": False, "Global.max_side_len": 4096,
            "Det.limit_type": "max", "Det.limit_side_len": 4096, "Det.box_thresh": text.BOX_SCORE,
            "Det.model_path": str(paths["find"]), "Rec.model_path": str(paths["read"]),
        })

    def find(self, bgr: np.ndarray) -> list[np.ndarray]:
        boxes = self.engine(bgr, use_det=True, use_cls=False, use_rec=False).boxes
        return [] if boxes is None else list(boxes)

    def read(self, bgr: np.ndarray) -> tuple[str, float]:
        result = self.engine(bgr, use_det=False, use_cls=False, use_rec=True)
        return result.txts[0], float(result.scores[0])


def pictures() -> Iterator[tuple[str, Image.Image]]:
    """Photos, stock drawings and random drawn signs."""
    files = (sorted(ROOT.glob("tests/data/*.jpg")) + sorted(ROOT.glob("resources/demo/*.jpg"))
             + sorted(ROOT.glob("resources/stock/**/*.png"))[:25])
    for path in files:
        yield path.name, Image.open(path).convert("RGB")
    rng = np.random.default_rng(1)
    for index in range(25):
        width, height = int(rng.integers(40, 900)), int(rng.integers(12, 600))
        sign = Image.new("RGB", (width, height), tuple(int(v) for v in rng.integers(0, 255, 3)))
        draw = ImageDraw.Draw(sign)
        for _ in range(int(rng.integers(1, 5))):
            try:
                font = ImageFont.truetype("DejaVuSans.ttf", int(rng.integers(8, 60)))
            except OSError:
                font = ImageFont.load_default()
            where = (int(rng.integers(0, max(1, width - 20))), int(rng.integers(0, max(1, height - 10))))
            draw.text(where, str(rng.choice(WORDS)), font=font,
                      fill=tuple(int(v) for v in rng.integers(0, 255, 3)))
        yield f"sign {index} ({width}x{height})", sign


def main() -> None:
    theirs = Rapid()
    paths = text.model_paths()
    ours = ppocr.PPOCR(paths["find"], paths["read"], box_threshold=text.BOX_SCORE)
    looks = same_looks = reads = same_reads = 0
    for name, image in pictures():
        for side in (text.DETECT_SIDE, 640):
            scale = min(1.0, side / max(image.size))
            found = text._find(ours, image, scale)
            other = text._find(theirs, image, scale)
            looks += 1
            if len(found) == len(other) and all(np.array_equal(a, b) for a, b in zip(found, other)):
                same_looks += 1
            else:
                print(f"boxes differ: {name} at {side}: {len(found)} and {len(other)}")
            for quad in found:
                crop, _ = text._crop(image, quad)
                if crop is None:
                    continue
                bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
                assert np.array_equal(ppocr.crop_line(bgr, quad.copy()), get_rotate_crop_image(bgr, quad.copy()))
                mine, yours = ours.read(crop), theirs.read(crop)
                reads += 1
                if mine[0] == yours[0] and abs(mine[1] - yours[1]) < 1e-6:
                    same_reads += 1
                else:
                    print(f"reads differ: {name}: {mine} and {yours}")
    print(f"boxes identical in {same_looks}/{looks} looks; reads identical in {same_reads}/{reads}")


if __name__ == "__main__":
    main()
