"""The printable summary: one self-contained page, before and after, no names unless asked."""

from __future__ import annotations

import base64
import html
import io
import re
import shutil
import unicodedata
import zlib
from types import SimpleNamespace

import pytest
from PIL import Image

from safepic.core.analyse import analyse
from safepic.core.avatars import make_avatar
from safepic.core.errors import SafePicError
from safepic.core.picture import open_picture
from safepic.core.resources import resources_dir
from safepic.gui.summary import IMAGE_SIDE, print_summary, save_pdf, summary_html

DEMO = resources_dir() / "demo" / "hidden-details.jpg"
SECRETS = ("Alex Example", "DEMO-0000-0042", "ExampleCam")  # made-up details inside the demo file


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    """The demo photo under a telling name, checked for hidden details and for a copy nearby."""
    folder = tmp_path_factory.mktemp("summary")
    path = folder / "Jane Smith at home.jpg"
    shutil.copy(DEMO, path)
    (folder / "old posts").mkdir()
    shutil.copy(DEMO, folder / "old posts" / "profile.jpg")
    picture = open_picture(path)
    report = analyse(picture, vision=False, compare_folder=folder / "old posts")
    after = make_avatar("flower", 7)
    return SimpleNamespace(path=path, picture=picture, report=report, after=after)


def pdf_text(data: bytes) -> str:
    """The words drawn on a Qt-written PDF, read back through each font's ToUnicode table."""
    objects = {int(m[1]): m[2] for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", data, re.DOTALL)}

    def stream(body: bytes) -> bytes:
        raw = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.DOTALL)[1]
        return zlib.decompress(raw) if b"/FlateDecode" in body.split(b"stream")[0] else raw

    fonts: dict[int, dict[int, str]] = {}
    for number, body in objects.items():
        link = re.search(rb"/ToUnicode (\d+) 0 R", body)
        if not link:
            continue
        cmap = stream(objects[int(link[1])]).decode("latin-1")
        table: dict[int, str] = {}
        ranges = cmap.split("endcodespacerange", 1)[-1]
        for line in ranges.splitlines():
            codes = [int(c, 16) for c in re.findall(r"<([0-9A-Fa-f]+)>", line)]
            if "[" in line:  # <first> <last> [<char> <char> ...]
                table.update({codes[0] + i: chr(c) for i, c in enumerate(codes[2:])})
            elif len(codes) == 3:  # <first> <last> <char of first>
                table.update({codes[0] + i: chr(codes[2] + i) for i in range(codes[1] - codes[0] + 1)})
            elif len(codes) == 2:  # <glyph> <char>
                table[codes[0]] = chr(codes[1])
        fonts[number] = table
    words = []
    for body in objects.values():
        if b"/Contents" not in body:
            continue
        resources = objects[int(re.search(rb"/Resources (\d+) 0 R", body)[1])]
        names = {name: int(num) for name, num in re.findall(rb"/(F\d+) (\d+) 0 R", resources)}
        content = stream(objects[int(re.search(rb"/Contents (\d+) 0 R", body)[1])]).decode("latin-1")
        font: dict[int, str] = {}
        for name, glyphs in re.findall(r"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", content):
            if name:
                font = fonts[names[name.encode()]]
            else:
                words += [font.get(int(glyphs[i:i + 4], 16), "") for i in range(0, len(glyphs), 4)]
    return unicodedata.normalize("NFKC", "".join(words))


def page_of(checked, **options) -> str:
    """The summary of the checked photo: before (asked for), a new flower after, one change
    (unless told)."""
    args = {"before": checked.picture.image, "after": checked.after.image, "changes": ["A new flower"]}
    return summary_html(checked.report, **(args | options))


def images_of(page: str) -> list[Image.Image]:
    return [Image.open(io.BytesIO(base64.b64decode(data)))
            for data in re.findall(r'<img src="data:image/png;base64,([^"]+)"', page)]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_before_picture_is_left_out_unless_asked(checked, tmp_path):
    """By default only the new picture: the before picture shows all that was hidden. The PDF
    holds one picture, and it is the flower, not the photo."""
    page = page_of(checked, before=None)
    (after,) = images_of(page)
    flower = checked.after.image.convert("RGB").resize(after.size)
    assert _difference(after.convert("RGB"), flower) < 8
    assert "Before" not in re.sub(r"<[^>]+>", " ", page).split()
    assert "The before picture is left out" in page
    data = save_pdf(page, tmp_path / "default.pdf").read_bytes()
    assert len(re.findall(rb"/Subtype\s*/Image\b", data)) == 1


