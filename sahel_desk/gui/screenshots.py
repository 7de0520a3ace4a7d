"""Render the main windows to PNG files for the README: `make screenshots`.

    python -m sahel_desk.gui.screenshots docs/screenshots

Uses a temporary desk with demo data and the Almoustarat attack coded by hand
with its Arabic claim, so the pictures show what a researcher sees. The main
window, the incident form and the review window are rendered in every language
of the GUI (NAME-LANG.png; main and review windows at a laptop's 1366x768), the
other pictures in English. The review
pictures use a second, small desk with a team: a few submitted incidents, and
the Almoustarat attack approved with a pending revision and a comment thread.
The conflicts picture uses two desks that changed the same incidents
differently and exchanged a bundle; the duplicate-merge pictures (in every
language) the Almoustarat attack coded twice, from the monthly report and from
an AFP article, and the duplicates queue (English and French) the same pair
among 2,000 demo incidents. The report reader is shown on the sample
monthly report of ../shared when it is at hand.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _laptop_screen() -> str:
    """Qt's offscreen platform with one 1366x768 screen (its default is 800x800, on
    which the windows, fitted to their screen, would be drawn smaller than a laptop's)."""
    config = Path(tempfile.gettempdir()) / "sahel-desk-laptop-screen.json"
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

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


def _example(desk: Desk) -> str:
    gao = desk.gazetteer.search("Gao", country="ML", limit=5)
    place = next(h.place for h in gao if (h.place.feature_code or "").startswith("PPL"))
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


#: (coder, values) of the incidents waiting in the review screenshots' queue
QUEUED: tuple[tuple[str, dict[str, Any]], ...] = (
    ("amina", {"event_date": "2017-06-04", "event_type": "Explosions/Remote violence",
               "sub_event_type": "Remote explosive/landmine/IED", "place": "Douentza",
               "geo_precision": 2, "near": True, "actor1": "Unidentified Armed Group (Mali)",
               "actor2": "Military Forces of Mali (2013-2020)", "fatalities": 2, "injured": 3,
               "notes": "An army vehicle hit a mine on the Douentza-Boni road; two soldiers "
                        "killed, three wounded.",
               "sources": [{"publication": "Studio Tamani", "published": "2017-06-05",
                            "language": "fr", "source_scale": "National", "killed": 2}]}),
    ("moussa", {"event_date": "2018-04-27", "event_type": "Battles",
                "sub_event_type": "Armed clash", "place": "Menaka", "geo_precision": 3,
                "actor1": "MSA: Movement for Azawad Salvation",
                "actor2": "Islamic State (Greater Sahara)", "fatalities": 12,
                "fatalities_low": 10, "fatalities_high": 17,
                "notes": "Clashes between the MSA and ISGS fighters in the Menaka region.",
                "sources": [{"publication": "RFI", "published": "2018-04-28", "language": "fr",
                             "source_scale": "International", "killed": 12}]}),
    ("amina", {"event_date": "2018-02-11", "event_type": "Violence against civilians",
               "sub_event_type": "Abduction/forced disappearance", "place": "Djenne",
               "actor1": "Katiba Macina", "actor2": "Civilians (Mali)", "fatalities": 0,
               "kidnapped": 3, "notes": "Three village chiefs abducted by Katiba Macina "
                                       "fighters near Djenne.",
               "sources": [{"publication": "Mali Actu", "published": "2018-02-12",
                            "language": "fr", "source_scale": "National", "kidnapped": 3}]}),
    ("moussa", {"event_date": "2018-05-02", "event_type": "Protests",
                "sub_event_type": "Peaceful protest", "place": "Gao",
                "actor1": "Protesters (Mali)", "fatalities": 0,
                "notes": "Youth associations marched in Gao against insecurity on the roads.",
                "sources": [{"publication": "RFI", "published": "2018-05-02", "language": "fr",
                             "source_scale": "International"}]}),
)


