"""The duplicates as the windows use them, measured on a 100,000-incident desk: the
form's "possibly the same event" check from the form's side (its values, through the
background runner and back to the GUI thread), and what the queue's progress and
Cancel cost `duplicates find`.

Run from the repository::

    nice .venv/bin/python benchmarks/duplicate_hint.py --keep /tmp/desk100k   # makes it
    nice .venv/bin/python benchmarks/duplicate_hint.py --desk /tmp/desk100k   # reuses it

Baselines timed in the same run: for the check, one indexed SELECT of the country's
incidents within three days (what any look at the neighbourhood costs); for find,
find without a progress callback. Ratios are printed; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop

from sahel_desk.gui.form.duplicate_hint import check_duplicates
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk

CHECK_LIMIT_MS = 50.0


def _seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _window(desk: Desk, values: dict[str, Any]) -> None:
    """The baseline: one indexed SELECT of the country's incidents within three days."""
    from sqlalchemy import select

    from sahel_desk.model import Incident

    day, three = values["event_date"], timedelta(days=3)
    with desk.db.read() as session:
        session.execute(select(Incident.id).where(
            Incident.country_code == values["country_code"],
            Incident.event_date.between(day - three, day + three))).all()


def _round_trip(operations: Operations, desk: Desk, values: dict[str, Any],
                incident: str | None) -> float:
    """From the form asking to the answer back on the GUI thread, as the form runs it."""
    loop = QEventLoop()
    done: list[float] = []
    start = time.perf_counter()

    def arrived(_found: object) -> None:
        done.append(time.perf_counter() - start)
        loop.quit()

    operations.run(check_duplicates, desk, values, incident, channel="bench",
                   on_done=arrived, on_error=lambda error: (_ for _ in ()).throw(error))
    if not done:
        loop.exec()
    return done[0]


def _ms(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return (statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000)


def run(desk_dir: Path, checks: int, find: bool) -> None:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    operations = Operations(lambda error: print("error:", error))
    with Desk.open(desk_dir, user="bench") as desk:
        total = desk.incidents.count()
        rng = random.Random(5)
        sample = rng.sample(desk.incidents.ids(), checks)
        states = [desk.incidents.working_state(i) for i in sample]
        new = [{k: v for k, v in s.items() if k not in ("id", "human_id")} for s in states]
        check_duplicates(desk, new[0], None)  # the actor table, read once per desk
        base: list[float] = []
        direct: list[float] = []
        stored: list[float] = []
        trip: list[float] = []
        for incident_id, state, values in zip(sample, states, new, strict=True):
            base.append(_seconds(partial(_window, desk, values)))
            direct.append(_seconds(partial(check_duplicates, desk, values, None)))
            stored.append(_seconds(partial(check_duplicates, desk, state, incident_id)))
            trip.append(_round_trip(operations, desk, values, None))
        print(f"desk of {total:,} incidents, {checks} records checked as the form holds them")
        b50, b95 = _ms(base)
        print(f"  baseline: one indexed SELECT of the country within 3 days  p50 {b50:6.1f} ms"
              f"  p95 {b95:6.1f} ms")
        for name, timings in (("check, a new record (not saved)          ", direct),
                              ("check, a stored record (incident=...)    ", stored),
                              ("the form's round trip through the runner ", trip)):
            p50, p95 = _ms(timings)
            print(f"  {name}  p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({p50 / b50:.1f}x the "
                  f"baseline; {'within' if p95 <= CHECK_LIMIT_MS else 'OVER'} "
                  f"{CHECK_LIMIT_MS:.0f} ms at p95)")
        if find:
            plain = _seconds(lambda: desk.duplicates.find())
            marks: list[tuple[float, int]] = []
            start = time.perf_counter()
            report = desk.duplicates.find(
                progress=lambda done, _total: marks.append((time.perf_counter() - start, done)))
            told = time.perf_counter() - start
            print(f"  find without progress (baseline) {plain:6.1f} s; with the queue's "
                  f"progress {told:6.1f} s ({told / plain:.2f}x), {len(marks)} reports, "
                  f"{len(report.pairs):,} pairs")
            for name, end in (("the block", 450), ("the facts", 800), ("the scores", 1000)):
                reached = next((t for t, d in marks if d >= end), told)
                print(f"    {name:<10} done at {reached:6.1f} s ({reached / told:.0%}, "
                      f"the bar says {end / 10:.0f}%)")
    operations.wait()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--desk", type=Path, help="an existing desk (a demo desk)")
    parser.add_argument("--keep", type=Path, help="make the demo desk here and keep it")
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--checks", type=int, default=200)
    parser.add_argument("--no-find", action="store_true", help="time the check only")
    args = parser.parse_args(argv)
    folder = args.desk
    if folder is None:
        if args.keep is None:
            parser.error("--desk DIR or --keep DIR")
        from sahel_desk.services.demo import generate

        folder = args.keep
        print(f"making a {args.incidents:,}-incident demo desk in {folder} ...", flush=True)
        with Desk.open(folder, user="bench") as desk:
            generate(desk, args.incidents, seed=1)
    run(folder, args.checks, not args.no_find)
    return 0


if __name__ == "__main__":
    sys.exit(main())
