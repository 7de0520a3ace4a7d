"""Per-keystroke cost of place search on the Mali, Burkina Faso and Niger GeoNames dumps.

Run from the repository: ``.venv/bin/python benchmarks/gazetteer_search.py``.
Times the PlaceIndex on 500 realistic queries (keystroke-by-keystroke
prefixes, misspellings, Arabic names and claim hashtags), then plain
``rapidfuzz.process.extract`` over the same names for the same queries, and
prints both with their ratio, plus how often the transliterated tier answers.
Machines are noisy: compare the ratio, not absolute times.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import process

from sahel_desk.reference.geonames import read_geonames
from sahel_desk.reference.place_index import Place, PlaceIndex, places_from_geonames
from sahel_desk.text.normalize import is_arabic

GEONAMES = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geonames"
COUNTRIES = ("ML", "BF", "NE")
QUERY_COUNT = 500
SEED = 20240917

# Names a researcher types often, as reports spell them (Boulkessi is not in GeoNames).
TYPED = [
    "Tombouctou", "Kidal", "Ménaka", "Tessalit", "Aguelhok", "Ansongo", "Bourem",
    "Douentza", "Bandiagara", "Sévaré", "Djenné", "Niono", "Diabaly", "Nampala",
    "Boulkessi", "Ouagadougou", "Djibo", "Arbinda", "Ouahigouya", "Niamey",
    "Tillabéri", "Ayorou", "Ouallam", "Agadez", "Tahoua", "Diffa",
]  # fmt: skip
MISSPELT = [
    "Aguelhoc", "Aguel'hoc", "Tombouctou", "Tin-Zaouatene", "Tinzawatene", "Segou",
    "Al-Moustarat", "Almoustarat", "Tombuctou", "Bamakko", "Mnaka", "Kidl", "Jenne",
    "Douentsa", "Bandiagarra", "Tessallit", "Ouagadougu", "Tilabery", "Niamei",
]  # fmt: skip
ARABIC = ["موبتي", "جاو", "كيدال", "تمبكتو", "باماكو", "نيامي", "واغادوغو", "أغاديس", "سيغو"]
# Places as claim statements tag them; GeoNames has most only in Latin script.
HASHTAGS = [
    "#ماركاكونغو", "#كاسيلا", "#ديافارابي", "#كومارا", "#المسترات", "#غاو", "#ماسينا",
    "#نيافونكي", "#دوينتزا", "#هومبوري", "#تنينكو", "#بولكيسي", "#جيبو", "#تيلابيري",
]  # fmt: skip


def main() -> int:
    """Run the benchmark; return the process exit status."""
    if not GEONAMES.is_dir():
        print(
            f"The GeoNames dumps are absent: expected {GEONAMES} "
            "(the ../shared reference data next to this repository).",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    records = [r for code in COUNTRIES for r in read_geonames(GEONAMES / f"{code}.txt")]
    places = places_from_geonames(records)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    index = PlaceIndex(places)
    build_s = time.perf_counter() - started
    names = [n for p in places for n in dict.fromkeys((p.name, p.asciiname, *p.alternate_names))]
    print(f"read {len(records)} rows, kept {len(places)} places in {read_s:.2f} s")
    print(f"built index over {len(names)} names in {build_s:.2f} s")

    queries = make_queries(places, random.Random(SEED))
    index.search("warm up")
    ours = time_queries(lambda q: index.search(q, limit=10), queries)
    report("PlaceIndex.search", queries, ours)
    arabic = [i for i, q in enumerate(queries) if is_arabic(q)]
    for label, chosen in (
        ("  1-2 characters", [i for i, q in enumerate(queries) if len(q) <= 2]),
        ("  Arabic script", arabic),
        ("  hashtags", [i for i, q in enumerate(queries) if q.startswith("#")]),
    ):
        report(label, [queries[i] for i in chosen], [ours[i] for i in chosen])
    report_transliterated(index, [queries[i] for i in arabic])

    print("plain rapidfuzz.process.extract(query, names, limit=10) ...", flush=True)
    plain = time_queries(lambda q: process.extract(q, names, limit=10), queries)
    report("process.extract", queries, plain)
    ratio_50 = percentile(plain, 50) / percentile(ours, 50)
    ratio_95 = percentile(plain, 95) / percentile(ours, 95)
    print(f"ratio plain/index: p50 {ratio_50:.0f}x, p95 {ratio_95:.0f}x")
    return 0


def make_queries(places: Sequence[Place], rng: random.Random) -> list[str]:
    """Keystroke prefixes of real names, misspellings, Arabic names and hashtags, shuffled."""
    populated = sorted(
        (p.name for p in places if p.feature_class == "P" and len(p.name) >= 4),
        key=str,
    )
    typed = TYPED + rng.sample(populated, 20)
    queries = [name[:end] for name in typed for end in range(1, len(name) + 1)]
    queries += MISSPELT
    queries += [misspell(name, rng) for name in rng.sample(populated, 90)]
    arabic = sorted({n for p in places for n in p.alternate_names if is_arabic(n)})
    for name in ARABIC + rng.sample(arabic, min(len(arabic), 30)):
        queries += [name[:end] for end in range(2, len(name) + 1)]
    rng.shuffle(queries)
    # Every hashtag is timed, whatever the sample leaves out.
    kept = QUERY_COUNT - len(HASHTAGS)
    queries = (queries * (kept // len(queries) + 1))[:kept] + HASHTAGS
    rng.shuffle(queries)
    return queries


def misspell(name: str, rng: random.Random) -> str:
    """One typing slip: drop, double, swap or replace a letter past the first."""
    i = rng.randrange(1, len(name) - 1)
    slip = rng.choice(("drop", "double", "swap", "replace"))
    if slip == "drop":
        return name[:i] + name[i + 1 :]
    if slip == "double":
        return name[:i] + name[i] + name[i:]
    if slip == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + rng.choice("aeiouknst") + name[i + 1 :]


def time_queries(run: Callable[[str], object], queries: Sequence[str]) -> list[float]:
    """Milliseconds per query."""
    times = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        times.append((time.perf_counter() - started) * 1000.0)
    return times


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100.0 * len(ordered)) - 1))
    return ordered[rank]


def report_transliterated(index: PlaceIndex, queries: Sequence[str]) -> None:
    """Print how many Arabic queries, and how many of their hits, the transliterated tier gave."""
    answered = hits = transliterated = 0
    for query in queries:
        kinds = [h.kind for h in index.search(query, limit=10)]
        hits += len(kinds)
        transliterated += kinds.count("transliterated")
        answered += "transliterated" in kinds
    if queries:
        print(
            f"  transliterated tier: in {answered} of {len(queries)} Arabic queries "
            f"({100.0 * answered / len(queries):.0f}%), {transliterated} of {hits} hits "
            f"({100.0 * transliterated / max(hits, 1):.0f}%)"
        )


def report(label: str, queries: Sequence[str], times: Sequence[float]) -> None:
    if not times:
        return
    print(
        f"{label}: {len(queries)} queries, p50 {percentile(times, 50):.2f} ms, "
        f"p95 {percentile(times, 95):.2f} ms, max {max(times):.2f} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
