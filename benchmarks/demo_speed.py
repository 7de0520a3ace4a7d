"""Time of ``demo`` writing 100,000 incidents into a new desk, against a bare insert.

Run from the repository: ``.venv/bin/python benchmarks/demo_speed.py [N]``.
A fresh seeded desk gets N (default 100,000) demo incidents through
``services.demo.generate`` (every state checked with the codebook, every row
fit-checked, history and derived columns written by the store's batch). The
baseline, from the same run, is the floor any bulk writer pays: the very rows
that run wrote (incidents, their children and history), inserted into a second
fresh desk with plain ``sqlite3`` ``executemany`` and no checks at all. Target:
well under a minute for 100,000. Machines are noisy: compare the ratio, not
absolute times (the CPU seconds shown vary less than the wall time when the
machine is shared).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sahel_desk.paths import DATABASE_FILE
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk

INCIDENTS = 100_000
LIMIT_SECONDS = 60.0
TABLES = ("incident", "incident_actor", "incident_tag", "source", "claim", "history")


def _fresh(template: Path, folder: Path) -> Path:
    folder.mkdir()
    for item in template.iterdir():
        if item.is_file():
            (folder / item.name).write_bytes(item.read_bytes())
    return folder


def _bare_insert(source: Path, target: Path) -> tuple[float, float]:
    """Copy the demo's rows into ``target`` with plain executemany, timing the inserts."""
    with sqlite3.connect(source) as src:
        rows = {}
        for table in TABLES:
            cursor = src.execute(f"SELECT * FROM {table}")
            columns = [d[0] for d in cursor.description]
            rows[table] = (columns, cursor.fetchall())
    conn = sqlite3.connect(target)
    try:
        conn.execute("DELETE FROM history")  # the seed's entries are in the copy already
        start, cpu = time.perf_counter(), time.process_time()
        for table in TABLES:
            columns, values = rows[table]
            marks = ", ".join("?" * len(columns))
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) "
                             f"VALUES ({marks})", values)
        conn.commit()
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        conn.close()
    return elapsed, cpu


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else INCIDENTS
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        Desk.open(template, user="bench").close()
        demo_dir = _fresh(template, Path(tmp) / "demo")
        with Desk.open(demo_dir, user="bench") as desk:
            start, cpu = time.perf_counter(), time.process_time()
            written = generate(desk, count, seed=3)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            assert written == count and desk.incidents.count() == count
        baseline, baseline_cpu = _bare_insert(demo_dir / DATABASE_FILE,
                                _fresh(template, Path(tmp) / "bare") / DATABASE_FILE)
    print(f"demo --incidents {count:,}")
    print(f"  plain sqlite3 executemany of the same rows (baseline)  {baseline:6.2f} s"
          f"  (CPU {baseline_cpu:6.2f} s)")
    print(f"  demo through the store's batch                         {seconds:6.2f} s"
          f"  (CPU {cpu:6.2f} s)  {seconds / baseline:.1f}x the baseline, "
          f"{count / seconds:,.0f} incidents/s")
    limit = LIMIT_SECONDS * count / INCIDENTS
    verdict = "within" if seconds <= limit else "OVER"
    print(f"  {verdict} the {limit:.0f} s limit")
    return 0 if seconds <= limit else 1


if __name__ == "__main__":
    sys.exit(main())
