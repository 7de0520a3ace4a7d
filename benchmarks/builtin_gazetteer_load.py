"""First start with the built-in gazetteer: how long a new desk takes to open.

Run from the repository: ``.venv/bin/python benchmarks/builtin_gazetteer_load.py [RUNS]``.
Each run (default 3, the median is printed) opens a new desk in an empty folder,
as the first start does (migrations, built-in actors, places), once with the
small starter set of earlier versions (828 places: the baseline) and once with
the built-in gazetteer (some 59,000 places). The loading of the places alone is
also timed (read the packaged file, plan, write), beside the floor any loader
pays: decompressing the file and inserting the same rows with plain sqlite3.
Then the search index the application builds in the background after the
window shows. Target: the first start in well under 5 s (exit status 1 past 5 s).
Machines are noisy: compare the ratios, not absolute times.
"""

from __future__ import annotations

import lzma
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sahel_desk.reference.builtin_gazetteer import BUILTIN_FILE, read_builtin
from sahel_desk.reference.place_index import places_from_geonames
from sahel_desk.services.desk import Desk
from sahel_desk.services.gazetteer import plan_places, write_plan

TARGET_SECONDS = 5.0


def _first_start(folder: Path, gazetteer: str) -> float:
    started = time.perf_counter()
    Desk.open(folder, user="setup", gazetteer=gazetteer).close()
    return time.perf_counter() - started


def _places_only(folder: Path) -> float:
    """The built-in places written into a new desk that has none yet."""
    with Desk.open(folder, user="setup", seed=False) as desk, desk.db.write() as session:
        started = time.perf_counter()
        write_plan(session, plan_places(session, places_from_geonames(read_builtin())))
        return time.perf_counter() - started


def _floor(folder: Path) -> float:
    """Decompress the packaged file and insert its rows with plain sqlite3: no checks,
    no admin names, no search keys, no ORM."""
    folder.mkdir()
    started = time.perf_counter()
    text = lzma.decompress(BUILTIN_FILE.read_bytes()).decode("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    with sqlite3.connect(folder / "floor.sqlite") as db:
        db.execute("CREATE TABLE place (" + ", ".join(f"c{i}" for i in range(13)) + ")")
        db.executemany("INSERT INTO place VALUES (" + ", ".join("?" * 13) + ")", rows)
    return time.perf_counter() - started


def _index(folder: Path) -> float:
    with Desk.open(folder, user="setup", gazetteer="builtin") as desk:
        started = time.perf_counter()
        desk.gazetteer.warm_up()
        return time.perf_counter() - started


def _median(runs: int, step: Callable[[Path], float]) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            times.append(step(Path(tmp) / "desk"))
    return statistics.median(times)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    print(f"packaged file: {BUILTIN_FILE.name}, {BUILTIN_FILE.stat().st_size:,} bytes; "
          f"{len(list(read_builtin())):,} places")
    starter = _median(runs, lambda f: _first_start(f, "starter"))
    builtin = _median(runs, lambda f: _first_start(f, "builtin"))
    places = _median(runs, _places_only)
    floor = _median(runs, _floor)
    index = _median(1, _index)
    print(f"median of {runs} run(s):")
    print(f"  first start, starter set (baseline)   {starter:6.2f} s")
    print(f"  first start, built-in gazetteer       {builtin:6.2f} s  "
          f"{builtin / starter:5.1f}x baseline")
    print(f"  of which the places (read, plan, write) {places:4.2f} s  "
          f"{places / floor:5.1f}x plain sqlite3 ({floor:.2f} s)")
    print(f"  search index, built in the background {index:6.2f} s")
    verdict = "meets" if builtin < TARGET_SECONDS else "MISSES"
    print(f"{verdict} the target: first start under {TARGET_SECONDS:.0f} s ({builtin:.2f} s)")
    return 0 if builtin < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
