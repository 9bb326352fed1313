"""Findings, the report, and the three tests a safe picture must pass.

The three tests (DESIGN section 1): a safe picture cannot be traced to you, does not show who
you are, and has never been used anywhere else. Every finding belongs to one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from .words import render, words

Severity = Literal["high", "medium", "low"]
TestName = Literal["traceable", "identifiable", "used_elsewhere"]

TRACEABLE: TestName = "traceable"
IDENTIFIABLE: TestName = "identifiable"
USED_ELSEWHERE: TestName = "used_elsewhere"

# Which test each finding code speaks to. Codes are a public contract (DESIGN section 4):
# add new ones here, never rename.
CODE_TEST: dict[str, TestName] = {
    "gps": TRACEABLE,
    "owner": IDENTIFIABLE,
    "serial": TRACEABLE,
    "device": TRACEABLE,
    "datetime": TRACEABLE,
    "thumbnail": TRACEABLE,
    "embedded-image": TRACEABLE,
    "xmp": TRACEABLE,
    "iptc": TRACEABLE,
    "comment": TRACEABLE,
    "trailer": TRACEABLE,
    "c2pa": TRACEABLE,
    "png-text": TRACEABLE,
    "hidden-pixels": TRACEABLE,
    "filename": IDENTIFIABLE,
    "icc": TRACEABLE,
    "face": IDENTIFIABLE,
    "person": IDENTIFIABLE,
    "text": TRACEABLE,
    "code": TRACEABLE,
    "animal": IDENTIFIABLE,
    "home": TRACEABLE,
    "vehicle": TRACEABLE,
    "seen-elsewhere": USED_ELSEWHERE,
    "look-alike": USED_ELSEWHERE,
}

TEST_TITLES: dict[TestName, str] = {
    TRACEABLE: words("Can it be traced to you or your home?"),
    IDENTIFIABLE: words("Does it show who you are?"),
    USED_ELSEWHERE: words("Has it been used anywhere else?"),
}


@dataclass(frozen=True)
class Finding:
    """One thing in or on the picture that could give a person away."""

    code: str
    severity: Severity
    title: str
    detail: str
    box: tuple[int, int, int, int] | None = None  # x, y, w, h in upright-picture pixels
    path: str | None = None  # for seen-elsewhere: where the copy is

    @property
    def test(self) -> TestName:
        return CODE_TEST.get(self.code, TRACEABLE)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "title": self.title,
            "detail": self.detail,
        }
        if self.box is not None:
            data["box"] = [int(v) for v in self.box]
        if self.path is not None:
            data["path"] = self.path
        return data


@dataclass(frozen=True)
class Location:
    """Where the picture says it was taken, with the nearest town in words."""

    lat: float
    lon: float
    place: str
    region: str
    country: str  # ISO 3166 alpha-2 code, e.g. "GB"

    def in_words(self) -> str:
        parts = [p for p in (self.place, self.region) if p]
        return ", ".join(parts) if parts else f"{self.lat:.4f}, {self.lon:.4f}"


@dataclass
class Report:
    """Everything found about one picture, plus which checks were run.

    `vision_checked` and `compared` say whether the pixel checks and the copy search ran;
    without them a test answers "unsure"/"unknown" rather than a false "ok".
    """

    file: str
    format: str
    size: tuple[int, int]
    findings: list[Finding] = field(default_factory=list)
    location: Location | None = None
    notes: list[str] = field(default_factory=list)
    vision_checked: bool = False
    compared: bool = False
    thumbnail: Any = field(default=None, repr=False, compare=False)  # a differing hidden preview (PIL)

    def add(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def add_unseen(self, findings: Iterable[Finding]) -> None:
        """Add what another look at the same pixels found and this one did not: a finding of a
        code this report lacks, or a box of that code that overlaps none of this report's."""
        for finding in findings:
            mine = self.by_code(finding.code)
            if finding.box is None:
                seen = bool(mine)
            else:
                seen = any(f.box is not None and shared_area(f.box, finding.box) > 0.3 for f in mine)
            if not seen:
                self.findings.append(finding)

    def by_code(self, code: str) -> list[Finding]:
        return [f for f in self.findings if f.code == code]

    def has(self, code: str) -> bool:
        return any(f.code == code for f in self.findings)

    def for_test(self, test: TestName) -> list[Finding]:
        return [f for f in self.findings if f.test == test]

    def tests(self) -> dict[TestName, str]:
        """The verdict of each of the three tests, derived from the findings only."""
        traceable = "risk" if self.for_test(TRACEABLE) else "ok"
        if self.for_test(IDENTIFIABLE):
            identifiable = "risk"
        else:
            identifiable = "ok" if self.vision_checked else "unsure"
        if self.for_test(USED_ELSEWHERE):
            used = "risk"
        else:
            used = "ok" if self.compared else "unknown"
        return {TRACEABLE: traceable, IDENTIFIABLE: identifiable, USED_ELSEWHERE: used}

    def is_clean(self) -> bool:
        """True when no finding is left at all (what a cleaned file must satisfy)."""
        return not self.findings

    def translated(self, translate: Callable[[str], str]) -> Report:
        """A copy whose findings and notes are said through `translate` (the wizard's language)."""
        findings = [replace(f, title=render(f.title, translate), detail=render(f.detail, translate))
                    for f in self.findings]
        notes = [render(note, translate) for note in self.notes]
        return replace(self, findings=findings, notes=notes)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "size": [int(self.size[0]), int(self.size[1])],
            "tests": self.tests(),
            "location": asdict(self.location) if self.location else None,
            "findings": [f.to_json() for f in self.findings],
            "notes": list(self.notes),
        }


def shared_area(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """How much of the smaller box (x, y, w, h) lies inside the other (0..1)."""
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(1, min(a[2] * a[3], b[2] * b[3]))