def _town(desk: Desk, name: str) -> str:
    """The town called ``name``, else the region (the starter gazetteer is small)."""
    hits = [h.place for h in desk.gazetteer.search(name, country="ML", limit=5)]
    towns = [p for p in hits if (p.feature_code or "").startswith("PPL")]
    return (towns or hits)[0].id


def _review_scene(desk: Desk) -> str:
    """A team's desk: returns the approved incident whose revision waits for review."""
    desk.profiles.create("hawa", "administrator")
    for name, role in (("amina", "researcher"), ("moussa", "researcher"),
                       ("boubacar", "reviewer")):
        desk.profiles.create(name, role)
    desk.switch_user("amina")
    example = _example(desk)
    desk.switch_user("boubacar")
    desk.review.approve(example, "Checked against RFI and the az-Zallaqa claim.")
    for user, values in QUEUED:
        desk.switch_user(user)
        values = {"time_precision": 1, "geo_precision": 1, "status": "submitted",
                  **values, "place_id": _town(desk, values["place"])}
        values.pop("place")
        desk.incidents.create(values)
    desk.switch_user("amina")
    state = desk.incidents.working_state(example)
    afp = {"publication": "AFP", "published": "2017-05-09", "language": "fr",
           "source_scale": "International", "reliability": "high", "killed": 9,
           "injured": 6, "citation": "Army communiqué of 9 May, quoted by AFP"}
    desk.incidents.update(example, {
        "fatalities": 9, "fatalities_high": 11, "injured": 6,
        "sources": [*state["sources"], afp],
        "notes": state["notes"] + " The army raised its toll to 9 dead on 9 May (AFP).",
    }, expected_revision=desk.incidents.working_record(example).revision,
        reason="army's revised toll")
    desk.review.submit(example, "Toll revised after the army communiqué")
    desk.switch_user("boubacar")
    question = desk.comments.add(example, "Is 9 the army's figure or AFP's own count?",
                                 field="fatalities")
    desk.switch_user("amina")
    desk.comments.add(example, "The army's: AFP quotes the communiqué of 9 May.",
                      field="fatalities", parent_id=question.id)
    desk.switch_user("boubacar")
    return example


#: the size of the most common screen in the field
LAPTOP = (1366, 768)


def _languages() -> tuple[str, ...]:
    from sahel_desk.gui.i18n.build import LANGUAGES

    return tuple(LANGUAGES)


def _speak(language: str) -> None:
    from sahel_desk.gui.i18n.language import install

    install(language)


def render_review(out: Path, folder: str) -> None:
    """The review window as a reviewer sees it, in each language, and the review view
    on its own."""
    from sahel_desk.services.desk import Desk

    desk = Desk.open(folder, user="hawa")
    example = _review_scene(desk)
    for language in _languages():
        _speak(language)
        _render_review(out, desk, example, language)
    _speak("en")
    desk.close()


def _render_review(out: Path, desk: Desk, example: str, language: str) -> None:
    from sahel_desk.gui.app import build_window

    window = build_window(desk)
    review = window.open_review()
    review.resize(*LAPTOP)
    review.splitter.setSizes([500, 866])
    _settle(lambda: review.view.item is not None)
    queue = review.queue
    queue.view.setCurrentIndex(queue.model.index(queue.model.row_of(example), 0))
    _settle(lambda: review.view.item is not None and review.view.item.record.id == example)
    view = review.view
    view.decision.reason.setPlainText("Toll and new source checked against the AFP dispatch.")
    _settle(lambda: view.comments.model.rowCount() == 2)
    _save(review, out / f"review-queue-{language}.png")
    if language != "en":
        review.close()
        window.operations.wait()
        window.close()
        return

    view.setParent(None)
    view.resize(1100, 900)
    view.setStyleSheet(review.styleSheet())
    view.only_changed.setChecked(True)
    view.show()
    view.diff_view.setColumnWidth(0, 250)
    view.diff_view.setColumnWidth(1, 330)
    view.diff_view.setColumnWidth(2, 330)
    _settle()
    _save(view, out / "review-view.png")
    view.close()
    review.close()
    window.operations.wait()
    window.close()


