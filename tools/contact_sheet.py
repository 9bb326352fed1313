"""Render every anonymous style on real photos into one PNG, to look at them side by side.

    .venv/bin/python tools/contact_sheet.py [--out /tmp/safepic-styles.png] [--width 1600]

Rows are pictures (the astronaut portrait, Grace Hopper's portrait, a group of six made by the
test scenes), columns the original and each style. Under each tile: the style's title, how long
it took, and how many faces the re-check still found. For looking at, not for committing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core.picture import from_image  # noqa: E402
from safepic.core.styles.anonymise import STYLES, make_safe  # noqa: E402
from tests.core.vision import scenes  # noqa: E402

TILE = 420
CAPTION = 54


def pictures(group_width: int) -> list[tuple[str, Image.Image]]:
    """The rows of the sheet: two portraits and a group photo scaled to `group_width`."""
    group = scenes.group_photo().image
    group = group.resize((group_width, round(group.height * group_width / group.width)),
                         Image.Resampling.LANCZOS)
    return [("astronaut", scenes.photo("astronaut.jpg")),
            ("grace hopper", scenes.photo("grace-hopper.jpg")),
            ("group of six", group)]


def _tile(image: Image.Image, lines: list[str], font: ImageFont.ImageFont) -> Image.Image:
    tile = Image.new("RGB", (TILE, TILE + CAPTION), (255, 255, 255))
    thumb = image.convert("RGB")
    thumb.thumbnail((TILE, TILE), Image.Resampling.LANCZOS)
    tile.paste(thumb, ((TILE - thumb.width) // 2, (TILE - thumb.height) // 2))
    draw = ImageDraw.Draw(tile)
    for i, line in enumerate(lines):
        draw.text((8, TILE + 4 + i * 17), line, fill=(30, 30, 30), font=font)
    return tile


def render(out: Path, group_width: int = 1600, styles: list[str] | None = None) -> Path:
    """Make the sheet at `out` and return its path."""
    font = ImageFont.load_default(size=14)
    names = styles or list(STYLES)
    rows = []
    for label, image in pictures(group_width):
        picture = from_image(image, f"{label}.png")
        tiles = [_tile(image, [f"{label} (original)", f"{image.width} x {image.height}"], font)]
        for name in names:
            start = time.perf_counter()
            result = make_safe(picture, name)
            seconds = time.perf_counter() - start
            faces = len(result.report.by_code("face"))
            alike = "looks like original" if result.report.has("look-alike") else "new look"
            tiles.append(_tile(result.picture.image, [
                f"{STYLES[name].title}  ({seconds:.1f} s)",
                f"faces left: {faces}; {alike}",
                "; ".join(n[:40] for n in result.notes[:1])], font))
            print(f"{label:14} {name:16} {seconds:5.1f} s  faces left {faces}  "
                  f"notes: {' | '.join(result.notes)}")
        rows.append(tiles)
    sheet = Image.new("RGB", (TILE * len(rows[0]), (TILE + CAPTION) * len(rows)), (255, 255, 255))
    for r, tiles in enumerate(rows):
        for c, tile in enumerate(tiles):
            sheet.paste(tile, (c * TILE, r * (TILE + CAPTION)))
    sheet.save(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/safepic-styles.png"))
    parser.add_argument("--width", type=int, default=1600, help="width of the group photo")
    parser.add_argument("--style", action="append", choices=list(STYLES), help="only these styles")
    args = parser.parse_args()
    print(render(args.out, args.width, args.style))


if __name__ == "__main__":
    main()