def _difference(a: Image.Image, b: Image.Image) -> float:
    from PIL import ImageChops, ImageStat

    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def test_html_holds_both_pictures_small_and_inline(checked):
    page = page_of(checked)
    images = re.findall(r'<img src="data:image/png;base64,([^"]+)" width="(\d+)" height="(\d+)"', page)
    assert len(images) == 2
    for data, width, height in images:
        image = Image.open(io.BytesIO(base64.b64decode(data)))
        assert image.format == "PNG"
        assert max(image.size) == IMAGE_SIDE and image.size == (int(width), int(height))
    assert 'src="file:' not in page


def test_html_groups_findings_under_the_three_tests_in_our_words(checked):
    page = page_of(checked)
    text = re.sub(r"<[^>]+>", " ", page)
    for title in ("Can it lead someone to you or your home?", "Does it show who you are?",
                  "Is it used anywhere else?"):
        assert title in text
    assert "near Hebden Bridge, England" in text
    titles = [f.title for f in checked.report.findings]  # the findings page's own words
    assert "The file holds codes from your camera" in titles
    for title in titles:
        assert html.escape(title) in page or "old posts" in title, title
    assert "A copy of this picture is somewhere else." in text  # not where: that names a folder
    assert "Yes, it could. Here is why:" in text
    assert "A new flower" in text
    assert "Change your picture and your profile words" in text  # the community's own advice


def test_html_leaves_out_names_and_paths_unless_asked(checked):
    page = page_of(checked, after=None, changes=[])
    for secret in (str(checked.path), checked.path.name, "Jane Smith", "old posts", "profile.jpg", *SECRETS):
        assert secret not in page, secret
    assert "Nothing was changed." in page
    named = page_of(checked, after=None, changes=[], include_file_names=True)
    assert str(checked.path) in named and "Alex Example" in named


def test_spanish_summary_is_spanish(checked):
    page = page_of(checked, changes=[], lang="es")
    assert '<html lang="es">' in page
    for words in ("Tu imagen segura", "¿Muestra quién eres?", "Lo que encontramos", "Actúa pronto",
                  "No se cambió nada.", "Antes", "Hay una copia de esta imagen en otro sitio."):
        assert words in page, words
    for english in ("What we found", "Act quickly", "Does it show who you are?"):
        assert english not in page, english


def test_pdf_is_one_page_and_says_no_name(checked, tmp_path):
    out = save_pdf(page_of(checked), tmp_path / "summary.pdf")
    assert out == tmp_path / "summary.pdf"
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert len(re.findall(rb"/Subtype\s*/Image\b", data)) == 2
    text = pdf_text(data)
    assert squeeze("Can it lead someone to you or your home?") in squeeze(text)
    for secret in (str(checked.path), checked.path.name, "Jane Smith", *SECRETS):
        assert squeeze(secret) not in squeeze(text), secret
        assert secret.encode() not in data
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"], "no temporary file left"


def test_pdf_names_the_file_when_asked(checked, tmp_path):
    page = page_of(checked, before=None, changes=[], include_file_names=True)
    text = squeeze(pdf_text(save_pdf(page, tmp_path / "named.pdf").read_bytes()))
    assert squeeze(str(checked.path)) in text and squeeze("Alex Example") in text


def test_long_summary_still_fits_one_page(checked, tmp_path):
    changes = [f"Change number {i}: a long sentence about what was done to the picture." for i in range(60)]
    data = save_pdf(page_of(checked, changes=changes), tmp_path / "long.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert squeeze("Change number 59:") in squeeze(pdf_text(data))


def test_pdf_into_a_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(SafePicError):
        save_pdf("<p>Hello</p>", tmp_path / "nowhere" / "summary.pdf")
    assert not (tmp_path / "nowhere").exists()


def test_pdf_replaces_an_older_summary_whole(tmp_path):
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"an older file")
    save_pdf("<p>Hello</p>", out)
    assert out.read_bytes().startswith(b"%PDF-")
    assert squeeze("Hello") in pdf_text(out.read_bytes())


def test_printing_uses_the_same_one_page_layout(checked, tmp_path):
    """A real QPrinter (here printing to a PDF file at printer resolution) gets the same page."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_summary(page_of(checked), printer)
    data = (tmp_path / "printed.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    assert len(re.findall(rb"/Subtype\s*/Image\b", data)) == 2
    assert squeeze("What we changed") in squeeze(pdf_text(data))


def test_summary_without_a_picture_of_their_own(tmp_path):
    """"I have no picture yet": no check to report, only the new picture and the help."""
    page = summary_html(None, before=None, after=make_avatar("animal", 3).image, changes=[], lang="es")
    assert "Empezaste sin una imagen propia" in page
    assert "Lo que encontramos" not in page and "¿Muestra quién eres?" not in page
    assert len(re.findall(r'<img src="data:image/png', page)) == 1
    data = save_pdf(page, tmp_path / "resumen.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
