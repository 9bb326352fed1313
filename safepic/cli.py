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
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .core.errors import SafePicError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_READER_GONE = 141  # 128 + SIGPIPE

STYLE_NAMES = ("blur-faces", "pixelate-faces", "cover-faces", "blur-background", "cartoon", "silhouette")
VERDICT_WORDS = {
    "risk": "[!] Yes, it could",
    "ok": "[ok] No",
    "unsure": "[?] Not checked",
    "unknown": "[?] Not checked",
}


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _describe_report(report) -> str:  # report: safepic.core.report.Report
    """The report in plain words, grouped under the three tests."""
    from .core.report import TEST_TITLES

    width, height = report.size
    lines = [f"{Path(report.file).name}  ({report.format.upper()}, {width} x {height})", ""]
    verdicts = report.tests()
    for test, title in TEST_TITLES.items():
        verdict = verdicts[test]
        words = VERDICT_WORDS[verdict]
        if test == "used_elsewhere" and verdict == "unknown":
            words += " (add --compare-folder FOLDER to look for copies)"
        lines.append(f"{title}  {words}")
        for finding in report.for_test(test):
            lines.append(f"  - {finding.title}")
            lines.append(f"      {finding.detail}")
            if finding.path:
                lines.append(f"      {finding.path}")
        lines.append("")
    for note in report.notes:
        lines.append(f"Note: {note}")
    return "\n".join(lines).rstrip()


def _check(args: argparse.Namespace) -> int:
    from .core.analyse import analyse
    from .core.picture import open_picture

    folder = Path(args.compare_folder) if args.compare_folder else None
    if folder is not None and not folder.is_dir():
        raise SafePicError(f"There is no folder at {folder}.")
    report = analyse(open_picture(Path(args.picture)), compare_folder=folder)
    if args.json:
        _print_json(report.to_json())
    else:
        print(_describe_report(report))
    return EXIT_OK


def _recheck(path: Path):
    """Open a file we just wrote and run every check on it, so 'safe' is said about the file itself."""
    from .core.analyse import analyse
    from .core.picture import open_picture

    return analyse(open_picture(path))


def _clean(args: argparse.Namespace) -> int:
    from .core.clean import write_clean
    from .core.picture import open_picture

    out = Path(args.output) if args.output else None
    cleaned = write_clean(open_picture(Path(args.picture)), out)
    print(f"Saved a clean copy: {cleaned.path}")
    print("It was opened again and checked: nothing hidden is left in it.")
    return EXIT_OK


def _make_safe(args: argparse.Namespace) -> int:
    from .core.styles.anonymise import LOOK_ALIKE_NOTE, make_safe
    from .core.clean import write_clean
    from .core.picture import open_picture

    picture = open_picture(Path(args.picture))
    result = make_safe(picture, args.style)
    out = Path(args.output) if args.output else None
    cleaned = write_clean(result.picture, out)
    report = _recheck(cleaned.path)
    report.add_unseen(result.report.findings)  # faces a drawing kept, a look-alike: still true
    said = set(report.notes) | ({LOOK_ALIKE_NOTE} if report.has("look-alike") else set())
    report.notes.extend(note for note in result.notes if note not in said)
    if args.json:
        _print_json(report.to_json())
    else:
        print(f"Saved: {cleaned.path}")
        print("The saved file was checked again:\n")
        print(_describe_report(report))
    return EXIT_OK


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

    p = command("make-safe", _make_safe, "save an anonymous version of a picture")
    p.add_argument("picture")
    p.add_argument("--style", required=True, choices=STYLE_NAMES)
    p.add_argument("-o", "--output", metavar="OUT")
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