def _conflict_scene(folder: str) -> Desk:
    """Two desks that changed the same incidents differently: amina's changes arrive on
    boubacar's desk as a bundle, with five conflicts. Returns boubacar's desk."""
    from sahel_desk.services.desk import Desk

    amina = Desk.open(Path(folder) / "amina", user="amina")
    boubacar = Desk.open(Path(folder) / "boubacar", user="boubacar")
    boubacar.profiles.create("hawa", "administrator")
    boubacar.switch_user("hawa")
    boubacar.profiles.create("boubacar", "reviewer")
    boubacar.switch_user("boubacar")
    example = _example(amina)
    _coder, values = QUEUED[0]
    values = {"time_precision": 1, "geo_precision": 1, "status": "submitted",
              **values, "place_id": _town(amina, values["place"])}
    values.pop("place")
    mine = amina.incidents.create(values).id
    first = Path(folder) / "first.sdb"
    amina.exchange.export_bundle(first, peer="boubacar")
    desk_id, key = amina.exchange.identity()
    seen = boubacar.exchange.meet(desk_id, amina.user, key)
    boubacar.switch_user("hawa")  # the team's administrator trusts amina's desk once
    boubacar.exchange.trust(seen.fingerprint, "reviewer")
    boubacar.switch_user("boubacar")
    boubacar.exchange.import_bundle(first)
    rfi = amina.incidents.get(example).sources[0].id
    for desk, killed, injured, actor, note in (
            (amina, 9, 6, "Katiba Macina", "The army raised its toll to 9 dead (AFP)."),
            (boubacar, 8, 5, "JNIM", "Studio Tamani: 8 soldiers killed, 5 wounded.")):
        state = desk.incidents.working_state(example)
        sources = [dict(s, killed=killed) if s["id"] == rfi else s for s in state["sources"]]
        desk.incidents.update(example, {
            "fatalities": killed, "fatalities_high": 11, "injured": injured,
            "sources": sources, "notes": state["notes"] + " " + note})
        desk.incidents.update(mine, {"actor1": actor})
    second = Path(folder) / "second.sdb"
    amina.exchange.export_bundle(second, peer="boubacar", password="sahel-2017")
    boubacar.exchange.import_bundle(second, password="sahel-2017")
    amina.close()
    return boubacar


def render_conflicts(out: Path, folder: str) -> None:
    """The conflicts window after a bundle: the toll chosen, the two values side by side."""
    from sahel_desk.gui.app import build_window

    desk = _conflict_scene(folder)
    window = build_window(desk)
    conflicts = window.open_conflicts()
    conflicts.resize(1480, 640)
    conflicts.splitter.setSizes([820, 660])
    _settle(lambda: conflicts.model.rowCount() > 0)
    rows = conflicts.model.rows()
    row = next((i for i, c in enumerate(rows) if c.record.path == "fatalities"), 0)
    conflicts.view.selectRow(row)
    conflicts.panel.reason.setText("Army communiqué of 9 May, quoted by AFP")
    _settle()
    _save(conflicts, out / "conflicts.png")
    conflicts.close()
    window.operations.wait()
    window.close()
    desk.close()


def render_report_reader(window: Any, out: Path, report: Path) -> None:
    """The reader on a sample report, at a laptop's 1366x768: one draft accepted, one
    discarded, and one the reader was unsure of open in the form."""
    reader = window.code_from_report()
    reader.resize(1366, 768)
    reader.open_file(report)
    _settle(lambda: reader.model.rowCount() > 0 and reader.ready(0))
    lines = [r.draft.line for r in reader.model.rows()]
    for line, decide in ((7, reader.accept_current), (15, reader.discard_current)):
        if line not in lines:
            continue
        row = lines.index(line)
        reader.select_row(row)
        _settle(lambda: reader.ready(reader.current_row() or 0))
        decide()
        _settle(lambda: not window.operations.busy)
    reader.select_row(0)
    _settle(lambda: reader.ready(0))
    _save(reader, out / "report-reader.png")
    reader.close()


