"""GUI timings on a 100,000-incident desk made by `demo`, against the targets of
the coding-desk issue, with a bare PySide6 window's start in the same run.

    .venv/bin/python benchmarks/gui_timings.py [--data-dir DIR] [--incidents N]

The demo desk is built once and kept (default /tmp/sahel-bench-100k); the save
step edits one incident's notes there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
CHILD = HERE / "_gui_start_child.py"


def ensure_demo(data_dir: Path, count: int) -> None:
    if (data_dir / "sahel-desk.sqlite").exists():
        return
    print(f"building a {count:,}-incident demo desk in {data_dir} ...", flush=True)
    subprocess.run([sys.executable, "-m", "sahel_desk", "--data-dir", str(data_dir), "--user",
                    "bench", "demo", "--incidents", str(count)], check=True)


def time_start(*args: str, runs: int = 3) -> float:
    """Median wall time from spawning the process to its READY line."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                                 text=True)
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == "READY":
                times.append(time.perf_counter() - started)
                break
        child.wait(timeout=120)
    return statistics.median(times)


def wait_for(signal, action, timeout_s: float = 30.0) -> float:
    """Seconds from ``action()`` until ``signal`` fires (event loop running)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    started = time.perf_counter()
    action()
    loop.exec()
    elapsed = time.perf_counter() - started
    signal.disconnect(loop.quit)
    return elapsed


def in_process(data_dir: Path) -> dict[str, list[float]]:
    from sahel_desk.gui.app import application, build_window
    from sahel_desk.services.desk import Desk
    from sahel_desk.store.records import IncidentFilter

    application()
    desk = Desk.open(data_dir, user="bench")
    window = build_window(desk)
    window.show()
    wait_for(window.model.pageLoaded, lambda: None)
    results: dict[str, list[float]] = {"filter": [], "open": [], "save": []}
    for words in ("embuscade", "convoy", "الجيش", "market", "Mopti", "antenna", "villageois",
                  "checkpoint", "Gao", "attaque"):
        flt = IncidentFilter(text=words)
        results["filter"].append(wait_for(window.model.modelReset,
                                          lambda f=flt: window.model.set_filter(f)))
    window.model.set_filter(IncidentFilter())
    wait_for(window.model.modelReset, lambda: None, 5)
    ids = [window.model.incident_id(row) for row in range(0, 200, 20)]
    for incident_id in ids:
        form = window._new_form()
        results["open"].append(wait_for(form.loaded, lambda f=form, i=incident_id: f.load(i)))
        form.deleteLater()
    form = window.open_incident(ids[0])
    wait_for(form.loaded, lambda: None, 5)
    for n in range(5):
        changes = dict(form.values())
        changes["notes"] = (changes.get("notes") or "") + f" [benchmark edit {n}]"
        form.restore_values(changes, title=form.title())
        wait_for(form.loaded, lambda: None, 5)
        form.incident_id = ids[0]
        results["save"].append(wait_for(form.saved, form.save))
    window.operations.wait()
    window.close()
    desk.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/sahel-bench-100k"))
    parser.add_argument("--incidents", type=int, default=100_000)
    args = parser.parse_args()
    ensure_demo(args.data_dir, args.incidents)
    bare = time_start("--bare")
    start = time_start(str(args.data_dir))
    timings = in_process(args.data_dir)
    print(f"\n{args.incidents:,} incidents; medians (p95 where several runs)")
    print(f"{'step':34} {'measured':>10} {'target':>8}")
    print(f"{'bare PySide6 window start':34} {bare * 1000:8.0f} ms {'':>8}")
    print(f"{'start to interactive list':34} {start * 1000:8.0f} ms {'2000 ms':>8}"
          f"   ({start / bare:.1f}x the bare window)")
    for key, label, target in (("filter", "text filter applied", 200),
                               ("open", "incident opened", 150), ("save", "incident saved", 100)):
        values = sorted(timings[key])
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        print(f"{label:34} {statistics.median(values) * 1000:8.0f} ms {target:>5} ms"
              f"   (p95 {p95 * 1000:.0f} ms, {len(values)} runs)")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects, which can abort at exit
