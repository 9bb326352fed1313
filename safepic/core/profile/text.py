"""Check the words of a profile for small details that add up until someone can be found.

Each detail alone (a first name, an age, a town, a job) seems harmless; together they can lead
a stranger to a person. `check_profile` finds them offline with rules, word lists and the
`phonenumbers` library, and says for each one why it matters and a safer way to put it. It
reads every language the wizard speaks (English here, Spanish in spanish.py) in the same text
at once, and also finds the details that can draw the wrong people (attention.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import phonenumbers

from . import attention, data, spanish
from .hit import Hit as _Hit
from .places import find_places
from .words import suggestion_for, why_for

KINDS = ("name", "age", "birthday", "place", "school", "workplace", "family", "address",
         "postcode", "email", "phone", "handle", "link", "username", "attention")
LANGUAGES = ("en", "es")  # the languages the check reads, all at once; and those it words advice in
PHONE_REGIONS = ("GB", "US", "IE", "AU", "CA", "IN", "ES", "NZ", "ZA", "DE", "FR", "MX", "AR", "CO")

# When two details overlap, the more specific kind wins (an email holds a name and a domain).
_PRIORITY = ("email", "link", "phone", "handle", "address", "postcode", "birthday", "workplace",
             "school", "username", "name", "family", "age", "place", "attention")


@dataclass(frozen=True)
class ProfileFinding:
    """One detail in the profile words that could help someone find the writer.

    `kind` is one of KINDS; `start`/`end` index `text`'s characters in the checked string
    (Python string positions, i.e. code points).
    """

    kind: str
    text: str
    start: int
    end: int
    why: str
    suggestion: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "why": self.why, "suggestion": self.suggestion}


def check_profile(text: str, lang: str = "en") -> list[ProfileFinding]:
    """Every detail in `text` that could help someone find you or draw the wrong people, in
    reading order. Text in any of LANGUAGES is read whatever `lang` is; `lang` only picks how
    names in the advice are written ("Spain" or "España"), the rest being `words` templates."""
    hits = _resolve([_trimmed(text, hit) for hit in _all_hits(text)])
    return [
        ProfileFinding(hit.kind, text[hit.start:hit.end], hit.start, hit.end,
                       why_for(hit.kind, hit.detail), suggestion_for(hit.kind, hit.detail, lang))
        for hit in hits
    ]


def _all_hits(text: str) -> Iterator[_Hit]:
    for finder in (_emails, _links, _phones, _handles, _addresses, _birthdays, _schools,
                   _workplaces, _usernames, _names, _family, _ages, _places, spanish.hits,
                   attention.hits):
        yield from finder(text)


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Join overlapping details of one kind; where kinds overlap, keep the most specific."""
    hits = _join_same_kind(hits)
    ranked = sorted(hits, key=lambda h: (_PRIORITY.index(h.kind), -(h.end - h.start), h.start))
    kept: list[_Hit] = []
    for hit in ranked:
        if all(hit.end <= other.start or hit.start >= other.end for other in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _trimmed(text: str, hit: _Hit) -> _Hit:
    """Without the full stop or comma that a pattern may have taken from the sentence."""
    end = hit.end
    while end > hit.start + 1 and text[end - 1] in ".,;:!?-":
        end -= 1
    return hit if end == hit.end else _Hit(hit.kind, hit.start, end, hit.detail)


def _join_same_kind(hits: list[_Hit]) -> list[_Hit]:
    joined: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.kind, h.start, -h.end)):
        last = joined[-1] if joined else None
        if last is not None and last.kind == hit.kind and hit.start < last.end:
            joined[-1] = _Hit(last.kind, last.start, max(last.end, hit.end), last.detail or hit.detail)
        else:
            joined.append(hit)
    return joined


