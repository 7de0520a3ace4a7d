"""The incident form, driven as a coder drives it: typing into the real widgets."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import DatabaseBusyError, DiskFullError
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.form.sources_model import COLUMN_OF, SourcesModel
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers.typeahead import TypeAheadField
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore
from sahel_desk.store.records import IncidentFilter
from tests.core.helpers import complete_values, place_id
from tests.core.test_coded_location import located, place_row

CLAIM_TEXT = "عملية استشهادية على قاعدة للجيش المالي في #المسترات وقتل 17 جنديا"
WAIT = 10000


@pytest.fixture
def drafts(data_dir: Path) -> DraftStore:
    return DraftStore(data_dir / "drafts", "amina")


@pytest.fixture
def make_form(qtbot, desk: Desk, operations: Operations, drafts: DraftStore):
    def make() -> IncidentForm:
        form = IncidentForm(desk, operations, drafts)
        qtbot.addWidget(form)
        form.resize(1280, 900)
        form.show()
        qtbot.waitExposed(form)
        return form
    return make


@pytest.fixture
def form(make_form) -> IncidentForm:
    return make_form()


@pytest.fixture
def stored(desk: Desk) -> str:
    return desk.incidents.create(complete_values(desk, status="draft")).id


@pytest.fixture
def loaded(form: IncidentForm, stored: str, qtbot) -> IncidentForm:
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.load(stored)
    return form


# --- typing like a coder ------------------------------------------------------------------


def key_clicks(qtbot, widget: QWidget, text: str) -> None:
    """Key presses carrying the characters; beyond Latin-1 (QTest's keys), as an Arabic or
    Persian keyboard layout sends them."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, ord(char), Qt.KeyboardModifier.
                                                         NoModifier, char))
    else:
        qtbot.keyClicks(widget, text)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    key_clicks(qtbot, widget, text)


