"""The form's location as coded: filled from the picked place, adjusted by typing, kept
when the gazetteer moves the place, which the form then says and offers to take."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sahel_desk.gui.form.form import IncidentForm
from sahel_desk.services.desk import Desk
from tests.core.helpers import place_id
from tests.core.test_coded_location import located, place_row
from tests.gui.test_incident_form import (  # noqa: F401  (fixtures)
    WAIT,
    choose,
    drafts,
    form,
    loaded,
    make_form,
    problem_of,
    stored,
    type_into,
    wait_checked,
)


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
