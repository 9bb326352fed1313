"""Build realistic test scenes: real photos blown up to a 12-megapixel phone size, with a sign,
a number plate, a name badge or a QR code placed on them the way a camera would see it
(slightly turned, slightly soft, saved as JPEG).

Each builder returns the scene and where the thing was drawn, so tests can check boxes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DATA = Path(__file__).resolve().parents[2] / "data"
SCENE_SIZE = (4000, 3000)
FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")


@dataclass(frozen=True)
class Drawn:
    """What was put on the scene and its box (x, y, w, h) in scene pixels."""

    text: str
    box: tuple[int, int, int, int]


def find_font(name: str = "DejaVuSans-Bold.ttf") -> Path | None:
    """A real TrueType font on this machine, or None (tests then skip)."""
    for folder in FONT_DIRS:
        if folder.is_dir():
            for path in folder.rglob(name):
                return path
    return None


def photo(name: str, size: tuple[int, int] = SCENE_SIZE) -> Image.Image:
    """One of the public-domain test photos, resized to a phone-sized picture."""
    with Image.open(DATA / name) as image:
        return image.convert("RGB").resize(size, Image.Resampling.BICUBIC)


def _as_camera_saw_it(scene: Image.Image) -> Image.Image:
    """A JPEG round trip at phone quality, so edges are no cleaner than in a real photo."""
    buffer = io.BytesIO()
    scene.save(buffer, "JPEG", quality=88)
    buffer.seek(0)
    with Image.open(buffer) as image:
        return image.convert("RGB")


def _paste_card(scene: Image.Image, card: Image.Image, at: tuple[int, int], angle: float) -> tuple[int, int, int, int]:
    """Turn the card a little, soften it like a lens would, paste it; return its box."""
    turned = card.convert("RGBA").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    turned = turned.filter(ImageFilter.GaussianBlur(1.2))
    scene.paste(turned, at, turned)
    alpha_box = turned.getchannel("A").getbbox() or (0, 0, *turned.size)
    left, top, right, bottom = alpha_box
    return at[0] + left, at[1] + top, right - left, bottom - top


def _text_card(lines: list[tuple[str, int, str]], background: str, pad: int, font: Path,
               border: str | None = None) -> Image.Image:
    """A card with lines of (text, letter height in pixels, colour), centred."""
    fonts = [ImageFont.truetype(str(font), size) for _, size, _ in lines]
    sizes = [f.getbbox(text) for f, (text, _, _) in zip(fonts, lines)]
    width = max(b[2] - b[0] for b in sizes) + 2 * pad
    height = sum(b[3] - b[1] for b in sizes) + pad * (len(lines) + 1)
    card = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(card)
    y = pad
    for (text, _, colour), f, b in zip(lines, fonts, sizes):
        x = (width - (b[2] - b[0])) // 2 - b[0]
        draw.text((x, y - b[1]), text, font=f, fill=colour)
        y += (b[3] - b[1]) + pad
    if border:
        draw.rectangle((0, 0, width - 1, height - 1), outline=border, width=max(4, pad // 5))
    return card


def house_sign(font: Path, letter: int = 110) -> tuple[Image.Image, Drawn]:
    """A street-name plate with a house number on a wall, in the coffee photo's corner."""
    scene = photo("coffee.jpg")
    card = _text_card([("42 ELM STREET", letter, "white")], "#1d3b6e", letter // 2, font,
                      border="white")
    box = _paste_card(scene, card, (380, 260), angle=3.0)
    return _as_camera_saw_it(scene), Drawn("42 ELM STREET", box)


