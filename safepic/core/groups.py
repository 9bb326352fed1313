"""Findings of one kind said once, with a count: "6 faces can be seen", not six paragraphs.

A group photo gives six face findings with the same words. A person reads them as one thing
with a number, and finds each on the picture by its number. Every page that lists findings
(the findings page, the make-safe cards, the summary) groups them the same way, through here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .marks import marked_findings
from .report import Finding, Report, Severity
from .words import Words, plural, words

_SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2}
_COPIES_DETAIL = words("These look like the same picture. If you posted one of them anywhere, people "
                       "could link the two accounts: picture search websites find matches like this in "
                       "seconds. Choose a picture you have never shared, or change this one a lot.")


# The group's title for codes whose findings are often many (others say each one's own words).
_TITLES: dict[str, Callable[[int], Words]] = {
    "face": lambda n: plural(n, "A face can be seen", "%n faces can be seen"),
    "person": lambda n: plural(n, "A person can be seen", "%n people can be seen"),
    "text": lambda n: plural(n, "Words can be read in one place", "Words can be read in %n places"),
    "code": lambda n: plural(n, "A code can be scanned", "%n codes can be scanned"),
    "animal": lambda n: plural(n, "An animal can be seen", "%n animals can be seen"),
    "home": lambda n: plural(n, "A sign of a home can be seen", "%n signs of a home can be seen"),
    "vehicle": lambda n: plural(n, "A vehicle can be seen", "%n vehicles can be seen"),
    "seen-elsewhere": lambda n: plural(n, "We found 1 other copy of this picture",
                                       "We found %n other copies of this picture"),
}


@dataclass(frozen=True)
class Group:
    """Findings of one kind that say the same thing, told once.

    `numbers` are the boxes' numbers on the picture (marks.marks_from numbering), in order;
    `parts` are the findings' own titles when they differ (the words read, each copy's folder).
    """

    code: str
    severity: Severity
    title: str
    detail: str
    findings: tuple[Finding, ...]
    numbers: tuple[int, ...] = ()

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def parts(self) -> list[str]:
        titles = list(dict.fromkeys(f.title for f in self.findings))
        return titles if len(titles) > 1 else []


def grouped(findings: Sequence[Finding], report: Report | None = None) -> list[Group]:
    """Findings of one code and the same reason (detail) as one group each, in the order they
    were found; a lone finding keeps its own title. With `report`, boxes carry their numbers."""
    numbers: dict[int, int] = {}
    if report is not None:
        numbers = {id(f): n for n, f in enumerate(marked_findings(report), start=1)}
    keys: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        keys.setdefault((finding.code, _reason(finding)), []).append(finding)
    groups = []
    for (code, _), members in keys.items():
        first, count = members[0], len(members)
        title, detail = first.title, first.detail
        if count > 1:
            title = _TITLES[code](count) if code in _TITLES else \
                plural(count, "{title}", "{title} (%n times)", title=title)
            if code == "seen-elsewhere":
                detail = _COPIES_DETAIL
        severity = min((f.severity for f in members), key=lambda s: _SEVERITY_ORDER.get(s, 3))
        found = tuple(numbers[id(f)] for f in members if id(f) in numbers)
        groups.append(Group(code, severity, title, detail, tuple(members), found))
    return groups


def _reason(finding: Finding) -> str:
    """What a finding says about why it matters; copies are one group whatever their folder."""
    return "" if finding.code == "seen-elsewhere" else str(finding.detail)


def count_words(findings: Sequence[Finding]) -> list[str]:
    """One short line per group, highest risk first (a make-safe card, a summary line)."""
    groups = grouped(findings)
    groups.sort(key=lambda g: _SEVERITY_ORDER.get(g.severity, 3))
    return [g.title for g in groups]
