"""Excel export of 100,000 incidents against a pandas baseline.

Run from the repository: ``.venv/bin/python benchmarks/export_speed.py``.
Uses the 100,000-incident desk at /tmp/sahel-bench-100k (made with
``sahel-desk demo --incidents 100000`` when absent; ``--data-dir`` picks
another) and, each in its own process so that neither warms the other:

1. ``desk.exports.excel`` with every review state: the whole workbook;
2. the same Incidents rows written with pandas ``DataFrame.to_excel``
   (openpyxl engine), timing the DataFrame and the write, not the loading.

Prints both times, their ratio and each one's peak memory growth (ru_maxrss
after minus before the timed part). ``--engines`` also times a bare write of
the Incidents rows with each candidate writer that is installed. Machines are
noisy: compare ratios from one run, not absolute times.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path("/tmp/sahel-bench-100k")
INCIDENTS = 100_000
TARGET_RATIO = 5.0
TARGET_MEMORY_MB = 150
ENGINES = ("xlsxwriter", "openpyxl-write-only", "rvgsrust_xlsxwriter")


def _rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open(data: Path):
    from sahel_desk.services.desk import Desk

    return Desk.open(data, user="benchmark", readonly=True)


def _all_states():
    from sahel_desk.services.exports import ALL_STATUSES
    from sahel_desk.store.records import IncidentFilter

    return IncidentFilter(statuses=ALL_STATUSES)


def _incident_rows(desk) -> list[list]:
    """The Incidents rows of every incident, as the workbook has them."""
    from sahel_desk.interop.acled_rows import export_rows
    from sahel_desk.interop.incident_reader import PlaceCache, incident_batches, load_registry

    rows: list[list] = []
    with desk.db.read() as session:
        registry = load_registry(session)

        def apply_filter(stmt):
            return desk.incidents._filtered(stmt, _all_states(), session)

        for batch in incident_batches(session, apply_filter, registry, PlaceCache()):
            for record in batch:
                rows.extend(export_rows(record))
    return rows


def child_ours(data: Path, out: Path) -> dict:
    with _open(data) as desk:
        before = _rss_mb()
        started = time.perf_counter()
        report = desk.exports.excel(out, _all_states())
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "memory_mb": _rss_mb() - before, "rows": report.rows,
            "sources": report.sources, "claims": report.claims}


def child_pandas(data: Path, out: Path) -> dict:
    import pandas as pd

    from sahel_desk.interop.acled_rows import HEADER

    with _open(data) as desk:
        loading = time.perf_counter()
        rows = _incident_rows(desk)
        loading = time.perf_counter() - loading
    before = _rss_mb()
    started = time.perf_counter()
    frame = pd.DataFrame(rows, columns=list(HEADER))
    for column in ("event_date", "range_start", "range_end"):
        frame[column] = pd.to_datetime(frame[column])
    frame.to_excel(out, sheet_name="Incidents", index=False, engine="openpyxl")
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "memory_mb": _rss_mb() - before, "rows": len(rows),
            "loading": loading}


def child_engine(data: Path, out: Path, engine: str) -> dict:
    """A bare write of the Incidents rows (no formats but dates): the engines' floor."""
    from sahel_desk.interop.acled_rows import HEADER

    with _open(data) as desk:
        rows = _incident_rows(desk)
    before = _rss_mb()
    started = time.perf_counter()
    if engine == "xlsxwriter":
        import xlsxwriter

        book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
        sheet = book.add_worksheet("Incidents")
        dates = book.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, HEADER)
        for index, row in enumerate(rows, start=1):
            for col, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(index, col, value)
                elif isinstance(value, int | float):
                    sheet.write_number(index, col, value)
                else:
                    sheet.write_datetime(index, col, value, dates)
        book.close()
    elif engine == "openpyxl-write-only":
        import openpyxl

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Incidents")
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
        book.save(out)
    elif engine == "rvgsrust_xlsxwriter":
        import rvgsrust_xlsxwriter

        book = rvgsrust_xlsxwriter.Workbook(str(out))
        sheet = book.add_worksheet("Incidents", constant_memory=True)
        sheet.write_row(0, 0, list(HEADER))
        sheet.write_rows(1, 0, rows)
        book.close()
    else:
        raise SystemExit(f"unknown engine {engine}")
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "memory_mb": _rss_mb() - before, "rows": len(rows)}


def _run_child(data: Path, mode: str, out: Path) -> dict[str, Any] | None:
    done = subprocess.run(
        [sys.executable, __file__, "--data-dir", str(data), "--child", mode, str(out)],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        print(f"  {mode}: not measured ({last})")
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _ensure_desk(data: Path) -> None:
    """Build the demo desk when absent; open it once for writing (migrating it)."""
    from sahel_desk.services.desk import Desk

    if not (data / "sahel-desk.sqlite").exists():
        print(f"Building {INCIDENTS:,} demo incidents in {data} (about half a minute)...")
        subprocess.run([sys.executable, "-m", "sahel_desk", "--data-dir", str(data), "demo",
                        "--incidents", str(INCIDENTS)], check=True)
    with Desk.open(data, user="benchmark") as desk:
        count = desk.incidents.count()
    if count < INCIDENTS:
        raise SystemExit(f"{data} holds {count:,} incidents; the benchmark needs {INCIDENTS:,}.")
    print(f"Desk: {data} ({count:,} incidents, every review state exported)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--engines", action="store_true",
                        help="also time a bare write with each installed candidate writer")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, out = args.child
        if mode == "ours":
            result = child_ours(args.data_dir, Path(out))
        elif mode == "pandas":
            result = child_pandas(args.data_dir, Path(out))
        else:
            result = child_engine(args.data_dir, Path(out), mode)
        print(json.dumps(result))
        return 0

    _ensure_desk(args.data_dir)
    with tempfile.TemporaryDirectory(prefix="sahel-export-bench-") as folder:
        ours = _run_child(args.data_dir, "ours", Path(folder, "desk.xlsx"))
        base = _run_child(args.data_dir, "pandas", Path(folder, "pandas.xlsx"))
        engines: dict[str, dict[str, Any] | None] = {}
        if args.engines:
            for engine in ENGINES:
                engines[engine] = _run_child(args.data_dir, engine, Path(folder, f"{engine}.xlsx"))
    if ours is None or base is None:
        return 1
    print(f"Sahel Desk workbook (8 sheets: {ours['rows']:,} incident rows, "
          f"{ours['sources']:,} sources, {ours['claims']:,} claims)")
    print(f"  {ours['seconds']:7.1f} s   peak memory growth {ours['memory_mb']:6.0f} MB")
    print(f"pandas DataFrame.to_excel (openpyxl), Incidents sheet only ({base['rows']:,} rows; "
          f"loading them took {base['loading']:.1f} s more, not counted)")
    print(f"  {base['seconds']:7.1f} s   peak memory growth {base['memory_mb']:6.0f} MB")
    ratio = base["seconds"] / ours["seconds"]
    print(f"ratio pandas/ours: {ratio:.1f}x (target {TARGET_RATIO:.0f}x: "
          f"{'met' if ratio >= TARGET_RATIO else 'not met'}); memory growth "
          f"{ours['memory_mb']:.0f} MB (target under {TARGET_MEMORY_MB} MB: "
          f"{'met' if ours['memory_mb'] < TARGET_MEMORY_MB else 'not met'})")
    if engines:
        print("Bare write of the Incidents rows (no loading, no other sheets):")
        for engine, measured in engines.items():
            if measured:
                print(f"  {engine:22} {measured['seconds']:7.1f} s   "
                      f"peak memory growth {measured['memory_mb']:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