# --- patterns -------------------------------------------------------------------------------

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_DATE = (rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+(?:(?:19|20)\d\d|'\d\d))?"
         rf"|{_MONTH}\s+{_DAY}\b(?:,?\s+(?:19|20)\d\d)?"
         rf"|[0-3]?\d[/.-][01]?\d(?:[/.-](?:19|20)?\d\d)?\b"
         rf"|(?:19|20)\d\d\b|'\d\d\b|{_MONTH}\b)")
_BIRTHDAY = re.compile(
    rf"\b(?:born(?:\s+(?:on|in))?|b\.|b-?day(?:'s)?|birthday(?:'s)?|bday(?:'s)?|dob|d\.o\.b\.?|date of birth)"
    rf"(?:\s+(?:is|was))?(?:\s+(?:on|in))?\s*[:\-–]?\s*(?:the\s+)?{_DATE}"
    rf"|\b(?:(?:19|20)\d\d|'\d\d)\s+baby\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_TLDS = (r"com|net|org|io|me|co|uk|tv|gg|ly|app|info|biz|xyz|page|link|blog|art|us|ca|au|ie"
         r"|in|de|es|fr|nz|social|online|site|store")
_LINK = re.compile(
    rf"\b(?:https?://|www\.)[^\s<>\"]+"
    rf"|\b(?:[a-z0-9-]+\.)+(?-i:{_TLDS})\b(?:/[^\s<>\"]*)?"  # "tea.Me" is a missing space
    rf"|\b(?:[a-z0-9-]+\.)+(?-i:[a-z]{{2,6}})/[^\s<>\"]+",  # "linktr.ee/sam": a path makes it a link
    re.IGNORECASE,
)
_PLATFORMS = (r"insta(?:gram)?|ig|snap(?:chat)?|sc|twitter|tiktok|tt|discord|reddit|fb|facebook"
              r"|twitch|yt|youtube|kik|telegram|whatsapp|threads|bsky|bluesky|tumblr|steam|psn"
              r"|xbox|mastodon|pinterest|spotify|x")
_HANDLE_LABELLED = re.compile(
    rf"\b(?P<label>{_PLATFORMS})\b(?P<joint>(?:\s+me)?(?:\s+(?:is|=|@|-|on|como)\s*|\s*[:=@\-–]\s*|\s+))"
    rf"@?(?P<name>[A-Za-z0-9_][A-Za-z0-9_.]{{1,29}})",
    re.IGNORECASE,
)
_HANDLE_AT = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?")
_HANDLE_TAG = re.compile(r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b|(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}")
_RANGE = re.compile(r"\d{4,6}-\d{4,6}")
_FILE_END = re.compile(r"\.(?:so|py|txt|jpe?g|png|gif|pdf|docx?|exe|sh|js|html?|conf|cfg|ini|log|zip)$",
                       re.IGNORECASE)
_TOKEN = re.compile(r"(?<![\w@#/.'’-])[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9](?![\w@#'’-])")

_FAMILY = re.compile(
    r"\b(?:(?:single|working|proud|busy|stay[- ]at[- ]home|step|foster|boy|girl)[- ]?)?"
    r"(?:mum|mom|mam|mother|mommy|mummy|dad|daddy|father|parent|grandma|grandad|granddad|nan|nana"
    r"|nanna|granny|grandmother|grandfather)(?:\s+(?:of|to)\s+(?:(?:a|an|\d+|one|two|three|four"
    r"|five|six|seven|twins|triplets)\s+)?(?:(?:amazing|beautiful|wonderful|lovely|little|young"
    r"|teenage|grown[- ]up|gorgeous|crazy|cheeky|\d+)\s+)*(?:kids?|children|boys?|girls?|sons?"
    r"|daughters?|twins|triplets|teens?|teenagers|toddlers?|babies|baby|angels?|little ones|year[- ]olds?"
    r"|grandkids|grandchildren|grandsons?|granddaughters?"
    r"|one|two|three|four|five|six|seven|\d+)\b)"
    r"|\bmy\s+(?:(?:\d+|one|two|three|four|five|six|lovely|amazing|wonderful|late|little|baby|big|older|younger|twin|ex|"
    r"(?:\w+[- ])?year[- ]old)\s+)*(?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf"
    r"|fianc[eé]e?|son|daughter|kids|children|twins|boys|girls|mum|mom|mam|mother|dad|father"
    r"|brother|sister|grandson|granddaughter|grandkids|grandchildren|stepson|stepdaughter|nan"
    r"|grandma|grandad)\b"
    r"|\b(?:married|engaged)\s+(?:with|to)\s+\w+(?:\s+\w+)?"
    r"|\b(?:\d+|one|two|three|four|five|six)\s+(?:beautiful\s+|amazing\s+|little\s+|grown[- ]up\s+)?"
    r"(?:kids|children|sons|daughters|grandkids|grandchildren)\b"
    r"|\b(?:widow|widower|widowed)\b",
    re.IGNORECASE,
)
_FAMILY_NAME = re.compile(
    r"\b(?i:my\s+(?:husband|hubby|wife|partner|boyfriend|girlfriend|son|daughter|brother|sister"
    r"|mum|mom|dad))\s*,?\s+(?P<name>[A-Z][a-z]+)\b"
)

_AGE_PATTERNS = (
    re.compile(r"\b(?:i'?m|i\s+am|im|age[d:]?|age\s*:|aged|turned|turning|turn)\s*(?P<age>[1-9]\d)\b"
               r"(?!\s*(?:/|%|:|\.\d|am\b|pm\b|h\b|hrs?\b|k\b|mins?\b|minutes?\b|hours?\b|days?\b"
               r"|weeks?\b|months?\b|miles?\b|km\b|years?\s+(?:clean|sober|in|of|with|into|since|"
               r"as|listening|here|on)\b|x\b|\+))", re.IGNORECASE),
    re.compile(r"\b(?P<age>[1-9]\d)\s*(?:yo|y/o|y\.o\.?|yrs?\s*old|years?[- ]old|year-old|yr-old)"
               r"(?!\s+(?:son|daughter|boy|girl|kid|child|twins|dog|cat))\b", re.IGNORECASE),
    re.compile(r"\b(?P<age>[1-9]\d)\s?(?:/\s?)?[MF]\b|\b(?P<age2>[1-9]\d)/?[mf]\b"
               r"|\b[mfMF]\s?/\s?(?P<age3>[1-9]\d)\b|\b[mf](?P<age4>[1-9]\d)\b"),
    re.compile(r"\b(?P<age>[1-9]\d)\s+(?:this\s+year|next\s+(?:month|week)|in\s+(?:jan|feb|mar|apr|"
               r"may|jun|jul|aug|sep|oct|nov|dec)\w*)\b", re.IGNORECASE),
)
# "Sarah, 24, Leeds" / "Sarah (24)" / "24, Leeds": an age right after a name or at the start.
# "✨ 23 | she/her", "teacher, 68, widow": a number standing alone as an item of a list.
_AGE_ITEM = re.compile(r"(?:^|(?<=[|•·,])|(?<=[|•·,]\s)|(?<=[^\w\s,.!?]\s))(?P<age>[1-9]\d)"
                       r"(?=\s*(?:[|•·,]|$)|\s+[^\w\s,.!?/+%:-])")
_AGE_IN_BRACKETS = re.compile(r"(?<=\()(?P<age>[1-9]\d)(?=\))")
_AGE_AFTER_NAME = re.compile(r"(?:^\s*|(?<=[A-Za-z][,.!]\s)|(?<=[A-Za-z]\s\()|(?<=[A-Za-z]\())"
                             r"(?P<age>[1-9]\d)\b(?=\s*(?:[,.)!]|$|\s+from\b|\s+and\b))")
_LINE_END = re.compile(r"\s*[.!]?\s*(?:$|\n)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_PLACE_FOLLOWS = re.compile(r"\s*,\s*(?:from\b|[A-Z])")

_CAP_PHRASE = (r"(?:St\.?\s+|Saint\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+|upon\s+)?"
               r"[A-Z][\w'’&-]*){0,4}")
_PLACE_NOUN = (r"(?:hospital|school|academy|college|uni|university|surgery|clinic|practice|library"
               r"|council|store|shop|branch|station|centre|center|prison|hotel|pub|cafe|café"
               r"|restaurant|garage|salon|factory|warehouse|office|offices|church|nursery|gym"
               r"|infirmary|hospice|care home|primary|high|grammar)")
_EMPLOYERS = (r"tesco|asda|sainsbury'?s|aldi|lidl|morrisons|waitrose|boots|greggs|primark|argos|"
              r"b&q|ikea|costa|starbucks|mcdonald'?s|amazon|walmart|target|costco|kfc|subway|"
              r"nhs|royal mail|the co-?op|co-?op|m&s|marks (?:and|&) spencer|next|currys|wilko|"
              r"home bargains|b&m|pret|nando'?s|deliveroo|uber|google|microsoft|apple")
_WORKPLACE = re.compile(
    rf"\b(?:i\s+)?(?:work(?:s|ed|ing)?|employed|job|shifts?|volunteer(?:s|ing)?|intern(?:ing)?"
    rf"|placement)\s+(?:at|for|in|with)\s+(?:the\s+)?(?P<where>(?i:{_EMPLOYERS})\b|(?-i:{_CAP_PHRASE})"
    rf"(?:\s+{_PLACE_NOUN})?)"
    rf"|\b(?:nurse|doctor|teacher|carer|manager|barista|cashier|engineer|developer|paramedic|officer"
    rf"|assistant|cleaner|chef|receptionist|driver|midwife|pharmacist|vet|hca|porter|librarian"
    rf"|solicitor|accountant|supervisor|technician|worker|admin|staff|volunteer|consultant|gp"
    rf"|lecturer|professor|researcher|tutor|coach|therapist|counsellor|counselor|dentist|surgeon)"
    rf"\s+(?:at|for|with)\s+(?:the\s+)?(?P<where2>(?i:{_EMPLOYERS})\b|(?-i:{_CAP_PHRASE})"
    rf"(?:\s+{_PLACE_NOUN})?)"
    rf"|\b(?P<where3>{_EMPLOYERS})\s+(?:cashier|worker|employee|staff|manager|supervisor|driver"
    rf"|assistant|colleague|team member|associate|partner|nurse|doctor)\b",
    re.IGNORECASE,
)
_SCHOOL_WORDS = (r"University|Uni|Met|College|Academy|School|High School|High|Primary|Grammar"
                 r"|Sixth Form|Polytechnic|Institute|Comprehensive|Secondary")
_SCHOOL = re.compile(
    rf"(?P<named>(?:\b(?:St\.?\s+|Saint\s+)?[A-Z][\w'’&.-]*\s+){{1,4}}(?:{_SCHOOL_WORDS})\b)"
    rf"|\b(?i:university|uni|college) of (?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}"
    rf"|\b(?:(?i:year|yr)\s?(?:[7-9]|1[0-3])|(?:[6-9]|1[0-2])th\s+(?i:grade))\b(?:\s+(?i:at|in)\s+(?:St\.?\s+)?{_CAP_PHRASE})?"
    rf"|\b(?i:student(?:\s+(?:nurse|teacher|midwife|paramedic|doctor))?|studying(?:\s+\w+)?|pupil|fresher"
    rf"|sixth[- ]former|in\s+(?:first|second|third|final)"
    rf"\s+year)\s+(?i:at|in)\s+(?:St\.?\s+)?{_CAP_PHRASE}"
)
_SCHOOL_LOWER = re.compile(r"\b(?P<town>[a-z]+(?:\s[a-z]+)?)\s+(?:uni|university|college)\b"
                           r"|\b(?:uni|university|college) of (?P<town2>[a-z]+(?:\s[a-z]+)?)\b",
                           re.IGNORECASE)

_NAME_TRIGGERS = re.compile(
    r"\b(?P<strong>my\s+name(?:'s|\s+is)|name\s*:|call\s+me|names?\s+is)\s+(?P<n1>[A-Za-z][a-z'-]+)"
    r"(?:\s+(?P<s1>(?-i:[A-Z][a-z'-]+)))?"
    r"|\b(?:i'?m|i\s+am|it'?s|this\s+is|hi,?\s+i'?m)\s+(?P<n2>[^\W\d_](?:[^\W\d_]|['-])+)(?:\s+(?P<s2>(?-i:[A-Z][a-z'-]+)))?",
    re.IGNORECASE,
)
_NAME_ENDS = re.compile(r"\s*(?:[,.!(]|$|(?:and|from|here)\b)")
_NAME_FROM = re.compile(r"(?:^|(?<=[\s,.!(]))(?P<n>[A-Za-z][a-z]+)\s+from\s+")
_NAME_OPENING = re.compile(r"(?:^\s*(?:hi|hey|hello|hiya)?[,!]?\s*|(?<=[,.!]\s))(?P<n>[A-Z][a-z]+)"
                           r"(?:\s+(?P<s>[A-Z][a-z]+))?"
                           r"(?=\s*(?:[,|•·]\s*\d\d\b|\s+here\b|\s*\(\d\d|\s*\((?:he|she|they)/))")
_SIGNATURE = re.compile(
    r"(?:^|[\n.!?]\s*|\s)(?:[-–—~]+\s*|(?:love|thanks|cheers|regards|take care|hugs|best),?\s+)"
    r"(?P<n>[A-Za-z][a-z]+)(?:\s+(?P<s>[A-Z][a-z]+))?\s*(?:x+|xo+)?\s*[.!]*\s*$",
    re.IGNORECASE,
)
_FULL_NAME = re.compile(r"\b(?P<n>[A-Z][a-z]+)\s+(?P<s>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\b")


_STREET_WORDS = (r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Crescent|Court|Place"
                 r"|Grove|Terrace|Gardens|Boulevard|Blvd|Square|Mews")
# "12 Elm Street" at the start of a line or after "at", "on", "near", "by", "from" (round the
# corner from), a comma or a colon.
_ADDRESS = re.compile(
    rf"(?:^|(?<=\n)|(?<=, )|(?<=: )|(?<=\bat )|(?<=\bon )|(?<=\bnear )|(?<=\bby )|(?<=\bfrom ))"
    rf"\d{{1,4}}[a-zA-Z]?,?\s+"
    rf"(?:(?!The\b)[A-Z][a-z'’]+\s+){{1,3}}(?:{_STREET_WORDS})\b"
    rf"|\b(?i:live|living|lives|flat|house)\s+(?i:on|in|at|off|near|by|round\s+the\s+corner\s+from)"
    rf"\s+(?:[A-Z][a-z'’]+\s+){{1,3}}"
    rf"(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Gardens|Boulevard|Square|Mews)\b"
)
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b"  # UK, in capitals
    r"|\b(?i:zip(?:\s*code)?|post\s*code|postcode|eircode)\s*(?:is\s*)?[:\-]?\s*"
    r"[A-Za-z0-9]{3,5}(?:[ -]?[A-Za-z0-9]{3,4})?\b"
)


# --- finders --------------------------------------------------------------------------------

def _emails(text: str) -> Iterator[_Hit]:
    for match in _EMAIL.finditer(text):
        yield _Hit("email", match.start(), match.end())


def _links(text: str) -> Iterator[_Hit]:
    for match in _LINK.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?)'\"":
            end -= 1
        if "@" not in text[max(0, match.start() - 1):match.start()]:
            yield _Hit("link", match.start(), end)


_DIGIT_RUN = re.compile(r"(?:\d[\s().\-/]{0,3}){7,}")


def _phones(text: str) -> Iterator[_Hit]:
    if not _DIGIT_RUN.search(text):
        return  # no run of seven digits: no phone number, and the matcher is slow
    spans: set[tuple[int, int]] = set()
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            # Post codes and number ranges can look valid; real numbers are written longer.
            raw = match.raw_string
            if _RANGE.fullmatch(raw) and len(raw.split("-")[0]) == len(raw.split("-")[1]):
                continue  # "60000-64999" is a range of numbers
            digits = sum(c.isdigit() for c in raw)
            if raw.startswith("+") or digits >= 10 or region == "ES" and digits == 9:
                spans.add((match.start, match.end))  # Spain's numbers have nine digits
    # "+44 7700 900456": a number written the international way counts when it could be a
    # number, even where it is not one in use today (drama numbers, new ranges).
    for match in phonenumbers.PhoneNumberMatcher(text, "ZZ", leniency=phonenumbers.Leniency.POSSIBLE):
        if match.raw_string.startswith("+") and sum(c.isdigit() for c in match.raw_string) >= 9:
            spans.add((match.start, match.end))
    for start, end in spans:
        yield _Hit("phone", start, end)


def _handles(text: str) -> Iterator[_Hit]:
    for match in _HANDLE_AT.finditer(text):
        yield _Hit("handle", match.start(), match.end())
    for match in _HANDLE_TAG.finditer(text):
        yield _Hit("handle", match.start(), match.end())
    for match in _HANDLE_LABELLED.finditer(text):
        name = match.group("name").rstrip(".")
        marked = bool(re.search(r"[:=@\-–]|\bis\b|\bcomo\b", match.group("joint")))
        if match.group("label").lower() == "x" and not marked:
            continue  # "x" alone is a kiss or a letter, not the app
        looks_like_handle = bool(re.search(r"[_.\d]", name)) or (
            marked and name.lower() not in data.ENGLISH_WORDS)
        if looks_like_handle and name.lower() not in data.ENGLISH_WORDS | {"me", "dm", "pm"}:
            yield _Hit("handle", match.start(), match.start("name") + len(name))


def _addresses(text: str) -> Iterator[_Hit]:
    for match in _ADDRESS.finditer(text):
        yield _Hit("address", match.start(), match.end())
    for match in _POSTCODE.finditer(text):
        yield _Hit("postcode", match.start(), match.end())


def _birthdays(text: str) -> Iterator[_Hit]:
    for match in _BIRTHDAY.finditer(text):
        yield _Hit("birthday", match.start(), match.end())


# Words that begin the names of schools: "St Mary's", "Bishop Vesey's", "King's College".
_NAME_STARTS = frozenset({"St", "St.", "Saint", "Bishop", "King", "King's", "Queen", "Queen's",
                          "Sir", "Lady", "Holy", "Royal", "Cardinal", "Archbishop", "Prince",
                          "Princess", "Duke"})


def _schools(text: str) -> Iterator[_Hit]:
    for match in _SCHOOL.finditer(text):
        start = match.start()
        if match.group("named") is None:
            yield _Hit("school", start, match.end())
            continue
        words = match.group(0).split()
        # "Hi I'm at Leeds Uni": drop leading words that are not part of the school's name
        while words and words[0].lower() in data.ENGLISH_WORDS and words[0] not in _NAME_STARTS \
                and len(words) > 1 and re.fullmatch(_SCHOOL_WORDS, words[1]) is None:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) > 1 and words[0].lower() in data.ENGLISH_WORDS \
                and re.fullmatch(_SCHOOL_WORDS, " ".join(words[1:])) is not None \
                and words[0].lower() not in data.TOWNS:
            continue  # "Secondary School", "Medical School", "Night School": no name given
        yield _Hit("school", start, match.end())
    for match in _SCHOOL_LOWER.finditer(text):
        town = match.group("town") or match.group("town2")
        words = town.split()
        if town.lower() not in data.TOWNS and len(words) == 2 and words[1].lower() in data.TOWNS:
            town = words[1]
        if town.lower() in data.TOWNS and town.lower() not in data.ENGLISH_WORDS:
            start = match.start() if match.group("town2") else text.index(town, match.start())
            yield _Hit("school", start, match.end())