def paste_into(qtbot, widget: QWidget, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def choose_in_combo(qtbot, combo: QComboBox, text: str) -> None:
    """Move through a closed combo box with the arrow keys to the entry starting with ``text``."""
    wanted = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert wanted >= 0, f"no entry starts with {text!r}"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(wanted):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith(text), combo.currentText()


def choose(qtbot, picker: TypeAheadField, typed: str, wanted: str) -> None:
    """Type into a picker, wait for its popup and pick the hit called ``wanted``."""
    edit = picker.line_edit()
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    popup = picker.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    model = popup.model()
    titles = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert wanted in titles, titles
    for _ in range(titles.index(wanted)):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def cell_editor(view) -> QWidget:
    editors = [w for w in view.viewport().findChildren(QWidget)
               if isinstance(w, QLineEdit | QComboBox) and w.isVisible()]
    assert editors, "no cell editor open"
    return editors[0]


def type_in_cell(qtbot, form: IncidentForm, row: int, key: str, text: str) -> None:
    """Select a source cell and type into it, then press Enter."""
    view = form.sources.view
    index = form.sources.model.index(row, COLUMN_OF[key])
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = cell_editor(view)
    if isinstance(editor, QComboBox) and not editor.isEditable():
        editor.setCurrentIndex(editor.findText(text))
    else:
        target = editor.lineEdit() if isinstance(editor, QComboBox) else editor
        target.selectAll()
        key_clicks(qtbot, target, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits once control returns to the loop
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=WAIT)


def problem_of(form: IncidentForm, field: str) -> str | None:
    return form.boxes[field].problem()


def wait_checked(qtbot, form: IncidentForm) -> None:
    qtbot.waitUntil(lambda: not form.live.pending(), timeout=WAIT)


# --- creating -------------------------------------------------------------------------------


def test_an_incident_typed_into_the_form_is_stored(form: IncidentForm, desk: Desk,
                                                   qtbot) -> None:
    type_into(qtbot, form.when.event_date, "2017-05-07")
    choose_in_combo(qtbot, form.when.time_precision, "1")
    choose(qtbot, form.where.place, "Gao", "Gao")
    choose_in_combo(qtbot, form.where.geo_precision, "2")
    form.where.near.setFocus()
    qtbot.keyClick(form.where.near, Qt.Key.Key_Space)
    choose_in_combo(qtbot, form.what.event_type, "Battles")
    choose_in_combo(qtbot, form.what.sub_event_type, "Armed clash")
    choose(qtbot, form.who.actor1, "GSIM", "JNIM: Group for Support of Islam and Muslims")
    assert form.who.actor1.line_edit().text().startswith("JNIM")
    choose(qtbot, form.who.actor2, "FAMa", "Military Forces of Mali (2013-2020)")
    choose(qtbot, form.who.assoc2.picker(), "Barkhane", "Military Forces of France (2012-2017)")

    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, form, 0, "publication", "RFI")
    type_in_cell(qtbot, form, 0, "published", "2017-05-08")
    type_in_cell(qtbot, form, 0, "source_scale", "International")
    type_in_cell(qtbot, form, 0, "reliability", "high")
    type_in_cell(qtbot, form, 0, "killed", "7")
    type_into(qtbot, form.toll.edits["fatalities_high"], "9")

    qtbot.mouseClick(form.claims.add_button, Qt.MouseButton.LeftButton)
    claim = form.claims.editors()[0]
    paste_into(qtbot, claim.original_edit, CLAIM_TEXT)  # claims are pasted as published
    type_into(qtbot, claim.claimant_edit, "JNIM")
    type_into(qtbot, claim.count_spins["killed"], "17")
    type_into(qtbot, form.notes.notes, "Suicide assault on the army base at Almoustarat.")
    type_into(qtbot, form.notes.tags, "claimed; suicide")

    wait_checked(qtbot, form)
    assert form.toll.edits["fatalities"].text() == "7"  # the lowest reported, by default
    assert form.toll.spread.text() == "1 source reports 7"
    assert form.toll.claimed_killed.text() == "claimed: 17"
    assert form.is_dirty()
    assert form.check_result().submittable

    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    record = desk.incidents.get(saved.args[0].id)
    assert record.status == "submitted"
    assert str(record.event_date) == "2017-05-07" and record.time_precision == 1
    assert record.place.name == "Gao" and record.geo_precision == 2 and record.near
    assert (record.event_type, record.sub_event_type) == ("Battles", "Armed clash")
    assert record.actor1.name == "JNIM: Group for Support of Islam and Muslims"
    assert record.actor2.name == "Military Forces of Mali (2013-2020)"
    assert [a.name for a in record.assoc_actor_2] == ["Military Forces of France (2012-2017)"]
    assert (record.fatalities, record.fatalities_high) == (7, 9)
    assert [(s.publication, s.killed, s.reliability) for s in record.sources] == [
        ("RFI", 7, "high")]
    assert record.claims[0].killed == 17 and record.claims[0].original_text == CLAIM_TEXT
    assert record.claims[0].claimant.name.startswith("JNIM")
    assert record.tags == ("claimed", "suicide")
    found = desk.incidents.query(IncidentFilter(actor="JNIM", text="Almoustarat")).rows
    assert [row.id for row in found] == [record.id]
    assert not form.is_dirty()
    assert form.title() == record.human_id


def test_editing_a_loaded_incident_updates_it(loaded: IncidentForm, desk: Desk, stored: str,
                                              qtbot) -> None:
    before = desk.incidents.get(stored)
    edit = loaded.toll.edits["injured"]
    type_into(qtbot, edit, "4")
    with qtbot.waitSignal(loaded.saved, timeout=WAIT):
        qtbot.mouseClick(loaded.save_button, Qt.MouseButton.LeftButton)
    after = desk.incidents.get(stored)
    assert after.injured == 4 and after.revision == before.revision + 1
    assert [s.id for s in after.sources] == [s.id for s in before.sources]
    assert [c.id for c in after.claims] == [c.id for c in before.claims]
    assert loaded.revision == after.revision and not loaded.is_dirty()


def test_a_loaded_incident_shows_its_values_and_derived_codes(loaded: IncidentForm,
                                                              desk: Desk, stored: str) -> None:
    state = desk.incidents.state(stored)
    shown = loaded.values()
    assert {k: v for k, v in shown.items() if k != "claims"} == {
        k: v for k, v in state.items() if k != "claims"}
    assert shown["claims"][0]["claimant"].startswith("JNIM")  # shown by name
    assert loaded.what.disorder_type.text() == "Political violence"
    assert loaded.who.interaction.text() == "State forces-Rebel group"
    assert loaded.who.inter1.text().startswith("2")
    assert loaded.toll.claimed_killed.text() == "claimed: 7"
    assert loaded.title() == desk.incidents.get(stored).human_id
    assert not loaded.is_dirty()


