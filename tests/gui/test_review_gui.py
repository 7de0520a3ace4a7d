"""The review workflow in the GUI, driven from the keyboard where a reviewer would:
who is working, the queue, the comparison, comments, decisions, the form's
pending revision and the timeline's reverts. The database is checked through
the Desk API afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sahel_desk.gui.app import build_window
from sahel_desk.gui.main_window import MainWindow
from sahel_desk.gui.review.comments import CommentModel
from sahel_desk.gui.review.comparison import load_item
from sahel_desk.gui.review.diff_model import DiffModel
from sahel_desk.gui.review.people import ProfileDialog, ProfileModel
from sahel_desk.gui.review.queue_model import QueueModel
from sahel_desk.gui.review.timeline import TimelineModel, TimelinePanel
from sahel_desk.gui.review.widgets import select_row
from sahel_desk.gui.review.window import ReviewWindow
from sahel_desk.services.desk import Desk
from tests.core.helpers import complete_values
from tests.gui.windows import activate

WAIT = 10000
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# --- a team and its window -------------------------------------------------------------------


@pytest.fixture
def team_dir(data_dir: Path) -> Path:
    """hawa administers, amina codes, boubacar reviews."""
    with Desk.open(data_dir, user="hawa") as desk:
        desk.profiles.create("hawa", "administrator")
        desk.profiles.create("amina", "researcher")
        desk.profiles.create("boubacar", "reviewer")
    return data_dir


@pytest.fixture
def team(team_dir: Path) -> Iterator[Desk]:
    with Desk.open(team_dir, user="amina") as desk:
        yield desk


def _window(desk: Desk, qtbot) -> MainWindow:
    built = build_window(desk)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitUntil(lambda: built.role_label.text() != "Role: …", timeout=WAIT)
    return built


@pytest.fixture
def window(team: Desk, qtbot) -> Iterator[MainWindow]:
    built = _window(team, qtbot)
    yield built
    built.operations.wait()


def submitted(desk: Desk, **overrides) -> str:
    """A complete record coded and submitted by amina (its claim's language set, as the
    form sets it)."""
    user = desk.user
    desk.switch_user("amina")
    values = complete_values(desk, status="draft", **overrides)
    for claim in values["claims"]:
        claim["language"] = "ar"
    record = desk.incidents.create(values)
    desk.review.submit(record.id)
    desk.switch_user(user)
    return record.id


def approved(desk: Desk, **overrides) -> str:
    incident_id = submitted(desk, **overrides)
    user = desk.user
    desk.switch_user("boubacar")
    desk.review.approve(incident_id)
    desk.switch_user(user)
    return incident_id


def switch_user(window: MainWindow, qtbot, name: str) -> None:
    """File > Switch user: choose ``name`` in the list with the keyboard, press Enter."""
    next(a for a in window.actions() if a.text() == "Switch &user…").trigger()
    dialog = window.profile_dialog
    assert dialog is not None and dialog.windowTitle() == "Switch user"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT)
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home, CTRL)
    for _ in range(dialog.model.rowCount()):
        if dialog.selected().name == name:
            break
        qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    assert dialog.selected().name == name
    with qtbot.waitSignal(dialog.switched, timeout=WAIT):
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.role_label.text() == f"Role: {window.desk.role}",
                    timeout=WAIT)
    assert window.user_label.text() == f"User: {name}"


def open_queue(window: MainWindow, qtbot) -> ReviewWindow:
    """Review > Review queue, by its shortcut."""
    activate(qtbot, window, WAIT)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL_SHIFT)
    review = window.review_window
    assert review is not None
    qtbot.waitUntil(review.isVisible, timeout=WAIT)
    activate(qtbot, review, WAIT)
    return review



def wait_item(qtbot, review: ReviewWindow, incident_id: str) -> None:
    qtbot.waitUntil(lambda: review.view.item is not None
                    and review.view.item.record.id == incident_id, timeout=WAIT)


def key(qtbot, review: ReviewWindow, code: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier
        ) -> None:
    """A key pressed wherever the focus is in the review window."""
    qtbot.keyClick(QApplication.focusWidget() or review, code, modifiers)


def rows_of(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


# --- the review cycle ---------------------------------------------------------------------------


def test_a_review_cycle_between_a_researcher_and_a_reviewer(window: MainWindow, team: Desk,
                                                            qtbot) -> None:
    first = submitted(team)
    second = submitted(team, fatalities=3, fatalities_low=3, fatalities_high=3,
                       sources=[{"publication": "Studio Tamani", "killed": 3}])
    switch_user(window, qtbot, "boubacar")

    # The reviewer opens the queue: oldest first, counts at the top, the first item opens
    # and is taken into review.
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, first)
    qtbot.waitUntil(lambda: review.queue.counts.text().startswith(
        "<b>1</b> submitted · <b>1</b> in review"), timeout=WAIT)
    # Taken into review just now, the first waits since then: the queue is read again and
    # keeps it selected.
    assert [r.incident_id for r in review.queue.model.rows()] == [second, first]
    assert review.queue.current().incident_id == first
    assert team.incidents.get(first).status == "in_review"
    view = review.view
    assert view.item.titles == ("First submission", "Now")
    fields = {row[0]: row[2] for row in rows_of(view.diff)}
    assert fields["Fatalities (best)"] == "7"
    assert fields["Actor 1"] == "JNIM: Group for Support of Islam and Muslims"
    assert "Armed clash" in fields.values()

    # A comment on the toll: select the field, Ctrl+M, type, Enter.
    select_row(view.diff_view, view.diff.row_of("fatalities"))
    key(qtbot, review, Qt.Key.Key_M, CTRL)
    assert view.comments.edit.hasFocus()
    qtbot.keyClicks(view.comments.edit, "RFI says 7 but the army says 8: which one?")
    with qtbot.waitSignal(view.comments.changed, timeout=WAIT):
        qtbot.keyClick(view.comments.edit, Qt.Key.Key_Return)
    assert rows_of(view.comments.model)[0][0] == "Fatalities (best)"
    assert view.diff.index(view.diff.row_of("fatalities"), 3).data() == "1 open thread"

    # Request changes: the reason is asked for first, then the step is taken and the next
    # item opens.
    key(qtbot, review, Qt.Key.Key_C, CTRL_SHIFT)
    assert "reason" in view.decision.message.text()
    assert view.decision.reason.hasFocus()
    qtbot.keyClicks(view.decision.reason, "Use the army's toll (8), see my comment.")
    with qtbot.waitSignal(view.decided, timeout=WAIT):
        key(qtbot, review, Qt.Key.Key_C, CTRL_SHIFT)
    wait_item(qtbot, review, second)
    qtbot.waitUntil(lambda: review.queue.model.rowCount() == 1, timeout=WAIT)
    record = team.incidents.get(first)
    assert record.status == "changes_requested"
    comments = team.comments.for_incident(first)
    assert [(c.user, c.field) for c in comments] == [("boubacar", "fatalities")]

    # The researcher finds it under "Returned to me", reads why, answers in the thread,
    # cannot decide, and fixes it in the form (Ctrl+O) and submits again.
    switch_user(window, qtbot, "amina")
    window.open_returned()
    wait_item(qtbot, review, first)
    assert "Use the army's toll (8)" in view.request_note.text()
    assert not view.decision.approve_button.isEnabled()
    activate(qtbot, review, WAIT)
    select_row(view.diff_view, view.diff.row_of("fatalities"))
    key(qtbot, review, Qt.Key.Key_M, CTRL)
    assert view.comments.edit.placeholderText().startswith("Reply to boubacar")
    qtbot.keyClicks(view.comments.edit, "Right, the army's communique: corrected to 8.")
    with qtbot.waitSignal(view.comments.changed, timeout=WAIT):
        qtbot.keyClick(view.comments.edit, Qt.Key.Key_Return)
    key(qtbot, review, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.current_form() is not None, timeout=WAIT)
    form = window.current_form()
    qtbot.waitUntil(lambda: form.incident_id == first and not form.is_busy(), timeout=WAIT)
    assert form.notes.offered_statuses() == ["draft", "submitted", "changes_requested"]
    fatalities = form.toll.edits["fatalities"]
    fatalities.setFocus()
    fatalities.selectAll()
    qtbot.keyClicks(fatalities, "8")
    qtbot.waitUntil(lambda: form.check_result().submittable and form.is_dirty(), timeout=WAIT)
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert team.incidents.get(first).status == "submitted"

    # The reviewer moves through the queue with J, sees the one change, and approves.
    switch_user(window, qtbot, "boubacar")
    window.open_review()
    activate(qtbot, review, WAIT)
    qtbot.waitUntil(lambda: review.queue.model.rowCount() == 2, timeout=WAIT)
    review.queue.view.setFocus()
    key(qtbot, review, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: view.item is not None, timeout=WAIT)
    for _ in range(2):
        if view.row.incident_id == first:
            break
        key(qtbot, review, Qt.Key.Key_J)
    wait_item(qtbot, review, first)
    changed = [row for row in view.diff.rows() if row.changed]
    assert [(c.field, c.before, c.after) for c in changed] == [("fatalities", 7, 8)]
    assert view.comments.model.rowCount() == 2  # the thread on the changed field
    select_row(view.comments.view, 0)
    with qtbot.waitSignal(view.comments.changed, timeout=WAIT):
        qtbot.mouseClick(view.comments.resolve_button, Qt.MouseButton.LeftButton)
    assert view.diff.index(view.diff.row_of("fatalities"), 3).data() == ""
    with qtbot.waitSignal(view.decided, timeout=WAIT):
        key(qtbot, review, Qt.Key.Key_Return, CTRL)
    wait_item(qtbot, review, second)

    record = team.incidents.get(first)
    assert (record.status, record.fatalities) == ("approved", 8)
    steps = [(t.user, t.before, t.after) for t in team.history.timeline(first)
             if t.kind == "status"]
    assert steps == [
        ("amina", "Draft", "Submitted"),
        ("boubacar", "Submitted", "In review"),
        ("boubacar", "In review", "Changes requested"),
        ("amina", "Changes requested", "Submitted"),
        ("boubacar", "Submitted", "In review"),
        ("boubacar", "In review", "Approved"),
    ]
    assert [r.incident_id for r in team.review.queue().rows] == [second]
    thread = team.comments.for_incident(first)
    assert [(c.user, c.field, c.parent_id, c.resolved_by) for c in thread] == [
        ("boubacar", "fatalities", None, "boubacar"),
        ("amina", "fatalities", thread[0].id, None)]
    qtbot.waitUntil(lambda: window.model.row_at(0) is not None, timeout=WAIT)


def test_a_researcher_cannot_approve(window: MainWindow, team: Desk, qtbot) -> None:
    incident_id = submitted(team)
    history = team.history.for_incident(incident_id)
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, incident_id)
    view = review.view
    assert not view.decision.approve_button.isEnabled()
    assert not review.approve_action.isEnabled()
    assert "amina is a researcher" in view.decision.role_note.text()
    key(qtbot, review, Qt.Key.Key_Return, CTRL)
    assert not view.approve()
    window.operations.wait()
    assert team.incidents.get(incident_id).status == "submitted"  # not even taken into review
    assert team.history.for_incident(incident_id) == history


def test_tab_moves_between_the_panes(window: MainWindow, team: Desk, qtbot) -> None:
    incident_id = submitted(team)
    switch_user(window, qtbot, "boubacar")
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, incident_id)
    view = review.view
    review.queue.view.setFocus()
    for expected in (view.diff_view, view.comments.view, view.comments.edit,
                     view.decision.reason, view.decision.reject_code,
                     view.decision.approve_button):
        key(qtbot, review, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    key(qtbot, review, Qt.Key.Key_M, CTRL)
    assert view.comments.edit.hasFocus()
    qtbot.keyClicks(view.comments.edit, "jk")  # letters typed are text, not J/K moves
    assert view.comments.edit.text() == "jk"
    key(qtbot, review, Qt.Key.Key_Escape)
    assert view.diff_view.hasFocus()


def test_a_rejection_as_a_duplicate_is_asked_for_step_by_step(window: MainWindow, team: Desk,
                                                              qtbot) -> None:
    original = approved(team)
    copy = submitted(team)
    switch_user(window, qtbot, "boubacar")
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, copy)
    decision = review.view.decision
    key(qtbot, review, Qt.Key.Key_J, CTRL_SHIFT)
    assert "Choose why" in decision.message.text() and decision.reject_code.hasFocus()
    decision.reject_code.setCurrentIndex(decision.reject_code.findData("duplicate"))
    key(qtbot, review, Qt.Key.Key_J, CTRL_SHIFT)
    assert decision.duplicate_of.hasFocus()
    qtbot.keyClicks(decision.duplicate_of, team.incidents.get(original).human_id)
    key(qtbot, review, Qt.Key.Key_J, CTRL_SHIFT)
    assert decision.reason.hasFocus()
    qtbot.keyClicks(decision.reason, "Same attack as the approved record.")
    with qtbot.waitSignal(review.view.decided, timeout=WAIT):
        key(qtbot, review, Qt.Key.Key_J, CTRL_SHIFT)
    rejection = team.review.rejection(copy)
    assert (rejection.reason_code, rejection.duplicate_of, rejection.rejected_by) == (
        "duplicate", original, "boubacar")
    qtbot.waitUntil(lambda: review.queue.model.rowCount() == 0, timeout=WAIT)
    assert "Nothing to review" in review.view.title.text()


# --- pending revisions -------------------------------------------------------------------------


def test_editing_an_approved_incident_makes_a_pending_revision_in_the_form(
        window: MainWindow, team: Desk, qtbot) -> None:
    incident_id = approved(team)
    form = window.open_incident(incident_id)
    qtbot.waitUntil(lambda: form.incident_id == incident_id and not form.is_busy(),
                    timeout=WAIT)
    assert form.pending_note.isHidden()
    assert form.notes.offered_statuses() == ["draft", "submitted", "approved"]
    injured = form.toll.edits["injured"]
    injured.setFocus()
    qtbot.keyClicks(injured, "4")
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert form.pending_note.isVisible()
    assert "the approved version stays in reports" in form.pending_note.text()
    assert team.incidents.get(incident_id).injured is None  # reports keep the approved one
    assert team.incidents.working_state(incident_id)["injured"] == 4
    assert form.notes.status.value() == "draft"

    # Reopened, the form shows the revision; a reviewer is offered every state.
    window._close_tab(window.tabs.indexOf(form))
    switch_user(window, qtbot, "boubacar")
    again = window.open_incident(incident_id)
    qtbot.waitUntil(lambda: again.incident_id == incident_id and not again.is_busy(),
                    timeout=WAIT)
    assert again.pending_note.isVisible()
    assert again.toll.edits["injured"].text() == "4"
    assert len(again.notes.offered_statuses()) == 6


def test_a_pending_revision_is_reviewed_beside_the_approved_version(
        window: MainWindow, team: Desk, qtbot) -> None:
    incident_id = approved(team)
    revision = team.incidents.working_record(incident_id).revision
    team.incidents.update(incident_id, {"fatalities": 9, "fatalities_high": 11},
                          expected_revision=revision, reason="AFP update")
    team.review.submit(incident_id)
    switch_user(window, qtbot, "boubacar")
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, incident_id)
    view = review.view
    assert review.queue.model.index(0, 1).data() == "Revision"
    assert view.diff.headerData(1, Qt.Orientation.Horizontal) == "Approved version"
    assert view.diff.headerData(2, Qt.Orientation.Horizontal) == "Pending revision"
    assert view.pending_note.isVisible()
    assert [(c.field, c.before, c.after) for c in view.diff.rows() if c.changed] == [
        ("fatalities", 7, 9), ("fatalities_high", 9, 11)]
    view.only_changed.setChecked(True)
    assert view.diff.rowCount() == 2
    with qtbot.waitSignal(view.decided, timeout=WAIT):
        key(qtbot, review, Qt.Key.Key_Return, CTRL)
    record = team.incidents.get(incident_id)
    assert (record.status, record.fatalities, record.fatalities_high) == ("approved", 9, 11)
    assert team.incidents.pending(incident_id) is None


# --- history -------------------------------------------------------------------------------------


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text, *args, **kwargs: asked.append(text) or button))
    return asked


def test_a_field_is_reverted_from_the_timeline_in_the_form(
        window: MainWindow, team: Desk, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    record = team.incidents.create(complete_values(team, status="draft"))
    record = team.incidents.update(record.id, {"fatalities": 8}, reason="army statement")
    team.incidents.update(record.id, {"fatalities": 9}, expected_revision=record.revision,
                          reason="typo")
    form = window.open_incident(record.id)
    qtbot.waitUntil(lambda: form.incident_id == record.id and not form.is_busy(), timeout=WAIT)
    form.show_history()
    panel: TimelinePanel = form.history
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT)
    assert [row[2] for row in rows_of(panel.model)] == [
        "Created", "Fatalities (best)", "Fatalities (best)"]
    select_row(panel.view, 1)  # 7 -> 8, "army statement"
    assert panel.field_button.isEnabled()

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not panel.revert_field()
    assert "Fatalities (best)" in asked[0]
    assert team.incidents.get(record.id).fatalities == 9

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(form.loaded, timeout=WAIT):
        qtbot.mouseClick(panel.field_button, Qt.MouseButton.LeftButton)
    assert team.incidents.get(record.id).fatalities == 8
    assert form.toll.edits["fatalities"].text() == "8"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=WAIT)
    last = panel.model.row_at(3)
    assert (last.field, last.before, last.after, last.user) == ("fatalities", 9, 8, "amina")
    assert last.reason.startswith("revert fatalities to ")

    # While the form has unsaved changes, the timeline does not revert under them.
    notes = form.notes.notes
    notes.setFocus()
    qtbot.keyClicks(notes, " More.")
    qtbot.waitUntil(form.is_dirty, timeout=WAIT)
    assert not panel.record_button.isEnabled()


def test_the_whole_record_is_reverted_from_the_review_view(
        window: MainWindow, team: Desk, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    incident_id = submitted(team)
    switch_user(window, qtbot, "boubacar")
    team.incidents.update(incident_id, {"fatalities": 8, "notes": "Rewritten."})
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, incident_id)
    key(qtbot, review, Qt.Key.Key_H, CTRL)
    panel = review.view.timeline
    created = next(r for r, e in enumerate(panel.model.rows()) if e.kind == "created")
    select_row(panel.view, created)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(review.changed, timeout=WAIT):
        assert panel.revert_record()
    state = team.incidents.state(incident_id)
    assert (state["fatalities"], state["status"]) == (7, "in_review")
    assert state["notes"].startswith("Suicide assault")
    qtbot.waitUntil(lambda: any(e.reason and e.reason.startswith("revert to")
                                for e in panel.model.rows()), timeout=WAIT)


# --- people --------------------------------------------------------------------------------------


def test_the_first_start_asks_who_is_working(desk: Desk, qtbot) -> None:
    window = _window(desk, qtbot)
    assert window.role_label.text() == "Role: researcher"
    settled: list[bool] = []
    window.ensure_profile(then=lambda: settled.append(True))
    qtbot.waitUntil(lambda: window.profile_dialog is not None
                    and window.profile_dialog.isVisible(), timeout=WAIT)
    dialog: ProfileDialog = window.profile_dialog
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "amina", timeout=WAIT)
    assert "no profile yet" in dialog.message.text()
    assert dialog.role_combo.currentData() == "administrator"
    with qtbot.waitSignal(dialog.switched, timeout=WAIT):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settled == [True], timeout=WAIT)
    qtbot.waitUntil(lambda: window.role_label.text() == "Role: administrator", timeout=WAIT)
    assert [(p.name, p.role) for p in desk.profiles.list()] == [("amina", "administrator")]

    # Known now: the next start asks nothing.
    window.ensure_profile(then=lambda: settled.append(True))
    qtbot.waitUntil(lambda: settled == [True, True], timeout=WAIT)
    window.operations.wait()


def test_someone_unknown_is_told_plainly_who_may_add_profiles(team_dir: Path, qtbot) -> None:
    with Desk.open(team_dir, user="moussa") as desk:
        window = _window(desk, qtbot)
        window.ensure_profile()
        qtbot.waitUntil(lambda: window.profile_dialog is not None
                        and window.profile_dialog.model.rowCount() == 3, timeout=WAIT)
        dialog = window.profile_dialog
        assert "does not know moussa" in dialog.intro.text()
        qtbot.keyClicks(dialog.name_edit, "moussa")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "may not add profiles" in dialog.message.text(), timeout=WAIT)
        assert dialog.message.text() == ("moussa is a researcher and may not add profiles; "
                                         "only administrators may.")
        assert len(desk.profiles.list()) == 3
        select_row(dialog.view, dialog.model.row_of("hawa"))
        with qtbot.waitSignal(dialog.switched, timeout=WAIT):
            qtbot.mouseClick(dialog.work_button, Qt.MouseButton.LeftButton)
        assert desk.user == "hawa"
        qtbot.waitUntil(lambda: window.role_label.text() == "Role: administrator",
                        timeout=WAIT)
        window.operations.wait()


# --- the models -----------------------------------------------------------------------------


def test_every_review_model_passes_the_model_tester(team: Desk, qtmodeltester) -> None:
    incident_id = approved(team)
    revision = team.incidents.working_record(incident_id).revision
    team.incidents.update(incident_id, {"fatalities": 9, "fatalities_high": 11},
                          expected_revision=revision)
    team.comments.add(incident_id, "AFP says 9", field="fatalities")
    team.review.submit(incident_id)
    submitted(team)
    team.switch_user("boubacar")
    item = load_item(team, incident_id, start=True)
    assert item.started and item.record.status == "in_review"

    queue = QueueModel()
    queue.set_rows(team.review.queue().rows)
    diff = DiffModel()
    diff.set_fields(item.fields)
    diff.set_comments(item.comments)
    comments = CommentModel()
    comments.set_rows(item.comments)
    timeline = TimelineModel()
    timeline.set_rows(item.timeline)
    profiles = ProfileModel()
    profiles.set_rows(team.profiles.list())
    for model in (queue, diff, comments, timeline, profiles):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_the_comments_pane_says_how_to_start_when_nothing_is_open(window: MainWindow,
                                                                   team: Desk,
                                                                   qtbot) -> None:
    """Once the last item is decided the pane no longer names the field it last showed
    ("Comments on Date"): there is no item, so it says how to get one."""
    incident_id = submitted(team)
    switch_user(window, qtbot, "boubacar")
    review = open_queue(window, qtbot)
    wait_item(qtbot, review, incident_id)
    comments = review.view.comments
    qtbot.waitUntil(lambda: comments.title.text().startswith("<b>Comments on "),
                    timeout=WAIT)
    with qtbot.waitSignal(review.view.decided, timeout=WAIT):
        key(qtbot, review, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: review.queue.model.rowCount() == 0, timeout=WAIT)
    assert "Nothing to review" in review.view.title.text()
    assert comments.title.text().startswith("<b>Comments</b> — choose an item in the queue")
    assert comments.field is None and comments.model.rowCount() == 0
    assert not comments.edit.isEnabled()
    assert comments.edit.placeholderText() == "Choose an item to comment on it"
