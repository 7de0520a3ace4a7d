"""Time of importing the real ACLED file (6,214 monadic rows, 3,314 events) into a new desk.

Run from the repository: ``.venv/bin/python benchmarks/acled_import_speed.py``.
Prints, from the same run, ``pandas.read_csv`` of the same file as a baseline
(just parsing, no checks and no database), then a full import into a fresh
seeded desk, a dry run and a re-import that finds every event unchanged, each
the median of a few runs. The import must take at most 5 seconds. The import's own
step of listing the likely duplicates it brought in (``desk.duplicates.brought_in``
over every incident it added) is timed apart too, beside ``duplicates find`` over the
same desk. Machines are
noisy: compare the ratio to the baseline, not absolute times.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pandas

from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter

ACLED_FILE = (Path(__file__).resolve().parents[1].parent / "shared" / "data" / "acled"
              / "acled_mali_2017-2020_monadic.csv")
LIMIT_SECONDS = 5.0
RUNS = 3


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _median(work: Callable[[], object]) -> float:
    return statistics.median(_seconds(work) for _ in range(RUNS))


def main() -> int:
    if not ACLED_FILE.is_file():
        print(f"The ACLED file is absent (looked for {ACLED_FILE}).", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        Desk.open(template, user="bench").close()
        counter = iter(range(1000))

        def fresh_desk() -> Desk:
            folder = Path(tmp) / f"desk{next(counter)}"
            folder.mkdir()
            for item in template.iterdir():
                if item.is_file():
                    (folder / item.name).write_bytes(item.read_bytes())
            return Desk.open(folder, user="bench")

        baseline = _median(lambda: pandas.read_csv(ACLED_FILE))
        desks = [fresh_desk() for _ in range(RUNS)]
        imported = statistics.median(
            _seconds(partial(desk.acled.import_file, ACLED_FILE)) for desk in desks)
        assert desks[0].incidents.count() == 3314
        added = desks[0].incidents.query(IncidentFilter(), limit=10_000).rows
        brought_in = _median(partial(desks[0].duplicates.brought_in, [r.id for r in added]))
        find = _median(desks[0].duplicates.find)
        dry = _median(lambda: desks[0].acled.import_file(ACLED_FILE, dry_run=True))
        again = _median(lambda: desks[0].acled.import_file(ACLED_FILE))
        for desk in desks:
            desk.close()
    print(f"{ACLED_FILE.name}: median of {RUNS} runs")
    print(f"  pandas.read_csv (baseline)          {baseline:6.2f} s")
    print(f"  import into a new desk              {imported:6.2f} s  "
          f"({imported / baseline:.0f}x the baseline)")
    print(f"    of which the likely duplicates    {brought_in:6.2f} s  "
          f"(duplicates find over the desk: {find:.2f} s)")
    print(f"  dry run (all unchanged)             {dry:6.2f} s")
    print(f"  re-import (all unchanged)           {again:6.2f} s")
    verdict = "within" if imported <= LIMIT_SECONDS else "OVER"
    print(f"  {verdict} the {LIMIT_SECONDS:.0f} s limit for the import")
    return 0 if imported <= LIMIT_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
