"""File > Code from a report, used as a coder uses it: open a sample report, look at
its drafts, accept two (one edited first), discard one, and find exactly those in the
database; a report with an Arabic claim shows it right to left; a file that is not a
report says why and leaves nothing behind."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from sahel_desk.gui.app import build_window
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.gui.reports import ReaderWindow
from sahel_desk.gui.reports.drafts_model import COLUMNS, DraftState
from sahel_desk.gui.reports.report_view import qt_positions
from sahel_desk.services.desk import Desk
from sahel_desk.services.report_reader import draft_values
from sahel_desk.store.records import IncidentFilter, IncidentRecord
from tests.conftest import SHARED

SAMPLE = SHARED / "samples" / "report_2017_05.md"
EXPECT = SHARED / "samples" / "report_2017_05.expect.json"
TAG = "report_2017_05"
#: fields a saved draft holds as the Desk API was given them
PLAIN_FIELDS = ("event_date", "event_date_end", "time_precision", "event_type",
                "sub_event_type", "geo_precision", "near", "fatalities", "injured",
                "kidnapped", "arrested", "notes")
WAIT = 20000


@pytest.fixture
def sample() -> Path:
    if not SAMPLE.is_file() or not EXPECT.is_file():
        pytest.skip(f"../shared sample report is absent (looked for {SAMPLE})")
    return SAMPLE


def _main_window(desk: Desk, qtbot) -> MainWindow:
    window = build_window(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_reader(main: MainWindow, qtbot, path: Path) -> ReaderWindow:
    """File > Code from a report, type the file's path, press Enter, wait for the drafts."""
    main.report_action.trigger()
    reader = main.reader_window
    assert reader is not None
    reader.resize(1366, 768)
    qtbot.waitExposed(reader)
    qtbot.waitUntil(reader.path.hasFocus)
    qtbot.keyClicks(reader.path, str(path))
    qtbot.keyClick(reader.path, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not reader.runner.running, timeout=WAIT)
    return reader


