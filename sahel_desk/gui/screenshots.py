"""Render the main windows to PNG files for the README: `make screenshots`.

    python -m sahel_desk.gui.screenshots docs/screenshots

Uses a temporary desk with demo data and the Almoustarat attack coded by hand
with its Arabic claim, so the pictures show what a researcher sees.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

CLAIM = (
    "#مؤسسة_الزلاقة\n"
    "الأحد 11/08/1438\n"
    "عملية استشهادية على قاعدة للجيش المالي في #المسترات قرب مدينة #غاو أسفرت عن "
    "#مقتل سبعة من الجنود و#غنيمة ثلاث سيارات وكمية كبيرة من الأسلحة.\n"
    "#نصرة_الإسلام_والمسلمين"
)


def _settle(condition: Callable[[], bool] = lambda: True, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if condition():
            break
        time.sleep(0.02)
    for _ in range(20):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _example(desk) -> str:
    gao = desk.gazetteer.search("Gao", country="ML", limit=5)
    place = next(h.place for h in gao if h.place.feature_code.startswith("PPL"))
    record = desk.incidents.create({
        "event_date": "2017-05-07", "time_precision": 1, "event_type": "Battles",
        "sub_event_type": "Armed clash", "place_id": place.id, "geo_precision": 2,
        "near": True, "actor1": "JNIM", "assoc_actor_1": ["Al Mourabitoun"],
        "actor2": "Military Forces of Mali (2013-2020)", "fatalities": 7,
        "fatalities_low": 7, "fatalities_high": 9, "injured": 4, "seized_vehicles": 3,
        "attack_type": "Armed Assault", "target_type": "Military", "suicide": True,
        "notes": "Suicide assault on the army base at Almoustarat, 80 km north of Gao. "
                 "7 soldiers killed according to the army; JNIM claimed the attack.",
        "tags": ["claimed", "suicide"],
        "sources": [
            {"publication": "RFI", "url": "https://www.rfi.fr/fr/afrique/almoustarat",
             "published": "2017-05-08", "language": "fr", "source_scale": "International",
             "reliability": "high", "killed": 7},
            {"publication": "Studio Tamani", "published": "2017-05-08", "language": "fr",
             "source_scale": "National", "reliability": "medium", "killed": 9},
        ],
        "claims": [{"claimant": "JNIM", "channel": "az-Zallaqa", "original_text": CLAIM,
                    "language": "ar", "date_written": "الأحد 11/08/1438",
                    "claim_date": "2017-05-07", "killed": 7, "vehicles_seized": 3,
                    "translation": "Martyrdom operation against a Malian army base in "
                                   "Almoustarat near Gao: seven soldiers killed, three "
                                   "vehicles and a large quantity of weapons seized."}],
        "status": "submitted",
    })
    return record.id


def render(out: Path) -> None:
    from sahel_desk.gui.app import application, build_window
    from sahel_desk.gui.claims import ClaimEditor
    from sahel_desk.services.demo import generate
    from sahel_desk.services.desk import Desk

    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory(prefix="sahel-shots-") as folder:
        desk = Desk.open(folder, user="amina")
        shared = Path(__file__).resolve().parents[3] / "shared" / "data" / "geonames"
        if shared.is_dir():  # the full gazetteer when the reference dumps are at hand
            desk.gazetteer.import_geonames(sorted(shared.glob("*.txt")))
        generate(desk, 5000, seed=2)
        example = _example(desk)
        window = build_window(desk)
        window.resize(1600, 940)
        window.show()
        _settle(lambda: window.model.total > 0)
        form = window.open_incident(example)
        _settle(lambda: not form.is_busy())
        window.splitter.setSizes([700, 900])
        _settle()
        _save(window, out / "main-window.png")

        form.resize(860, 2600)
        _settle()
        _save(form.scroll.widget(), out / "incident-form.png")

        editor = ClaimEditor(desk.claim_reader, window.operations)
        editor.resize(1000, 640)
        editor.set_claim({"original_text": CLAIM, "channel": "az-Zallaqa"})
        editor.show()
        editor.read_claim()
        _settle(lambda: editor.suggestion_model.rowCount() > 0)
        editor.suggestion_view.selectRow(3)
        _settle()
        _save(editor, out / "claim-editor.png")
        editor.close()
        window.operations.wait()
        window.close()
        desk.close()
    app.processEvents()


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects, which can abort at exit
