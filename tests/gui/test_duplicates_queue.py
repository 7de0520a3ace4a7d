"""Review > Duplicates and the form's "possibly the same event" hint, driven as a
reviewer and a coder drive them, on real desks: the queue finds the pairs the desk
holds, cancels, opens a pair, and forgets a pair merged or dismissed; the form
checks as the coder types a date and picks a place, and opens the pair."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from sahel_desk.gui.app import build_window
from sahel_desk.gui.form import IncidentForm
from sahel_desk.gui.i18n.language import install
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers.typeahead import HIT_ROLE
from sahel_desk.gui.review.duplicates_model import DuplicatesModel
from sahel_desk.gui.review.duplicates_window import DuplicatesWindow
from sahel_desk.services.demo import generate
from sahel_desk.services.desk import Desk
from sahel_desk.services.drafts import DraftStore
from tests.core.helpers import complete_values
from tests.desk_state import desk_fingerprint
from tests.duplicates.test_find import second_coder
from tests.gui.test_incident_form import type_into
from tests.gui.test_windows_fit_a_laptop import check, language  # noqa: F401

WAIT = 20000


@pytest.fixture
def pair(desk: Desk) -> tuple[str, str]:
    """The Almoustarat attack coded twice, and an attack a week later at the same place."""
    first = desk.incidents.create(complete_values(desk))
    second = desk.incidents.create(second_coder(desk))
    desk.incidents.create(complete_values(desk, event_date="2017-05-14", fatalities=2,
                                          fatalities_low=2, fatalities_high=2))
    return first.human_id, second.human_id


@pytest.fixture
def queue(desk: Desk, operations: Operations, qtbot) -> DuplicatesWindow:
    window = DuplicatesWindow(desk, operations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def main(desk: Desk, qtbot) -> Iterator[MainWindow]:
    window = build_window(desk)
    qtbot.addWidget(window)
    window.show()
    yield window
    for opened in list(window.pair_windows.values()):
        opened.close()
    window.operations.wait()


def search(queue: DuplicatesWindow, qtbot) -> None:
    with qtbot.waitSignal(queue.searched, timeout=WAIT):
        qtbot.mouseClick(queue.find_button, Qt.MouseButton.LeftButton)


def plain(text: str) -> str:
    """A text without the marks that isolate values for right-to-left reading."""
    return text.replace("\u2068", "").replace("\u2069", "")


def listed(queue: DuplicatesWindow) -> list[tuple[str, str]]:
    model = queue.model
    return [(model.index(row, 1).data(), model.index(row, 6).data())
            for row in range(model.rowCount())]


# --- the queue -----------------------------------------------------------------------------


def test_the_queue_lists_a_pair_made_through_the_desk(queue: DuplicatesWindow, desk: Desk,
                                                      pair: tuple[str, str], qtbot) -> None:
    search(queue, qtbot)
    assert listed(queue) == [pair]
    model = queue.model
    found = desk.duplicates.find().pairs[0]
    assert model.index(0, 0).data() == f"{found.score:.2f}"
    assert model.index(0, 2).data() == "2017-05-07" and model.index(0, 7).data() == "2017-05-08"
    assert model.index(0, 4).data() == "Armed clash"
    assert model.index(0, 5).data() == "Submitted"
    assert model.index(0, 11).data() == found.summary
    assert model.index(0, 11).data().startswith("1 day apart, same place")
    assert queue.pages.currentWidget() is queue.view
    assert queue.summary.text().startswith("1 pair of incidents may be one event")
    assert f"{pair[0]} and {pair[1]}: 1 day apart" in plain(queue.reasons.text())
    assert queue.open_button.isEnabled()


def test_the_filters_narrow_the_search(queue: DuplicatesWindow, pair: tuple[str, str],
                                       qtbot) -> None:
    queue.min_score.setFocus()
    queue.min_score.selectAll()
    qtbot.keyClicks(queue.min_score, "0.99")
    with qtbot.waitSignal(queue.searched, timeout=WAIT):
        qtbot.keyClick(queue.min_score, Qt.Key.Key_Return)
    assert listed(queue) == []
    assert queue.pages.currentWidget() is queue.empty
    assert queue.empty.text() == ("No possible duplicates at a score of at least 0.99: "
                                  "nothing to look at.")
    assert not queue.open_button.isEnabled()
    queue.min_score.selectAll()
    qtbot.keyClicks(queue.min_score, "0.2")
    type_into(qtbot, queue.since, "zz")
    assert not queue.search()
    assert plain(queue.summary.text()) == "“zz” is not a day: correct it or empty the field."
    queue.since.clear()
    type_into(qtbot, queue.since, "01/01/2099")
    search(queue, qtbot)
    assert listed(queue) == []
    queue.since.clear()
    type_into(qtbot, queue.since, "01/01/2017")
    with qtbot.waitSignal(queue.searched, timeout=WAIT):
        qtbot.keyClick(queue.since, Qt.Key.Key_Return)
    assert listed(queue) == [pair]


def test_a_desk_without_duplicates_says_there_is_nothing_to_look_at(
        queue: DuplicatesWindow, desk: Desk, qtbot) -> None:
    desk.incidents.create(complete_values(desk))
    search(queue, qtbot)
    assert queue.empty.isVisible() and not queue.view.isVisible()
    assert "nothing to look at" in queue.empty.text()


def test_cancel_stops_the_search(queue: DuplicatesWindow, desk: Desk, pair: tuple[str, str],
                                 qtbot) -> None:
    generate(desk, 300, seed=3)
    qtbot.mouseClick(queue.find_button, Qt.MouseButton.LeftButton)
    assert queue.searching and queue.runner.isVisible()
    assert not queue.find_button.isEnabled()
    with qtbot.waitSignal(queue.runner.cancelled, timeout=WAIT):
        qtbot.mouseClick(queue.runner.cancel_button, Qt.MouseButton.LeftButton)
    assert not queue.searching and queue.find_button.isEnabled()
    assert queue.summary.text() == "Search cancelled."
    assert queue.model.rowCount() == 0
    search(queue, qtbot)  # and it searches again
    assert pair in listed(queue)


def test_a_dismissed_or_merged_pair_leaves_the_queue(queue: DuplicatesWindow, desk: Desk,
                                                     pair: tuple[str, str], qtbot) -> None:
    third = desk.incidents.create(complete_values(desk, event_date="2018-02-01"))
    fourth = desk.incidents.create(second_coder(desk, event_date="2018-02-02"))
    search(queue, qtbot)
    assert sorted(listed(queue)) == sorted([pair, (third.human_id, fourth.human_id)])
    a, b = (desk.incidents.get(h).id for h in pair)
    desk.duplicates.dismiss(a, b)
    queue.dismissed(b, a)
    assert listed(queue) == [(third.human_id, fourth.human_id)]
    assert queue.view.currentIndex().row() == 0
    desk.duplicates.merge(third.id, fourth.id)
    queue.merged(third.id, fourth.id)
    assert listed(queue) == []
    assert queue.empty.isVisible()
    assert "merged or dismissed" in queue.empty.text()
    search(queue, qtbot)  # the desk agrees
    assert listed(queue) == []


def test_the_model_passes_the_model_tester(qtmodeltester, desk: Desk,
                                           pair: tuple[str, str]) -> None:
    model = DuplicatesModel()
    model.set_rows(desk.duplicates.find().pairs)
    qtmodeltester.check(model, force_py=True)  # it watches the changes that follow
    assert model.remove_rows([0, 5]) == 1 and model.rowCount() == 0
    model.set_rows(desk.duplicates.find().pairs)
    assert model.rowCount() == 1


# --- the main window --------------------------------------------------------------------------


def test_review_has_a_duplicates_entry(main: MainWindow) -> None:
    review = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Review")
    assert isinstance(review, QMenu)
    texts = [a.text() for a in review.actions() if not a.isSeparator()]
    assert "D&uplicates…" in texts
    letters = [t[t.index("&") + 1].casefold() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), texts


def test_enter_on_a_pair_opens_it_side_by_side_and_a_dismissal_takes_it_out(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    queue = main.open_duplicates()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=WAIT)
    ids = frozenset(desk.incidents.get(h).id for h in pair)
    queue.view.setFocus()
    qtbot.keyClick(queue.view, Qt.Key.Key_Return)
    assert set(main.pair_windows) == {ids}
    shown = main.pair_windows[ids]
    assert shown.isVisible() and shown.isWindow()
    qtbot.waitUntil(lambda: shown.data is not None, timeout=WAIT)
    # asked again (a double click), the same window comes up
    qtbot.mouseDClick(queue.view.viewport(), Qt.MouseButton.LeftButton,
                      pos=queue.view.visualRect(queue.model.index(0, 1)).center())
    assert main.pair_windows[ids] is shown and len(main.pair_windows) == 1
    # "not the same event" there: the pair leaves the queue
    qtbot.mouseClick(shown.dismiss_button, Qt.MouseButton.LeftButton)
    assert shown.dialog is not None
    with qtbot.waitSignal(shown.dismissed, timeout=WAIT):
        qtbot.mouseClick(shown.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert queue.model.rowCount() == 0 and queue.empty.isVisible()
    assert desk.duplicates.find().pairs == ()


def test_a_merge_in_the_pair_window_takes_the_pair_out_and_opens_the_kept_record(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    queue = main.open_duplicates()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=WAIT)
    qtbot.mouseClick(queue.open_button, Qt.MouseButton.LeftButton)
    [shown] = main.pair_windows.values()
    qtbot.waitUntil(lambda: shown.data is not None and shown.merge_button.isEnabled(),
                    timeout=WAIT)
    with qtbot.waitSignal(shown.merged, timeout=WAIT) as merged:
        qtbot.mouseClick(shown.merge_button, Qt.MouseButton.LeftButton)
    kept, rejected = merged.args
    assert desk.incidents.get(rejected).status == "rejected"
    assert queue.model.rowCount() == 0
    # the window offers to open the kept record: it opens in the main window's form
    qtbot.waitUntil(lambda: bool(shown.banner.buttons), timeout=WAIT)
    qtbot.mouseClick(shown.banner.buttons[0], Qt.MouseButton.LeftButton)
    form = main.current_form()
    assert form is not None and form.incident_id == kept



def test_a_pair_closed_while_it_merges_and_asked_again_is_the_same_window(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    """Esc during a merge, then the pair asked again from the queue: the window still
    merging comes back (opening a fresh one deleted it under the merge's answer), and
    the merge lands and is told to the rest of the desk."""
    ids = [desk.incidents.get(h).id for h in pair]
    shown = main.open_pair(*ids)
    qtbot.waitUntil(lambda: shown.data is not None and shown.merge_button.isEnabled(),
                    timeout=WAIT)
    with qtbot.waitSignal(shown.merged, timeout=WAIT):
        qtbot.mouseClick(shown.merge_button, Qt.MouseButton.LeftButton)
        assert shown.busy()
        shown.close()
        assert main.open_pair(*ids) is shown
    qtbot.waitUntil(lambda: not shown.busy(), timeout=WAIT)
    assert shown.isVisible()
    assert {desk.incidents.get(h).status for h in pair} == {"submitted", "rejected"}


def test_a_merge_waits_for_changes_not_saved_in_a_form(main: MainWindow, desk: Desk,
                                                       pair: tuple[str, str], qtbot) -> None:
    """A coder adds a detail to one record, leaves it unsaved and merges the pair: the
    merge would leave the detail out (and the form's save would then be refused), so the
    window says to save first, and merges once saved."""
    second = desk.incidents.get(pair[1])
    form = main.open_incident(second.id)
    qtbot.waitUntil(lambda: form.incident_id == second.id and not form.is_busy(), timeout=WAIT)
    form.notes.notes.setFocus()
    form.notes.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.notes.notes, " The informant saw two vehicles.")
    assert form.is_dirty()
    before = desk_fingerprint(desk)
    shown = main.open_pair(desk.incidents.get(pair[0]).id, second.id)
    qtbot.waitUntil(lambda: shown.data is not None and shown.merge_button.isEnabled(),
                    timeout=WAIT)
    qtbot.mouseClick(shown.merge_button, Qt.MouseButton.LeftButton)
    assert shown.banner.kind() == "warning"
    assert plain(shown.banner.text()) == (
        f"{pair[1]} has changes not saved in its form; the merge would leave them out. Save "
        "them (or undo them) in the form, then merge.")
    operations_done(main)
    assert desk_fingerprint(desk) == before
    # "Show" brings the form up; saved there, the merge goes through with the detail.
    qtbot.mouseClick(shown.banner.buttons[0], Qt.MouseButton.LeftButton)
    assert main.current_form() is form
    form.save()
    qtbot.waitUntil(lambda: not form.is_dirty() and not form.is_busy(), timeout=WAIT)
    # the pair window reads the saved record again: the detail shows side by side
    qtbot.waitUntil(lambda: not shown.busy() and shown.data is not None and any(
        "two vehicles" in (side.notes or "") for side in (shown.data.keep, shown.data.other)),
        timeout=WAIT)
    with qtbot.waitSignal(shown.merged, timeout=WAIT) as merged:
        qtbot.mouseClick(shown.merge_button, Qt.MouseButton.LeftButton)
    assert "The informant saw two vehicles." in desk.incidents.get(merged.args[0]).notes


def operations_done(main: MainWindow) -> None:
    main.operations.wait()
    QCoreApplication.processEvents()


# --- the form's hint ------------------------------------------------------------------------


def choose_gao(form: IncidentForm, qtbot) -> None:
    """Type "Gao" into the place picker and pick the town in Mali (not its region)."""
    edit = form.where.place.line_edit()
    edit.setFocus()
    qtbot.keyClicks(edit, "Gao")
    popup = form.where.place.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    model = popup.model()
    hits = [model.index(row, 0).data(HIT_ROLE) for row in range(model.rowCount())]
    town = next(row for row, hit in enumerate(hits) if hit is not None
                and hit.place.country_code == "ML" and hit.place.feature_class == "P")
    for _ in range(town):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.where.place.place() is not None
    assert form.where.place.place().feature_code == "PPL"


def code_the_same_attack(form: IncidentForm, qtbot) -> None:
    """A coder starts on the Almoustarat attack: the day after, at Gao."""
    type_into(qtbot, form.when.event_date, "08/05/2017")
    choose_gao(form, qtbot)


def test_the_form_says_possibly_the_same_event_and_compares(
        desk: Desk, operations: Operations, data_dir: Path, pair: tuple[str, str],
        qtbot) -> None:
    form = IncidentForm(desk, operations, DraftStore(data_dir / "drafts", "amina"))
    qtbot.addWidget(form)
    form.resize(1280, 720)
    form.show()
    qtbot.waitExposed(form)
    type_into(qtbot, form.when.event_date, "08/05/2017")
    field = form.where.place.line_edit()
    before = field.mapTo(form, QPoint(0, 0))
    choose_gao(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    text = plain(form.duplicate_hint.text())
    assert text.startswith(f"Possibly the same event as {pair[1]} (same day, same place")
    assert "same place" in text and "1 other incident may be too" in text
    assert field.mapTo(form, QPoint(0, 0)) == before  # the field stays where it was
    assert form.incident_id is None and form.is_dirty()
    with qtbot.waitSignal(form.compareRequested, timeout=WAIT) as asked:
        qtbot.mouseClick(form.duplicate_hint.compare_button, Qt.MouseButton.LeftButton)
    saved = desk.incidents.get(asked.args[0])
    assert form.incident_id == saved.id and not form.is_dirty()
    assert saved.status == "draft" and str(saved.event_date) == "2017-05-08"
    assert saved.place is not None and saved.place.name == "Gao"
    assert asked.args[1] == desk.incidents.get(pair[1]).id
    # a place without a date is not checked: the hint goes
    day = form.when.event_date
    day.setFocus()
    day.selectAll()
    qtbot.keyClick(day, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not form.duplicate_hint.isVisible(), timeout=WAIT)


def test_the_hint_drops_an_answer_for_values_changed_since(
        desk: Desk, operations: Operations, data_dir: Path, pair: tuple[str, str],
        qtbot) -> None:
    form = IncidentForm(desk, operations, DraftStore(data_dir / "drafts", "amina"))
    qtbot.addWidget(form)
    form.show()
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    answers: list[tuple] = []
    form.duplicates.found.connect(answers.append)
    form.when.event_date.selectAll()
    qtbot.keyClicks(form.when.event_date, "07/05/2017")  # another day, also a match
    form.duplicates.run_now()  # asked now, for 7 May 2017 ...
    form.when.event_date.selectAll()
    qtbot.keyClicks(form.when.event_date, "08/05/2019")  # ... which the coder changes
    qtbot.waitUntil(lambda: not form.duplicates.pending(), timeout=WAIT)
    operations.wait()
    qtbot.wait(50)
    assert answers == [()]  # the answer for 2017 was dropped, 2019's has no match
    assert not form.duplicate_hint.isVisible()


def test_the_hint_asks_again_when_the_values_came_back_while_it_ran(
        desk: Desk, operations: Operations, data_dir: Path, pair: tuple[str, str],
        qtbot) -> None:
    """Changed and changed back while a check ran: the timer finds the values it already
    asked about, and the answer, dropped as stale, must not be the last word."""
    form = IncidentForm(desk, operations, DraftStore(data_dir / "drafts", "amina"))
    qtbot.addWidget(form)
    form.show()
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    operations.wait()
    answers: list[tuple] = []
    form.duplicates.found.connect(answers.append)
    form.duplicates.forget()
    form.duplicates.run_now()  # asked for the values as they stand ...
    form.duplicates.schedule()  # ... a key typed ...
    form.duplicates.schedule()  # ... and deleted
    form.duplicates.run_now()  # the timer: the same values as the question in flight
    qtbot.waitUntil(lambda: bool(answers), timeout=WAIT)
    assert [{p.b.human_id for p in found} | {p.a.human_id for p in found}
            for found in answers][-1] >= {pair[0]}


def test_compare_side_by_side_from_the_form_opens_the_pair(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    form = main.new_incident()
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    qtbot.mouseClick(form.duplicate_hint.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.pair_windows), timeout=WAIT)
    assert form.incident_id is not None
    assert set(main.pair_windows) == {frozenset((form.incident_id,
                                                 desk.incidents.get(pair[1]).id))}


# --- on a laptop ----------------------------------------------------------------------------


def test_the_queue_fits_a_laptop(queue: DuplicatesWindow, pair: tuple[str, str],
                                 language: str, qtbot) -> None:  # noqa: F811
    search(queue, qtbot)
    assert queue.model.rowCount() == 1
    check(queue)


def test_the_queue_fits_a_laptop_while_searching(queue: DuplicatesWindow, desk: Desk,
                                                 language: str, qtbot) -> None:  # noqa: F811
    generate(desk, 200, seed=4)
    queue.search()
    check(queue)
    queue.cancel()
    qtbot.waitUntil(lambda: not queue.searching, timeout=WAIT)


def test_the_main_window_fits_a_laptop_with_the_hint_shown(
        desk: Desk, pair: tuple[str, str], language: str, qtbot) -> None:  # noqa: F811
    window = build_window(desk)
    qtbot.addWidget(window)
    window.show()
    form = window.new_incident()
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    check(window)
    window.operations.wait()


def test_the_reasons_stay_in_view_on_a_laptop_in_french(queue: DuplicatesWindow, desk: Desk,
                                                        qtbot, qapp) -> None:
    """Long French types and states ("Enlèvement/disparition forcée", "Soumis pour
    relecture") once pushed the reasons, the column that says why, out of the window."""
    generate(desk, 2000, seed=3)
    install("fr", qapp)
    try:
        queue.resize(1280, 720)
        search(queue, qtbot)
        assert queue.model.rowCount() > 5
        view = queue.view
        reasons = DuplicatesModel.REASONS
        assert view.columnViewportPosition(reasons) + 250 <= view.viewport().width()
        for column in (0, 1, 2, 6, 7):  # scores, ids and dates stay whole
            assert view.columnWidth(column) >= view.sizeHintForColumn(column), column
    finally:
        install("en", qapp)


def test_a_match_set_aside_is_not_counted_among_the_others(
        desk: Desk, operations: Operations, data_dir: Path, pair: tuple[str, str],
        qtbot) -> None:
    """Two records match; the coder sets the first aside with ✕: the hint names the
    second alone (not "1 other incident may be too", which was the one set aside), and
    the ✕ says it only hides the hint (nothing is recorded)."""
    form = IncidentForm(desk, operations, DraftStore(data_dir / "drafts", "amina"))
    qtbot.addWidget(form)
    form.show()
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    hint = form.duplicate_hint
    assert "1 other incident may be too" in plain(hint.text())
    first_named = hint.pair.b.human_id
    qtbot.mouseClick(hint.close_button, Qt.MouseButton.LeftButton)
    assert hint.isVisible()
    text = plain(hint.text())
    assert first_named not in text and "other incident" not in text, text
    assert hint.close_button.toolTip() == (
        "Hide this hint in this form (the pair is not marked as two events)")
    assert hint.close_button.accessibleName() == "Hide this hint"
    qtbot.mouseClick(hint.close_button, Qt.MouseButton.LeftButton)
    assert not hint.isVisible()
    assert desk.duplicates.find().pairs  # nothing was dismissed


def test_opened_from_the_menu_enter_opens_the_best_pair(main: MainWindow, desk: Desk,
                                                         pair: tuple[str, str], qtbot) -> None:
    """Review > Duplicates…, then Enter, without a click: the list has the cursor once
    its first search is in (it had stayed in the score box)."""
    queue = main.open_duplicates()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=WAIT)
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow, timeout=WAIT)
    assert QApplication.focusWidget() is queue.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert set(main.pair_windows) == {frozenset(desk.incidents.get(h).id for h in pair)}


def test_a_record_coded_again_from_the_hint_is_merged_into_the_one_under_review(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    """A coder starts the attack again, sees the hint and compares: the new record is a
    draft, the other is submitted for review, so the window keeps the submitted one and
    merges the draft into it (not the other way round, which rejected the record under
    review as a duplicate of a draft)."""
    form = main.new_incident()
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    qtbot.mouseClick(form.duplicate_hint.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.pair_windows), timeout=WAIT)
    [shown] = main.pair_windows.values()
    qtbot.waitUntil(lambda: shown.data is not None and not shown.busy(), timeout=WAIT)
    assert form.incident_id is not None
    assert shown.data.other.id == form.incident_id  # the new draft is merged away
    assert shown.data.keep.status == "submitted"
    with qtbot.waitSignal(shown.merged, timeout=WAIT) as merged:
        qtbot.mouseClick(shown.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args[1] == form.incident_id
    assert desk.incidents.get(merged.args[0]).status == "submitted"


def test_a_record_merged_away_is_not_offered_another_duplicate(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    """The coder's record, merged away from the pair window, comes back in the form as
    rejected: the hint no longer offers it the other record of the attack to merge."""
    form = main.new_incident()
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    qtbot.mouseClick(form.duplicate_hint.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(main.pair_windows), timeout=WAIT)
    [shown] = main.pair_windows.values()
    qtbot.waitUntil(lambda: shown.data is not None and not shown.busy(), timeout=WAIT)
    with qtbot.waitSignal(shown.merged, timeout=WAIT):
        qtbot.mouseClick(shown.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=WAIT)
    assert desk.incidents.get(form.incident_id).status == "rejected"
    qtbot.waitUntil(lambda: not form.duplicates.pending(), timeout=WAIT)
    main.operations.wait()
    QCoreApplication.processEvents()
    assert not form.duplicate_hint.isVisible(), form.duplicate_hint.text()


def test_a_merge_in_one_pair_window_shows_in_another_open_on_the_same_record(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    """Two pair windows share a record; merged away in the first, it shows as rejected in
    the second, whose Merge (which the desk would refuse) goes grey with the reason."""
    first, second = (desk.incidents.get(h) for h in pair)
    third = desk.incidents.create(second_coder(desk, fatalities=9, fatalities_low=9,
                                               fatalities_high=9))
    one = main.open_pair(first.id, second.id)
    two = main.open_pair(second.id, third.id)
    for shown in (one, two):
        qtbot.waitUntil(lambda w=shown: w.data is not None and not w.busy(), timeout=WAIT)
    assert one.data is not None and one.data.other.id == second.id
    with qtbot.waitSignal(two.loaded, timeout=WAIT):
        qtbot.mouseClick(one.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not two.busy(), timeout=WAIT)
    assert not two.merge_button.isEnabled()
    assert two.banner.kind() == "warning" and plain(two.banner.text()).startswith(
        f"{second.human_id} is rejected")
    for shown in (one, two):
        shown.close()


def test_the_hint_compares_from_the_keyboard_through_the_review_menu(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    """The hint's button sits after every field of the form (some thirty Tabs away):
    Review > Compare with the possible duplicate (Alt+R, P) does what it does."""
    form = main.new_incident()
    main.compare_possible_duplicate()  # nothing to compare yet: said, nothing opened
    assert main.statusBar().currentMessage() == (
        "The incident open has no possible duplicate to compare with.")
    assert not main.pair_windows
    code_the_same_attack(form, qtbot)
    qtbot.waitUntil(form.duplicate_hint.isVisible, timeout=WAIT)
    review = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Review")
    action = next(a for a in review.actions()
                  if a.text() == "Compare with the &possible duplicate")
    action.trigger()
    qtbot.waitUntil(lambda: bool(main.pair_windows), timeout=WAIT)
    assert form.incident_id is not None
    assert set(main.pair_windows) == {frozenset((form.incident_id,
                                                 form.duplicate_hint.pair.b.id))}


def test_a_french_reviewer_types_the_score_with_a_point_or_a_comma(
        desk: Desk, operations: Operations, pair: tuple[str, str], qtbot, qapp) -> None:
    """The README and the command line write 0.5; in French the box refused the point
    and kept "0", so Enter searched at the old score."""
    install("fr", qapp)
    try:
        queue = DuplicatesWindow(desk, operations)
        qtbot.addWidget(queue)
        queue.show()
        qtbot.waitExposed(queue)
        for typed, shown in (("0.9", "0,90"), ("0,95", "0,95")):
            box = queue.min_score
            box.setFocus()
            box.selectAll()
            qtbot.keyClicks(box.lineEdit(), typed)
            with qtbot.waitSignal(queue.searched, timeout=WAIT):
                qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
            assert queue.report is not None
            assert queue.report.min_score == float(typed.replace(",", "."))
            assert box.text() == shown
    finally:
        install("en", qapp)


def test_a_record_merged_away_says_into_which_record_and_opens_it(
        main: MainWindow, desk: Desk, pair: tuple[str, str], qtbot) -> None:
    """Opened later (from the list or a search), the merged-away record says it is a
    duplicate of the kept one, by whom and when, and one click opens the kept record."""
    kept, other = (desk.incidents.get(h) for h in pair)
    desk.duplicates.merge(kept.id, other.id)
    form = main.open_incident(other.id)
    qtbot.waitUntil(lambda: form.incident_id == other.id and not form.is_busy(),
                    timeout=WAIT)
    today = desk.review.rejection(other.id).rejected_at.date().isoformat()  # type: ignore[union-attr]
    assert plain(form.banner.text()) == (
        f"Rejected as a duplicate of {kept.human_id} by amina on {today}: the event is "
        "recorded there.")
    [open_kept] = form.banner.buttons
    assert plain(open_kept.text()) == f"Open {kept.human_id}"
    qtbot.mouseClick(open_kept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.current_form() is not None
                    and main.current_form().incident_id == kept.id, timeout=WAIT)
    # The kept record is not rejected: no such message there.
    shown = main.current_form()
    assert shown is not None
    qtbot.waitUntil(lambda: not shown.is_busy(), timeout=WAIT)
    assert "Rejected" not in shown.banner.text()


def test_a_record_rejected_as_not_an_event_says_why(main: MainWindow, desk: Desk,
                                                   pair: tuple[str, str], qtbot) -> None:
    record = desk.incidents.get(pair[1])
    desk.profiles.create("amina", "reviewer")
    desk.review.reject(record.id, "not_an_event", "A rumour the army denied.")
    form = main.open_incident(record.id)
    qtbot.waitUntil(lambda: form.incident_id == record.id and not form.is_busy(),
                    timeout=WAIT)
    day = desk.review.rejection(record.id).rejected_at.date().isoformat()  # type: ignore[union-attr]
    assert plain(form.banner.text()) == (
        f"Rejected (not an event) by amina on {day}: A rumour the army denied.")
    assert form.banner.buttons == []
