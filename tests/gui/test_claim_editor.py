"""The claim editor as a coder uses it: type a claim, read it, accept suggestions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from sahel_desk.codebook.validation import CLAIM_FIELDS, clean_incident_values
from sahel_desk.errors import ValidationError
from sahel_desk.gui.claims import ClaimEditor
from sahel_desk.gui.claims.claim_editor import (
    ACCEPTED_SPAN_COLOUR,
    ERROR_LINE_COLOUR,
    SELECTED_SPAN_COLOUR,
    SPAN_COLOUR,
)
from sahel_desk.gui.claims.direction import strong_direction
from sahel_desk.gui.claims.inputs import OptionalSpinBox
from sahel_desk.gui.claims.suggestions import ACCEPTED_ROLE, FILLS
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk

#: The first block of /work/shared/samples/claims_ar.txt (an az-Zallaqa bulletin).
FIRST_CLAIM = (
    "#مؤسسة_الزلاقة\n"
    "الأربعاء 07/08/1438\n"
    "هجوم المجاهدين على معسكر لقوات #مينوسما قرب مدينة #تمبكتو مما أدى إلى مقتل أحد الجنود.\n"
    "#نصرة_الإسلام_والمسلمين"
)
#: The gazetteer knows the town by both names, equally well.
TIMBUKTU = {"Tombouctou", "Timbuktu"}
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying the characters, as an Arabic keyboard layout sends them.

    (QTest's keyClicks only knows Latin-1 keys.)
    """
    for char in text:
        key = int(Qt.Key.Key_Return) if char == "\n" else ord(char.upper())
        sent = "\r" if char == "\n" else char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     sent))


@pytest.fixture
def editor(desk: Desk, operations: Operations, qtbot) -> ClaimEditor:
    widget = ClaimEditor(desk.claim_reader, operations)
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def read(editor: ClaimEditor, qtbot, text: str = FIRST_CLAIM) -> None:
    editor.original_edit.setFocus()
    type_text(editor.original_edit, text)
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.suggestion_model.rowCount() > 0, timeout=10000)


def row_of(editor: ClaimEditor, kind: str) -> int:
    model = editor.suggestion_model
    return next(row for row in range(model.rowCount()) if model.suggestion(row).kind == kind)