def _workplaces(text: str) -> Iterator[_Hit]:
    for match in _WORKPLACE.finditer(text):
        group = next(g for g in ("where", "where2", "where3") if match.group(g) is not None)
        where = match.group(group)
        if where[:1].islower() and not re.fullmatch(rf"(?i:{_EMPLOYERS})", where):
            continue  # "I work in a shop": no name, nothing to find
        first = where.split()[0]
        if group == "where" and first.lower() in data.ENGLISH_WORDS and first not in ("St", "St.") \
                and not re.fullmatch(rf"(?i:{_EMPLOYERS})", first) or first.lower() in _NOT_WORKPLACES:
            continue  # "I work for Myself", "volunteer at Weekends"; "worker at Sky" is a company
        if text[:match.start()].lower().endswith(("student ", "trainee ")):
            continue  # "student nurse at Edge Hill" names a college
        yield _Hit("workplace", match.start(), match.end() if group == "where3" else match.end(group))


_NOT_WORKPLACES = frozenset({"home", "night", "nights", "weekends", "work", "myself", "times"})


def _usernames(text: str) -> Iterator[_Hit]:
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        reason = _username_reason(token)
        if reason:
            yield _Hit("username", match.start(), match.end(), reason)


_YEAR_PART = re.compile(r"(?:19[4-9]\d|200\d|201[0-2])$|^(?:[7-9]\d|0\d)$")


