"""What a new coder ran into in the incident form and its dialogs, done again as they did
it: keys typed at a person's pace into whatever has the focus, results read back from
the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore

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