def click_row(editor: ClaimEditor, qtbot, row: int, *, double: bool = False) -> None:
    view = editor.suggestion_view
    view.scrollTo(editor.suggestion_model.index(row, 1))
    centre = view.visualRect(editor.suggestion_model.index(row, 1)).center()
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    if double:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    click(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_typing_reading_and_accepting_fill_the_claim(editor: ClaimEditor, qtbot,
                                                     unhandled: list) -> None:
    read(editor, qtbot)
    assert editor.original_edit.toPlainText() == FIRST_CLAIM

    click_row(editor, qtbot, row_of(editor, "date"))
    qtbot.keyClick(editor.suggestion_view, Qt.Key.Key_Return)
    click_row(editor, qtbot, row_of(editor, "channel"), double=True)
    click_row(editor, qtbot, row_of(editor, "claimant"))
    qtbot.mouseClick(editor.accept_button, Qt.MouseButton.LeftButton)
    editor.suggestion_view.setFocus()
    editor.suggestion_view.setCurrentIndex(editor.suggestion_model.index(0, 0))
    while editor.suggestion_view.currentIndex().row() != row_of(editor, "killed"):
        qtbot.keyClick(editor.suggestion_view, Qt.Key.Key_Down)
    qtbot.keyClick(editor.suggestion_view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)

    values = editor.claim_values()
    assert values["claim_date"] == dt.date(2017, 5, 3)
    assert values["date_written"] == "الأربعاء 07/08/1438"
    assert values["channel"] == "az-Zallaqa"
    assert values["claimant"].startswith("JNIM")
    assert values["killed"] == 1
    assert values["wounded"] is None and values["vehicles_seized"] is None
    assert values["original_text"] == FIRST_CLAIM
    assert values["language"] == "ar"
    assert set(values) == set(CLAIM_FIELDS)
    assert not clean_incident_values({"claims": [values]}).errors
    model = editor.suggestion_model
    accepted = {model.suggestion(r).kind for r in range(model.rowCount())
                if model.index(r, 0).data(ACCEPTED_ROLE)}
    assert accepted == {"date", "channel", "claimant", "killed"}
    assert model.index(row_of(editor, "killed"), 0).data().startswith("✓")
    assert not unhandled


def test_accept_all_fills_the_claim_and_offers_places_and_actors(editor: ClaimEditor,
                                                                  qtbot) -> None:
    places: list[str] = []
    actors: list[str] = []
    editor.placeSuggested.connect(places.append)
    editor.actorSuggested.connect(actors.append)
    read(editor, qtbot)
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(editor.accept_all_button, Qt.MouseButton.LeftButton)

    values = editor.claim_values()
    assert (values["claim_date"], values["channel"], values["killed"]) == (
        dt.date(2017, 5, 3), "az-Zallaqa", 1)
    assert values["claimant"].startswith("JNIM")
    assert len(places) == 1 and places[0] in TIMBUKTU
    assert [a.split(":")[0] for a in actors] == ["MINUSMA"]
    assert not editor.accept_all_button.isEnabled()


def test_rows_say_what_they_fill_with_the_hijri_date_and_notes(editor: ClaimEditor,
                                                                 qtbot) -> None:
    read(editor, qtbot)
    model = editor.suggestion_model
    date_row = row_of(editor, "date")
    assert model.index(date_row, 0).data() == FILLS["date"]
    shown = model.index(date_row, 1).data()
    assert "2017-05-03" in shown and "07/08/1438" in shown and "الأربعاء" in shown
    place = row_of(editor, "place")
    other = next(iter(TIMBUKTU - {model.suggestion(place).value}))
    assert model.index(place, 2).data() == f"also: \u2068{other}\u2069"
    assert model.index(row_of(editor, "killed"), 1).data().strip("\u2068\u2069") == "1"


def test_vague_numbers_are_shown_but_fill_nothing(editor: ClaimEditor, qtbot) -> None:
    vague = ("الثلاثاء 14/03/1446\nعملية خاصة على المطار العسكري في العاصمة #باماكو "
             "أسفرت عن خسائر بشرية ومادية كبيرة.")
    read(editor, qtbot, vague)
    row = row_of(editor, "killed")
    assert "vague" in editor.suggestion_model.index(row, 2).data()
    click_row(editor, qtbot, row)
    assert not editor.accept_button.isEnabled()
    qtbot.keyClick(editor.suggestion_view, Qt.Key.Key_Return)
    editor.accept_all()
    assert editor.claim_values()["killed"] is None
    assert editor.claim_values()["claim_date"] == dt.date(2024, 9, 17)


def test_spans_are_highlighted_and_the_selected_one_strongly(editor: ClaimEditor,
                                                             qtbot) -> None:
    read(editor, qtbot)
    model = editor.suggestion_model
    assert len(editor.original_edit.extraSelections()) == model.rowCount()

    row = row_of(editor, "killed")
    click_row(editor, qtbot, row)
    spans = editor.original_edit.extraSelections()
    strong = [s for s in spans if s.format.background().color() == SELECTED_SPAN_COLOUR]
    assert [s.cursor.selectedText() for s in strong] == ["مقتل أحد الجنود"]
    light = [s for s in spans if s.format.background().color() == SPAN_COLOUR]
    assert len(light) == model.rowCount() - 1

    qtbot.keyClick(editor.suggestion_view, Qt.Key.Key_Return)
    click_row(editor, qtbot, row_of(editor, "date"))
    colours = {s.cursor.selectedText(): s.format.background().color()
               for s in editor.original_edit.extraSelections()}
    assert colours["مقتل أحد الجنود"] == ACCEPTED_SPAN_COLOUR
    assert colours["الأربعاء 07/08/1438"] == SELECTED_SPAN_COLOUR


def test_editing_the_text_after_reading_drops_the_highlights(editor: ClaimEditor,
                                                             qtbot) -> None:
    read(editor, qtbot)
    editor.original_edit.moveCursor(editor.original_edit.textCursor().MoveOperation.End)
    type_text(editor.original_edit, " ")
    assert editor.original_edit.extraSelections() == []
    assert "Read claim again" in editor.message_label.text()
    editor.accept_all()  # the suggestions stay usable
    assert editor.claim_values()["killed"] == 1


def test_direction_follows_the_text(editor: ClaimEditor, qtbot) -> None:
    text = editor.original_edit
    text.setFocus()
    qtbot.keyClicks(text, "Attack near Gao")
    assert text.layoutDirection() == LTR
    text.selectAll()
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    type_text(text, FIRST_CLAIM)
    assert text.layoutDirection() == RTL
    assert text.document().defaultTextOption().textDirection() == RTL
    assert text.document().firstBlock().textDirection() == RTL
    text.selectAll()
    qtbot.keyClick(text, Qt.Key.Key_Delete)
    qtbot.keyClicks(text, "#JNIM claims")
    assert text.layoutDirection() == LTR

    editor.date_written_edit.setFocus()
    type_text(editor.date_written_edit, "الأربعاء 07/08/1438")
    assert editor.date_written_edit.layoutDirection() == RTL


def test_strong_direction_skips_neutral_characters() -> None:
    assert strong_direction("#07/08 مقتل") == RTL
    assert strong_direction("12 — Gao") == LTR
    assert strong_direction("07/08/1438") is None


def test_an_impossible_date_is_reported_inline(editor: ClaimEditor, qtbot,
                                               unhandled: list) -> None:
    editor.original_edit.setFocus()
    type_text(editor.original_edit, "#مؤسسة_الزلاقة\nالأربعاء 31/13/1438\nهجوم على معسكر")
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.message_label.isVisible()
                    and "impossible" in editor.message_label.text(), timeout=10000)
    assert "line 2" in editor.message_label.text()
    assert editor.suggestion_model.rowCount() == 0
    lines = editor.original_edit.extraSelections()
    assert [s.format.background().color() for s in lines] == [ERROR_LINE_COLOUR]
    assert lines[0].cursor.block().text() == "الأربعاء 31/13/1438"
    assert not unhandled


