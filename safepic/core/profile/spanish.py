"""The rules for profile words written in Spanish: names, ages, birthdays, schools, workplaces,
family, street addresses and post codes.

They run on every text beside the English rules (people mix languages: "Hi! Soy Daniela, 19,
from Barcelona"); towns, countries, e-mails, numbers, handles and links are found for every
language by the shared finders in text.py and places.py. Names and words are known with and
without accents ("Lucía", "Lucia").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import data
from .hit import LOWER, UPPER, Hit, fold

_CAP_WORD = rf"{UPPER}(?:[\w'’ªº-]|\.(?=\w))*"  # "Sta.María" keeps its stop; "La Paz. Vivo" stops
# "Virgen del Rocío", "Juan de Mairena", "La Paz": capitalised words joined by small ones.
_CAP_PHRASE = rf"{_CAP_WORD}(?:\s+(?:(?:de|del|de\s+la|de\s+los|y|la|el)\s+)?{_CAP_WORD}){{0,4}}"
_NUMBER_WORDS = r"(?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|\d{1,2})"
_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
          r"|noviembre|diciembre)")

# --- names ---------------------------------------------------------------------------------

_NAME_TRIGGER = re.compile(
    r"\b(?P<strong>me\s+llamo|mi\s+nombre\s+es|mi\s+nombre\s*:|me\s+llaman|me\s+dicen|ll[aá]mame)"
    r"\s+(?P<n1>[^\W\d_]+)"
    r"|\bsoy\s+(?P<n2>[^\W\d_]+)",
    re.IGNORECASE,
)
_NAME_SIGNATURE = re.compile(
    rf"(?:^|[\n.!?]\s*)(?i:un\s+abrazo|abrazos|besos|un\s+beso|saludos|un\s+saludo|cariños"
    rf"|con\s+cariño|atentamente|firmado)\s*[,:]?\s+(?P<n>{UPPER}{LOWER}+)"
    rf"(?:\s+(?P<s>{UPPER}{LOWER}+))?\s*[.!]*\s*$"
)
_NAME_OPENING = re.compile(rf"^\s*(?:(?i:hola)[,!]?\s*)?(?P<n>{UPPER}{LOWER}+)"
                           rf"(?=\s*[,|•·]\s*\d\d\b)")
_FAMILY_NAME = re.compile(
    rf"\b(?i:mis?\s+(?:marido|esposo|esposa|mujer|pareja|novio|novia|hijo|hija|hermano|hermana"
    rf"|madre|padre|mamá|papá))\s*,?\s+(?P<n>{UPPER}{LOWER}+)\b"
)
_NEXT_NAME = re.compile(rf"\s+(?P<w>{UPPER}{LOWER}+)")
_NAME_ENDS = re.compile(r"\s*(?:[,.!(:;]|$|\d)")
# Capitalised after "soy" but not names: star signs, ways of being.
_NOT_NAMES = frozenset("""aries tauro géminis geminis cáncer cancer leo virgo libra escorpio
sagitario capricornio acuario piscis neurodivergente autista bisexual lesbiana gay trans""".split())


def _first_name(word: str) -> bool:
    return word.lower() in data.FIRST_NAMES and word.lower() not in _NOT_NAMES


def _everyday(word: str) -> bool:
    lower = word.lower()
    return lower in data.SPANISH_WORDS or lower in data.ENGLISH_WORDS or lower in _NOT_NAMES \
        or fold(lower) in data.SPANISH_WORDS


def _place(word: str) -> bool:
    lower = word.lower()
    return lower in data.TOWNS or lower in data.REGIONS or fold(lower) in data.TOWNS


def _surnames_after(text: str, end: int) -> int:
    """Where a name ends once the given name's second part or family names that follow it are
    taken in: "José Luis", "Lucía García", "Jorge Pérez López"."""
    for _ in range(2):
        match = _NEXT_NAME.match(text, end)
        if match is None:
            break
        word = match.group("w").lower()
        if word in data.SURNAMES or word in data.FIRST_NAMES and word not in data.SPANISH_WORDS:
            end = match.end()
        else:
            break
    return end


def _names(text: str) -> Iterator[Hit]:
    for match in _NAME_TRIGGER.finditer(text):
        strong = match.group("strong") is not None
        group = "n1" if strong else "n2"
        name = match.group(group)
        after = match.end(group)
        ends = bool(_NAME_ENDS.match(text, after)) or _surnames_after(text, after) > after
        if name[0].isupper():
            ok = _first_name(name) and (not _everyday(name) or ends) \
                or not _everyday(name) and not _place(name) and (strong or ends)
        else:
            ok = _first_name(name) and not _everyday(name)
        if ok:
            end = _surnames_after(text, after) if name[0].isupper() else after
            yield Hit("name", match.start(group), end)
    for pattern in (_NAME_SIGNATURE, _NAME_OPENING, _FAMILY_NAME):
        for match in pattern.finditer(text):
            name = match.group("n")
            if _first_name(name) or pattern is _NAME_SIGNATURE and not _everyday(name):
                yield Hit("name", match.start("n"), _surnames_after(text, match.end("n")))


# --- ages and birthdays --------------------------------------------------------------------

_DURATION = (r"\s+(?:de\s+(?:experiencia|casad|carrera|trabajo|relación|matrimonio)"
             r"|sobri|limpi|junt|aquí|trabajando|escuchando|en\b|sin\b)")
_NOT_AGE_AFTER = rf"(?!{_DURATION})"
_DURATION_AFTER = re.compile(_DURATION, re.IGNORECASE)
_AGE_SAID = re.compile(
    rf"\b(?:tengo|cumpl[oí]|cumplir|edad\s*:|edad)\s*(?P<age>[1-9]\d)"
    rf"(?:\s+(?:años|añitos){_NOT_AGE_AFTER}|(?=\s*(?:[,.;!?)]|$|\s+y\b|\s+este\b)))"
    rf"|\bcon\s+(?P<age2>[1-9]\d)\s+años{_NOT_AGE_AFTER}",
    re.IGNORECASE,
)
_AGE_YEARS = re.compile(r"(?<![\d,.])(?P<age>[1-9]\d)\s+(?:años|añitos)\b", re.IGNORECASE)
# "hace 10 años" is ten years ago, "llevo 5 años" five years of something: not an age.
_NOT_AGE_BEFORE = re.compile(r"\b(?:hace|llev\w*|durante|desde|más\s+de|menos\s+de|casi|unos|unas"
                             r"|tras|en|los|las|cada|por|mis|sus|tus|nuestros|hasta)\s+$",
                             re.IGNORECASE)
_BORN_AGO = re.compile(r"\bnac[ií]\s+hace\s+$", re.IGNORECASE)
_DATE = (rf"(?:[0-3]?\d\s+de\s+{_MONTH}(?:\s+(?:de|del)\s+(?:19|20)\d\d)?"
         rf"|[0-3]?\d[/.-][01]?\d(?:[/.-](?:19|20)?\d\d)?\b|(?:19|20)\d\d\b|{_MONTH}\b)")
_BIRTHDAY = re.compile(
    rf"\b(?:nac[ií](?:d[oa])?|cumple(?:años)?(?:\s+es)?|cumplo\s+años|fecha\s+de\s+nacimiento)"
    rf"\s*:?\s*(?:(?:el|en)\s+)?{_DATE}"
    rf"|\bsoy\s+del\s+(?:'?\d\d|(?:19|20)\d\d)\b(?![%.,]\d)",
    re.IGNORECASE,
)


def _ages(text: str) -> Iterator[Hit]:
    for match in _AGE_SAID.finditer(text):
        age = match.group("age") or match.group("age2")
        if 13 <= int(age) <= 99:
            yield Hit("age", match.start(), match.end(), age)
    for match in _AGE_YEARS.finditer(text):
        before = text[:match.start()]
        counted = _NOT_AGE_BEFORE.search(before) or _DURATION_AFTER.match(text, match.end())
        if 13 <= int(match.group("age")) <= 99 and (not counted or _BORN_AGO.search(before)):
            yield Hit("age", match.start(), match.end(), match.group("age"))


def _birthdays(text: str) -> Iterator[Hit]:
    for match in _BIRTHDAY.finditer(text):
        yield Hit("birthday", match.start(), match.end())


# --- schools and workplaces ----------------------------------------------------------------

_SCHOOL_NAMED = re.compile(
    rf"\b(?:IES|I\.E\.S\.|IESO|CEIP|CEIPS|CRA|[Cc]olegio|[Ii]nstituto|[Uu]niversidad|[Ee]scuela"
    rf"|[Ff]acultad|[Ll]iceo)\s+(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?(?P<name>{_CAP_PHRASE})"
)
_UNIVERSITIES = re.compile(r"\b(?:UNAM|UCM|UNED|UAM|UPV|UPM|UAB|UBA|UCV|UNAL|UGR|USAL|UPF|UC3M"
                           r"|UDEA|PUCP|UANL|IPN|ITAM|UAH|URJC|UCLM|ULPGC|UMA|UNIZAR|EHU)\b")
_STUDY = re.compile(
    rf"\b(?i:estudio|estudiando|estudiante)(?:\s+[^\W\d_]+)?\s+(?i:en|de)\s+(?i:(?:la|el)\s+)?"
    rf"(?P<name>{_CAP_PHRASE})"
)
_SCHOOL_YEAR = re.compile(r"\b[1-6][º°o]\s+(?:de\s+)?(?:la\s+)?(?:ESO|eso|bachillerato|bachiller"
                          r"|primaria|carrera)\b")

_EMPLOYERS = (r"mercadona|carrefour|el\s+corte\s+inglés|corte\s+inglés|zara|inditex|primark|lidl"
              r"|aldi|eroski|alcampo|telefónica|movistar|correos|renfe|iberia|repsol|bbva"
              r"|caixabank|la\s+caixa|ikea|decathlon|mcdonald'?s|burger\s+king|telepizza|oxxo"
              r"|walmart|bimbo|cruz\s+roja|cáritas|amazon|glovo|leroy\s+merlin|mapfre|seur|endesa"
              r"|iberdrola|santander")
_WORK_PLACE = (rf"(?:[Hh]ospital|[Cc]entro\s+de\s+[Ss]alud|[Cc]línica|[Rr]esidencia|[Aa]yuntamiento"
               rf"|[Bb]ar|[Rr]estaurante|[Bb]anco|[Ff]armacia|[Hh]otel|IES|CEIP|[Cc]olegio"
               rf"|[Ii]nstituto)\s+(?:(?:de|del)\s+(?:la\s+)?)?(?:\d{{1,2}}\s+de\s+)?{_CAP_PHRASE}")
_JOBS = (r"enfermer[oa]|médic[oa]|doctor[a]?|profesor[a]?|maestr[oa]|cajer[oa]|dependient[ae]"
         r"|camarer[oa]|auxiliar|celador[a]?|conductor[a]?|limpiador[a]?|administrativ[oa]"
         r"|cociner[oa]|voluntari[oa]|farmacéutic[oa]|técnic[oa]|ingenier[oa]|abogad[oa]|policía"
         r"|bomber[oa]|reponedor[a]?|gerente|encargad[oa]|matrona|fisioterapeuta|psicólog[oa]"
         r"|educador[a]?|administrador[a]?|repartidor[a]?")
_WORKPLACE = re.compile(
    rf"\b(?i:trabajo|trabaja|trabajando|curro|currando|trabajé|{_JOBS})(?:\s+(?i:de)\s+{LOWER}+)?"
    rf"\s+(?i:en|para)\s+(?i:(?:el|la|los|las)\s+)?"
    rf"(?P<where>(?i:{_EMPLOYERS})\b|{_WORK_PLACE}|{_CAP_PHRASE})"
    rf"|\b(?i:{_JOBS})\s+(?i:de)\s+(?P<employer>(?i:{_EMPLOYERS}))\b"
)
_NAMED_WORK_PLACE = re.compile(
    rf"\b(?:[Hh]ospital|[Cc]entro\s+de\s+[Ss]alud|[Rr]esidencia|[Aa]yuntamiento)\s+"
    rf"(?:(?:de|del)\s+(?:la\s+)?)?(?:\d{{1,2}}\s+de\s+)?{_CAP_PHRASE}"
)


def _is_place_name(name: str) -> bool:
    key = name.lower()
    return any(k in data.TOWNS or k in data.REGIONS for k in (key, fold(key)))


def _schools(text: str) -> Iterator[Hit]:
    for match in _SCHOOL_NAMED.finditer(text):
        yield Hit("school", match.start(), match.end())
    for match in _STUDY.finditer(text):
        name = match.group("name")
        if not _is_place_name(name):
            yield Hit("school", match.start(), match.end())
    for pattern in (_UNIVERSITIES, _SCHOOL_YEAR):
        for match in pattern.finditer(text):
            yield Hit("school", match.start(), match.end())


def _workplaces(text: str) -> Iterator[Hit]:
    for match in _WORKPLACE.finditer(text):
        where = match.group("where")
        named = where is None or re.fullmatch(rf"(?i:{_EMPLOYERS})|{_WORK_PLACE}", where)
        if not named and (_is_place_name(where) or where.split()[0].lower() in data.SPANISH_WORDS):
            continue  # "trabajo en Toledo" is a town; "trabajo en Casa" no workplace
        yield Hit("workplace", match.start(), match.end())
    for match in _NAMED_WORK_PLACE.finditer(text):
        yield Hit("workplace", match.start(), match.end())


# --- family and addresses ------------------------------------------------------------------

_FAMILY = re.compile(
    rf"\bmis?\s+(?:{_NUMBER_WORDS}\s+)?(?:marido|esposo|esposa|mujer|pareja|novio|novia|hij[oa]s?"
    rf"|niñ[oa]s|peques|hermanos?|hermanas?|madre|padre|padres|mamá|papá|abuel[oa]s?|niet[oa]s?"
    rf"|suegr[oa]s?)\b"
    rf"|\b(?:madre|padre|mamá|papá|abuel[oa])\s+(?:solter[oa]\s+)?(?:de|a)\s+"
    rf"(?:{_NUMBER_WORDS}|gemel[oa]s|mellizos)\b(?:\s+(?:hij[oa]s?|niñ[oa]s?|niet[oa]s?))?"
    rf"|\b(?:madre\s+soltera|padre\s+soltero)\b"
    rf"|\b{_NUMBER_WORDS}\s+(?:hij[oa]s|niet[oa]s)\b"
    rf"|\bcasad[oa]\s+y\s+con\s+(?:{_NUMBER_WORDS}\s+)?hij[oa]s\b"
    rf"|\b(?:viud[oa]|enviudé)\b",
    re.IGNORECASE,
)
_STREET = (r"(?:[Cc]alle|C/|c/|[Aa]venida|Avda\.?|Av\.|[Pp]laza|Pza\.?|[Pp]aseo|[Cc]amino|[Rr]onda"
           r"|[Tt]ravesía|[Cc]arretera|Ctra\.|[Cc]arrera|Cra\.?|[Cc]allejón|[Gg]lorieta|[Rr]ambla)")
_ADDRESS = re.compile(
    rf"(?<!\w){_STREET}\s*(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?{_CAP_PHRASE},?\s*"
    rf"(?:n[º°o]\.?\s*)?\d{{1,4}}[A-Za-z]?\b"
    rf"|(?<=\b(?i:vivo|vive)\s(?i:en)\s)(?:la\s+|el\s+)?(?P<street>(?i:calle|avenida|plaza|paseo|c/)\s+"
    rf"(?:(?:de|del)\s+(?:la\s+)?)?{_CAP_PHRASE})"
)
_POSTCODE = re.compile(r"\b(?i:c\.?\s?p\.?|código\s+postal)\s*:?\s*\d{5}\b")


def _family(text: str) -> Iterator[Hit]:
    for match in _FAMILY.finditer(text):
        yield Hit("family", match.start(), match.end())


def _addresses(text: str) -> Iterator[Hit]:
    for match in _ADDRESS.finditer(text):
        start = match.start("street") if match.group("street") else match.start()
        yield Hit("address", start, match.end())
    for match in _POSTCODE.finditer(text):
        yield Hit("postcode", match.start(), match.end())


def hits(text: str) -> Iterator[Hit]:
    """Every detail the Spanish rules find in `text`."""
    for finder in (_names, _ages, _birthdays, _schools, _workplaces, _family, _addresses):
        yield from finder(text)
