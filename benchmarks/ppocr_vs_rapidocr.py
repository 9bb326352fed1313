"""SafePic's own PP-OCR runner (safepic/core/vision/ppocr.py) next to RapidOCR 3.10, which it
replaced so that SafePic installs one OpenCV: the same calls text.py makes, on the test and demo
photos, stock pictures and drawn signs of random sizes (thin strips included). Prints how many
finds gave identical boxes and how many reads identical words and certainties.

rapidocr brings a second OpenCV, so run this in a throwaway environment, never SafePic's own:
    python -m venv /tmp/ocr && /tmp/ocr/bin/pip install -e . rapidocr==3.10.0
    /tmp/ocr/bin/python benchmarks/ppocr_vs_rapidocr.py
Result on 2026-12-03: boxes identical in 120/120 finds; reads identical in 191/191.
"""
import glob
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from rapidocr import RapidOCR
from rapidocr.utils.process_img import get_rotate_crop_image

from safepic.core.vision import ppocr, text

ROOT = Path(__file__).resolve().parents[1]


def rapid_engine() -> RapidOCR:
    """RapidOCR set up the way text.py set it up before it ran the models itself."""
    paths = text.model_paths()
    return RapidOCR(params={
        "Global.log_level": "error", "Global.use_cls": False, "Global.max_side_len": 4096,
        "Det.limit_type": "max", "Det.limit_side_len": 4096, "Det.box_thresh": text.BOX_SCORE,
        "Det.model_path": str(paths["find"]), "Rec.model_path": str(paths["read"]),
    })


def images():
    """Photos, stock drawings and random drawn signs."""
    for p in sorted(glob.glob(f"{ROOT}/tests/data/*.jpg") + glob.glob(f"{ROOT}/resources/demo/*.jpg") + glob.glob(f"{ROOT}/resources/stock/**/*.png", recursive=True)[:25]):
        yield p, Image.open(p).convert("RGB")
    rng = np.random.default_rng(1)
    for i in range(25):  # synthetic signs, sizes and strips
        w, h = int(rng.integers(40, 900)), int(rng.integers(12, 600))
        im = Image.new("RGB", (w, h), tuple(int(v) for v in rng.integers(0, 255, 3)))
        d = ImageDraw.Draw(im)
        for k in range(int(rng.integers(1, 5))):
            size = int(rng.integers(8, 60))
            try: font = ImageFont.truetype("DejaVuSans.ttf", size)
            except OSError: font = ImageFont.load_default()
            d.text((int(rng.integers(0, max(1, w-20))), int(rng.integers(0, max(1, h-10)))), f"{rng.choice(['MAIN ST','42','Grace','Hebden Bridge','AB12 CDE','Flat 3'])}", fill=tuple(int(v) for v in rng.integers(0,255,3)), font=font)
        yield f"synthetic{i} {w}x{h}", im


def main() -> None:
    rapid = rapid_engine()
    paths = text.model_paths()
    mine = ppocr.PPOCR(paths["find"], paths["read"], box_threshold=text.BOX_SCORE)
    boxes_same = boxes_total = reads_same = reads_total = 0
    score_diff = 0.0
    for name, im in images():
        bgr = np.ascontiguousarray(np.asarray(im)[:, :, ::-1])
        for side in (text.DETECT_SIDE, 640):
            scale = min(1.0, side / max(im.size))
            small = im if scale == 1 else im.resize((max(1, round(im.width*scale)), max(1, round(im.height*scale))), Image.Resampling.BILINEAR, reducing_gap=2.0)
            sb = np.asarray(small)[:, :, ::-1]
            short = min(sb.shape[:2])
            if short < text.MIN_DETECT_SIDE:
                py = text.MIN_DETECT_SIDE - sb.shape[0] if sb.shape[0] == short else 0
                px = text.MIN_DETECT_SIDE - sb.shape[1] if sb.shape[1] == short else 0
                sb = np.pad(sb, ((0, py), (0, px), (0, 0)), mode="edge")
            sb = np.ascontiguousarray(sb)
            r = rapid(sb, use_det=True, use_cls=False, use_rec=False).boxes
            r = [] if r is None else list(r)
            m = mine.find(sb)
            boxes_total += 1
            same = len(r) == len(m) and all(np.array_equal(np.asarray(a, np.float32), b) for a, b in zip(r, m))
            boxes_same += same
            if not same:
                print("BOXES DIFFER", name, side, len(r), len(m))
            for quad in m:
                q = np.asarray(quad, np.float32) / scale
                crop_r = get_rotate_crop_image(bgr, q.copy())
                crop_m = ppocr.crop_line(bgr, q.copy())
                assert np.array_equal(crop_r, crop_m)
                res = rapid(np.ascontiguousarray(crop_r), use_det=False, use_cls=False, use_rec=True)
                tr, sr = res.txts[0], res.scores[0]
                tm, sm = mine.read(np.ascontiguousarray(crop_m))
                reads_total += 1
                reads_same += (tr == tm and abs(sr - sm) < 1e-6)
                score_diff = max(score_diff, abs(sr - sm))
                if tr != tm or abs(sr - sm) > 1e-6:
                    print("READ DIFFERS", name, repr(tr), sr, repr(tm), sm)
    print(f"boxes identical in {boxes_same}/{boxes_total} finds; reads identical in {reads_same}/{reads_total}; largest score gap {score_diff:.2g}")


if __name__ == "__main__":
    main()