def test_ctrl_r_reads_the_claim(editor: ClaimEditor, qtbot) -> None:
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.original_edit.setFocus()
    type_text(editor.original_edit, FIRST_CLAIM)
    qtbot.keyClick(editor.original_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.suggestion_model.rowCount() > 0, timeout=10000)


def test_reading_empty_text_asks_for_text(editor: ClaimEditor, qtbot) -> None:
    qtbot.mouseClick(editor.read_button, Qt.MouseButton.LeftButton)
    assert "first" in editor.message_label.text()


def test_set_claim_and_claim_values_round_trip(editor: ClaimEditor, qtbot) -> None:
    claim = {
        "id": "c-1", "claimant": "JNIM: Group for Support of Islam and Muslims",
        "channel": "Amaq", "original_text": FIRST_CLAIM, "language": "ar",
        "translation": "Attack on a MINUSMA camp near Timbuktu; one soldier killed.",
        "date_written": "الأربعاء 07/08/1438", "claim_date": dt.date(2017, 5, 3),
        "killed": 1, "wounded": 0, "vehicles_seized": None, "weapons_seized": 4,
        "competing": True,
    }
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_claim(claim)
    assert editor.claim_values() == claim

    other = {"channel": "a channel not in the list", "claim_date": "2023-01-10"}
    editor.set_claim(other)
    values = editor.claim_values()
    assert values["channel"] == "a channel not in the list"
    assert values["claim_date"] == dt.date(2023, 1, 10)
    assert values["id"] is None and values["original_text"] == ""
    assert values["killed"] is None and values["competing"] is False


def test_user_edits_emit_changed(editor: ClaimEditor, qtbot) -> None:
    editor.set_claim({})
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.claimant_edit.setFocus()
        qtbot.keyClicks(editor.claimant_edit, "JNIM")
    assert editor.claimant() == "JNIM"
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.competing_check.setFocus()
        qtbot.keyClick(editor.competing_check, Qt.Key.Key_Space)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        editor.count_spins["wounded"].setFocus()
        qtbot.keyClicks(editor.count_spins["wounded"], "3")
    assert editor.claim_values()["wounded"] == 3


def test_suggestion_model_passes_the_model_tester(editor: ClaimEditor, qtbot,
                                                  qtmodeltester) -> None:
    qtmodeltester.check(editor.suggestion_model, force_py=True)
    read(editor, qtbot)
    editor.accept_all()
    qtmodeltester.check(editor.suggestion_model, force_py=True)
    assert not editor.suggestion_model.index(0, 0, editor.suggestion_model.index(0, 0)).isValid()
    assert editor.suggestion_model.rowCount(editor.suggestion_model.index(0, 0)) == 0
    assert editor.suggestion_model.data(QModelIndex()) is None


@pytest.mark.shared
def test_a_claim_from_the_samples_file(editor: ClaimEditor, qtbot, shared_dir) -> None:
    text = (shared_dir / "samples" / "claims_ar.txt").read_text(encoding="utf-8")
    second = text.split("\n---\n")[1]
    claim = "\n".join(line for line in second.splitlines() if not line.startswith("# "))
    read(editor, qtbot, claim)
    editor.accept_all()
    values = editor.claim_values()
    assert (values["claim_date"], values["killed"], values["vehicles_seized"]) == (
        dt.date(2017, 5, 7), 7, 3)
    assert values["weapons_seized"] is None  # "a large quantity of weapons" has no number


def test_an_empty_number_input(qtbot) -> None:
    spin = OptionalSpinBox()
    qtbot.addWidget(spin)
    spin.show()
    spin.setFocus()
    assert spin.number() is None and spin.text() == "—"
    qtbot.keyClicks(spin, "7")
    assert spin.number() == 7
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Backspace)
    spin.interpretText()
    assert spin.number() is None and spin.text() == "—"


def test_set_claim_refuses_values_it_cannot_read(editor: ClaimEditor) -> None:
    editor.set_claim({"channel": "Amaq"})
    with pytest.raises(ValidationError, match="claim_date"):
        editor.set_claim({"claim_date": "31 April 2017", "channel": "al-Naba"})
    assert editor.claim_values()["channel"] == "Amaq"


def test_a_reading_that_arrives_after_another_claim_is_shown_is_dropped(
        editor: ClaimEditor, operations: Operations, qtbot) -> None:
    editor.set_claim({"original_text": FIRST_CLAIM})
    editor.read_claim()
    editor.set_claim({"original_text": "Another claim", "channel": "Amaq"})
    operations.wait()
    qtbot.wait(50)
    assert editor.suggestion_model.rowCount() == 0
    assert editor.claim_values()["original_text"] == "Another claim"