def _username_reason(token: str) -> str:
    """'year', 'name' or 'name-year' when a username-like token holds a birth year or a real name."""
    parts = [p for p in re.split(r"[_.]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])",
                                 token) if p]
    looks_made = len(parts) > 1 or bool(re.search(r"[_.\d]", token))
    letters = [p.lower() for p in parts if p.isalpha()]
    numbers = [p for p in parts if p.isdigit()]
    if not looks_made and token.islower() and token.isalpha():
        return "name" if _split_full_name(token) else ""
    if not looks_made or not letters or _FILE_END.search(token):
        return ""
    if len(letters) == 2 and not numbers and letters[0] in data.FIRST_NAMES \
            and letters[1] in data.SURNAMES and not set(letters) & data.ENGLISH_WORDS:
        return "name"  # "emily.clarke", "SarahJones"
    if len(parts) >= 2 and parts[0].istitle() and parts[1].istitle() \
            and letters[0] in data.FIRST_NAMES and parts[1].lower() in data.SURNAMES:
        return "name"  # "TomBakerUK": capitals mark the name even when it is also a word
    if token.lower() in data.ENGLISH_WORDS or re.fullmatch(r"[a-z]+\.[a-z]+", token):
        return ""  # "e.g", ordinary words, or a missing space after a full stop
    if numbers and _YEAR_PART.search(numbers[-1]) and len(numbers[-1]) in (2, 4) \
            and any(len(p) >= 3 for p in letters):
        named = any(p in data.FIRST_NAMES and p not in data.ENGLISH_WORDS for p in letters)
        return "name-year" if named else "year"
    first_names = [p for p in letters if p in data.FIRST_NAMES and p not in data.ENGLISH_WORDS]
    if not first_names:
        return ""
    if re.search(r"[_.]", token) and (len(letters) > 1 or numbers):
        return "name"  # "sarah_j", "katie.morgan.x"
    if any(p in data.SURNAMES for p in letters if p not in first_names):
        return "name"  # "lily.rose.clarke"
    return ""


