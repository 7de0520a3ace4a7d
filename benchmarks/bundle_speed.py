"""Time of a bundle of 10,000 changed incidents: export on one desk, import on another.

Run from the repository: ``.venv/bin/python benchmarks/bundle_speed.py [N [M]]``.
A desk gets N (default 10,000) incidents from ``demo``; the benchmark times
writing the bundle of all of them (plain and encrypted), importing it into a
desk that has none of them, re-importing it (every incident already known),
and a second round after M of them (default 1,000) were edited on the
receiving desk and again on the sending one (three-way merges). The baseline, from the same run,
is ``json.dumps`` plus ``zlib`` of the same incidents' rows read with one
plain SELECT: the floor any file exchange pays. Target: at most 10 s each way.
The check of the merged bundle's payload (exchange/schema.py), which every import
runs first, is also timed on its own.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import text

from sahel_desk.exchange.container import open_bundle
from sahel_desk.exchange.schema import check_payload
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk

TARGET_SECONDS = 10.0


T = TypeVar("T")


def _timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def _baseline(desk: Desk) -> float:
    def dump() -> int:
        with desk.db.read() as session:
            rows = [dict(r._mapping) for r in session.execute(text(
                "SELECT * FROM incident"))]
            history = [tuple(r) for r in session.execute(text(
                "SELECT change_id, entity, entity_id, field, old_value, new_value "
                "FROM history"))]
        blob = json.dumps({"incidents": rows, "history": history}, default=str)
        return len(zlib.compress(blob.encode(), 6))

    return _timed(dump)[0]


def _check_time(bundle: Path) -> float:
    """The payload check of ``bundle`` alone (its unpacking not counted)."""
    payload = open_bundle(bundle.read_bytes()).payload
    return _timed(lambda: check_payload(payload))[0]


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    edits = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Desk.open(folder / "amina", user="amina") as amina, \
                Desk.open(folder / "hawa", user="hawa") as hawa:
            made, _ = _timed(lambda: generate(amina, count, seed=7))
            print(f"demo: {count:,} incidents in {made:.1f} s")
            base = _baseline(amina)
            print(f"baseline (SELECT + json + zlib): {base:.2f} s")
            bundle = folder / "all.sdb"
            export, summary = _timed(lambda: amina.exchange.export_bundle(
                bundle, peer="hawa", since_last=False))
            locked, _ = _timed(lambda: amina.exchange.export_bundle(
                folder / "locked.sdb", peer="x", since_last=False, password="sahel"))
            imported, report = _timed(lambda: hawa.exchange.import_bundle(bundle))
            again, _ = _timed(lambda: hawa.exchange.import_bundle(bundle))
            ids = amina.incidents.ids()[:edits]
            for i, incident_id in enumerate(ids):
                hawa.incidents.update(incident_id, {"injured": i % 7})
                amina.incidents.update(incident_id, {"notes": f"re-read {i}"})
            merge_export, _ = _timed(lambda: amina.exchange.export_bundle(
                folder / "changed.sdb", peer="hawa"))
            checked = _check_time(folder / "changed.sdb")
            merged, merge_report = _timed(lambda: hawa.exchange.import_bundle(
                folder / "changed.sdb"))
    print(f"bundle: {summary.incidents:,} incidents, {summary.history_entries:,} history "
          f"entries, {summary.size / 1e6:.1f} MB")
    rows = [
        ("export, all incidents", export), ("export, encrypted", locked),
        ("import into an empty desk", imported), ("re-import (all known)", again),
        (f"export, {edits:,} edited", merge_export),
        (f"import, {edits:,} three-way merges", merged),
        ("  of which the payload check", checked),
    ]
    print(f"{'step':34} {'seconds':>8} {'x baseline':>11}")
    for label, seconds in rows:
        print(f"{label:34} {seconds:8.2f} {seconds / base:10.1f}x")
    print(f"added {len(report.added):,}; merged {len(merge_report.updated):,} with "
          f"{len(merge_report.conflicts)} conflicts, "
          f"{merged / max(len(merge_report.updated), 1) * 1000:.2f} ms per merged incident")
    worst = max(export, imported, merge_export, merged)
    verdict = "meets" if worst <= TARGET_SECONDS else "MISSES"
    print(f"{verdict} the target of {TARGET_SECONDS:.0f} s each way (worst {worst:.2f} s)")
    return 0 if worst <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
