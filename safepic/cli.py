"""The `safepic` command: the wizard by default, and each check or tool as a subcommand.

Exit codes: 0 when the work was done (findings are not errors), 1 when it could not be done
(one plain line on stderr), 2 for a mistake in the command itself, 130 when interrupted, 141
when the reader of the output stopped early (`safepic check P | head`), as for any tool that
SIGPIPE ends, and quietly.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .core.errors import SafePicError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_READER_GONE = 141  # 128 + SIGPIPE

STYLE_NAMES = ("blur-faces", "pixelate-faces", "cover-faces", "blur-background", "cartoon", "silhouette")
ALL_STYLES = "all"
VERDICT_WORDS = {
    "risk": "[!] Yes, it could",
    "ok": "[ok] Nothing found (the checks can miss things: look at the picture yourself too)",
    "unsure": "[?] Not checked",
    "unknown": "[?] Not checked",
}
_SAVE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _progress(args: argparse.Namespace, prefix: str = "") -> Callable[[str], None] | None:
    """Progress lines for long work, in the wizard's words, on a terminal only: nothing when
    the output is JSON or stderr goes to a file or a pipe."""
    if getattr(args, "json", False) or not sys.stderr.isatty():
        return None

    def show(line: str) -> None:
        print(f"{prefix}{line}\u2026", file=sys.stderr, flush=True)

    return show


def _numbered(report) -> list[tuple[list[int], object]]:
    """The report's findings, each with the box numbers of `check` (safepic.core.marks); found
    boxes of one kind and one wording are listed once, with all their numbers."""
    from .core.marks import marked_findings

    numbers = {id(finding): number for number, finding in enumerate(marked_findings(report), 1)}
    grouped: list[tuple[list[int], object]] = []
    for finding in report.findings:
        number = numbers.get(id(finding))
        last = grouped[-1] if grouped else None
        if (number is not None and last is not None and last[0]
                and (last[1].code, last[1].title, last[1].detail)
                == (finding.code, finding.title, finding.detail)):
            last[0].append(number)
        else:
            grouped.append(([number] if number is not None else [], finding))
    return grouped


def _describe_report(report) -> str:  # report: safepic.core.report.Report
    """The report in plain words, grouped under the three tests, found boxes numbered."""
    from .core.report import TEST_TITLES

    width, height = report.size
    lines = [f"{Path(report.file).name}  ({report.format.upper()}, {width} x {height})", ""]
    verdicts = report.tests()
    grouped = _numbered(report)
    for test, title in TEST_TITLES.items():
        verdict = verdicts[test]
        words = VERDICT_WORDS[verdict]
        if test == "used_elsewhere" and verdict == "unknown":
            words += " (add --compare-folder FOLDER to look for copies)"
        lines.append(f"{title}  {words}")
        for numbers, finding in grouped:
            if finding.test != test:
                continue
            boxes = "".join(f"[{n}] " for n in numbers)
            times = f" ({len(numbers)} of them)" if len(numbers) > 1 else ""
            lines.append(f"  - {boxes}{finding.title}{times}")
            lines.append(f"      {finding.detail}")
            if finding.path:
                lines.append(f"      {finding.path}")
        lines.append("")
    if any(numbers for numbers, _ in grouped):
        lines.append("Numbers in [ ] are found boxes: safepic make-safe --keep N leaves box N as it is.")
    for note in report.notes:
        lines.append(f"Note: {note}")
    return "\n".join(lines).rstrip()


def _check(args: argparse.Namespace) -> int:
    from .core.analyse import analyse
    from .core.picture import open_picture

    folder = Path(args.compare_folder) if args.compare_folder else None
    if folder is not None and not folder.is_dir():
        raise SafePicError(f"There is no folder at {folder}.")
    report = analyse(open_picture(Path(args.picture)), compare_folder=folder,
                     progress=_progress(args))
    if args.json:
        _print_json(report.to_json())
    else:
        print(_describe_report(report))
    return EXIT_OK


def _clean(args: argparse.Namespace) -> int:
    from .core.clean import write_clean
    from .core.picture import open_picture

    out = Path(args.output) if args.output else None
    cleaned = write_clean(open_picture(Path(args.picture)), out)
    print(f"Saved a clean copy: {cleaned.path}")
    print("It was opened again and checked: nothing hidden is left in it.")
    return EXIT_OK


def _make_safe(args: argparse.Namespace) -> int:
    """One style, or every style from one shared look; each saved file checked again."""
    from .core.analyse import look
    from .core.marks import MarkError, covered, keep, parse_box
    from .core.picture import open_picture

    styles = STYLE_NAMES if args.style == ALL_STYLES else (args.style,)
    if args.style == ALL_STYLES and not args.output:
        return _usage("--style all needs -o FOLDER: the folder to save every style in.")
    picture = open_picture(Path(args.picture))
    try:
        covers = [covered(parse_box(text, picture.size)) for text in args.cover]
        analysis = look(picture, hidden=False, progress=_progress(args))  # the file is not kept
        marks = keep(analysis.marks(), args.keep) + covers
    except MarkError as error:
        return _usage(str(error))
    targets = _targets(args, picture, styles)
    done = _saved_styles(analysis, marks, targets, args)
    if args.json:
        found = [_style_json(style, result) for style, result in done]
        _print_json(found[0] if args.style != ALL_STYLES else
                    {"folder": str(Path(args.output).absolute()), "styles": found})
        return EXIT_OK
    if len(done) == 1:
        style, result = done[0]
        print(f"Saved ({style}): {result.report.file}")
        print(f"{result.checked}\n")
        print(_describe_report(result.report))
        return EXIT_OK
    for style, result in done:  # every style: what each saved file still shows, in short
        print(f"Saved ({style}): {result.report.file}")
        for numbers, finding in _numbered(result.report):
            times = f" ({len(numbers)} of them)" if len(numbers) > 1 else ""
            print(f"  [!] {finding.title}{times}")
        for note in result.report.notes:
            print(f"  Note: {note}")
    print("\nEach file was checked again on its own pixels. See one in full: safepic check FILE")
    return EXIT_OK


def _usage(message: str) -> int:
    print(f"safepic: {_one_line(message)}", file=sys.stderr)
    return EXIT_USAGE


def _targets(args: argparse.Namespace, picture, styles: Sequence[str]) -> dict[str, Path | None]:
    """Where each style is saved: -o itself for one style; for all, one file per style in the
    -o folder, in the picture's own format where SafePic can save it."""
    if args.style != ALL_STYLES:
        return {styles[0]: Path(args.output) if args.output else None}
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise SafePicError(f"{folder} is a file, not a folder. Please give a folder for every style.")
    folder.mkdir(parents=True, exist_ok=True)
    suffix = Path(args.picture).suffix.lower()
    if suffix not in _SAVE_SUFFIXES:
        suffix = ".png" if picture.has_alpha else ".jpg"
    return {style: folder / f"{style}{suffix}" for style in styles}


