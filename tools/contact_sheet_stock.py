"""Draw the whole gallery and a few avatars of each kind on one PNG, for looking at them.

    python tools/contact_sheet_stock.py -o /tmp/sheet.png [--avatars 10] [--first-seed 1] [--check]

--check also runs SafePic's own check on each avatar drawn and prints anything it finds (an
avatar should never look like a face, words or a pet to it).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw

from safepic.core import avatars, gallery

TILE = 160
COLUMNS = 10
LABEL = 14


def _grid(tiles: list[tuple[Image.Image, str]], title: str) -> Image.Image:
    rows = (len(tiles) + COLUMNS - 1) // COLUMNS
    sheet = Image.new("RGB", (COLUMNS * TILE, 24 + rows * (TILE + LABEL)), "white")
    draw = ImageDraw.Draw(sheet)
    draw.text((6, 6), title, fill="black")
    for i, (image, label) in enumerate(tiles):
        x, y = (i % COLUMNS) * TILE, 24 + (i // COLUMNS) * (TILE + LABEL)
        sheet.paste(image.convert("RGB").resize((TILE, TILE), Image.Resampling.LANCZOS), (x, y))
        draw.text((x + 2, y + TILE), label[:26], fill="black")
    return sheet


def build(count: int, first_seed: int) -> tuple[Image.Image, dict[str, float]]:
    parts = [_grid([(gallery.load(item).image, item.id) for item in gallery.items()], "Gallery")]
    timings: dict[str, float] = {}
    for kind in avatars.KINDS:
        tiles = []
        start = time.perf_counter()
        for seed in range(first_seed, first_seed + count):
            tiles.append((avatars.make_avatar(kind, seed).image, f"{kind} {seed}"))
        timings[kind] = (time.perf_counter() - start) / count
        parts.append(_grid(tiles, f"Avatars: {kind}"))
    sheet = Image.new("RGB", (COLUMNS * TILE, sum(p.height for p in parts)), "white")
    y = 0
    for part in parts:
        sheet.paste(part, (0, y))
        y += part.height
    return sheet, timings


def check_avatars(count: int, first_seed: int) -> int:
    """Print what SafePic's own check finds in each avatar; return how many raised anything."""
    from safepic.core.analyse import analyse

    flagged = 0
    for kind in avatars.KINDS:
        for seed in range(first_seed, first_seed + count):
            report = analyse(avatars.make_avatar(kind, seed), vision=True)
            if report.findings:
                flagged += 1
                print(f"{kind} {seed}: " + "; ".join(f.title for f in report.findings))
    return flagged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/safepic-stock-sheet.png"))
    parser.add_argument("--avatars", type=int, default=10, help="avatars of each kind")
    parser.add_argument("--first-seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="run SafePic's check on each avatar")
    args = parser.parse_args(argv)
    sheet, timings = build(args.avatars, args.first_seed)
    sheet.save(args.output)
    for kind, seconds in timings.items():
        print(f"{kind}: {seconds * 1000:.0f} ms per avatar")
    print(f"wrote {args.output}")
    if args.check:
        flagged = check_avatars(args.avatars, args.first_seed)
        print(f"{flagged} avatars raised a finding")
        return 1 if flagged else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