def _split_full_name(token: str) -> bool:
    for cut in range(3, len(token) - 2):
        first, last = token[:cut], token[cut:]
        if first in data.FIRST_NAMES and last in data.SURNAMES and first not in data.ENGLISH_WORDS \
                and last not in data.ENGLISH_WORDS:
            return True
    return False


_NOT_NAMES = frozenset({"christian"})  # "I'm Christian" is about faith, not a name
# Capitalised words that are not in any word list yet are not names either.
_NOT_NAMES_EITHER = frozenset({"neurodivergent", "geordie", "scouse", "scouser", "brummie", "lgbtq",
                               "enby", "nonbinary", "genderqueer", "queer", "aussie", "kiwi", "yank",
                               "agender", "bigender", "genderfluid", "demisexual", "demiromantic",
                               "pansexual", "aromantic", "asexual", "intersex", "cisgender",
                               "transgender", "neurotypical", "dyslexic", "dyspraxic", "adhder"})


# "Jubilada", "Divorciada": Spanish words too rare for the word list, and never names.
_SPANISH_PARTICIPLE = re.compile(r"^\w{3,}(?:ad|id)[oa]s?$")


def _unknown_name(word: str) -> bool:
    """A capitalised word no word list knows ("Zainab", "Oluwaseun"): after "I'm", a name."""
    lower = word.lower()
    return len(word) >= 3 and word[1:].islower() and not (
        lower in data.ENGLISH_WORDS or lower in data.PROPER_WORDS or lower in data.COMMON_WORDS
        or lower in data.TOWNS or lower in data.REGIONS or lower in _NOT_NAMES_EITHER
        or lower in data.SPANISH_WORDS or _SPANISH_PARTICIPLE.search(lower) is not None)