def door_number(font: Path, number: str = "42", letter: int = 80) -> tuple[Image.Image, Drawn]:
    """A house number alone on a plaque by a door: two digits, the shortest words that count."""
    scene = photo("coffee.jpg")
    card = _text_card([(number, letter, "white")], "#1d3b6e", letter // 2, font, border="white")
    box = _paste_card(scene, card, (380, 260), angle=3.0)
    return _as_camera_saw_it(scene), Drawn(number, box)


def number_plate(font: Path, letter: int = 72) -> tuple[Image.Image, Drawn]:
    """A yellow car number plate, small in the frame as plates are."""
    scene = photo("rocket.jpg")
    card = _text_card([("AB12 CDE", letter, "black")], "#f5c400", letter // 3, font,
                      border="black")
    box = _paste_card(scene, card, (2500, 2350), angle=-2.0)
    return _as_camera_saw_it(scene), Drawn("AB12 CDE", box)


def name_badge(font: Path) -> tuple[Image.Image, Drawn]:
    """A 'HELLO my name is' sticker badge with a first name written on it."""
    scene = photo("coffee.jpg")
    card = Image.new("RGB", (900, 520), "white")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 899, 170), fill="#c00000")
    draw.text((450, 85), "HELLO my name is", font=ImageFont.truetype(str(font), 64),
              fill="white", anchor="mm")
    draw.text((450, 345), "SARAH", font=ImageFont.truetype(str(font), 150),
              fill="#1a1a1a", anchor="mm")
    draw.rectangle((0, 0, 899, 519), outline="#c00000", width=8)
    box = _paste_card(scene, card, (2700, 300), angle=-4.0)
    return _as_camera_saw_it(scene), Drawn("HELLO my name is SARAH", box)


def qr_code(data: str, *, base: str = "coffee.jpg", side: int = 520,
            at: tuple[int, int] = (2900, 1900)) -> tuple[Image.Image, Drawn]:
    """A QR code (made by OpenCV's encoder) printed on a card in the photo."""
    import cv2

    modules = cv2.QRCodeEncoder.create().encode(data)  # one pixel per module, with quiet zone
    code = Image.fromarray(np.asarray(modules, dtype=np.uint8)).convert("RGB")
    code = code.resize((side, side), Image.Resampling.NEAREST)
    scene = photo(base)
    box = _paste_card(scene, code, at, angle=2.0)
    return _as_camera_saw_it(scene), Drawn(data, box)


_EAN_L = ("0001101", "0011001", "0010011", "0111101", "0100011",
          "0110001", "0101111", "0111011", "0110111", "0001011")
_EAN_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
               "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")


def ean13_modules(digits12: str) -> tuple[str, str]:
    """The 95 bars-and-spaces of an EAN-13 shop barcode (GS1 rules) and its full number."""
    weights = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    number = digits12 + str((10 - weights % 10) % 10)
    right_code = ["".join("1" if b == "0" else "0" for b in code) for code in _EAN_L]
    left = "".join(
        _EAN_L[int(d)] if parity == "L" else right_code[int(d)][::-1]
        for d, parity in zip(number[1:7], _EAN_PARITY[int(number[0])])
    )
    right = "".join(right_code[int(d)] for d in number[7:])
    return "101" + left + "01010" + right + "101", number


def barcode(digits12: str, *, module: int = 6, at: tuple[int, int] = (600, 1700)) -> tuple[Image.Image, Drawn]:
    """An EAN-13 barcode label on a packet in the coffee photo."""
    bars, number = ean13_modules(digits12)
    quiet = 12 * module
    label = Image.new("RGB", (len(bars) * module + 2 * quiet, 60 * module), "white")
    draw = ImageDraw.Draw(label)
    for i, bit in enumerate(bars):
        if bit == "1":
            x = quiet + i * module
            draw.rectangle((x, module * 4, x + module - 1, label.height - module * 4), fill="black")
    scene = photo("coffee.jpg")
    box = _paste_card(scene, label, at, angle=1.5)
    return _as_camera_saw_it(scene), Drawn(number, box)


def overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over the smaller box: 1.0 when one box lies inside the other."""
    left, top = max(a[0], b[0]), max(a[1], b[1])
    right, bottom = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    if right <= left or bottom <= top:
        return 0.0
    return (right - left) * (bottom - top) / min(a[2] * a[3], b[2] * b[3])
