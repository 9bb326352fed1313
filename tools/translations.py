"""Refresh SafePic's Qt translations: lupdate over safepic/gui, then lrelease to the .qm files.

Page texts live in resources/content/<lang>/; the .ts files hold the few words the wizard's code
shows itself (self.tr / QCoreApplication.translate). The checking page also passes the progress
lines of safepic.core.analyse through self.tr, and lupdate cannot see them in core (core never
imports Qt), so this script hands them to lupdate in a small generated file. The same file carries
every `words("...")` template in safepic/core (findings, notes, errors: see safepic/core/words.py)
under the context "core", which the wizard translates with QCoreApplication.translate("core", ...),
and the gallery pictures' names from resources/stock/index.json in the same context.

    python tools/translations.py            update every resources/translations/safepic_*.ts
    python tools/translations.py --lang fr  start a new language (then fill in its .ts)
    python tools/translations.py --check    only say whether any .ts misses a text (exit 1 if so)

Both tools ship in the PySide6-Essentials wheel (the `lupdate`/`lrelease` binaries in its folder).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "safepic" / "gui"
CORE = ROOT / "safepic" / "core"
TRANSLATIONS = ROOT / "resources" / "translations"
CORE_CONTEXT = "CheckingPage"  # the page whose self.tr() shows the progress lines
WORDS_CONTEXT = "core"  # core's words() templates (safepic.core.words.render)
STUB_NAME = "core_progress_lines.py"
ENGLISH = "safepic_en.ts"  # plural forms only: the English of every other text is its source


def qt_tool(name: str) -> Path:
    """lupdate / lrelease from the installed PySide6 wheel."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / name
    if not exe.is_file():
        sys.exit(f"translations: {name} is missing from {exe.parent} (install PySide6-Essentials)")
    return exe


def core_progress_lines() -> list[str]:
    """Every progress line safepic.core.analyse sends while checking a picture."""
    from safepic.core import analyse

    return analyse.step_labels()


def core_templates(plurals: bool = False) -> list[str]:
    """Every literal first argument of words(...) in safepic/core, in file order, once each;
    with `plurals`, every literal `other` form of plural(count, one, other) instead."""
    function, place = ("plural", 2) if plurals else ("words", 0)
    found: dict[str, None] = {}
    for source in sorted(CORE.rglob("*.py")):
        if "__pycache__" in source.parts:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"), filename=str(source))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == function
                    and len(node.args) > place and isinstance(node.args[place], ast.Constant)
                    and isinstance(node.args[place].value, str)):
                found.setdefault(node.args[place].value, None)
    return list(found)


def gallery_names() -> list[str]:
    """The gallery pictures' names (data, not code), shown under each picture in the wizard."""
    from safepic.core import gallery

    return list(dict.fromkeys(item.name for item in gallery.items()))


def gui_sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "__pycache__" not in p.parts)


def _write_stub(folder: Path) -> Path:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({CORE_CONTEXT!r}, {label!r})" for label in core_progress_lines()]
    lines += [f"QCoreApplication.translate({WORDS_CONTEXT!r}, {text!r})"
              for text in core_templates() + gallery_names()]
    lines += [f"QCoreApplication.translate({WORDS_CONTEXT!r}, {text!r}, None, 1)"  # plural forms
              for text in core_templates(plurals=True)]
    stub = folder / STUB_NAME
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def _drop_stub_locations(ts: Path) -> None:
    """The generated file is temporary: keep its texts but not its place on disk."""
    text = ts.read_text(encoding="utf-8")
    cleaned = re.sub(rf'\n\s*<location filename="[^"]*{re.escape(STUB_NAME)}"[^>]*/>', "", text)
    if cleaned != text:
        ts.write_text(cleaned, encoding="utf-8")


def update(ts: Path) -> None:
    """Merge every current source text into one .ts, keeping the translations already there."""
    with tempfile.TemporaryDirectory(prefix="safepic-lupdate-") as scratch:
        stub = _write_stub(Path(scratch))
        cmd = [str(qt_tool("lupdate")), *map(str, gui_sources()), str(stub),
               "-locations", "absolute", "-ts", str(ts)]
        if ts.name == ENGLISH:  # English needs only the forms of "%n things" for 1 and for more
            cmd.insert(1, "-pluralonly")
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    _drop_stub_locations(ts)


def release(ts: Path) -> tuple[Path, str]:
    """Compile one .ts to the .qm that app.py loads; returns the file and lrelease's summary."""
    qm = ts.with_suffix(".qm")
    done = subprocess.run([str(qt_tool("lrelease")), str(ts), "-qm", str(qm)],
                          check=True, capture_output=True, text=True)
    return qm, " ".join(done.stdout.split())


def untranslated(ts: Path) -> list[str]:
    """Source texts still waiting for a translation (obsolete ones do not count)."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
        said = all(f.strip() for f in forms) if forms else (translation.text or "").strip()
        if kind == "unfinished" or not said:
            missing.append(message.findtext("source") or "")
    return missing


def check(ts: Path) -> list[str]:
    """What an update would leave untranslated, without touching the real .ts."""
    with tempfile.TemporaryDirectory(prefix="safepic-ts-") as scratch:
        copy = Path(scratch) / ts.name
        copy.write_bytes(ts.read_bytes())
        update(copy)
        return untranslated(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", help="also make or update safepic_<LANG>.ts")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a text is missing")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = sorted(TRANSLATIONS.glob("safepic_*.ts"))
    if args.lang:
        wanted = TRANSLATIONS / f"safepic_{args.lang}.ts"
        files = sorted(set(files) | {wanted})
    if not files:
        print("translations: no .ts file yet; start one with --lang", file=sys.stderr)
        return 1
    status = 0
    for ts in files:
        if args.check:
            missing = check(ts) if ts.exists() else ["(the whole file)"]
        else:
            update(ts)
            qm, summary = release(ts)
            missing = untranslated(ts)
            print(f"{qm.relative_to(ROOT)}: {summary}")
        for source in missing:
            print(f"{ts.name}: not translated yet: {source}")
        status = status or int(bool(missing))
    return status


if __name__ == "__main__":
    sys.exit(main())
