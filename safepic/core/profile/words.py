"""SafePic's own words for each profile detail: why it matters, and a safer way to say it.

Warm, calm and short, for a reading age of about 11 (DESIGN section 1, point 4).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..words import render, words
from . import data

_WHY = {
    "name": words("Your real name is the quickest way for someone to find your other accounts."),
    "age": words("Your age plus your town can be enough for someone to find you."),
    "birthday": words("Your birthday helps people find you, and it is often used to check who you "
                      "are."),
    "place": words("Your town plus your age or job can be enough for someone to find you."),
    "country": words("Your country is fine on its own, but it adds up with your other details."),
    "school": words("Naming your school or college tells people where you are on most days."),
    "workplace": words("Naming where you work tells people where to find you. Your boss or "
                       "workmates could also spot you."),
    "family": words("Details about your family add up, and people who know you could recognise "
                    "you."),
    "address": words("Your street leads people to your door."),
    "postcode": words("A postcode points to a handful of homes, so it can lead people to yours."),
    "email": words("Anyone who sees your email can write to you and look for your other accounts."),
    "phone": words("A phone number leads straight to you, and you can't take it back once it's "
                   "seen."),
    "handle": words("A name from another app links this account to that one, where people may know "
                    "who you are."),
    "link": words("A link can lead people to your other pages, and from there to you."),
    "username-year": words("This name seems to hold the year you were born. That helps people guess "
                           "your age and find you."),
    "username-name": words("This name seems to hold a real name. People could use it to find you."),
    "username-name-year": words("This name seems to hold a real name and the year you were born. "
                                "Together they make you easy to find."),
    # attention: not who you are, but what can draw the wrong people (DESIGN section 1, point 2)
    "attention-gender": words("This can draw the wrong people. Some unkind people look for young "
                              "women or men to target."),
    "attention-looks": words("This can draw the wrong people. Words about your looks can bring "
                             "messages that are not about support."),
    "attention-status": words("This can draw the wrong people. Saying you are single can bring "
                              "people looking for a date, not to help."),
    "attention-invite": words("This can draw the wrong people. Some take 'anything' or 'any time' "
                              "as an open door."),
}

_SUGGEST = {
    "name": words("Use a nickname that you don't use anywhere else."),
    "birthday": words("Leave your birthday out. If you like, just say the season."),
    "school": words("Say 'I'm at school' or 'I'm at uni', without the name."),
    "workplace": words("Say what kind of work you do, like 'I work in a shop', without the name."),
    "family": words("Leave out who is in your family, or keep it general, like 'I'm a parent'."),
    "email": words("Take it out. Talk to people only through the community."),
    "address": words("Take your street out. Never share where you live."),
    "postcode": words("Take the postcode out."),
    "phone": words("Take it out. Keep your number for people you know."),
    "handle": words("Take it out, so this account stays apart from your other ones."),
    "link": words("Take the link out."),
    "username": words("Pick a new name made of random words, like 'quiet-river'."),
    "attention": words("It's your choice. If you don't need it here, leave it out."),
    "attention-invite": words("It's your choice. You could say what you are here for instead, like "
                              "'here to listen in the evenings'."),
}

_DECADES = {1: words("teens"), 2: words("twenties"), 3: words("thirties"), 4: words("forties"),
            5: words("fifties"), 6: words("sixties"), 7: words("seventies"), 8: words("eighties"),
            9: words("nineties")}
_WIDER = {"GB": words("the UK"), "US": words("the US"), "IE": words("Ireland"),
          "AU": words("Australia"), "CA": words("Canada")}


def why_for(kind: str, detail: str = "") -> str:
    """Why this kind of detail matters, in plain words."""
    if kind == "place" and detail.startswith("country:"):
        return _WHY["country"]
    if kind in ("username", "attention"):
        return _WHY[f"{kind}-{detail}"]
    return _WHY[kind]


def suggestion_for(kind: str, detail: str = "", lang: str = "en") -> str:
    """A safer way to say it; place names in the advice are written in `lang`."""
    if kind == "age":
        decade = _DECADES.get(int(detail) // 10) if detail.isdigit() else None
        if decade:
            return words("Say 'in my {decade}' instead, or leave your age out.", decade=decade)
        return words("Leave your age out, or give a rough one.")
    if kind == "place":
        where, _, code = detail.partition(":")
        if where == "country":
            return words("Keep it only if you need it, and leave out any smaller places.")
        wider = data.COUNTRIES_ES.get(code) if lang == "es" else \
            _WIDER.get(code) or data.COUNTRIES.get(code)
        if wider:
            return words("Leave the town out, or just say '{wider}'.", wider=wider)
        return words("Leave the town out, or name a much bigger area.")
    if kind == "attention" and detail == "invite":
        return _SUGGEST["attention-invite"]
    return _SUGGEST[kind]


def as_text(findings: Sequence[Any], translate: Callable[[str], str] = str) -> str:
    """The findings as `safepic profile-check` prints them, said through `translate` (a Qt
    translation of the "core" context, or English as it is): what points to the person first,
    then what can draw the wrong people."""
    def say(text: str) -> str:
        return render(text, translate)

    if not findings:
        return say(words("Nothing in these words points to who you are or where you live."))
    sections = []
    for attention in (False, True):
        shown = [f for f in findings if (f.kind == "attention") is attention]
        if shown:
            heading = words("{count} detail(s) could draw the wrong people:", count=len(shown)) \
                if attention else words("{count} detail(s) could help someone find you:", count=len(shown))
            lines = [say(heading), ""]
            for f in shown:
                lines += [f'  - "{f.text}"', f"      {say(f.why)}",
                          "      " + say(words("Instead: {suggestion}", suggestion=f.suggestion))]
            sections.append("\n".join(lines))
    return "\n\n".join(sections)