# --- checking as you type ---------------------------------------------------------------


def test_a_negative_count_is_explained_next_to_the_field(form: IncidentForm, qtbot) -> None:
    type_into(qtbot, form.toll.edits["injured"], "-3")
    qtbot.waitUntil(lambda: problem_of(form, "injured") is not None, timeout=WAIT)
    assert problem_of(form, "injured") == "cannot be negative (-3)"
    assert form.boxes["injured"].property("invalid") is True
    assert "Injured: cannot be negative (-3)" in form.problems.texts()
    qtbot.keyClick(form.toll.edits["injured"], Qt.Key.Key_Home)
    qtbot.keyClick(form.toll.edits["injured"], Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: problem_of(form, "injured") is None, timeout=WAIT)
    assert not form.problems.isVisible()


def test_low_above_best_is_refused_with_the_reason(form: IncidentForm, drafts: DraftStore,
                                                   qtbot) -> None:
    type_into(qtbot, form.toll.edits["fatalities"], "5")
    type_into(qtbot, form.toll.edits["fatalities_low"], "7")
    qtbot.waitUntil(lambda: problem_of(form, "fatalities_low") is not None, timeout=WAIT)
    assert problem_of(form, "fatalities_low") == "7 is more than the best estimate 5"
    assert not form.save()
    assert "Not saved" in form.banner.text()
    assert [d.values["fatalities_low"] for d in drafts.pending()] == [7]  # the work is kept


def test_a_sub_event_of_another_type_is_marked(form: IncidentForm, qtbot) -> None:
    choose_in_combo(qtbot, form.what.event_type, "Battles")
    choose_in_combo(qtbot, form.what.sub_event_type, "Armed clash")
    choose_in_combo(qtbot, form.what.event_type, "Riots")
    qtbot.waitUntil(lambda: problem_of(form, "sub_event_type") is not None, timeout=WAIT)
    assert problem_of(form, "sub_event_type").startswith(
        "'Armed clash' does not belong to event type 'Riots'")
    assert form.what.sub_event_type.currentText() == "Armed clash (not a sub-event of Riots)"


def test_bad_source_cells_are_tinted_and_explained(form: IncidentForm, qtbot) -> None:
    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, form, 0, "killed", "-2")
    qtbot.waitUntil(lambda: form.sources.model.problem(0, "killed") is not None, timeout=WAIT)
    index = form.sources.model.index(0, COLUMN_OF["killed"])
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "cannot be negative (-2)"
    assert "Source 1, killed: cannot be negative (-2)" in form.sources.problem_label.text()
    assert form.sources.model.problem(0, "publication") == (
        "a source needs a publication, a URL or a citation")


def test_digits_of_other_scripts_count_and_superscripts_are_not_numbers(
        form: IncidentForm, desk: Desk, qtbot) -> None:
    type_into(qtbot, form.toll.edits["fatalities"], "٧")
    type_into(qtbot, form.toll.edits["injured"], "۳²")  # the superscript never gets in
    assert form.toll.edits["fatalities"].value() == 7
    assert form.toll.edits["injured"].text() == "۳"
    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    type_in_cell(qtbot, form, 0, "publication", "RFI")
    for typed in ("²", "①", "3²"):
        type_in_cell(qtbot, form, 0, "killed", typed)
        expected = f"'{typed}' is not a whole number"
        qtbot.waitUntil(lambda: form.sources.model.problem(0, "killed") == expected,  # noqa: B023
                        timeout=WAIT)
        assert not form.save()
    type_in_cell(qtbot, form, 0, "killed", "۹")
    qtbot.waitUntil(lambda: form.sources.model.problem(0, "killed") is None, timeout=WAIT)
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        assert form.save()
    record = desk.incidents.get(saved.args[0].id)
    assert (record.fatalities, record.injured, record.sources[0].killed) == (7, 3, 9)


