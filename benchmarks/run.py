"""Every benchmark in one run, summed up in one table: SafePic next to the tool a person would
pick instead (exiftool and mat2 for cleaning, deface for faces), as ratios measured together.

    python benchmarks/run.py            # a few minutes on 2 cores; needs exiftool, mat2, deface
                                         # where each benchmark's docstring says how to get them
    python benchmarks/run.py --only clean --only gui     # some sections only
Each benchmark module also runs alone and prints its own detailed table.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Row = tuple[str, str, str, str]  # what, SafePic, the other tool, ratio or budget


def _ratio(ours: float | None, theirs: float | None) -> str:
    return f"{ours / theirs:.2f}x" if ours and theirs else "-"


def clean_rows() -> list[Row]:
    from benchmarks import clean

    out: list[Row] = []
    for photo in clean.PHOTOS:
        rows = {r["tool"]: r for r in clean.run(runs=5, photo=photo)}
        ours = rows.get("safepic clean")
        for name, row in rows.items():
            if name in ("(input)", "safepic clean") or name.split()[0] not in ("exiftool", "mat2"):
                continue
            what = f"clean 12 MP JPEG ({photo})"
            if row["cpu_s"] is None or ours["cpu_s"] is None:
                out.append((f"{what} vs {name}", "-", row["problem"] or ours["problem"] or "did not run", "-"))
                continue
            out.append((
                f"{what}: wall s vs {name}",
                f"{ours['median_s']:.2f}", f"{row['median_s']:.2f}", _ratio(ours["median_s"], row["median_s"]),
            ))
            out.append((
                f"{what}: CPU s vs {name}",
                f"{ours['cpu_s']:.2f}", f"{row['cpu_s']:.2f}", _ratio(ours["cpu_s"], row["cpu_s"]),
            ))
            out.append((
                f"  metadata left / how it looks, vs {name}",
                f"{ours['left_meta_lines']} / {ours['as_seen']}", f"{row['left_meta_lines']} / {row['as_seen']}", "",
            ))
    return out


def vision_rows() -> list[Row]:
    from benchmarks import vision

    rows = vision.run(runs=3)
    scenes = [r for r in rows if "safepic_s" in r]  # found / missed / false per labelled scene
    blurred = [r for r in rows if "scene" in r and "safepic_s" not in r]  # after blur-faces
    tools = {r["tool"]: r for r in rows if "tool" in r}

    def total(key: str) -> str:
        found, missed, false = (sum(r[key][i] for r in scenes if key in r) for i in range(3))
        return f"{found} found, {missed} missed, {false} false"

    out: list[Row] = [(f"faces on {len(scenes)} labelled scenes", total("safepic"),
                       total("deface") if "deface" in scenes[0] else "deface not installed", "")]
    if blurred:
        faces = sum(r["faces"] for r in blurred)
        out.append((f"blur-faces on {len(blurred)} scenes of {faces} faces 25-35 px wide: faces left",
                    str(sum(r["safepic"] for r in blurred)),
                    str(sum(r["deface"] for r in blurred)) if "deface" in blurred[0] else "-",
                    "SafePic / deface detector"))
    theirs = tools.get("deface")
    for name, what in ((vision.CHECK_ROW, "full check of a 12 MP photo (hidden, faces, people, text)"),
                       (vision.CLI_ROW, "`safepic check` of it (also codes and pets)")):
        ours = tools.get(name)
        if not ours:
            continue
        out.append((f"{what}: wall s", f"{ours['wall_s']:.2f}",
                    f"{theirs['wall_s']:.2f}" if theirs else "-", _ratio(ours["wall_s"], theirs and theirs["wall_s"])))
        out.append(("  peak memory MiB", f"{ours['peak_mib']:.0f}", f"{theirs['peak_mib']:.0f}" if theirs else "-",
                    _ratio(ours["peak_mib"], theirs and theirs["peak_mib"])))
    return out


def anonymise_rows() -> list[Row]:
    from benchmarks import anonymise

    out: list[Row] = []
    for row in anonymise.run():
        if row["style"] == "(original)":
            out.append((f"faces in the {row['scene']} scene before any style", str(row["safepic_faces"]),
                        str(row["deface_faces"]), "SafePic / deface detector"))
            continue
        out.append((f"  {row['style']} on {row['scene']}: faces left, {row['seconds']:.1f} s",
                    str(row["safepic_faces"]), str(row["deface_faces"]), "SafePic / deface detector"))
    return out


def styles_rows() -> list[Row]:
    from benchmarks import styles

    out: list[Row] = []
    for row in styles.run(runs=3):
        if row["what"] == styles.DEFACE_ROW:
            continue
        what = f"12 MP: {row['what']}: wall s / peak MiB"
        if row["failed"]:
            out.append((what, "failed", row["failed"], ""))
            continue
        budget = styles.BUDGETS.get(row["what"], "")
        out.append((what, f"{row['wall_s']:.2f} / {row['peak_mib']:.0f}",
                    f"deface {row['deface_s']:.2f}" if row.get("deface_s") else "-",
                    f"{row['ratio']:.2f}x {budget}".strip() if row["ratio"] else "-"))
    return out


def copies_rows() -> list[Row]:
    from benchmarks import similar as bench
    from safepic.core import similar
    from safepic.core.picture import open_picture

    folder = Path("/tmp/safepic-bench-1000")
    bench.build(folder, 1000)
    started = time.perf_counter()
    found = similar.find_copies(open_picture(bench.ASTRONAUT), folder)
    seconds = time.perf_counter() - started
    pairs, alike, copies = bench.near_miss_check()
    return [("copy search in 1,000 phone photos", f"{seconds:.1f} s ({1000 / seconds:.0f} files/s), "
             f"{len(found)} copies", "-", ""),
            ("near misses (one scene a moment apart) called copies", f"{copies} of {pairs}", "-",
             f"the looser picture-search rule (the copy rule before): {alike}")]


def gui_rows() -> list[Row]:
    from benchmarks import gui

    start, stall, waits = gui.run()
    return [
        ("wizard: start to first page, s", f"{start['median_s']:.2f}", "budget 1.5", ""),
        ("wizard: longest GUI stall during a 12 MP check, ms", str(stall["longest_stall_ms"]), "budget 100", ""),
        ("wizard, 12 MP, first launch: picture chosen -> findings on screen, s",
         f"{waits['findings_s']:.2f}", "budget 3", ""),
        ("wizard, 12 MP: findings -> every preview shown, s", f"{waits['previews_s']:.2f}", "budget 3", ""),
        ("wizard, 12 MP: findings -> every preview checked again, s", f"{waits['all_checked_s']:.2f}", "-", ""),
        (f"wizard, 12 MP: Save ({waits['style']}) -> made at full size, written, checked again, s",
         f"{waits['save_s']:.2f}", "-", ""),
        ("wizard, 12 MP: a second picture -> its findings, s", f"{waits['second_findings_s']:.2f}", "-", ""),
        ("wizard, 12 MP: longest GUI stall over the whole journey, ms", str(waits["longest_stall_ms"]),
         "budget 100", ""),
    ]


def profile_rows() -> list[Row]:
    from benchmarks import profile_text

    return profile_text.rows()


def bundle_rows() -> list[Row]:
    from benchmarks import bundle

    return bundle.rows()


def hard_faces_rows() -> list[Row]:
    from benchmarks import hard_faces

    rows = hard_faces.run()
    out: list[Row] = []
    for r in rows:
        if r["faces"]:
            out.append((f"hard faces: {r['scene']} (found/missed/false)", "%d/%d/%d" % r["safepic"],
                        "%d/%d/%d" % r["deface"] if "deface" in r else "-", "SafePic / deface detector"))
    for with_faces, what in ((True, "hard faces: all scenes with faces"),
                             (False, "hard faces: scenes without faces (false alarms)")):
        out.append((what, "%d/%d/%d" % hard_faces.totals(rows, "safepic", with_faces),
                    "%d/%d/%d" % hard_faces.totals(rows, "deface", with_faces), "found/missed/false"))
    every = list(rows)
    for what, made, held_out in hard_faces.MORE:
        more = made(held_out)
        every += more
        out.append((f"hard faces: {what}", "%d/%d/%d" % hard_faces.totals(more, "safepic", True),
                    "%d/%d/%d" % hard_faces.totals(more, "deface", True), "found/missed/false"))
    ours = sum(r["safepic_s"] for r in every)
    theirs = sum(r.get("deface_s", 0.0) for r in every)
    if theirs:
        out.append(("hard faces: time, all of the above", f"{ours:.1f} s", f"{theirs:.1f} s",
                    f"{ours / theirs:.2f}x deface"))
    return out


def drawings_rows() -> list[Row]:
    from benchmarks import drawings

    return drawings.rows()


def recognition_rows() -> list[Row]:
    from benchmarks import recognition

    out: list[Row] = []
    for r in recognition.summary(recognition.run()):
        if r["width"] is None:
            out.append((f"re-identified after {r['style']} ({r['faces']} faces of 5 people)",
                        f"{r['reidentified']} (chance {r['chance']:.0f})",
                        f"trace {r['trace_median']:.2f} median, {r['trace_lowest']:.2f} lowest",
                        "dlib face recognition as attacker"))
    return out


SECTIONS = {"clean": clean_rows, "vision": vision_rows, "anonymise": anonymise_rows, "styles": styles_rows,
            "copies": copies_rows, "gui": gui_rows, "profile": profile_rows, "bundle": bundle_rows,
            "hard-faces": hard_faces_rows, "recognition": recognition_rows, "drawings": drawings_rows}


def main() -> None:
    parser = argparse.ArgumentParser(description="Every SafePic benchmark, summed up in one table.")
    parser.add_argument("--only", choices=list(SECTIONS), action="append",
                        help="run this section (again for more); default: all")
    chosen = parser.parse_args().only or list(SECTIONS)
    rows: list[Row] = []
    for section in (SECTIONS[name] for name in chosen):
        try:
            rows += section()
        except (Exception, SystemExit) as error:  # one missing tool must not hide the rest
            rows.append((section.__name__.replace("_rows", ""), "failed", f"{type(error).__name__}: {error}", ""))
    load = os.getloadavg()[0]
    print(f"SafePic benchmarks, {date.today()}, {platform.machine()} {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, load average {load:.1f} at the end\n")
    widths = [max(len(r[i]) for r in rows + [("what", "SafePic", "other tool", "ratio")]) for i in range(4)]
    line = "| " + " | ".join("{:<%d}" % w for w in widths) + " |"
    print(line.format("what", "SafePic", "other tool", "ratio"))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line.format(*row))


if __name__ == "__main__":
    main()