def render_main(out: Path, desk: Desk, example: str, language: str) -> Any:
    """The main window at 1366x768 with the example open, and the whole incident form;
    returns the window (the English one goes on to the other pictures)."""
    from sahel_desk.gui.app import build_window

    window = build_window(desk)
    window.resize(*LAPTOP)
    window.show()
    _settle(lambda: window.model.total > 0)
    form = window.open_incident(example)
    _settle(lambda: not form.is_busy())
    window.splitter.setSizes([560, 806])
    _settle()
    _save(window, out / f"main-window-{language}.png")

    form.resize(860, 2600)
    _settle()
    _save(form.scroll_area.widget(), out / f"incident-form-{language}.png")
    return window


#: the Almoustarat attack coded twice: from the monthly report (a day known, near Gao,
#: the report's toll) and from an AFP article two days later (the week, the town,
#: the army's revised toll, a neighbouring type, the actors the other way round)
FROM_REPORT: dict[str, Any] = {
    "event_date": "2017-05-07", "time_precision": 1, "event_type": "Battles",
    "sub_event_type": "Armed clash", "geo_precision": 2, "near": True,
    "actor1": "JNIM", "actor2": "Military Forces of Mali (2013-2020)",
    "fatalities": 7, "fatalities_low": 7, "fatalities_high": 7, "seized_vehicles": 3,
    "suicide": True, "attack_type": "Armed Assault", "target_type": "Military",
    "notes": "Suicide assault on Malian Army base at Almoustarat, outside Gao. 7 Malian "
             "soldiers killed; at least 3 vehicles and large amounts of weapons seized "
             "before French troops arrived. JNIM claimed responsibility.",
    "tags": ["monthly report"],
    "sources": [{"publication": "Monthly security report, May 2017", "published": "2017-06-02",
                 "language": "en", "source_scale": "Other", "killed": 7}],
    "status": "submitted",
}
FROM_ARTICLE: dict[str, Any] = {
    "event_date": "2017-05-07", "time_precision": 2, "event_type": "Explosions/Remote violence",
    "sub_event_type": "Suicide bomb", "geo_precision": 1, "near": False,
    "actor1": "Military Forces of Mali (2013-2020)", "actor2": "JNIM",
    "fatalities": 9, "fatalities_low": 7, "fatalities_high": 11, "injured": 6,
    "suicide": True, "notes": "Attaque kamikaze contre le camp de l'armée malienne à "
                              "Almoustarat, au nord de Gao, le week-end dernier : 9 soldats "
                              "tués et 6 blessés selon l'armée.",
    "tags": ["suicide"],
    "sources": [{"publication": "AFP", "url": "https://www.afp.com/fr/mali-almoustarat",
                 "published": "2017-05-09", "language": "fr",
                 "source_scale": "International", "reliability": "high", "killed": 9,
                 "injured": 6}],
    "status": "submitted",
}


def _pair_scene(folder: str) -> tuple[Desk, str, str]:
    """A desk with the attack coded twice, by two coders: (desk, report's, article's)."""
    from sahel_desk.services.desk import Desk

    desk = Desk.open(folder, user="moussa")
    gao = _town(desk, "Gao")
    first = desk.incidents.create({**FROM_REPORT, "place_id": gao}).human_id
    desk.switch_user("amina")
    second = desk.incidents.create({**FROM_ARTICLE, "place_id": gao}).human_id
    return desk, first, second


def _ready(window: Any) -> Callable[[], bool]:
    """Whether the pair window has read its pair (and is not busy)."""
    return lambda: window.data is not None and not window.busy()