def test_submit_needs_a_complete_record_but_a_draft_saves(form: IncidentForm, desk: Desk,
                                                          qtbot) -> None:
    type_into(qtbot, form.when.event_date, "2017-05-07")
    wait_checked(qtbot, form)
    assert not form.submit_button.isEnabled()
    assert "To submit" in form.submit_note.text()
    assert not form.submit()
    assert problem_of(form, "event_type") == "a submitted record needs an event type"
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        assert form.save()
    assert desk.incidents.get(saved.args[0].id).status == "draft"


def test_choosing_an_event_type_restricts_the_sub_event_types(form: IncidentForm,
                                                              qtbot) -> None:
    combo = form.what.sub_event_type
    assert combo.count() == 1 + 25  # every sub-event type while no event type is chosen
    choose_in_combo(qtbot, form.what.event_type, "Riots")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—", "Violent demonstration", "Mob violence"]
    choose_in_combo(qtbot, combo, "Mob")
    assert form.what.disorder_type.text() == "Political violence"
    choose_in_combo(qtbot, form.what.event_type, "Protests")
    assert combo.itemText(1) == "Excessive force against protesters"


def test_a_sub_event_chosen_first_fills_its_event_type(form: IncidentForm, qtbot) -> None:
    choose_in_combo(qtbot, form.what.sub_event_type, "Air/drone strike")
    assert form.what.event_type.value() == "Explosions/Remote violence"
    assert form.what.sub_event_type.value() == "Air/drone strike"


# --- tolls --------------------------------------------------------------------------------------


def test_disagreeing_sources_show_a_spread_and_best_defaults_to_the_lowest(
        form: IncidentForm, qtbot) -> None:
    for killed in ("11", "7"):
        qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
        type_in_cell(qtbot, form, form.sources.model.rowCount() - 1, "killed", killed)
    assert form.toll.spread.text() == "sources report 7–11"
    assert form.toll.edits["fatalities"].text() == "7"
    type_in_cell(qtbot, form, 1, "killed", "9")
    assert form.toll.edits["fatalities"].text() == "9"  # still following the sources
    type_into(qtbot, form.toll.edits["fatalities"], "0")  # "90": the coder's own number
    type_in_cell(qtbot, form, 0, "killed", "3")
    assert form.toll.edits["fatalities"].text() == "90"


def test_a_claimed_number_is_shown_but_never_copied(form: IncidentForm, qtbot) -> None:
    qtbot.mouseClick(form.claims.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, form.claims.editors()[0].count_spins["killed"], "17")
    qtbot.waitUntil(lambda: form.toll.claimed_killed.text() == "claimed: 17", timeout=WAIT)
    assert form.toll.edits["fatalities"].text() == ""
    assert form.values()["fatalities"] is None


# --- sources ------------------------------------------------------------------------------------


def test_the_sources_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SourcesModel()
    model.set_rows([{"publication": "RFI", "killed": 7},
                    {"url": "https://example.org/a", "published": "2017-05-08"}])
    qtmodeltester.check(model, force_py=True)
    model.add_source({"publication": "Studio Tamani"})
    model.removeRows(0, 1)
    qtmodeltester.check(model, force_py=True)
    assert [r["publication"] for r in model.rows()] == [None, "Studio Tamani"]


def test_pasting_a_link_fills_the_url(form: IncidentForm, qtbot) -> None:
    url = "https://www.rfi.fr/fr/afrique/20170507-mali-attaque-almoustarat"
    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    QGuiApplication.clipboard().setText(url)
    view = form.sources.view
    view.setCurrentIndex(form.sources.model.index(0, COLUMN_OF["publication"]))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.values()["sources"][0]["url"] == url
    assert form.values()["sources"][0]["publication"] is None
    type_in_cell(qtbot, form, 0, "citation", "https://example.org/b")  # a link typed there
    row = form.values()["sources"][0]
    assert (row["url"], row["citation"]) == ("https://example.org/b", None)


def test_sources_and_claims_are_added_and_removed(form: IncidentForm, qtbot) -> None:
    for _ in range(2):
        qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(form.claims.add_button, Qt.MouseButton.LeftButton)
    assert len(form.values()["sources"]) == 2 and len(form.values()["claims"]) == 2
    form.sources.view.setCurrentIndex(form.sources.model.index(0, 0))
    qtbot.mouseClick(form.sources.remove_button, Qt.MouseButton.LeftButton)
    form.claims.tabs.tabCloseRequested.emit(1)
    assert len(form.values()["sources"]) == 1 and len(form.values()["claims"]) == 1
    assert form.claims.tabs.tabText(0) == "Claim 1"


