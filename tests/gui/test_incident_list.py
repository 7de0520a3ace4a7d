"""The incident list model: database-backed pages, sorting and filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sahel_desk.gui.incident_list.model import COLUMNS, LOADING, IncidentListModel
from sahel_desk.gui.operations import Operations
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk
from sahel_desk.store.records import IncidentFilter


@pytest.fixture
def populated(desk: Desk) -> Desk:
    generate(desk, 450, seed=5)
    return desk


@pytest.fixture
def model(populated: Desk, operations: Operations, qtbot) -> IncidentListModel:
    model = IncidentListModel(populated.incidents, operations, page_size=100)
    with qtbot.waitSignal(model.totalChanged, timeout=10000):
        model.refresh()
    return model


def _column(name: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c[0] == name)


def test_model_passes_the_model_tester(model: IncidentListModel, qtmodeltester) -> None:
    qtmodeltester.check(model, force_py=True)


def test_rows_arrive_page_by_page(model: IncidentListModel, qtbot) -> None:
    assert model.rowCount() == 450
    assert model.index(5, 0).data() != LOADING
    far = model.index(420, 0)
    assert far.data() == LOADING
    qtbot.waitUntil(lambda: far.data() != LOADING, timeout=10000)
    assert far.data().startswith(("MLI-", "BFA-", "NER-"))


def test_sorting_is_done_by_the_database(model: IncidentListModel, populated: Desk, qtbot
                                         ) -> None:
    with qtbot.waitSignal(model.modelReset, timeout=10000):
        model.sort(_column("fatalities"), Qt.SortOrder.DescendingOrder)
    top = int(model.index(0, _column("fatalities")).data())
    highest = populated.incidents.query(sort="fatalities", limit=1).rows[0].fatalities
    assert top == highest
    assert model.sort_state() == (_column("fatalities"), Qt.SortOrder.DescendingOrder)


def test_filters_change_the_count(model: IncidentListModel, populated: Desk, qtbot) -> None:
    flt = IncidentFilter(statuses=("approved",), actor="JNIM")
    with qtbot.waitSignal(model.totalChanged, timeout=10000) as signal:
        model.set_filter(flt)
    assert signal.args == [populated.incidents.count(flt)]
    assert model.rowCount() == signal.args[0] > 0
    statuses = {model.index(r, _column("status")).data() for r in range(min(50, model.rowCount()))}
    assert statuses == {"Approved"}


def test_an_older_filter_answer_never_wins(model: IncidentListModel, qtbot) -> None:
    model.set_filter(IncidentFilter(text="convoy"))
    with qtbot.waitSignal(model.totalChanged, timeout=10000) as signal:
        model.set_filter(IncidentFilter(text="zzzz-nothing"))
    assert signal.args == [0]
    qtbot.wait(100)
    assert model.rowCount() == 0


def test_a_row_with_an_end_date_but_no_start_still_shows(desk: Desk, operations: Operations,
                                                         qtbot) -> None:
    """The form refuses such a record, but a desk can hold one that came in by a bundle
    from an older version: the list shows its end date instead of failing on the row."""
    from sqlalchemy import update

    from sahel_desk.model.incident import Incident

    record = desk.incidents.create({"event_date": "2017-05-07", "event_date_end": "2017-05-09",
                                    "event_type": "Battles", "sub_event_type": "Armed clash"})
    with desk.db.write() as session:
        session.execute(update(Incident).where(Incident.id == record.id)
                        .values(event_date=None))
    model = IncidentListModel(desk.incidents, operations, page_size=100)
    with qtbot.waitSignal(model.totalChanged, timeout=10000):
        model.refresh()
    date_cell = model.index(0, _column("event_date"))
    qtbot.waitUntil(lambda: date_cell.data() != LOADING, timeout=10000)
    assert date_cell.data() == "– 2017-05-09"
