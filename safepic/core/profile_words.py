"""SafePic's own words for each profile detail: why it matters, and a safer way to say it.

Warm, calm and short, for a reading age of about 11 (DESIGN section 1, point 4).
"""

from __future__ import annotations

from . import profile_data as data

_WHY = {
    "name": "Your real name is the quickest way for someone to find your other accounts.",
    "age": "Your age plus your town can be enough for someone to find you.",
    "birthday": "Your birthday helps people find you, and it is often used to check who you are.",
    "place": "Your town plus your age or job can be enough for someone to find you.",
    "country": "Your country is fine on its own, but it adds up with your other details.",
    "school": "Naming your school or college tells people where you are on most days.",
    "workplace": "Naming where you work tells people where to find you. Your boss or workmates "
                 "could also spot you.",
    "family": "Details about your family add up, and people who know you could recognise you.",
    "address": "Your street leads people to your door.",
    "postcode": "A postcode points to a handful of homes, so it can lead people to yours.",
    "email": "Anyone who sees your email can write to you and look for your other accounts.",
    "phone": "A phone number leads straight to you, and you can't take it back once it's seen.",
    "handle": "A name from another app links this account to that one, where people may know "
              "who you are.",
    "link": "A link can lead people to your other pages, and from there to you.",
    "username-year": "This name seems to hold the year you were born. That helps people guess "
                     "your age and find you.",
    "username-name": "This name seems to hold a real name. People could use it to find you.",
    "username-name-year": "This name seems to hold a real name and the year you were born. "
                          "Together they make you easy to find.",
}

_SUGGEST = {
    "name": "Use a nickname that you don't use anywhere else.",
    "birthday": "Leave your birthday out. If you like, just say the season.",
    "school": "Say 'I'm at school' or 'I'm at uni', without the name.",
    "workplace": "Say what kind of work you do, like 'I work in a shop', without the name.",
    "family": "Leave out who is in your family, or keep it general, like 'I'm a parent'.",
    "email": "Take it out. Talk to people only through the community.",
    "address": "Take your street out. Never share where you live.",
    "postcode": "Take the postcode out.",
    "phone": "Take it out. Keep your number for people you know.",
    "handle": "Take it out, so this account stays apart from your other ones.",
    "link": "Take the link out.",
    "username": "Pick a new name made of random words, like 'quiet-river'.",
}

_DECADES = {1: "teens", 2: "twenties", 3: "thirties", 4: "forties", 5: "fifties",
            6: "sixties", 7: "seventies", 8: "eighties", 9: "nineties"}
_WIDER = {"GB": "the UK", "US": "the US", "IE": "Ireland", "AU": "Australia", "CA": "Canada"}


def why_for(kind: str, detail: str = "") -> str:
    """Why this kind of detail matters, in plain words."""
    if kind == "place" and detail.startswith("country:"):
        return _WHY["country"]
    if kind == "username":
        return _WHY[f"username-{detail}"]
    return _WHY[kind]


def suggestion_for(kind: str, detail: str = "") -> str:
    """A safer way to say it."""
    if kind == "age":
        decade = _DECADES.get(int(detail) // 10) if detail.isdigit() else None
        if decade:
            return f"Say 'in my {decade}' instead, or leave your age out."
        return "Leave your age out, or give a rough one."
    if kind == "place":
        where, _, code = detail.partition(":")
        if where == "country":
            return "Keep it only if you need it, and leave out any smaller places."
        wider = _WIDER.get(code) or data.COUNTRIES.get(code)
        if wider:
            return f"Leave the town out, or just say '{wider}'."
        return "Leave the town out, or name a much bigger area."
    return _SUGGEST[kind]