# --- refused saves ------------------------------------------------------------------------------


def test_a_stale_save_is_explained_and_the_work_kept(loaded: IncidentForm, desk: Desk,
                                                     stored: str, drafts: DraftStore,
                                                     qtbot) -> None:
    type_into(qtbot, loaded.toll.edits["kidnapped"], "2")
    desk.incidents.update(stored, {"notes": "Changed by a colleague meanwhile."})
    loaded.save()
    qtbot.waitUntil(lambda: loaded.banner.text() != "", timeout=WAIT)
    assert "was changed by amina since you opened it" in loaded.banner.text()
    assert "kept in a draft" in loaded.banner.text()
    assert loaded.toll.edits["kidnapped"].text() == "2" and loaded.is_dirty()
    assert [d.values["kidnapped"] for d in drafts.pending()] == [2]
    mine = next(b for b in loaded.banner.buttons if b.text() == "Save mine over it")
    with qtbot.waitSignal(loaded.saved, timeout=WAIT):
        qtbot.mouseClick(mine, Qt.MouseButton.LeftButton)
    assert desk.incidents.get(stored).kidnapped == 2
    assert drafts.pending() == []


def test_a_stale_save_merges_mine_with_theirs(loaded: IncidentForm, desk: Desk, stored: str,
                                             drafts: DraftStore, qtbot) -> None:
    """Two people saved the same incident: other fields merge, the same field becomes a
    conflict that keeps the stored value until chosen."""
    type_into(qtbot, loaded.toll.edits["kidnapped"], "2")
    type_into(qtbot, loaded.toll.edits["injured"], "3")
    desk.incidents.update(stored, {"notes": "Changed by a colleague meanwhile.",
                                   "injured": 5})
    loaded.save()
    qtbot.waitUntil(lambda: loaded.banner.buttons != [], timeout=WAIT)
    merge = next(b for b in loaded.banner.buttons if b.text() == "Merge my changes")
    with qtbot.waitSignal(loaded.loaded, timeout=WAIT):
        qtbot.mouseClick(merge, Qt.MouseButton.LeftButton)
    got = desk.incidents.get(stored)
    assert (got.kidnapped, got.injured, got.notes) == (
        2, 5, "Changed by a colleague meanwhile.")
    assert loaded.toll.edits["kidnapped"].text() == "2" and not loaded.is_dirty()
    assert "merged with amina's (amina had changed Injured, Notes)" in loaded.banner.text()
    [conflict] = desk.exchange.conflicts()
    assert (conflict.path, conflict.local_value, conflict.remote_value) == ("injured", 5, 3)
    assert drafts.pending() == []


def test_showing_the_stored_version_keeps_mine_as_a_draft(loaded: IncidentForm, desk: Desk,
                                                         stored: str, drafts: DraftStore,
                                                         qtbot) -> None:
    type_into(qtbot, loaded.toll.edits["kidnapped"], "2")
    desk.incidents.update(stored, {"kidnapped": 5})
    loaded.save()
    qtbot.waitUntil(lambda: loaded.banner.buttons != [], timeout=WAIT)
    theirs = next(b for b in loaded.banner.buttons if b.text() == "Show the stored version")
    with qtbot.waitSignal(loaded.loaded, timeout=WAIT):
        qtbot.mouseClick(theirs, Qt.MouseButton.LeftButton)
    assert loaded.toll.edits["kidnapped"].text() == "5" and not loaded.is_dirty()
    assert loaded.revision == 2 and "Yours is kept as a draft" in loaded.banner.text()
    [mine] = drafts.pending()
    assert (mine.values["kidnapped"], mine.base_revision) == (2, 1)


