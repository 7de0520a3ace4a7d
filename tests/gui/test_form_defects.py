"""What a new coder ran into in the incident form and its dialogs, done again as they did
it: keys typed at a person's pace into whatever has the focus, results read back from
the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QWidget

from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.form.sources_model import COLUMN_OF
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers import NewPlaceDialog
from sahel_desk.gui.pickers.typeahead import CREATE_ROLE
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore
from tests.core.helpers import complete_values
from tests.gui.windows import activate

WAIT = 10000
#: Milliseconds between keys: a coder typing a URL they read off a page, not a script.
PACE_MS = 60


@pytest.fixture
def form(qtbot, desk: Desk, operations: Operations, data_dir: Path) -> IncidentForm:
    shown = IncidentForm(desk, operations, DraftStore(data_dir / "drafts", "amina"))
    qtbot.addWidget(shown)
    shown.resize(1280, 900)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_at_pace(text: str, pace_ms: int = PACE_MS) -> None:
    """Each key goes to the widget that has the focus when it is pressed, as a keyboard's
    do; the event loop runs between keys (timers fire, editors open and close)."""
    for char in text:
        QTest.keyClicks(focused(), char, Qt.KeyboardModifier.NoModifier, pace_ms)


def press(key: Qt.Key, pace_ms: int = PACE_MS) -> None:
    QTest.keyClick(focused(), key)  # no wait between press and release: the key may close
    QTest.qWait(pace_ms)  # the widget it went to, which commits once the loop runs


# --- the Sources table ------------------------------------------------------------------


def test_a_url_typed_after_tab_keeps_its_first_characters(form: IncidentForm, desk: Desk,
                                                          qtbot) -> None:
    """Checking the record as it is typed marked cells of the table; each mark refilled the
    open cell editor from the model, dropping what had been typed into it so far."""
    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    type_at_pace("Journal du Mali")
    press(Qt.Key.Key_Tab)
    type_at_pace("https://www.journaldumali.com/")
    press(Qt.Key.Key_Return)
    [row] = form.values()["sources"]
    assert (row["publication"], row["url"]) == ("Journal du Mali",
                                               "https://www.journaldumali.com/")
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [source] = desk.incidents.get(saved.args[0].id).sources
    assert (source.publication, source.url) == ("Journal du Mali",
                                                "https://www.journaldumali.com/")


def test_a_cell_being_typed_into_keeps_its_text_when_its_problem_changes(
        form: IncidentForm, qtbot) -> None:
    """A problem appearing on the very cell being edited (a new row needs a publication)
    tints it without touching the text in its editor."""
    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    type_at_pace("Studio")
    qtbot.waitUntil(lambda: form.sources.model.problem(0, "publication") is not None,
                    timeout=WAIT)
    type_at_pace(" Tamani")
    press(Qt.Key.Key_Return)
    assert form.values()["sources"][0]["publication"] == "Studio Tamani"


# --- New place ------------------------------------------------------------------------


def open_new_place(form: IncidentForm, name: str, qtbot) -> NewPlaceDialog:
    """Type a name the gazetteer lacks into the form's place picker and choose "Add place"."""
    edit = form.where.place.line_edit()
    edit.setFocus()
    type_at_pace(name)
    popup = form.where.place.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0, timeout=WAIT)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # wraps round to the last row, "Add place …"
    assert popup.currentIndex().data(CREATE_ROLE)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    dialog = form.where.place.findChild(NewPlaceDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    activate(qtbot, dialog, WAIT)
    return dialog


def test_a_corrected_latitude_clears_its_message(form: IncidentForm, desk: Desk,
                                                qtbot) -> None:
    dialog = open_new_place(form, "Almoustarat", qtbot)
    latitude = dialog.findChild(QLineEdit, "latitude")
    longitude = dialog.findChild(QLineEdit, "longitude")
    message = dialog.findChild(QLabel, "latitude_error")
    assert focused() is latitude  # the name came from the picker: the cursor waits here
    type_at_pace("200")
    QTest.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # L&ongitude
    assert focused() is longitude
    type_at_pace("0,27")
    add = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert message.isVisible() and message.text() == "200.0 is outside -90..90."
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Latitude
    assert focused() is latitude and latitude.selectedText() == "200"
    type_at_pace("17,37")
    assert not message.isVisible() and message.text() == ""
    assert dialog.isVisible()  # nothing was added on the way
    with qtbot.waitSignal(form.where.place.placeChosen, timeout=WAIT) as chosen:
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    stored = desk.places.get(chosen.args[0].id)
    assert (stored.name, stored.latitude, stored.longitude) == ("Almoustarat", 17.37, 0.27)


def test_a_still_wrong_latitude_keeps_a_message_about_its_new_value(form: IncidentForm,
                                                                    qtbot) -> None:
    dialog = open_new_place(form, "Tin Hama", qtbot)
    type_at_pace("200")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    message = dialog.findChild(QLabel, "latitude_error")
    QTest.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # &Latitude
    type_at_pace("-95")
    assert message.isVisible() and message.text() == "-95.0 is outside -90..90."
    longitude = dialog.findChild(QLabel, "longitude_error")
    assert longitude.text() == "Longitude is required."  # not typed into: as it was


# --- submitting -------------------------------------------------------------------------


def test_submitting_says_so_and_waits_for_a_change(form: IncidentForm, desk: Desk,
                                                  qtbot) -> None:
    stored = desk.incidents.create(complete_values(desk, status="draft")).id
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.load(stored)
    qtbot.waitUntil(form.submit_button.isEnabled, timeout=WAIT)
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert desk.incidents.get(stored).status == "submitted"
    assert form.state_label.text().startswith("Submitted for review at ")
    assert form.notes.status.currentText() == "Submitted"
    assert not form.submit_button.isEnabled()
    assert form.submit_note.text() == "Submitted for review. Change something to submit again."
    assert form.save_button.isEnabled()

    form.toll.edits["injured"].setFocus()
    type_at_pace("4")
    qtbot.waitUntil(form.submit_button.isEnabled, timeout=WAIT)
    assert form.state_label.text() == "Unsaved changes"
    qtbot.keyClick(form.toll.edits["injured"], Qt.Key.Key_Backspace)  # back as submitted
    qtbot.waitUntil(lambda: not form.submit_button.isEnabled(), timeout=WAIT)


def test_a_draft_that_was_saved_can_still_be_submitted(form: IncidentForm, desk: Desk,
                                                       qtbot) -> None:
    stored = desk.incidents.create(complete_values(desk, status="draft")).id
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.load(stored)
    qtbot.waitUntil(form.submit_button.isEnabled, timeout=WAIT)
    assert form.submit_note.text() == ""
    assert form.state_label.text().startswith("Revision ")


# --- messages that do not move the fields -------------------------------------------------


def where(widget: QWidget, form: IncidentForm) -> QPoint:
    return widget.mapTo(form, QPoint(0, 0))


def test_problems_and_messages_leave_the_field_being_typed_in_where_it_is(
        form: IncidentForm, qtbot) -> None:
    form.resize(1280, 650)
    date = form.when.event_date
    date.setFocus()
    before = where(date, form)
    type_at_pace("2017-13-45")  # a month that does not exist: a problem is listed
    qtbot.waitUntil(form.problems.isVisible, timeout=WAIT)
    assert where(date, form) == before
    assert not form.save()  # Ctrl+S with the problem: the refusal is said in a banner
    assert form.banner.isVisible() and "Not saved" in form.banner.text()
    type_at_pace("", 0)
    assert where(date, form) == before
    assert focused() is date

    injured = form.toll.edits["injured"]
    bar = form.scroll_area.verticalScrollBar()
    bar.setValue(injured.mapTo(form.content, QPoint(0, 0)).y() - 40)
    injured.setFocus()
    before = where(injured, form)
    type_at_pace("-3")
    qtbot.waitUntil(lambda: len(form.problems.texts()) == 2, timeout=WAIT)
    assert where(injured, form) == before


def test_a_field_low_in_the_form_is_kept_above_a_message_that_appears(
        form: IncidentForm, qtbot) -> None:
    form.resize(1280, 650)
    injured = form.toll.edits["injured"]
    bar = form.scroll_area.verticalScrollBar()
    viewport = form.scroll_area.viewport()
    # the field on the last line of the visible form
    bar.setValue(injured.mapTo(form.content, QPoint(0, 0)).y() - viewport.height()
                 + injured.height() + 4)
    injured.setFocus()
    type_at_pace("-3")
    qtbot.waitUntil(form.problems.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: viewport.rect().contains(
        QRect(injured.mapTo(viewport, QPoint(0, 0)), injured.size())), timeout=WAIT)


# --- a source's language ------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "stored"), [
    ("fr", "fr"), ("French", "fr"), ("français", "fr"), ("arabe", "ar"), ("ar", "ar"),
    ("Bambara", "bm"), ("Soninké", "Soninké"),
])
def test_a_source_language_is_stored_as_its_code(form: IncidentForm, desk: Desk, typed: str,
                                                 stored: str, qtbot) -> None:
    qtbot.mouseClick(form.sources.add_button, Qt.MouseButton.LeftButton)
    type_at_pace("Studio Tamani")
    for _ in range(4):  # Publication, URL, Citation, Date: on to Language
        press(Qt.Key.Key_Tab)
    type_language(typed)
    press(Qt.Key.Key_Return)
    [row] = form.values()["sources"]
    assert row["language"] == stored
    with qtbot.waitSignal(form.saved, timeout=WAIT) as saved:
        form.save()
    [source] = desk.incidents.get(saved.args[0].id).sources
    assert source.language == stored
    claim = desk.incidents.create(complete_values(desk)).claims[0]
    assert claim.language in ("ar", None)  # claims keep a code too


def type_language(text: str) -> None:
    """Into the language cell's editor: Latin letters by key, others as a keyboard
    layout for them sends them (QTest has keys for Latin-1 only)."""
    for char in text:
        if char.isascii():
            type_at_pace(char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                        char))
        QTest.qWait(PACE_MS)


def test_the_language_column_shows_the_name_of_a_code(form: IncidentForm, desk: Desk,
                                                      qtbot) -> None:
    stored = desk.incidents.create(complete_values(desk, sources=[
        {"publication": "RFI", "language": "fr"},
        {"publication": "Studio Tamani", "language": "French"},  # typed before codes
    ])).id
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        form.load(stored)
    model = form.sources.model
    column = COLUMN_OF["language"]
    assert [model.index(row, column).data() for row in (0, 1)] == ["French", "French"]
    assert [row["language"] for row in form.values()["sources"]] == ["fr", "fr"]
    assert not form.is_dirty()  # showing a stored name as its code is no edit