def _saved_styles(analysis, marks, targets: dict[str, Path | None], args: argparse.Namespace):
    """Each style made at full size from the one look, written clean, and checked again on the
    written file's own pixels. If one fails, the files already written here are removed."""
    from dataclasses import replace

    from .core.clean import write_clean
    from .core.picture import open_picture
    from .core.styles.anonymise import LOOK_ALIKE_NOTE, check_again, make_safe

    done = []
    written: list[Path] = []
    try:
        for number, (style, out) in enumerate(targets.items(), 1):
            prefix = f"[{number}/{len(targets)}] {style}: " if len(targets) > 1 else ""
            progress = _progress(args, prefix)
            result = make_safe(analysis, style, marks, check=False, progress=progress)
            cleaned = write_clean(result.picture, out)
            written.append(cleaned.path)
            result = check_again(analysis, result, open_picture(cleaned.path), progress=progress)
            report = result.report
            said = set(report.notes) | ({LOOK_ALIKE_NOTE} if report.has("look-alike") else set())
            report.notes.extend(note for note in result.notes if note not in said)
            done.append((style, replace(result, picture=None)))  # the file holds it: let it go
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return done


def _style_json(style: str, result) -> dict:
    """The written file's report, plus the style, what was covered, what was kept, and how it
    was checked."""
    data = result.report.to_json()
    data["style"] = style
    data["covered"] = [mark.to_json() for mark in result.marks if mark.code == "covered"]
    data["kept"] = [mark.to_json() for mark in result.marks if not mark.hide]
    data["checked"] = result.checked
    return data


def _avatar(args: argparse.Namespace) -> int:
    from .core.avatars import make_avatar, new_seed
    from .core.clean import write_clean

    seed = args.seed if args.seed is not None else new_seed()
    picture = make_avatar(args.kind, seed)
    out = Path(args.output) if args.output else None
    cleaned = write_clean(picture, out, fmt="png")
    print(f"Saved a new {args.kind} picture (seed {seed}): {cleaned.path}")
    return EXIT_OK


def _gallery(args: argparse.Namespace) -> int:
    from .core import gallery

    if args.export:
        from .core.clean import write_clean

        picture = gallery.load(args.export)
        out = Path(args.output) if args.output else None
        cleaned = write_clean(picture, out, fmt="png")
        print(f"Saved: {cleaned.path}")
        return EXIT_OK
    items = gallery.items(args.kind)
    if args.json:
        _print_json([item.to_json() for item in items])
    else:
        for item in items:
            print(f"{item.id:<28} {item.kind:<7} {item.name}  ({item.licence})")
        print(f"\n{len(items)} pictures. Save one with: safepic gallery --export ID [-o FILE]")
    return EXIT_OK


def _profile_check(args: argparse.Namespace) -> int:
    from .core.profile.text import check_profile
    from .core.profile.words import as_text
    from .core.words import render

    text = sys.stdin.read() if args.text == "-" else args.text
    findings = check_profile(text, lang=args.lang)
    translate = _core_translation(args.lang)
    if args.json:
        _print_json({"findings": [f.to_json() | {"why": render(f.why, translate),
                                                 "suggestion": render(f.suggestion, translate)}
                                  for f in findings]})
        return EXIT_OK
    print(as_text(findings, translate))
    return EXIT_OK


