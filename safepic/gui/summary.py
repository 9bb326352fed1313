"""A printable one-page summary: the new picture, what we found under the three tests, what was
changed and what to do if something goes wrong, in the same words as the wizard's pages.

Volunteers hand it to the person they helped; the person keeps it for later. It leaves out the
before picture (it shows everything the wizard hid), file names, folders and anything read from
the file (names, serial numbers, words in the picture) unless asked, because a printed page can
be left on a shared printer or passed on.
"""

from __future__ import annotations

import base64
import html
import io
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

from safepic.core.errors import SafePicError
from safepic.core.report import IDENTIFIABLE, TRACEABLE, USED_ELSEWHERE, Report

from . import content

IMAGE_SIDE = 320  # pixels, about 8.5 cm on paper
TESTS = (TRACEABLE, IDENTIFIABLE, USED_ELSEWHERE)
VERDICT_MARK = {"risk": "&#9888;", "ok": "&#10004;", "unsure": "?", "unknown": "?"}
VERDICT_COLOUR = {"risk": "#b3261e", "ok": "#1e6b2e", "unsure": "#4a4a4a", "unknown": "#4a4a4a"}
PAGE_MARGIN_MM = 14
BASE_PX = 14  # body text, about 10.5 points on paper
STYLE = """
body { font-family: sans-serif; font-size: 14px; color: #111111; }
h1 { font-size: 25px; margin: 0 0 2px 0; }
h2 { font-size: 17px; margin: 10px 0 3px 0; }
h3 { font-size: 15px; margin: 6px 0 2px 0; }
p { margin: 2px 0; }
ul, ol { margin-top: 0; margin-bottom: 0; }
li { margin: 1px 0; }
td { padding: 0 12px 0 0; vertical-align: top; }
.caption { font-weight: bold; padding-top: 4px; }
.note { color: #4a4a4a; font-size: 12px; }
"""


def _data_uri(image: Image.Image) -> tuple[str, int, int]:
    """A small PNG copy of the picture, inline, so the page needs no other file."""
    small = image.copy()
    small.thumbnail((IMAGE_SIDE, IMAGE_SIDE), Image.Resampling.LANCZOS)
    if small.mode not in ("RGB", "RGBA"):
        small = small.convert("RGBA" if "A" in small.getbands() else "RGB")
    buffer = io.BytesIO()
    small.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii"), *small.size


def _pictures_table(cells: list[tuple[Image.Image | None, str, str, str]]) -> str:
    """Before and after side by side: a row of captions above a row of pictures."""
    captions, pictures = [], []
    for image, caption, alt, missing in cells:
        captions.append(f'<td class="caption">{html.escape(caption)}</td>')
        if image is None:
            pictures.append(f'<td class="note">{html.escape(missing)}</td>')
        else:
            uri, width, height = _data_uri(image)
            pictures.append(f'<td><img src="{uri}" width="{width}" height="{height}" '
                            f'alt="{html.escape(alt)}"></td>')
    return f"<table><tr>{''.join(captions)}</tr><tr>{''.join(pictures)}</tr></table>"


def _finding_lines(report: Report, test: str, t: dict[str, Any], include_file_names: bool) -> list[str]:
    """One line per finding title, as the findings page says it (a title found more than once is
    one line with a count); with file names, also each finding's details, which may hold
    what was read from the file."""
    findings = report.for_test(test)
    if include_file_names:
        lines = []
        for f in findings:
            line = f"<b>{html.escape(f.title)}</b> {html.escape(f.detail)}"
            if f.path:
                line += f" <i>{html.escape(f.path)}</i>"
            lines.append(line)
        return lines
    counts: dict[str, int] = {}
    copies = 0
    for f in findings:  # titles hold nothing read from the file; only a copy's names its folder
        if f.path:
            copies += 1
        else:
            counts[f.title] = counts.get(f.title, 0) + 1
    lines = [title if count == 1 else t["times"].format(title=title, count=count)
             for title, count in counts.items()]
    if copies:
        lines.append(t["copy"] if copies == 1 else t["copies"].format(count=copies))
    return [html.escape(line) for line in lines]


def _tests_html(report: Report, t: dict[str, Any], pages: dict[str, Any],
                include_file_names: bool) -> str:
    """The three tests with the findings page's own words."""
    verdicts = report.tests()
    parts = []
    for test in TESTS:
        words, verdict = pages["tests"][test], verdicts[test]
        colour = VERDICT_COLOUR[verdict]
        parts.append(f'<h3><span style="color:{colour}">{VERDICT_MARK[verdict]}</span> '
                     f'{html.escape(words["title"])}</h3>')
        parts.append(f"<p>{html.escape(words[verdict])}</p>")
        lines = _finding_lines(report, test, t, include_file_names)
        if test == TRACEABLE:
            place = (pages["place"].format(place=report.location.in_words()) if report.location
                     else pages["no_place"])
            lines.append(html.escape(place))
        if lines:
            parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
    return "\n".join(parts)