def render_pair(out: Path, folder: str) -> None:
    """The side-by-side merge window at a laptop's 1366x768, in each language: the
    codebook's defaults, and the army's revised toll chosen by the coder."""
    from sahel_desk.gui.duplicates import PairWindow
    from sahel_desk.gui.operations import Operations

    desk, first, second = _pair_scene(folder)
    for language in _languages():
        _speak(language)
        operations = Operations(lambda error: print(f"error: {error}", file=sys.stderr))
        window = PairWindow(desk, operations, first, second)
        window.resize(*LAPTOP)
        window.show()
        _settle(_ready(window))
        window.choose("fatalities", "other")
        window.view.clearSelection()
        window.note.setFocus()
        _settle()
        _save(window, out / f"duplicate-merge-{language}.png")
        window.close()
        operations.wait()
    _speak("en")
    desk.close()


def _searched(window: Any) -> Callable[[], bool]:
    """Whether the duplicates queue has a search's answer."""
    return lambda: window.report is not None


def render_queue(out: Path, folder: str) -> None:
    """Review > Duplicates at a laptop's 1366x768, in English and French: a demo desk
    of 2,000 incidents with the attack coded twice, its pair selected with its reasons."""
    from sahel_desk.gui.operations import Operations
    from sahel_desk.gui.review.duplicates_window import DuplicatesWindow
    from sahel_desk.services.demo import generate

    desk, first, second = _pair_scene(folder)
    generate(desk, 2000, seed=2)
    for language in ("en", "fr"):
        _speak(language)
        operations = Operations(lambda error: print(f"error: {error}", file=sys.stderr))
        window = DuplicatesWindow(desk, operations)
        window.resize(*LAPTOP)
        window.show()
        window.search()
        _settle(_searched(window), seconds=120)
        model = window.model
        row = next((r for r in range(model.rowCount())
                    if {model.index(r, 1).data(), model.index(r, 6).data()} == {first, second}),
                   0)
        window.view.selectRow(row)
        window.view.setFocus()
        _settle()
        _save(window, out / f"duplicates-queue-{language}.png")
        window.close()
        operations.wait()
    _speak("en")
    desk.close()


def render(out: Path) -> None:
    from sahel_desk.gui.app import application
    from sahel_desk.gui.claims import ClaimEditor
    from sahel_desk.services.demo import generate
    from sahel_desk.services.desk import Desk

    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = _laptop_screen()
    app = application()
    with tempfile.TemporaryDirectory(prefix="sahel-shots-") as folder:
        desk = Desk.open(folder, user="amina")
        shared = Path(__file__).resolve().parents[3] / "shared" / "data" / "geonames"
        if shared.is_dir():  # the full gazetteer when the reference dumps are at hand
            desk.gazetteer.import_geonames(sorted(shared.glob("*.txt")))
        generate(desk, 5000, seed=2)
        example = _example(desk)
        for language in _languages():
            if language == "en":
                continue
            _speak(language)
            other = render_main(out, desk, example, language)
            other.operations.wait()
            other.close()
        _speak("en")
        window = render_main(out, desk, example, "en")

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
        report = Path(__file__).resolve().parents[3] / "shared" / "samples" / "report_2017_05.md"
        if report.is_file():
            render_report_reader(window, out, report)
        window.operations.wait()
        window.close()
        desk.close()
    with tempfile.TemporaryDirectory(prefix="sahel-review-shots-") as folder:
        render_review(out, folder)
    with tempfile.TemporaryDirectory(prefix="sahel-conflict-shots-") as folder:
        render_conflicts(out, folder)
    with tempfile.TemporaryDirectory(prefix="sahel-pair-shots-") as folder:
        render_pair(out, folder)
    with tempfile.TemporaryDirectory(prefix="sahel-queue-shots-") as folder:
        render_queue(out, folder)
    app.processEvents()


if __name__ == "__main__":
    render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects, which can abort at exit