def _is_first_name(word: str, *, strict: bool) -> bool:
    lower = word.lower()
    if lower not in data.FIRST_NAMES or lower in _NOT_NAMES:
        return False
    return not strict or lower not in data.ENGLISH_WORDS


def _names(text: str) -> Iterator[_Hit]:
    for match in _NAME_TRIGGERS.finditer(text):
        strong = match.group("strong") is not None
        name = match.group("n1") if strong else match.group("n2")
        surname = match.group("s1") if strong else match.group("s2")
        start = match.start("n1" if strong else "n2")
        if strong:
            ok = name.lower() not in data.ENGLISH_WORDS or _is_first_name(name, strict=False)
        elif name[0].isupper():  # "I'm Sarah"; "I'm Will" only as "I'm Will," or "I'm Will."
            ok = _is_first_name(name, strict=False) and (
                name.lower() not in data.ENGLISH_WORDS or _NAME_ENDS.match(text, match.end("n2")) is not None) \
                or _unknown_name(name) and _NAME_ENDS.match(text, match.end("n2")) is not None
        else:
            ok = _is_first_name(name, strict=True)
        if ok:
            end = start + len(name)
            if surname and (surname.lower() in data.SURNAMES or surname.lower() not in data.ENGLISH_WORDS
                            and surname.lower() not in data.TOWNS):
                end = match.end("s1" if strong else "s2")
            yield _Hit("name", start, end)
    place_starts = {place.start for place in find_places(text)}
    for match in _NAME_FROM.finditer(text):
        name = match.group("n")
        if _is_first_name(name, strict=False) and match.end() in place_starts:
            yield _Hit("name", match.start("n"), match.end("n"))
    for pattern in (_NAME_OPENING, _SIGNATURE):
        for match in pattern.finditer(text):
            name = match.group("n")
            if _is_first_name(name, strict=name[0].islower()) or (
                    name[0].isupper() and name.lower() not in data.ENGLISH_WORDS
                    and pattern is _SIGNATURE and name.lower() not in data.TOWNS) or (
                    pattern is _NAME_OPENING and _unknown_name(name)):
                end = match.end("n")
                surname = match.group("s")
                if surname and surname.lower() not in data.ENGLISH_WORDS:
                    end = match.end("s")
                yield _Hit("name", match.start("n"), end)
    for match in _FAMILY_NAME.finditer(text):
        if _is_first_name(match.group("name"), strict=False):
            yield _Hit("name", match.start("name"), match.end("name"))
    for match in _FULL_NAME.finditer(text):
        first, last = match.group("n").lower(), match.group("s").lower()
        if _is_first_name(first, strict=True) and last in data.SURNAMES \
                and last not in data.ENGLISH_WORDS and last not in data.TOWNS:
            yield _Hit("name", match.start(), match.end())


