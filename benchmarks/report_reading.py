"""How long reading a 50-entry monthly report takes, beside a baseline timed in the
same run: one gazetteer search per capitalised word of the report (the lookups
no reader can avoid). Prints both, their ratio, and the scorer's figures on the
samples when ../shared is present. Target: under 2 s for 50 entries.

    .venv/bin/python benchmarks/report_reading.py
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sahel_desk.services.desk import Desk

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PLACES = ("Gao", "Mopti", "Ségou", "Kidal", "Tombouctou", "Ménaka", "Sikasso", "Kayes",
          "Koulikoro", "Bamako")
LINES = (
    "{d:02d} MAR 17: Gunmen attacked a military post at {p}. {n} soldiers killed. "
    "JNIM claimed responsibility.",
    "{d:02d} MAR 17: An IED hit a MINUSMA convoy outside {p}, {p} Region. "
    "1 peacekeeper killed, {n} wounded.",
    "{d:02d} MAR 17: Unknown gunmen killed {n} civilians near {p}.",
    "{d:02d} MAR 17: Malian Army troops ambushed between {p} and {q}. At least {n} soldiers "
    "killed.",
    "{d:02d} MAR 17: Soldiers arrested {n} suspects at {p}.",
)


def report(entries: int) -> str:
    out = ["Mali – Sahel: March 2017 security incidents", ""]
    for i in range(entries):
        out.append(LINES[i % len(LINES)].format(d=i % 28 + 1, p=PLACES[i % len(PLACES)],
                                                q=PLACES[(i + 3) % len(PLACES)], n=i % 9 + 1))
        out.append("")
    return "\n".join(out)


def main() -> int:
    text = report(50)
    with tempfile.TemporaryDirectory() as folder, Desk.open(folder, user="bench") as desk:
        geonames = SHARED / "data" / "geonames" / "ML.txt"
        if geonames.is_file():
            desk.gazetteer.import_geonames([geonames])
        desk.gazetteer.warm_up()
        desk.reports.read_text(text, name="warm.md")
        words = re.findall(r"[A-ZÀ-Þ][\w'’-]+", text)
        base, read = [], []
        for _ in range(5):
            start = time.perf_counter()
            for word in words:
                desk.gazetteer.search(word, country="ML", limit=10)
            base.append(time.perf_counter() - start)
            start = time.perf_counter()
            reading = desk.reports.read_text(text, name="bench.md")
            read.append(time.perf_counter() - start)
    b, r = statistics.median(base), statistics.median(read)
    print(f"baseline: {len(words)} gazetteer searches   {b:.3f} s")
    print(f"report read: 50 entries, {len(reading.drafts)} drafts   {r:.3f} s "
          f"(target < 2 s: {'met' if r < 2 else 'MISSED'})")
    print(f"ratio read / baseline: {r / b:.1f}")
    scorer = SHARED / "tools" / "score_drafts.py"
    if scorer.is_file():
        for name in ("report_2017_05", "report_2023_01"):
            sample = SHARED / "samples" / f"{name}.md"
            with tempfile.TemporaryDirectory() as folder:
                drafts = Path(folder) / "drafts.json"
                data_dir = Path(folder) / "desk"
                with Desk.open(data_dir, user="bench") as desk:
                    if geonames.is_file():
                        desk.gazetteer.import_geonames([geonames])
                    drafts.write_text(json.dumps(
                        desk.reports.read_file(sample).as_json()), encoding="utf-8")
                done = subprocess.run([sys.executable, str(scorer), str(drafts),
                                       str(SHARED / "samples" / f"{name}.expect.json")],
                                      capture_output=True, text=True)
                print(f"{name}: {done.stdout.strip().splitlines()[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