@pytest.mark.parametrize("error", [
    DatabaseBusyError("The database is locked by another program that is writing; nothing "
                      "was saved. Retry in a moment."),
    DiskFullError("The disk holding the database is full; nothing was saved."),
])
def test_a_locked_database_or_full_disk_is_shown_in_the_form(
        loaded: IncidentForm, desk: Desk, monkeypatch, error, qtbot) -> None:
    def refuse(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(desk.incidents, "update", refuse)
    type_into(qtbot, loaded.notes.tags, "; ambush")
    loaded.save()
    qtbot.waitUntil(lambda: loaded.banner.text() != "", timeout=WAIT)
    assert str(error) in loaded.banner.text()
    assert loaded.banner.kind() == "error"
    assert loaded.notes.tags.value() == ["claimed", "ambush"] and loaded.is_dirty()
    assert loaded.save_button.isEnabled()


@pytest.mark.slow
def test_a_database_locked_by_another_writer_is_shown_in_the_form(
        loaded: IncidentForm, desk: Desk, stored: str, qtbot) -> None:
    type_into(qtbot, loaded.notes.tags, "; ambush")
    other = sqlite3.connect(desk.db.target.sqlite_path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        loaded.save()
        qtbot.waitUntil(lambda: loaded.banner.text() != "", timeout=30000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "locked by another program" in loaded.banner.text()
    assert loaded.is_dirty() and loaded.notes.tags.value() == ["claimed", "ambush"]
    with qtbot.waitSignal(loaded.saved, timeout=WAIT):
        loaded.save()  # the coder retries once the other program is done
    assert desk.incidents.get(stored).tags == ("ambush", "claimed")


def test_an_incident_that_cannot_be_opened_leaves_the_form_read_only(
        form: IncidentForm, desk: Desk, stored: str, monkeypatch, qtbot) -> None:
    real_get = desk.incidents.get

    def busy(_ref):
        raise DatabaseBusyError("The database is locked by another program that is writing.")

    monkeypatch.setattr(desk.incidents, "get", busy)
    form.load(stored)
    qtbot.waitUntil(lambda: form.banner.text() != "", timeout=WAIT)
    assert "Could not open the incident" in form.banner.text()
    assert not form.save() and not form.save_button.isEnabled()
    assert not form.content.isEnabled()
    monkeypatch.setattr(desk.incidents, "get", real_get)
    again = next(b for b in form.banner.buttons if b.text() == "Try again")
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert form.incident_id == stored and form.content.isEnabled()


# --- drafts ---------------------------------------------------------------------------------------


def test_a_draft_is_written_while_dirty_and_restored(form: IncidentForm, make_form,
                                                     drafts: DraftStore, qtbot) -> None:
    with qtbot.waitSignal(form.dirtyChanged, timeout=WAIT) as dirty:
        type_into(qtbot, form.when.event_date, "2017-05-07")
    assert dirty.args == [True]
    type_into(qtbot, form.toll.edits["fatalities"], "7")
    choose_in_combo(qtbot, form.what.event_type, "Battles")
    assert drafts.pending() == []
    qtbot.waitUntil(lambda: len(drafts.pending()) == 1, timeout=6000)  # the 3 s timer
    draft = drafts.pending()[0]
    assert draft.incident_id is None and draft.values["fatalities"] == 7

    other = make_form()
    with qtbot.waitSignal(other.loaded, timeout=WAIT):
        other.restore_draft(draft)
    assert other.values() == form.values()
    assert other.is_dirty()
    with qtbot.waitSignal(other.saved, timeout=WAIT):
        other.save()
    assert drafts.pending() == []


def test_a_draft_over_a_loaded_incident_keeps_its_base_revision(
        loaded: IncidentForm, make_form, desk: Desk, stored: str, drafts: DraftStore,
        qtbot) -> None:
    type_into(qtbot, loaded.toll.edits["arrested"], "3")
    loaded.save_draft_now()
    draft = drafts.pending()[0]
    assert (draft.incident_id, draft.base_revision) == (stored, 1)
    desk.incidents.update(stored, {"notes": "Changed meanwhile."})
    other = make_form()
    with qtbot.waitSignal(other.loaded, timeout=WAIT):
        other.restore_draft(draft)
    assert other.incident_id == stored and other.revision == 1
    assert other.toll.edits["arrested"].text() == "3" and other.is_dirty()
    other.save()
    qtbot.waitUntil(lambda: "changed by" in other.banner.text(), timeout=WAIT)


def test_leaving_the_form_writes_the_draft(qtbot, desk: Desk, operations: Operations,
                                           drafts: DraftStore) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    form = IncidentForm(desk, operations, drafts)
    outside = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(form)
    layout.addWidget(outside)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    type_into(qtbot, form.notes.tags, "ambush")
    assert form.is_dirty() and drafts.pending() == []
    outside.setFocus()
    qtbot.waitUntil(lambda: len(drafts.pending()) == 1, timeout=WAIT)
    assert drafts.pending()[0].values["tags"] == ["ambush"]


def test_revert_goes_back_to_the_stored_values(loaded: IncidentForm, desk: Desk, stored: str,
                                               qtbot) -> None:
    before = loaded.values()
    type_into(qtbot, loaded.toll.edits["arrested"], "12")
    choose_in_combo(qtbot, loaded.what.event_type, "Riots")
    assert loaded.is_dirty() and loaded.revert_button.isEnabled()
    with qtbot.waitSignal(loaded.dirtyChanged, timeout=WAIT):
        qtbot.mouseClick(loaded.revert_button, Qt.MouseButton.LeftButton)
    assert loaded.values() == before and not loaded.is_dirty()


def test_duplicate_as_new_saves_a_second_incident(loaded: IncidentForm, desk: Desk,
                                                  stored: str, qtbot) -> None:
    loaded.duplicate_as_new()
    assert loaded.incident_id is None and loaded.is_dirty()
    assert loaded.title().startswith("Copy of MLI-2017-")
    assert all(row["id"] is None for row in loaded.values()["sources"])
    type_into(qtbot, loaded.when.event_date_end, "2017-05-07")
    with qtbot.waitSignal(loaded.saved, timeout=WAIT) as saved:
        loaded.save()
    twin = saved.args[0]
    assert twin.id != stored and twin.human_id != desk.incidents.get(stored).human_id
    assert twin.actor1 == desk.incidents.get(stored).actor1
    assert len(desk.incidents.get(stored).sources) == 1 and len(twin.sources) == 1


def test_restore_values_then_duplicate_as_new_while_loading(make_form, loaded: IncidentForm,
                                                            qtbot) -> None:
    copy = make_form()
    with qtbot.waitSignal(copy.loaded, timeout=WAIT):
        copy.restore_values(loaded.values(), title="Copy of " + loaded.title())
        copy.duplicate_as_new()
    assert copy.incident_id is None and copy.title() == "Copy of " + loaded.title()
    assert copy.values()["sources"][0]["id"] is None
    assert copy.who.actor1.actor() == loaded.who.actor1.actor()


def test_tab_moves_through_the_form_in_order(form: IncidentForm, qtbot) -> None:
    order = [form.when.event_date, form.when.time_precision, form.when.event_date_end,
             form.where.place.line_edit()]
    form.activateWindow()
    order[0].setFocus()
    qtbot.waitUntil(order[0].hasFocus, timeout=WAIT)
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected


def test_a_claim_added_later_takes_its_place_in_the_tab_order(form: IncidentForm,
                                                              qtbot) -> None:
    qtbot.mouseClick(form.claims.add_button, Qt.MouseButton.LeftButton)
    editor = form.claims.editors()[0]
    assert form.claims.tabs.tabBar().nextInFocusChain() is editor.original_edit
    last = editor.competing_check
    assert last.nextInFocusChain() is form.claims.add_button


# --- a killed process -----------------------------------------------------------------------------

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sahel_desk.gui.form import IncidentForm
    from sahel_desk.gui.operations import Operations
    from sahel_desk.services.desk import Desk
    from sahel_desk.services.drafts import DraftStore

    app = QApplication([])
    data = Path(sys.argv[1])
    desk = Desk.open(data, user="amina")
    form = IncidentForm(desk, Operations(print), DraftStore(data / "drafts", "amina"))
    form.show()
    QTest.keyClicks(form.when.event_date, "2017-05-07")
    QTest.keyClicks(form.toll.edits["fatalities"], "12")
    QTest.keyClicks(form.notes.notes, "Ambush near Boni, typed before the crash.")
    print("typed", flush=True)
    app.exec()
""")


@pytest.mark.slow
def test_a_draft_survives_the_process_being_killed(data_dir: Path, operations: Operations,
                                                   drafts: DraftStore, qtbot) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def typed_draft_written() -> bool:
            assert child.poll() is None, child.communicate()[1]
            return any(d.values.get("notes", "").endswith("the crash.")
                       for d in drafts.pending())
        qtbot.waitUntil(typed_draft_written, timeout=60000)
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    [draft] = drafts.pending()
    with Desk.open(data_dir, user="amina") as desk:
        form = IncidentForm(desk, operations, drafts)
        qtbot.addWidget(form)
        with qtbot.waitSignal(form.loaded, timeout=WAIT):
            form.restore_draft(draft)
        assert form.when.event_date.text() == "2017-05-07"
        assert form.toll.edits["fatalities"].text() == "12"
        assert form.notes.notes.toPlainText() == "Ambush near Boni, typed before the crash."
        assert form.is_dirty() and form.incident_id is None
        operations.wait()


def test_the_form_and_its_panels_keep_qt_s_own_methods(form: IncidentForm, desk: Desk,
                                                       operations: Operations, qtbot) -> None:
    """Attributes named like a QWidget method (scroll, actions, thread) hid that method
    from Qt's Python callers; calling it must still do what Qt says."""
    from PySide6.QtCore import QThread

    from sahel_desk.gui.exchange.conflict_panel import ConflictPanel
    from sahel_desk.gui.review.comments import CommentsPanel

    comments = CommentsPanel(desk.comments, operations)
    conflicts = ConflictPanel()
    for widget in (comments, conflicts):
        qtbot.addWidget(widget)
    assert isinstance(form.actions(), list)
    form.scroll(0, 0)
    conflicts.scroll(0, 0)
    assert isinstance(comments.thread(), QThread)
    assert comments.open_thread() is None  # nothing selected


# --- the location as coded ----------------------------------------------------------------


def test_a_picked_place_fills_the_location_and_a_typed_point_is_kept(
        form: IncidentForm, desk: Desk, qtbot) -> None:
    choose(qtbot, form.where.place, "Gao", "Gao")
    chosen = form.where.place.place()
    assert chosen is not None
    gao = place_row(desk, chosen.id)
    coded = form.where.coded
    assert coded["location"].text() == gao["location"]
    assert coded["admin1"].text() == (gao["admin1"] or "")
    assert float(coded["latitude"].text()) == gao["latitude"]
    coded["latitude"].clear()
    type_into(qtbot, coded["latitude"], "16,3")
    coded["location"].clear()
    type_into(qtbot, coded["location"], "Gao (camp militaire)")
    type_into(qtbot, form.notes.notes, "Tirs contre le camp.")
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    record = desk.incidents.get(saved.args[0].id)
    assert (record.location, record.latitude, record.longitude) == (
        "Gao (camp militaire)", 16.3, gao["longitude"])
    assert record.place is not None and record.place.name == "Gao"


def test_a_bad_coordinate_is_explained_next_to_the_field(form: IncidentForm, qtbot) -> None:
    choose(qtbot, form.where.place, "Gao", "Gao")
    form.where.coded["longitude"].clear()
    type_into(qtbot, form.where.coded["longitude"], "200")
    wait_checked(qtbot, form)
    assert "outside -180..180" in (problem_of(form, "longitude") or "")


def _moved(desk: Desk) -> None:
    desk.places.update(place_id(desk), name="Gao (ville)", latitude=16.2717,
                       admin2="Gao cercle")


def test_the_form_says_the_place_changed_and_takes_the_new_values(
        make_form, desk: Desk, stored: str, qtbot) -> None:
    before = located(desk.incidents.get(stored))
    _moved(desk)
    form = make_form()
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.load(stored)
    assert form.where.notice.isVisibleTo(form)
    assert "changed in the gazetteer" in form.where.place_notice.text()
    assert form.where.coded["location"].text() == before["location"]
    qtbot.mouseClick(form.where.take_place, Qt.MouseButton.LeftButton)
    assert not form.where.notice.isVisibleTo(form)
    assert form.is_dirty()
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    after = desk.incidents.get(stored)
    assert located(after) == place_row(desk, place_id(desk))
    assert not after.place_changed


def test_keeping_the_coded_location_is_remembered(make_form, desk: Desk, stored: str,
                                                  qtbot) -> None:
    before = desk.incidents.get(stored)
    _moved(desk)
    form = make_form()
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.load(stored)
    qtbot.mouseClick(form.where.keep_coded, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not desk.incidents.get(stored).place_changed, timeout=WAIT)
    after = desk.incidents.get(stored)
    assert located(after) == located(before) and after.revision == before.revision
    assert not form.is_dirty()