def _family(text: str) -> Iterator[_Hit]:
    for match in _FAMILY.finditer(text):
        yield _Hit("family", match.start(), match.end())


def _ages(text: str) -> Iterator[_Hit]:
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            age = next(v for k, v in match.groupdict().items() if v is not None)
            if 13 <= int(age) <= 99:
                yield _Hit("age", match.start(), match.end(), age)
    for match in itertools.chain(_AGE_ITEM.finditer(text), _AGE_IN_BRACKETS.finditer(text)):
        if 13 <= int(match.group("age")) <= 99:
            yield _Hit("age", match.start("age"), match.end("age"), match.group("age"))
    for match in _AGE_AFTER_NAME.finditer(text):
        before = _WORD_BEFORE.search(text[:match.start()])
        place_follows = _PLACE_FOLLOWS.match(text, match.end())
        at_end = text[:match.start()].rstrip().endswith(",") and _LINE_END.match(text, match.end())
        if (before is None or before.group(1)[0].isupper() or place_follows or at_end) \
                and 13 <= int(match.group("age")) <= 99:
            yield _Hit("age", match.start("age"), match.end(), match.group("age"))


def _places(text: str) -> Iterator[_Hit]:
    for mention in find_places(text):
        yield _Hit("place", mention.start, mention.end,
                   ("country:" if mention.is_country else "town:") + (mention.country or ""))
