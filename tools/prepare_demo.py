"""Make the volunteers' demo pictures in resources/demo/ from the public-domain test photos.

Each picture shows one risk. Every personal detail written into them is invented and says so
(names end in "(made up)", the serial number reads DEMO-...). Run again to rebuild them:

    python tools/prepare_demo.py
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import piexif
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
DEMO = ROOT / "resources" / "demo"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _rational(value: float, precision: int = 10000) -> tuple[int, int]:
    return int(round(value * precision)), precision


def _dms(value: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    return (degrees, 1), (minutes, 1), _rational(seconds, 100)


def _exif(lat: float, lon: float, thumbnail: Image.Image) -> bytes:
    """Invented camera data of the kind phones really write: place, owner, serial, time, preview."""
    small = thumbnail.copy()
    small.thumbnail((160, 160))
    buffer = io.BytesIO()
    small.convert("RGB").save(buffer, "JPEG", quality=80)
    return piexif.dump(
        {
            "0th": {
                piexif.ImageIFD.Make: b"ExampleCam",
                piexif.ImageIFD.Model: b"Demo Phone 1",
                piexif.ImageIFD.Software: b"ExampleCam Photos 2.0",
                piexif.ImageIFD.Artist: b"Alex Example (made up)",
                piexif.ImageIFD.Copyright: b"Alex Example (made up)",
            },
            "Exif": {
                piexif.ExifIFD.DateTimeOriginal: b"2024:06:01 14:32:10",
                piexif.ExifIFD.BodySerialNumber: b"DEMO-0000-0042",
                piexif.ExifIFD.CameraOwnerName: b"Alex Example (made up)",
            },
            "GPS": {
                piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
                piexif.GPSIFD.GPSLatitude: _dms(lat),
                piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
                piexif.GPSIFD.GPSLongitude: _dms(lon),
            },
            "1st": {piexif.ImageIFD.JPEGInterchangeFormat: 0, piexif.ImageIFD.JPEGInterchangeFormatLength: 0},
            "thumbnail": buffer.getvalue(),
        }
    )


def hidden_details() -> Image.Image:
    """The astronaut cropped so her face is gone, but the hidden preview still holds the whole photo."""
    full = Image.open(DATA / "astronaut.jpg").convert("RGB")
    cropped = full.crop((260, 250, 512, 512)).resize((504, 524), Image.LANCZOS)
    cropped.save(DEMO / "hidden-details.jpg", quality=90, exif=_exif(53.7425, -2.0139, full))
    return full


def _sign(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], text: str, size: int) -> None:
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=size // 4, fill=(24, 52, 110), outline=(240, 240, 240), width=size // 10)
    font = ImageFont.truetype(FONT, size)
    width = draw.textlength(text, font=font)
    draw.text(((x0 + x1 - width) / 2, (y0 + y1) / 2 - size * 0.6), text, font=font, fill=(250, 250, 250))


def house_sign() -> None:
    """A front-door style picture: a house number and a street sign, readable from the photo alone."""
    wall = Image.open(DATA / "coffee.jpg").convert("RGB").filter(ImageFilter.GaussianBlur(6))
    draw = ImageDraw.Draw(wall)
    _sign(draw, (30, 30, 390, 110), "ELM STREET", 40)
    _sign(draw, (430, 40, 560, 150), "42", 72)
    wall.save(DEMO / "house-number.jpg", quality=90)


def main() -> None:
    DEMO.mkdir(parents=True, exist_ok=True)
    hidden_details()
    house_sign()
    Image.open(DATA / "astronaut.jpg").save(DEMO / "clear-face.jpg", quality=90)
    Image.open(DATA / "chelsea-cat.jpg").save(DEMO / "pet.jpg", quality=90)
    index = [
        {
            "file": "hidden-details.jpg",
            "title": "A holiday photo with hidden details",
            "shows": "The file says where it was taken, who took it and the camera's serial number. "
            "Its hidden preview still shows the whole photo, face and all, although it was cropped.",
            "source": "astronaut.jpg (NASA, public domain); every detail inside is made up",
        },
        {
            "file": "clear-face.jpg",
            "title": "A clear face",
            "shows": "A face-search site could match this face to other photos of the same person.",
            "source": "astronaut.jpg (NASA, public domain)",
        },
        {
            "file": "house-number.jpg",
            "title": "A house number and a street name",
            "shows": "Words in a picture can lead a stranger to a front door.",
            "source": "coffee.jpg (CC0, Rachel Michetti) with a made-up sign drawn on it",
        },
        {
            "file": "pet.jpg",
            "title": "A pet",
            "shows": "Friends and neighbours can recognise your cat or dog.",
            "source": "chelsea-cat.jpg (CC0, Stefan van der Walt)",
        },
    ]
    (DEMO / "index.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
