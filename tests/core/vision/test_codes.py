"""QR codes and barcodes placed on real photos at phone size are found, read and boxed;
plain photos give nothing."""

from __future__ import annotations

import pytest
from PIL import Image

from safepic.core.picture import from_image
from safepic.core.vision import codes

from .text_scenes import DATA, barcode, ean13_modules, overlap, photo, qr_code

LINK = "https://example.org/u/sarah"
CARD = "BEGIN:VCARD\nFN:Sarah Jones\nTEL:+441614960000\nEND:VCARD"


@pytest.fixture(scope="module")
def link_scene():
    scene, drawn = qr_code(LINK)
    return drawn, codes.check(from_image(scene, "link.jpg"))


def test_qr_link_is_found_and_read(link_scene):
    drawn, findings = link_scene
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "code" and finding.severity == "high"
    assert "QR code" in finding.title
    assert "web link" in finding.detail and LINK in finding.detail
    assert overlap(finding.box, drawn.box) > 0.8


def test_small_qr_contact_card_is_read_from_full_size_pixels():
    scene, drawn = qr_code(CARD, base="rocket.jpg", side=260, at=(700, 2300))
    found = codes.find_codes(from_image(scene, "card.jpg"))
    assert [(c.kind, c.text) for c in found] == [("QR", CARD)]
    assert overlap(found[0].box, drawn.box) > 0.8
    [finding] = codes.check(from_image(scene, "card.jpg"))
    assert "contact card" in finding.detail


def test_long_contents_are_described_not_quoted():
    long_text = "https://example.org/" + "x" * 80
    scene, _ = qr_code(long_text, side=700)
    [finding] = codes.check(from_image(scene, "long.jpg"))
    assert "web link" in finding.detail and long_text not in finding.detail


def test_shop_barcode_is_read_and_low():
    scene, drawn = barcode("400638133393")
    found = codes.find_codes(from_image(scene, "packet.jpg"))
    assert [(c.kind, c.text) for c in found] == [("EAN_13", drawn.text)]
    assert overlap(found[0].box, drawn.box) > 0.8
    [finding] = codes.check(from_image(scene, "packet.jpg"))
    assert finding.severity == "low" and "barcode" in finding.title


def test_ean13_fixture_follows_the_standard():
    bars, number = ean13_modules("400638133393")
    assert number == "4006381333931"  # the check digit GS1's own example gives
    assert len(bars) == 95 and bars.startswith("101") and bars.endswith("101")


@pytest.mark.parametrize("name", ["coffee.jpg", "rocket.jpg", "astronaut.jpg", "chelsea-cat.jpg"])
def test_photos_without_codes_give_nothing(name):
    with Image.open(DATA / name) as image:
        assert codes.check(from_image(image.convert("RGB"), name)) == []


def test_phone_sized_photo_without_codes_gives_nothing():
    assert codes.check(from_image(photo("coffee.jpg"), "coffee.jpg")) == []


def test_tiny_and_transparent_pictures_are_fine():
    assert codes.check(from_image(Image.new("RGB", (1, 1)))) == []
    assert codes.check(from_image(Image.new("RGBA", (64, 48), (0, 0, 0, 0)))) == []
