"""Precision and recall of the profile check on the labelled sets (English and Spanish), per
kind, and its speed: per profile, and the first call of a fresh process (import and word lists).

    .venv/bin/python benchmarks/profile_text.py

A finding counts as right when a labelled detail of the same kind overlaps it ("exact" also
needs the same words). The word lists are made by tools/build_wordlists.py.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core.profile.text import check_profile  # noqa: E402
from tests.core.profile import cases, cases_es  # noqa: E402

FIRST_CALL = """
import time
started = time.perf_counter()
from safepic.core.profile.text import check_profile
check_profile("Hi, I'm Sarah Jones, 24, from Leeds. Text me on 07911 123456 x")
print(1000 * (time.perf_counter() - started))
"""


def first_call_ms(runs: int = 7) -> float:
    """Median time from a fresh process's import to its first answer, in milliseconds."""
    times = [float(subprocess.run([sys.executable, "-c", FIRST_CALL], capture_output=True, text=True,
                                  check=True, cwd=ROOT).stdout) for _ in range(runs)]
    return statistics.median(times)


def score(name: str, HITS: list, HARD: list, CLEAN: list) -> dict[str, int]:  # noqa: N803
    """Print the table for one labelled set; return its totals."""
    print(f"--- {name}")
    tp, fp, fn, exact = Counter(), Counter(), Counter(), Counter()
    cases = [(text, expected) for text, expected in HITS + HARD] + [(text, []) for text in CLEAN]
    started = time.perf_counter()
    for text, expected in cases:
        found = check_profile(text)
        spans = [(kind, text.index(words), text.index(words) + len(words), words)
                 for kind, words in expected]
        for finding in found:
            match = [s for s in spans if s[0] == finding.kind and finding.start < s[2] and s[1] < finding.end]
            if match:
                tp[finding.kind] += 1
                exact[finding.kind] += any(s[3] == finding.text for s in match)
            else:
                fp[finding.kind] += 1
                print(f"  false alarm: {finding.kind} {finding.text!r} in {text!r}")
        for kind, start, end, words in spans:
            if not any(f.kind == kind and f.start < end and start < f.end for f in found):
                fn[kind] += 1
                print(f"  missed: {kind} {words!r} in {text!r}")
    seconds = time.perf_counter() - started
    print(f"\n{len(HITS) + len(HARD)} profiles with details, {len(CLEAN)} clean; "
          f"{1000 * seconds / len(cases):.1f} ms per profile (first one loads the word lists)")
    print(f"{'kind':<10} {'found':>5} {'missed':>6} {'false':>5} {'recall':>7} {'precision':>9} {'exact':>6}")
    for kind in sorted(set(tp) | set(fn) | set(fp)):
        recall = tp[kind] / max(1, tp[kind] + fn[kind])
        precision = tp[kind] / max(1, tp[kind] + fp[kind])
        print(f"{kind:<10} {tp[kind]:>5} {fn[kind]:>6} {fp[kind]:>5} {recall:>7.0%} {precision:>9.0%} "
              f"{exact[kind]:>6}")
    total_tp, total_fn, total_fp = sum(tp.values()), sum(fn.values()), sum(fp.values())
    print(f"{'all':<10} {total_tp:>5} {total_fn:>6} {total_fp:>5} "
          f"{total_tp / max(1, total_tp + total_fn):>7.0%} {total_tp / max(1, total_tp + total_fp):>9.0%} "
          f"{sum(exact.values()):>6}")
    clean_alarms = sum(1 for text in CLEAN if check_profile(text))
    print(f"clean profiles with any finding: {clean_alarms} of {len(CLEAN)}")
    return {"found": total_tp, "missed": total_fn, "false": total_fp, "clean_alarms": clean_alarms,
            "clean": len(CLEAN)}


def rows() -> list[tuple[str, str, str, str]]:
    """The rows of benchmarks/run.py's table."""
    out = []
    for name, labelled in (("English", cases), ("Spanish", cases_es)):
        got = score(name, labelled.HITS, labelled.HARD, labelled.CLEAN)
        out.append((f"profile words ({name}): details found / missed / false alarms",
                    f"{got['found']} / {got['missed']} / {got['false']}", "", ""))
        out.append((f"  kind {name} profiles with any finding", f"{got['clean_alarms']} of {got['clean']}", "", ""))
    out.append(("profile words: first check in a fresh process, ms", f"{first_call_ms():.0f}", "", ""))
    return out


if __name__ == "__main__":
    score("English", cases.HITS, cases.HARD, cases.CLEAN)
    score("Spanish", cases_es.HITS, cases_es.HARD, cases_es.CLEAN)
    print(f"\nfirst check in a fresh process (import, word lists, answer): {first_call_ms():.0f} ms, median of 7")
