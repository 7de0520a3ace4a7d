"""The actor and place pickers, driven with the keyboard and mouse as a researcher would."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from sahel_desk.gui.pickers import (
    ActorPicker,
    AssociatedActorsEditor,
    NewActorDialog,
    NewPlaceDialog,
    PlacePicker,
)
from sahel_desk.gui.pickers.typeahead import CREATE_ROLE, DETAIL_ROLE, HitListModel

JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.fixture(autouse=True)
def _no_unhandled_errors(unhandled: list[BaseException]) -> Iterator[None]:
    yield
    assert unhandled == []


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Key presses for each character; QTest only knows ASCII keys, so others
    (Arabic, accented letters) arrive as key events carrying their text."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def titles(picker: ActorPicker | PlacePicker) -> list[str]:
    model = picker.popup().model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def details(picker: ActorPicker | PlacePicker) -> list[str]:
    model = picker.popup().model()
    return [model.index(row, 0).data(DETAIL_ROLE) for row in range(model.rowCount())]


def wait_for_popup(qtbot: Any, picker: ActorPicker | PlacePicker, first: str | None = None
                   ) -> None:
    def shown() -> bool:
        return picker.popup().isVisible() and (first is None or titles(picker)[:1] == [first])

    qtbot.waitUntil(shown, timeout=5000)


def click_row(qtbot: Any, picker: ActorPicker | PlacePicker, row: int) -> None:
    popup = picker.popup()
    rect = popup.visualRect(popup.model().index(row, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_widget(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(420, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def actor_picker(qtbot: Any, desk: Any, operations: Any) -> ActorPicker:
    return shown_widget(qtbot, ActorPicker(desk.actors, operations))


@pytest.fixture
def place_picker(qtbot: Any, desk: Any, operations: Any) -> PlacePicker:
    return shown_widget(qtbot, PlacePicker(desk.gazetteer, desk.places, operations))


class Recording:
    """A service stand-in that notes each search (and its thread), optionally slowly."""

    def __init__(self, service: Any, slow: dict[str, float] | None = None):
        self._service = service
        self._slow = slow or {}
        self.queries: list[str] = []
        self.threads: list[int] = []
        self.started = threading.Event()

    def search(self, query: str, **options: Any) -> Any:
        self.queries.append(query)
        self.threads.append(threading.get_ident())
        self.started.set()
        time.sleep(self._slow.get(query, 0.0))
        return self._service.search(query, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._service, name)


# --- actors ---------------------------------------------------------------------------

def test_gsim_offers_jnim_and_enter_chooses_it(qtbot, actor_picker):
    type_text(qtbot, actor_picker.line_edit(), "GSIM")
    wait_for_popup(qtbot, actor_picker, JNIM)
    assert "Rebel group" in details(actor_picker)[0]
    assert "since 2017-03-02" in details(actor_picker)[0]
    assert "GSIM" in details(actor_picker)[0]  # the alias that matched
    assert titles(actor_picker)[-1] == "Create actor “\u2068GSIM\u2069”…"

    with qtbot.waitSignal(actor_picker.actorChosen) as chosen:
        qtbot.keyClick(actor_picker.line_edit(), Qt.Key.Key_Return)
    assert chosen.args[0].name == JNIM
    assert actor_picker.actor() == chosen.args[0]
    assert actor_picker.line_edit().text() == JNIM
    assert not actor_picker.popup().isVisible()


@pytest.mark.parametrize(("day", "variant"), [
    (date(2017, 5, 7), "Military Forces of Mali (2013-2020)"),
    (date(2022, 1, 10), "Military Forces of Mali (2021-)"),
])
def test_incident_date_picks_the_variant_valid_then(qtbot, actor_picker, day, variant):
    actor_picker.on_date = day
    type_text(qtbot, actor_picker.line_edit(), "FAMa")
    wait_for_popup(qtbot, actor_picker, variant)
    assert "State forces" in details(actor_picker)[0]
    with qtbot.waitSignal(actor_picker.actorChosen) as chosen:
        qtbot.keyClick(actor_picker.line_edit(), Qt.Key.Key_Enter)
    assert chosen.args[0].name == variant


def test_parent_group_is_shown(qtbot, actor_picker):
    type_text(qtbot, actor_picker.line_edit(), "Katiba Macina")
    wait_for_popup(qtbot, actor_picker, "Katiba Macina")
    # the group's name is a bidi isolate: it reads whole inside an Arabic line too
    assert f"part of \u2068{JNIM}\u2069" in details(actor_picker)[0]


def test_popup_keys(qtbot, actor_picker):
    edit = actor_picker.line_edit()
    type_text(qtbot, edit, "Katiba")
    wait_for_popup(qtbot, actor_picker)
    popup = actor_picker.popup()
    rows = popup.model().rowCount()
    assert rows >= 3
    assert popup.currentIndex().row() == 0

    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert popup.currentIndex().row() == 1
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # wraps round to the create row
    assert popup.currentIndex().row() == rows - 1
    assert popup.currentIndex().data(CREATE_ROLE)

    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert actor_picker.actor() is None
    assert edit.text() == "Katiba"

    qtbot.keyClick(edit, Qt.Key.Key_Down)  # opens the popup again
    wait_for_popup(qtbot, actor_picker)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    second = titles(actor_picker)[1]
    with qtbot.waitSignal(actor_picker.actorChosen) as chosen:
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert chosen.args[0].name == second
    assert not popup.isVisible()


def test_keys_typed_while_the_popup_holds_the_keyboard_reach_the_field(qtbot, actor_picker):
    edit = actor_picker.line_edit()
    type_text(qtbot, edit, "Ansar")
    wait_for_popup(qtbot, actor_picker)
    type_text(qtbot, actor_picker.popup(), " Dine")
    assert edit.text() == "Ansar Dine"
    wait_for_popup(qtbot, actor_picker, "Ansar Dine")
    with qtbot.waitSignal(actor_picker.actorChosen) as chosen:
        qtbot.keyClick(actor_picker.popup(), Qt.Key.Key_Return)
    assert chosen.args[0].name == "Ansar Dine"


def test_enter_before_the_answer_chooses_the_top_hit(qtbot, actor_picker):
    edit = actor_picker.line_edit()
    with qtbot.waitSignal(actor_picker.actorChosen, timeout=5000) as chosen:
        type_text(qtbot, edit, "GSIM")
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # well inside the debounce
    assert chosen.args[0].name == JNIM
    assert not actor_picker.popup().isVisible()


def test_click_chooses(qtbot, actor_picker):
    type_text(qtbot, actor_picker.line_edit(), "Barkhane")
    wait_for_popup(qtbot, actor_picker, "Military Forces of France (2017-)")
    with qtbot.waitSignal(actor_picker.actorChosen) as chosen:
        click_row(qtbot, actor_picker, 0)
    assert chosen.args[0].name == "Military Forces of France (2017-)"


def test_arabic_alias(qtbot, actor_picker):
    type_text(qtbot, actor_picker.line_edit(), "أنصار الدين")
    assert actor_picker.line_edit().text() == "أنصار الدين"
    wait_for_popup(qtbot, actor_picker, "Ansar Dine")
    assert "أنصار الدين" in details(actor_picker)[0]


def test_clearing_the_field_chooses_nothing(qtbot, desk, actor_picker):
    actor_picker.set_actor(desk.actors.get("Ansar Dine"))
    assert actor_picker.line_edit().text() == "Ansar Dine"
    with qtbot.waitSignal(actor_picker.actorChosen) as chosen:
        qtbot.keyClick(actor_picker.line_edit(), Qt.Key.Key_A,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(actor_picker.line_edit(), Qt.Key.Key_Backspace)
    assert chosen.args == [None]
    assert actor_picker.actor() is None


def test_set_actor_is_quiet(qtbot, desk, actor_picker):
    with qtbot.assertNotEmitted(actor_picker.actorChosen):
        actor_picker.set_actor(desk.actors.get("Wagner Group"))
    assert actor_picker.actor().name == "Wagner Group"


def test_search_runs_off_the_gui_thread_once_typing_pauses(qtbot, desk, operations):
    actors = Recording(desk.actors)
    picker = shown_widget(qtbot, ActorPicker(actors, operations))
    type_text(qtbot, picker.line_edit(), "Barkhane")  # faster than the debounce
    wait_for_popup(qtbot, picker, "Military Forces of France (2017-)")
    assert actors.queries == ["Barkhane"]
    assert threading.get_ident() not in actors.threads


def test_only_the_newest_actor_answer_is_shown(qtbot, desk, operations):
    actors = Recording(desk.actors, slow={"Wagner": 0.4})
    picker = shown_widget(qtbot, ActorPicker(actors, operations))
    shown: list[list[str]] = []
    picker.popup().model().modelReset.connect(lambda: shown.append(titles(picker)))
    picker._run_search("Wagner")  # slow: answers last
    picker._run_search("Barkhane")
    qtbot.waitUntil(lambda: len(actors.queries) == 2 and not operations.busy, timeout=5000)
    qtbot.wait(50)
    assert shown
    assert all("Wagner Group" not in rows for rows in shown)
    assert titles(picker)[0] == "Military Forces of France (2017-)"


def test_an_answer_arriving_after_the_field_was_cleared_is_dropped(qtbot, desk, operations):
    actors = Recording(desk.actors, slow={"Wagner": 0.3})
    picker = shown_widget(qtbot, ActorPicker(actors, operations))
    type_text(qtbot, picker.line_edit(), "Wagner")
    qtbot.waitUntil(actors.started.is_set, timeout=5000)
    qtbot.keyClick(picker.line_edit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.line_edit(), Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not operations.busy, timeout=5000)
    qtbot.wait(50)
    assert not picker.popup().isVisible()


def test_hit_model_passes_the_model_tester(qtbot, qtmodeltester, actor_picker):
    type_text(qtbot, actor_picker.line_edit(), "Military")
    wait_for_popup(qtbot, actor_picker)
    qtmodeltester.check(actor_picker.popup().model())
    empty = HitListModel(lambda hit: (str(hit), ""))
    qtmodeltester.check(empty)
    empty.set_hits(["a", "b"], ("Create “c”…", ""))
    qtmodeltester.check(empty)


# --- creating an actor ------------------------------------------------------------------

def open_new_actor_dialog(qtbot, picker: ActorPicker, text: str) -> NewActorDialog:
    type_text(qtbot, picker.line_edit(), text)
    wait_for_popup(qtbot, picker)
    click_row(qtbot, picker, picker.popup().model().rowCount() - 1)
    dialog = picker.findChild(NewActorDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def create_button(dialog: QWidget) -> Any:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def error_of(dialog: QWidget, field: str) -> QLabel:
    return dialog.findChild(QLabel, f"{field}_error")


def test_create_actor_inline(qtbot, desk, actor_picker):
    dialog = open_new_actor_dialog(qtbot, actor_picker, "Katiba Hanifa")
    name = dialog.findChild(QLineEdit, "name")
    assert name.text() == "Katiba Hanifa"

    # The service refuses a name that is taken; its message appears beside the name.
    name.clear()
    type_text(qtbot, name, "Ansar Dine")
    qtbot.keyClicks(dialog.findChild(QComboBox, "actor_type"), "Rebel")
    assert dialog.findChild(QComboBox, "actor_type").currentData() == 2
    qtbot.mouseClick(create_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: error_of(dialog, "name").isVisible(), timeout=5000)
    assert "already exists" in error_of(dialog, "name").text()
    assert dialog.isVisible()

    name.clear()
    type_text(qtbot, name, "Katiba Hanifa")
    parent = dialog.findChild(ActorPicker, "parent")
    type_text(qtbot, parent.line_edit(), "JNIM")
    wait_for_popup(qtbot, parent, JNIM)
    model = parent.popup().model()
    assert not any(model.index(row, 0).data(CREATE_ROLE) for row in range(model.rowCount()))
    qtbot.keyClick(parent.line_edit(), Qt.Key.Key_Return)
    aliases = dialog.findChild(QTextEdit, "aliases")
    type_text(qtbot, aliases, "Hanifa Brigade")
    qtbot.keyClick(aliases, Qt.Key.Key_Return)
    type_text(qtbot, aliases, "كتيبة حنيفة")

    with qtbot.waitSignal(actor_picker.actorChosen, timeout=5000) as chosen:
        qtbot.mouseClick(create_button(dialog), Qt.MouseButton.LeftButton)
    record = desk.actors.get("Katiba Hanifa")
    assert chosen.args[0] == record
    assert actor_picker.actor() == record
    assert actor_picker.line_edit().text() == "Katiba Hanifa"
    assert record.actor_type == 2
    assert record.parent_id == desk.actors.get(JNIM).id
    assert record.parent_name == JNIM
    assert {"Hanifa Brigade", "كتيبة حنيفة"} <= set(record.aliases)


def test_new_actor_needs_a_type(qtbot, desk, actor_picker):
    dialog = open_new_actor_dialog(qtbot, actor_picker, "Katiba Hanifa")
    qtbot.mouseClick(create_button(dialog), Qt.MouseButton.LeftButton)
    assert error_of(dialog, "actor_type").isVisible()
    assert "required" in error_of(dialog, "actor_type").text()
    assert not error_of(dialog, "name").isVisible()
    assert dialog.isVisible()
    assert all(a.name != "Katiba Hanifa" for a in desk.actors.list())


# --- associated actors --------------------------------------------------------------------

def test_associated_actors_editor(qtbot, desk, operations):
    editor = shown_widget(qtbot, AssociatedActorsEditor(desk.actors, operations))
    edit = editor.picker().line_edit()
    with qtbot.waitSignal(editor.changed):
        type_text(qtbot, edit, "Ansar Dine")
        wait_for_popup(qtbot, editor.picker(), "Ansar Dine")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert [a.name for a in editor.actors()] == ["Ansar Dine"]
    assert edit.text() == ""

    type_text(qtbot, edit, "Ansar Dine")  # the same actor again is not listed twice
    wait_for_popup(qtbot, editor.picker(), "Ansar Dine")
    with qtbot.assertNotEmitted(editor.changed):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(editor.actors()) == 1

    with qtbot.assertNotEmitted(editor.changed):
        editor.set_actors([desk.actors.get("Katiba Macina"), desk.actors.get("Katiba Serma")])
    assert [a.name for a in editor.actors()] == ["Katiba Macina", "Katiba Serma"]

    listing = editor.list_widget()
    listing.setCurrentRow(0)
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(listing, Qt.Key.Key_Delete)
    assert [a.name for a in editor.actors()] == ["Katiba Serma"]

    listing.setCurrentRow(0)
    remove = editor.findChild(QPushButton)
    assert remove.text() == "Remove"
    assert remove.isEnabled()
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert editor.actors() == []


# --- places ---------------------------------------------------------------------------------

def test_tombouctou(qtbot, place_picker):
    type_text(qtbot, place_picker.line_edit(), "Tombouctou")
    wait_for_popup(qtbot, place_picker)
    found = titles(place_picker)
    assert found[0] in ("Tombouctou", "Timbuktu")
    assert "Timbuktu" in found
    assert "ML" in details(place_picker)[0]
    assert any("region" in d for d in details(place_picker))
    assert any("town" in d and "Tombouctou" in d for d in details(place_picker))
    with qtbot.waitSignal(place_picker.placeChosen) as chosen:
        qtbot.keyClick(place_picker.line_edit(), Qt.Key.Key_Return)
    assert chosen.args[0].name == found[0]
    assert place_picker.place() == chosen.args[0]


def test_mopti_in_arabic(qtbot, place_picker):
    type_text(qtbot, place_picker.line_edit(), "موبتي")
    assert place_picker.line_edit().text() == "موبتي"
    wait_for_popup(qtbot, place_picker, "Mopti")
    assert "موبتي" in details(place_picker)[0]
    with qtbot.waitSignal(place_picker.placeChosen) as chosen:
        qtbot.keyClick(place_picker.line_edit(), Qt.Key.Key_Return)
    assert chosen.args[0].name == "Mopti"
    assert chosen.args[0].country_code == "ML"


def test_country_filter(qtbot, place_picker):
    place_picker.set_country("BF")
    assert place_picker.country() == "BF"
    type_text(qtbot, place_picker.line_edit(), "Gao")
    wait_for_popup(qtbot, place_picker)
    hits = details(place_picker)[:-1]
    assert hits
    assert all(", BF ·" in d for d in hits)
    place_picker.set_country(None)  # searching again for all countries
    qtbot.waitUntil(lambda: any(", ML ·" in d for d in details(place_picker)), timeout=5000)


def test_only_the_newest_place_answer_is_shown(qtbot, desk, operations):
    gazetteer = Recording(desk.gazetteer, slow={"Gao": 0.4})
    picker = shown_widget(qtbot, PlacePicker(gazetteer, desk.places, operations))
    shown: list[list[str]] = []
    picker.popup().model().modelReset.connect(lambda: shown.append(titles(picker)))
    picker._run_search("Gao")
    picker._run_search("Mopti")
    qtbot.waitUntil(lambda: len(gazetteer.queries) == 2 and not operations.busy, timeout=5000)
    qtbot.wait(50)
    assert shown
    assert all("Gao" not in rows for rows in shown)
    assert titles(picker)[0] == "Mopti"


def test_place_model_passes_the_model_tester(qtbot, qtmodeltester, place_picker):
    type_text(qtbot, place_picker.line_edit(), "Gao")
    wait_for_popup(qtbot, place_picker)
    qtmodeltester.check(place_picker.popup().model())


def test_add_place_with_bad_then_good_coordinates(qtbot, desk, place_picker):
    edit = place_picker.line_edit()
    type_text(qtbot, edit, "Boulkessi")
    wait_for_popup(qtbot, place_picker)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # wraps round to "Add place …"
    assert place_picker.popup().currentIndex().data(CREATE_ROLE)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    dialog = place_picker.findChild(NewPlaceDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.findChild(QLineEdit, "name").text() == "Boulkessi"

    latitude = dialog.findChild(QLineEdit, "latitude")
    longitude = dialog.findChild(QLineEdit, "longitude")
    type_text(qtbot, latitude, "14.5x")
    type_text(qtbot, longitude, "-200")
    type_text(qtbot, dialog.findChild(QTextEdit, "alternate_names"), "Boulkassi")
    qtbot.keyClicks(dialog.findChild(QComboBox, "country_code"), "ML")
    qtbot.mouseClick(create_button(dialog), Qt.MouseButton.LeftButton)
    assert "not a number" in error_of(dialog, "latitude").text()
    assert "outside" in error_of(dialog, "longitude").text()
    assert error_of(dialog, "latitude").isVisible()
    assert dialog.isVisible()

    latitude.clear()
    type_text(qtbot, latitude, "14,63")  # a decimal comma is fine
    longitude.clear()
    type_text(qtbot, longitude, "-1.55")
    with qtbot.waitSignal(place_picker.placeChosen, timeout=5000) as chosen:
        qtbot.mouseClick(create_button(dialog), Qt.MouseButton.LeftButton)
    place = chosen.args[0]
    stored = desk.places.get(place.id)
    assert stored.name == "Boulkessi"
    assert (stored.latitude, stored.longitude) == (14.63, -1.55)
    assert stored.country_code == "ML"
    assert stored.origin == "custom"
    assert "Boulkassi" in stored.alternate_names
    assert place_picker.place() == place
    assert edit.text() == "Boulkessi"

    place_picker.set_place(None)
    type_text(qtbot, edit, "Boulkassi")  # now found by its other spelling
    wait_for_popup(qtbot, place_picker, "Boulkessi")
    assert "added by hand" in details(place_picker)[0]