def _choose(reader: ReaderWindow, qtbot, line: int):
    """Click the draft of the entry starting on ``line``; wait for its form to fill."""
    row = next(i for i, r in enumerate(reader.model.rows()) if r.draft.line == line)
    rect = reader.table.visualRect(reader.model.index(row, COLUMNS.index("event_date")))
    qtbot.mouseClick(reader.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert reader.current_row() == row
    qtbot.waitUntil(lambda: reader.ready(row), timeout=WAIT)
    return reader.current_form()


def _state(reader: ReaderWindow, line: int) -> DraftState:
    return next(r.state for r in reader.model.rows() if r.draft.line == line)


def _saved(desk: Desk) -> dict[int, IncidentRecord]:
    """The incidents tagged with the report, by the report line their source cites."""
    rows = desk.incidents.query(IncidentFilter(tag=TAG), limit=100).rows
    found: dict[int, IncidentRecord] = {}
    for row in rows:
        record = desk.incidents.get(row.id)
        citation = record.sources[0].citation or ""
        found[int(citation.split(", line ")[1].split(" ")[0])] = record
    return found


@pytest.fixture
def coded(mali_dir: Path, sample: Path, qtbot, qtmodeltester) -> Iterator[tuple[Desk, MainWindow,
                                                                                ReaderWindow]]:
    with Desk.open(mali_dir, user="amina") as desk:
        main = _main_window(desk, qtbot)
        reader = _open_reader(main, qtbot, sample)
        qtmodeltester.check(reader.model)
        yield desk, main, reader
        main.operations.wait()


def test_accept_two_edit_one_discard_one(coded, qtbot, qtmodeltester) -> None:
    desk, _main, reader = coded
    expected_lines = [e["line"] for e in json.loads(EXPECT.read_text("utf-8"))["events"]]
    lines = SAMPLE.read_text("utf-8").split("\n")
    assert [r.draft.line for r in reader.model.rows()] == expected_lines
    assert all(r.state is DraftState.PROPOSED for r in reader.model.rows())
    before = desk.incidents.count()

    # Timbuktu, 14 April: accepted as read
    _choose(reader, qtbot, 7)
    selections = reader.text.extraSelections()
    marked = selections[0].cursor.selectedText()
    assert marked.startswith(lines[6][:40])
    with qtbot.waitSignal(reader.saved, timeout=WAIT):
        qtbot.mouseClick(reader.accept_button, Qt.MouseButton.LeftButton)
    timbuktu_row = next(r for r in reader.model.rows() if r.draft.line == 7)
    assert timbuktu_row.state is DraftState.ACCEPTED and not timbuktu_row.edited

    # Almoustarat, 7 May: the coder corrects the toll before accepting
    form = _choose(reader, qtbot, 13)
    assert "Almoustarat" in lines[12]
    fatalities = form.toll.edits["fatalities"]
    assert fatalities.text() == "7"  # "7 Malian soldiers killed"
    fatalities.setFocus()
    qtbot.keyClick(fatalities, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(fatalities, "9")
    with qtbot.waitSignal(reader.saved, timeout=WAIT):
        qtbot.keyClick(reader.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    almoustarat_row = next(r for r in reader.model.rows() if r.draft.line == 13)
    assert almoustarat_row.state is DraftState.ACCEPTED and almoustarat_row.edited

    # Bamako, 18 June: discarded
    _choose(reader, qtbot, 15)
    qtbot.mouseClick(reader.discard_button, Qt.MouseButton.LeftButton)
    assert _state(reader, 15) is DraftState.DISCARDED
    qtmodeltester.check(reader.model)
    assert [_state(reader, line) for line in (5, 9, 11)] == [DraftState.PROPOSED] * 3

    # the database holds the two accepted entries as drafts of the report, nothing else
    assert desk.incidents.count() == before + 2
    saved = _saved(desk)
    assert sorted(saved) == [7, 13]
    timbuktu, almoustarat = saved[7], saved[13]
    for record in (timbuktu, almoustarat):
        assert record.status == "draft"
        assert TAG in record.tags
        assert record.sources[0].publication == SAMPLE.name
    assert str(timbuktu.event_date) == "2017-04-14"
    assert timbuktu.location == "Timbuktu"
    # accepted as read, it holds what `report read --create` saves for that entry
    assert reader.opened is not None
    entry = next(d for d in reader.opened.reading.drafts if d.line == 7)
    created = draft_values(entry, reader.opened.reading, TAG)
    assert {name: getattr(timbuktu, name) for name in PLAIN_FIELDS} == {
        name: created[name] for name in PLAIN_FIELDS}
    assert timbuktu.place is not None and timbuktu.place.id == created["place_id"]
    assert (timbuktu.actor1.name, timbuktu.actor2.name) == (created["actor1"],
                                                            created["actor2"])
    assert list(timbuktu.tags) == created["tags"]
    assert timbuktu.sources[0].citation == created["sources"][0]["citation"]
    assert str(almoustarat.event_date) == "2017-05-07"
    assert almoustarat.fatalities == 9
    assert almoustarat.sources[0].killed == 7  # what the report says stays the source's
    assert [c.claimant.name for c in almoustarat.claims if c.claimant] == [
        "JNIM: Group for Support of Islam and Muslims"]

    # reading the report again offers only what was not saved
    with qtbot.waitSignal(reader.reportRead, timeout=WAIT):
        qtbot.mouseClick(reader.read_button, Qt.MouseButton.LeftButton)
    states = {r.draft.line: r.state for r in reader.model.rows()}
    assert states[7] is DraftState.SAVED_BEFORE and states[13] is DraftState.SAVED_BEFORE
    assert states[15] is DraftState.PROPOSED
    assert desk.incidents.count() == before + 2


def test_unsure_fields_are_listed_above_the_form(coded, qtbot) -> None:
    _desk, _main, reader = coded
    # "near the border with Burkina Faso": no place the gazetteer knows is named
    assert "Burkina Faso" in SAMPLE.read_text("utf-8").split("\n")[4]
    form = _choose(reader, qtbot, 5)
    assert reader.unsure.isVisible()
    assert ">Location<" in reader.unsure.text()
    assert form.where.values()["place_id"] is None
    reader.unsure.linkActivated.emit("location")
    assert form.where.coded["location"].hasFocus()


def test_clicking_an_entry_in_the_text_chooses_its_draft(coded, qtbot) -> None:
    _desk, _main, reader = coded
    text = SAMPLE.read_text("utf-8")
    word = text.index("Anderamboukane")  # line 9's entry
    cursor = QTextCursor(reader.text.document())
    cursor.setPosition(word + 3)
    spot = reader.text.cursorRect(cursor).center()
    qtbot.mouseClick(reader.text.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert reader.model.rows()[reader.current_row()].draft.line == 9
    assert "Location: " in "\n".join(reader.text.said_at(word + 3))


def test_closing_keeps_edited_drafts_only(coded, qtbot) -> None:
    _desk, main, reader = coded
    assert main.drafts.pending() == []
    _choose(reader, qtbot, 5)  # looked at, left as proposed
    form = _choose(reader, qtbot, 11)
    form.notes.notes.setFocus()
    qtbot.keyClick(form.notes.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.notes.notes, " Seen by the coder.")
    reader.close()
    entry = SAMPLE.read_text("utf-8").split("\n")[10]  # line 11: "[03 MAY 17](#): Raid..."
    kept = main.drafts.pending()
    assert [d.values["notes"] for d in kept] == [
        entry.split(": ", 1)[1].strip() + " Seen by the coder."]


def test_an_entry_is_marked_as_its_line_not_as_far_as_its_claim(mali_dir: Path, sample: Path,
                                                                  qtbot) -> None:
    """The January 2023 sample's first entry is repeated by an Arabic statement further
    down; marking the entry stops at its own line."""
    report = sample.with_name("report_2023_01.md")
    lines = report.read_text("utf-8").split("\n")
    with Desk.open(mali_dir, user="amina") as desk:
        main = _main_window(desk, qtbot)
        reader = _open_reader(main, qtbot, report)
        first = reader.model.rows()[0].draft.line
        _choose(reader, qtbot, first)
        selections = reader.text.extraSelections()
        assert selections[0].cursor.selectedText() == lines[first - 1]
        main.operations.wait()


ARABIC_REPORT = """Mali – Sahel: March 2017 security incidents

[05 MAR 17](#): Gunmen attacked a military post at Gao. 3 soldiers killed. JNIM claimed it.

#مؤسسة_الزلاقة
عملية على ثكنة للجيش المالي في #غاو وقتل ثلاثة من الجنود
#نصرة_الإسلام_والمسلمين

20 MAR 17: Unknown gunmen killed 2 civilians near Mopti.
"""


def test_an_arabic_claim_reads_right_to_left(desk: Desk, qtbot, tmp_path: Path,
                                             qtmodeltester) -> None:
    path = tmp_path / "mali_2017_03.md"
    path.write_text(ARABIC_REPORT, encoding="utf-8")
    main = _main_window(desk, qtbot)
    reader = _open_reader(main, qtbot, path)
    qtmodeltester.check(reader.model)
    assert [r.draft.line for r in reader.model.rows()] == [3, 9]
    document = reader.text.document()
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.blockNumber() + 1] = block.blockFormat().layoutDirection()
        block = block.next()
    rtl = Qt.LayoutDirection.RightToLeft
    assert [line for line, d in directions.items() if d == rtl] == [5, 6, 7]
    # the second entry's mark starts where its line does, after the Arabic lines
    _choose(reader, qtbot, 9)
    selections = reader.text.extraSelections()
    cursor = selections[0].cursor
    start = QTextCursor(document)
    start.setPosition(cursor.selectionStart())
    assert start.blockNumber() + 1 == 9
    reader.close()
    main.operations.wait()


def test_positions_beyond_the_basic_plane_count_twice_in_the_document(desk: Desk, qtbot,
                                                                       tmp_path: Path) -> None:
    assert qt_positions("abc")(2) == 2
    assert qt_positions("a\U0001F4CCb")(2) == 3
    report = ARABIC_REPORT.replace("Mali – Sahel", "\U0001F4CC Mali – Sahel")
    path = tmp_path / "pinned.md"
    path.write_text(report, encoding="utf-8")
    main = _main_window(desk, qtbot)
    reader = _open_reader(main, qtbot, path)
    _choose(reader, qtbot, 9)
    selections = reader.text.extraSelections()
    assert selections[0].cursor.selectedText() == report.split("\n")[8]
    main.operations.wait()


def test_a_file_that_is_no_report_says_why_and_creates_nothing(desk: Desk, qtbot,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    before = desk.incidents.count()
    main = _main_window(desk, qtbot)
    reader = _open_reader(main, qtbot, path)
    assert "Not read" in reader.summary.text() and "PDF" in reader.summary.text()
    assert reader.model.rowCount() == 0
    assert not reader.accept_button.isEnabled()
    assert desk.incidents.count() == before
    reader.close()
    main.operations.wait()