def _core_translation(lang: str) -> Callable[[str], str]:
    """The core's sentences in `lang`, from the wizard's own translation file (Qt's QTranslator
    reads it without any window); English as it is."""
    if lang == "en":
        return str
    from PySide6.QtCore import QTranslator

    from .core.resources import resources_dir

    translator = QTranslator()
    if not translator.load(f"safepic_{lang}", str(resources_dir() / "translations")):
        raise SafePicError(f"SafePic has no translation for the language '{lang}'.")
    return lambda text: translator.translate("core", text) or text


def _tour(args: argparse.Namespace) -> int:
    from .gui.tour import render_tour

    picture = Path(args.picture) if args.picture else None
    paths = render_tour(Path(args.out), picture=picture, demo=args.demo, lang=args.lang, presenter=args.presenter)
    for path in paths:
        print(path)
    return EXIT_OK


def _wizard(args: argparse.Namespace, demo: bool = False) -> int:
    from .gui.screen import screen_problem

    problem = screen_problem()  # asked before Qt loads: Qt would print five lines and abort
    if problem:
        raise SafePicError(problem)
    from .gui.app import run_wizard

    return run_wizard(demo=demo, presenter=args.presenter, lang=args.lang)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="safepic",
        description="Choose a profile picture that keeps you safe. Everything stays on this computer.",
    )
    parser.add_argument("--presenter", action="store_true", help="large text, for showing to a group")
    parser.add_argument("--lang", help="language of the wizard, for example en or es")
    parser.add_argument("--version", action="version", version=f"safepic {__version__}")
    parser.set_defaults(run=_wizard)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.set_defaults(run=run)
        return p

    p = command("demo", lambda a: _wizard(a, demo=True), "the wizard with sample pictures, for volunteers")
    p.add_argument("--presenter", action="store_true", help="large text, for showing to a group")
    p.add_argument("--lang", help="language of the wizard, for example en or es")

    p = command("check", _check, "look for everything in a picture that could give you away")
    p.add_argument("picture")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--compare-folder", metavar="DIR", help="also look for copies of the picture in DIR")

    p = command("clean", _clean, "save a copy with nothing hidden in it (pixels only)")
    p.add_argument("picture")
    p.add_argument("-o", "--output", metavar="OUT", help="where to save (default: a new name beside it)")

    p = command("make-safe", _make_safe, "save an anonymous version of a picture, hiding every "
                "found box (faces, words, codes, pets) and any box you add")
    p.add_argument("picture")
    p.add_argument("--style", required=True, choices=(*STYLE_NAMES, ALL_STYLES),
                   help="how to hide; all: every style, into the -o folder")
    p.add_argument("--cover", action="append", default=[], metavar="X,Y,W,H",
                   help="also hide this box (upright-picture pixels); again for more")
    p.add_argument("--keep", action="append", default=[], type=int, metavar="N",
                   help="leave found box N (as numbered by check) as it is; again for more")
    p.add_argument("-o", "--output", metavar="OUT|DIR", help="where to save (a folder with --style all)")
    p.add_argument("--json", action="store_true", help="print the re-check of the saved file as JSON")

    p = command("avatar", _avatar, "make a one-of-a-kind picture that has never been used anywhere")
    p.add_argument("--kind", required=True, choices=("flower", "animal", "pattern"))
    p.add_argument("--seed", type=int, help="the same seed always makes the same picture")
    p.add_argument("-o", "--output", metavar="OUT")

    p = command("gallery", _gallery, "list the free animal and flower pictures, or save one")
    p.add_argument("--kind", choices=("animal", "flower"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--export", metavar="ID", help="save the picture with this id")
    p.add_argument("-o", "--output", metavar="OUT")

    p = command("profile-check", _profile_check, "look for personal details in your profile words")
    p.add_argument("text", help="the text, or - to read it from standard input")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("en", "es"), default="en",
                   help="language of the advice (words in English and Spanish are always read)")

    p = command("tour", _tour, "save a picture of every wizard page")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--picture", metavar="P")
    p.add_argument("--demo", action="store_true")
    p.add_argument("--lang")
    p.add_argument("--presenter", action="store_true", help="draw the big-screen view")
    return parser


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _drop_stdout() -> None:
    """Send what is left of the output nowhere, so Python's own flush at exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file behind stdout (a test's capture): nothing to drop
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a person sees one plain line when something cannot be done."""
    args = _parser().parse_args(argv)
    try:
        code = args.run(args)
        sys.stdout.flush()  # a reader that stopped early shows here, not at exit
        return code
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_READER_GONE
    except SafePicError as error:
        print(f"safepic: {_one_line(error)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("safepic: stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: still one line for the person, the details on request
        if os.environ.get("SAFEPIC_DEBUG"):
            raise
        print(
            f"safepic: something went wrong that SafePic did not expect ({type(error).__name__}: "
            f"{_one_line(error)}). "
            "Your original picture was not changed.",
            file=sys.stderr,
        )
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