def _help_html(lang: str) -> str:
    """The community's own "if something goes wrong" advice, from its Markdown file."""
    from PySide6.QtGui import QTextDocument

    _ensure_gui_app()
    doc = QTextDocument()
    doc.setMarkdown(content.markdown("if-something-goes-wrong", lang))
    body = re.search(r"<body[^>]*>(.*)</body>", doc.toHtml(), re.DOTALL)
    return body.group(1) if body else ""


def summary_html(report: Report | None, *, before: Image.Image | None, after: Image.Image | None,
                 changes: list[str], lang: str = "en", include_file_names: bool = False) -> str:
    """The whole summary as one self-contained HTML page (pictures inline as PNG data).
    `report` is the check of the person's own picture, or None when they started without one;
    `before` is their picture only when they asked for it to be in."""
    t = content.texts("summary", lang)
    pages = content.texts("findings", lang)
    if report is not None:
        report = content.said(report)  # the findings in the wizard's language, as the pages say them
    chosen = content.pick_lang(lang)
    title = html.escape(t["title"])
    parts = [f'<!DOCTYPE html>\n<html lang="{chosen}"><head><meta charset="utf-8">',
             f"<title>{title}</title><style>{STYLE}</style></head><body>",
             f"<h1>{title}</h1>", f'<p class="note">{html.escape(t["intro"])}</p>']
    if include_file_names and report is not None and report.file:
        parts.append(f'<p class="note">{html.escape(report.file)}</p>')
    cells = [(after, t["after"], t["after_alt"], t["no_after"])]
    if report is None or before is not None:
        cells.insert(0, (before, t["before"], t["before_alt"], t["no_before"]))
    parts.append(_pictures_table(cells))
    if report is not None and before is None:
        parts.append(f'<p class="note">{html.escape(t["before_left_out"])}</p>')
    if report is not None:  # without a picture of their own there was nothing to check
        parts.append(f"<h2>{html.escape(pages['heading'])}</h2>")
        parts.append(_tests_html(report, t, pages, include_file_names))
    parts.append(f"<h2>{html.escape(t['changed'])}</h2>")
    if changes:
        parts.append("<ul>" + "".join(f"<li>{html.escape(c)}</li>" for c in changes) + "</ul>")
    else:
        parts.append(f"<p>{html.escape(t['no_changes'])}</p>")
    parts.append(f"<h2>{html.escape(t['help'])}</h2>")
    parts.append(_help_html(chosen))
    parts.append(f'<p class="note">{html.escape(t["footer"])}</p>')
    parts.append("</body></html>\n")
    return "\n".join(parts)


_app: Any = None  # an application made here when none existed, kept alive with the module


def _ensure_gui_app() -> None:
    """Fonts and painting need an application object; the command line may not have one yet.
    A full QApplication, so the wizard can still be opened in the same process afterwards."""
    global _app
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(sys.argv[:1])


def _paint(html_text: str, device) -> None:
    """Lay the summary out in CSS pixels (1/96 inch) and draw it on one page of `device` (a
    QPdfWriter or QPrinter), shrinking it until it fits."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont, QPainter, QTextDocument

    area = device.pageLayout().paintRectPixels(device.resolution())
    unit = device.resolution() / 96
    width, height = area.width() / unit, area.height() / unit
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPixelSize(BASE_PX)  # pixels, not points: the same page on any screen
    doc.setDefaultFont(font)
    doc.setHtml(html_text)
    scale = 1.0
    for _ in range(12):  # each step re-wraps the text, so measure again
        doc.setPageSize(QSizeF(width / scale, 1e7))
        needed = doc.documentLayout().documentSize().height() * scale
        if needed <= height:
            break
        scale *= max(0.8, min(0.98, height / needed))
    painter = QPainter()
    if not painter.begin(device):
        raise SafePicError("We could not start writing the summary.")
    painter.scale(unit * scale, unit * scale)
    doc.drawContents(painter)
    painter.end()


def save_pdf(html_text: str, out: Path) -> Path:
    """Print the summary to one A4 page of PDF, shrunk to fit if needed; written atomically."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    _ensure_gui_app()
    out = Path(out)
    if not out.parent.is_dir():
        raise SafePicError(f"The folder {out.parent.name or out.parent} does not exist.")
    fd, tmp_name = tempfile.mkstemp(prefix=".safepic-summary-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.A4))
        writer.setPageMargins(QMarginsF(*[PAGE_MARGIN_MM] * 4), QPageLayout.Millimeter)
        writer.setCreator("SafePic")
        _paint(html_text, writer)
        del writer  # flushes and closes the file
        with tmp.open("rb") as written:
            if written.read(5) != b"%PDF-":
                raise SafePicError("We could not write the summary.")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def print_summary(html_text: str, printer) -> None:
    """Send the summary to a QPrinter the person chose (QPrintDialog), on one page."""
    _ensure_gui_app()
    _paint(html_text, printer)
