"""The incident form: one incident, grouped the way a coder reads a report.

Everything that touches the database runs through :class:`Operations`; the
codebook's checks run as the coder types; unsaved work goes to the draft store
every few seconds, so neither a refused save nor a crash loses it.

The form edits the working version: an approved incident's pending revision
when it has one (said in a note above the fields), so reports keep the
approved values until a reviewer approves the edits. A second tab shows the
incident's history, from which a field or the whole record can be reverted.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Collection
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import FieldError, StaleRevisionError, UserError, ValidationError
from sahel_desk.gui.form.action_bar import ActionBar
from sahel_desk.gui.form.banner import Banner
from sahel_desk.gui.form.claims_group import ClaimsGroup
from sahel_desk.gui.form.draft_keeper import DraftKeeper, incident_draft_key, new_draft_key
from sahel_desk.gui.form.duplicate_hint import DuplicateCheck, DuplicateHint
from sahel_desk.gui.form.field_box import FieldBox
from sahel_desk.gui.form.group import FormGroup
from sahel_desk.gui.form.labels import label, top_field
from sahel_desk.gui.form.live_check import CheckResult, LiveCheck, check_values
from sahel_desk.gui.form.loading import (
    Loaded,
    Refs,
    fetch_draft,
    fetch_incident,
    fetch_values,
)
from sahel_desk.gui.form.notes_group import NotesGroup
from sahel_desk.gui.form.problem_list import ProblemList
from sahel_desk.gui.form.problems import field_problem, sort_problems
from sahel_desk.gui.form.saving import (
    MergedSaved,
    Saved,
    error_message,
    merge_incident,
    merged_message,
    refusal,
    save_incident,
    with_child_ids,
)
from sahel_desk.gui.form.side_by_side import SideBySide
from sahel_desk.gui.form.sources_group import SourcesGroup
from sahel_desk.gui.form.style import FORM_STYLE
from sahel_desk.gui.form.toll_group import TollGroup
from sahel_desk.gui.form.tolls import claimed_text
from sahel_desk.gui.form.what_group import WhatGroup
from sahel_desk.gui.form.when_group import WhenGroup
from sahel_desk.gui.form.where_group import WhereGroup
from sahel_desk.gui.form.who_group import WhoGroup
from sahel_desk.gui.i18n.bidi import isolate
from sahel_desk.gui.i18n.labels import codebook_label, status_label
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.text import PENDING_NOTE
from sahel_desk.gui.review.timeline import TimelinePanel
from sahel_desk.services.drafts import Draft, DraftStore
from sahel_desk.services.review import REJECTION_REASONS
from sahel_desk.store.merging import merge_reason
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.review_records import PendingRevisionRecord, Rejection

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk

log = logging.getLogger(__name__)

#: Stored values the form shows nowhere but must keep (an imported event's ACLED ids).
KEPT_FIELDS = ("acled_event_id", "acled_timestamp")
#: The title of a record not saved yet; shown translated (context ``IncidentForm``).
NEW_TITLE = QT_TRANSLATE_NOOP("IncidentForm", "New incident")
#: Stored states past submission: a record in one of them, unchanged, has nothing to submit.
SUBMITTED_STATES = frozenset({"submitted", "in_review", "approved"})
#: Fields of the GTD detail, which is folded away until one of them is needed.
GTD_FIELDS = ("attack_type", "target_type", "weapon_type", "suicide", "property_damage",
              "seized_vehicles", "seized_weapons", "items_seized")


def new_title() -> str:
    return QCoreApplication.translate("IncidentForm", NEW_TITLE)


def _keep_coded(desk: Desk, incident_id: str) -> IncidentRecord:
    return desk.incidents.keep_coded_location(incident_id)


def _without_ids(values: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(values)
    for child in ("sources", "claims"):
        for row in out.get(child) or []:
            row["id"] = None
    for name in KEPT_FIELDS:
        out.pop(name, None)
    out["status"] = "draft"
    return out


class IncidentForm(QWidget):
    """Create, edit, check and save one incident.

    ``saved(IncidentRecord)`` follows every successful save; ``dirtyChanged(bool)``
    whenever the form starts or stops differing from what is stored;
    ``titleChanged(str)`` when the human id (or "New incident") changes;
    ``loaded()`` when values fetched off the GUI thread have been filled in;
    ``checked(CheckResult)`` after each as-you-type check;
    ``compareRequested(this_id, other_id)`` when the coder asks to see this record and
    a possible duplicate side by side (this record saved first when it had changes).
    """

    saved = Signal(object)
    dirtyChanged = Signal(bool)
    titleChanged = Signal(str)
    loaded = Signal()
    checked = Signal(object)
    compareRequested = Signal(str, str)
    #: ``openRequested(incident_id)``: another record named here (the one a rejected
    #: record duplicates) is asked for
    openRequested = Signal(str)

    def __init__(self, desk: Desk, operations: Operations, drafts: DraftStore,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self._operations = operations
        self.incident_id: str | None = None
        self.human_id: str | None = None
        self.revision: int | None = None
        self._title = new_title()
        self._submitting = False
        self._kept: dict[str, Any] = {}
        self._saved_values: dict[str, Any] = {}
        self._saved_refs = Refs()
        self._clean: dict[str, Any] = {}
        self._dirty = False
        self._pending: dict[str, Any] | None = None
        self._as_new = False
        self._filling = 0
        self._saving = False
        self._service_problems: list[tuple[FieldError, Any]] = []
        self._after_load: str | None = None
        self._retry: Callable[[], None] | None = None
        self._compare_after_save: str | None = None
        self.pending: PendingRevisionRecord | None = None
        self._channel = f"incident-form-{id(self)}"
        self.setObjectName("incidentForm")
        self.setStyleSheet(FORM_STYLE)
        self._build()
        self.live = LiveCheck(self.values, self)
        self.live.checked.connect(self._on_checked)
        self.duplicates = DuplicateCheck(desk, operations, self._checked_values,
                                         lambda: self.incident_id, self)
        self.duplicates.found.connect(self.duplicate_hint.show_matches)
        self.draft_keeper = DraftKeeper(drafts, self, self.values)
        self._empty = self.values()
        self.new()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        desk, operations = self._desk, self._operations
        self.title_label = QLabel(new_title())
        self.title_label.setObjectName("formTitle")
        self.state_label = QLabel()
        self.state_label.setObjectName("formState")
        self.banner = Banner()
        self.duplicate_hint = DuplicateHint()
        self.duplicate_hint.compareRequested.connect(self._compare_with)
        self.pending_note = QLabel(PENDING_NOTE)
        self.pending_note.setObjectName("pendingNote")
        self.pending_note.setWordWrap(True)
        self.pending_note.hide()
        self.problems = ProblemList()
        self.problems.fieldChosen.connect(self.go_to_field)

        self.when = WhenGroup()
        self.where = WhereGroup(desk.gazetteer, desk.places, operations)
        self.where.keepCodedLocation.connect(self._keep_coded_location)
        self.what = WhatGroup()
        self.who = WhoGroup(desk.actors, operations)
        self.toll = TollGroup()
        self.sources = SourcesGroup()
        self.claims = ClaimsGroup(desk.claim_reader, operations)
        self.notes = NotesGroup()
        self.groups: tuple[FormGroup, ...] = (self.when, self.where, self.what, self.who,
                                              self.toll, self.sources, self.claims,
                                              self.notes)
        self.content = QWidget()
        self.content.setObjectName("formContent")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(4, 0, 12, 12)
        column.setSpacing(6)
        column.addWidget(SideBySide([self.when, self.where], [2, 3]))
        for below in self.groups[2:]:
            column.addWidget(below)
        for group in self.groups:
            group.changed.connect(self._on_edited)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        self.history = TimelinePanel(desk.history, operations)
        self.history.reverted.connect(self._reverted)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.addTab(self.scroll_area, self.tr("Incident"))
        self.pages.addTab(self.history, self.tr("Histor&y"))
        self.pages.currentChanged.connect(lambda _index: self._refresh_history())

        self.action_bar = ActionBar()
        self.revert_button = self.action_bar.revert_button
        self.save_button = self.action_bar.save_button
        self.submit_button = self.action_bar.submit_button
        self.submit_note = self.action_bar.submit_note
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.state_label)
        # Messages and the problem list go below the fields, just above the buttons: a
        # message appearing there shortens the form from the bottom, so the field being
        # typed into stays where it is (above the fields it pushed the whole form down).
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pending_note)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.duplicate_hint)
        layout.addWidget(self.problems)
        layout.addWidget(self.banner)
        layout.addWidget(self.action_bar)
        self.banner.shown.connect(self._keep_focus_in_view)
        self.duplicate_hint.shown.connect(self._keep_focus_in_view)
        self.problems.shown.connect(self._keep_focus_in_view)

        self.when.dateChanged.connect(self.who.set_date)
        self.claims.placeSuggested.connect(self.where.suggestion.offer)
        self.claims.actorSuggested.connect(self.who.suggestion.offer)
        self.boxes: dict[str, FieldBox] = {}
        for group in self.groups:
            self.boxes.update(group.boxes())

    # --- public state ----------------------------------------------------------------------

    def title(self) -> str:
        return self._title

    def is_dirty(self) -> bool:
        return self._dirty

    def is_busy(self) -> bool:
        """Loading or saving."""
        return self._pending is not None or self._saving

    def values(self) -> dict[str, Any]:
        """The incident as the service's state dict (actors and place as ids)."""
        if self._pending is not None:
            return copy.deepcopy(self._pending)
        out = dict(self._kept)
        for group in self.groups:
            out.update(group.values())
        return out

    def check_result(self) -> CheckResult:
        return self.live.result

    def set_statuses(self, allowed: Collection[str] | None) -> None:
        """The review states this user may save in (None: all); the record's own stays."""
        self.notes.limit_statuses(allowed)

    # --- opening -------------------------------------------------------------------------------

    def new(self) -> None:
        """An empty form for a new incident."""
        self._as_new = False
        self.duplicate_hint.reset()
        self.draft_keeper.use_key(new_draft_key(), incident_id=None, base_revision=None,
                                  title=new_title())
        self._apply(Loaded(values={}, refs=Refs(), saved={}), title=new_title())

    def load(self, incident_id: str) -> None:
        """Show a stored incident (fetched off the GUI thread; ``loaded`` follows)."""
        self.incident_id = incident_id
        self._start_loading({}, lambda: self.load(incident_id))
        self._operations.run(fetch_incident, self._desk, incident_id, channel=self._channel,
                             on_done=self._loaded_incident, on_error=self._load_failed)

    def restore_values(self, values: dict[str, Any], title: str | None = None) -> None:
        """Fill the form with ``values`` as a new, unsaved record."""
        self._as_new = False
        self.incident_id = None
        self.draft_keeper.use_key(new_draft_key(), incident_id=None, base_revision=None,
                                  title=title or new_title())
        self._retitle(title or new_title())
        self._start_loading(dict(values), lambda: self.restore_values(values, title))
        self._operations.run(
            fetch_values, self._desk, dict(values), channel=self._channel,
            on_done=lambda loaded: self._apply(loaded, title=title or new_title()),
            on_error=self._load_failed)

    def restore_draft(self, draft: Draft) -> None:
        """Fill the form from a draft; over its stored incident, at the draft's base revision."""
        self._as_new = False
        self.incident_id = draft.incident_id
        self.draft_keeper.use_key(draft.key, incident_id=draft.incident_id,
                                  base_revision=draft.base_revision, title=draft.title)
        self._retitle(draft.title or new_title())
        self._start_loading(dict(draft.values), lambda: self.restore_draft(draft))
        self._operations.run(fetch_draft, self._desk, draft, channel=self._channel,
                             on_done=self._loaded_draft, on_error=self._load_failed)

    def duplicate_as_new(self) -> None:
        """Keep the values but make this a new record (the second event of a twin attack)."""
        copy_of = self.tr("Copy of {title}")
        prefix = copy_of.split("{title}")[0]
        title = self._title if prefix and self._title.startswith(prefix) else \
            copy_of.format(title=self._title)
        self.incident_id = None
        self.human_id = None
        self.revision = None
        self._saved_values = {}
        self._saved_refs = Refs()
        self.draft_keeper.use_key(new_draft_key(), incident_id=None, base_revision=None,
                                  title=title)
        if self._pending is not None:
            self._as_new = True
            self._pending = _without_ids(self._pending)
            self._title = title
            return
        self._kept = {}
        self._filling += 1
        try:
            self.sources.forget_ids()
            self.claims.forget_ids()
            self.notes.status.set_value("draft")
        finally:
            self._filling -= 1
        self._clean = self._empty
        self._retitle(title)
        self.banner.clear()
        self._show_pending(None)
        self._refresh_history()
        self._after_edit()

    def _start_loading(self, values: dict[str, Any], retry: Callable[[], None]) -> None:
        """Until the values arrive the form is read-only and ``values()`` returns these."""
        self._pending = values
        self._retry = retry
        self.banner.clear()
        self.duplicate_hint.reset()
        self._compare_after_save = None
        self.content.setEnabled(False)
        self._update_buttons()
        self.state_label.setText(self.tr("Loading…"))

    def _loaded_incident(self, loaded: Loaded) -> None:
        if not shiboken6.isValid(self):
            return
        if not self._as_new:
            self.draft_keeper.use_key(incident_draft_key(loaded.incident_id or ""),
                                      incident_id=loaded.incident_id,
                                      base_revision=loaded.revision,
                                      title=loaded.human_id or new_title())
        self._apply(loaded, title=loaded.human_id or new_title())

    def _loaded_draft(self, loaded: Loaded) -> None:
        if not shiboken6.isValid(self):
            return
        self.draft_keeper.incident_id = loaded.incident_id
        self.draft_keeper.base_revision = loaded.revision
        self._apply(loaded, title=loaded.human_id or self.draft_keeper.title or new_title())

    def _load_failed(self, error: BaseException) -> None:
        """Stay read-only: saving a half-opened record could overwrite the stored one."""
        if not shiboken6.isValid(self):
            return
        if not isinstance(error, UserError):
            log.error("opening an incident failed", exc_info=(type(error), error,
                                                               error.__traceback__))
        if isinstance(error, UserError):
            text = self.tr("Could not open the incident: {reason}").format(
                reason=error_message(error))
        else:
            text = self.tr("Could not open the incident because of an unexpected error inside "
                           "Sahel Desk (the details are in the log).")
        self.state_label.setText(self.tr("Not opened"))
        self.banner.show_message(text, "error",
                                 [(self.tr("Try again"), self._retry)] if self._retry else [])

    def _apply(self, loaded: Loaded, *, title: str) -> None:
        """Fill the form: the stored values first (what Revert goes back to), then the
        values to show on top of them."""
        values = loaded.values
        if self._as_new:
            values = _without_ids(values)
            loaded = Loaded(values=values, refs=loaded.refs)
            title = self._title
            self._as_new = False
        self._pending = None
        self.incident_id = loaded.incident_id
        self.human_id = loaded.human_id
        self.revision = loaded.revision
        self._saved_values = loaded.saved or {}
        self._saved_refs = loaded.refs
        self._service_problems = []
        if loaded.statuses is not None:
            self.set_statuses(loaded.statuses)
        self._show_pending(loaded.pending)
        self._fill(self._saved_values, loaded.refs)
        self._clean = self.values()
        if values is not loaded.saved:
            self._fill(values, loaded.refs)
        self.where.show_place_change(loaded.place_changed)
        self.content.setEnabled(True)
        self._retitle(title)
        self._update_dirty()
        self._show_state()
        self._refresh_history()
        if self._after_load:
            self.banner.show_message(self._after_load, "info")
            self._after_load = None
        elif loaded.rejection is not None:
            self._show_rejection(loaded.rejection)
        self.duplicates.schedule()
        self.loaded.emit()

    def _show_rejection(self, rejection: Rejection) -> None:
        """A rejected record says so where the work is, and a record merged away names the
        record it was merged into, one click away: edits belong there."""
        when = isolate(f"{rejection.rejected_at:%Y-%m-%d}")
        other = rejection.duplicate_of_human_id
        if rejection.reason_code == "duplicate" and other:
            text = self.tr("Rejected as a duplicate of {other} by {user} on {date}: the event "
                           "is recorded there.").format(other=isolate(other),
                                                        user=isolate(rejection.rejected_by),
                                                        date=when)
            if rejection.reason and rejection.reason != merge_reason(other):
                text += " " + self.tr("Reason: {reason}").format(
                    reason=isolate(rejection.reason))
        else:
            word = REJECTION_REASONS.get(rejection.reason_code, rejection.reason_code)
            text = self.tr("Rejected ({why}) by {user} on {date}: {reason}").format(
                why=codebook_label(word), user=isolate(rejection.rejected_by), date=when,
                reason=isolate(rejection.reason))
        actions: list[tuple[str, Callable[[], object]]] = []
        if rejection.duplicate_of:
            target = rejection.duplicate_of
            actions.append((self.tr("Open {other}").format(other=isolate(other or "")),
                            lambda: self.openRequested.emit(target)))
        self.banner.show_message(text, "info", actions)

    def _fill(self, values: dict[str, Any], refs: Refs) -> None:
        self._filling += 1
        try:
            self._kept = {name: values[name] for name in KEPT_FIELDS if name in values}
            for group in self.groups:
                group.set_values(values, refs)
            date_value = self.when.values()["event_date"]
            self.who.set_date(date_value if not isinstance(date_value, str) else None)
            self._update_reports(default_best=False)
        finally:
            self._filling -= 1
        self.live.run_now()

    # --- editing -------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._filling or self._pending is not None:
            return
        self._update_reports(default_best=True)
        self._after_edit()

    def _after_edit(self) -> None:
        self.live.schedule()
        self.duplicates.schedule()
        self._update_dirty()

    def _update_reports(self, *, default_best: bool) -> None:
        sources = self.sources.values()["sources"]
        claims = self.claims.values()["claims"]
        self.toll.update_reports(sources, claims, default_best=default_best)
        self.what.show_claimed(claimed_text(claims, "vehicles_seized"),
                               claimed_text(claims, "weapons_seized"))

    def _update_dirty(self) -> None:
        dirty = self._pending is None and self.values() != self._clean
        self.draft_keeper.set_dirty(dirty)
        self.history.set_locked(self.tr("Save or revert the changes in the form first")
                                if dirty else None)
        if dirty != self._dirty:
            self._dirty = dirty
            self._show_state()
            self.dirtyChanged.emit(dirty)
        self._update_buttons()

    def revert(self) -> None:
        """Back to the stored values (an empty form for a record never saved)."""
        if self._pending is not None:
            return
        self._fill(self._saved_values, self._saved_refs)
        self._service_problems = []
        self.banner.clear()
        self.draft_keeper.discard()
        self._clean = self.values()
        self._update_dirty()

    # --- checking ------------------------------------------------------------------------------

    def _on_checked(self, result: CheckResult) -> None:
        current = self.values()
        self._service_problems = [
            (error, value) for error, value in self._service_problems
            if current.get(top_field(error.field)) == value]
        errors = [*result.problems, *(error for error, _ in self._service_problems)]
        self._show_problems(errors)
        self._update_buttons()
        self.checked.emit(result)

    def _show_problems(self, errors: list[FieldError]) -> None:
        problems = sort_problems(errors)
        # a box may hold several fields (latitude and longitude): it names each one's
        fields_of: dict[int, list[str]] = {}
        for name, box in self.boxes.items():
            fields_of.setdefault(id(box), []).append(name)
        for box in {id(box): box for box in self.boxes.values()}.values():
            names = fields_of[id(box)]
            said = [(name, found) for name in names if (found := problems.message(name))]
            if len(names) == 1:
                box.set_problem(said[0][1] if said else None)
            else:
                box.set_problem("; ".join(field_problem(label(name), message)
                                          for name, message in said) or None)
        self.sources.show_problems(problems.sources, problems.sources_general)
        self.claims.show_problems(problems.claims)
        self.problems.show_problems(problems.summary)

    def go_to_field(self, field: str) -> None:
        """Scroll to a field (named as in errors) and put the cursor in it."""
        name = top_field(field)
        if name == "sources":
            target: QWidget = self.sources.view
        elif name == "claims":
            target = self.claims.tabs
        else:
            box = self.boxes.get(name)
            if box is None:
                return
            if name in GTD_FIELDS:
                self.what.gtd.set_expanded(True)
            target = box
        self.scroll_area.ensureWidgetVisible(target, 40, 40)
        if isinstance(target, FieldBox):
            target.focus()
        else:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save off the GUI thread; False when not started (busy, or fields need fixing)."""
        if self.is_busy():
            return False
        values = self.values()
        result = self.live.run_now()
        kept = self.save_draft_now() if self._dirty else True
        if result.problems:
            self.banner.show_message(refusal(ValidationError(list(result.problems)),
                                             draft_kept=kept), "error")
            return False
        self.banner.clear()
        self._saving = True
        self._update_buttons()
        self.state_label.setText(self.tr("Saving…"))
        self._operations.run(save_incident, self._desk, self.incident_id, self.revision,
                             values, on_done=lambda saved: self._on_saved(values, saved),
                             on_error=self._on_save_failed)
        return True

    def submit(self) -> bool:
        """Save as submitted, if the record is complete (and not submitted already)."""
        if self.is_busy() or self.is_submitted():
            return False
        result = check_values({**self.values(), "status": "submitted"})
        if not result.submittable:
            self._show_problems(list(result.submit_problems))
            count = len(result.submit_problems)
            self.banner.show_message(
                self.tr("Not submitted: 1 thing must be filled in or fixed first (marked in "
                        "the form). You can still save it as a draft.") if count == 1 else
                self.tr("Not submitted: %n things must be filled in or fixed first (marked in "
                        "the form). You can still save it as a draft.", "", count), "warning")
            return False
        self.notes.status.set_value("submitted")
        self._submitting = True
        started = self.save()
        self._submitting = started
        return started

    def _on_saved(self, sent: dict[str, Any], saved: Saved) -> None:
        if not shiboken6.isValid(self):
            return
        record = saved.record
        self._saving = False
        old_key = self.draft_keeper.key
        self.incident_id = record.id
        self.human_id = record.human_id
        self.revision = record.revision
        self.sources.model.set_ids([row["id"] for row in saved.state.get("sources") or []])
        self.claims.set_ids([row["id"] for row in saved.state.get("claims") or []])
        self._saved_values = saved.state
        self._saved_refs = saved.refs
        stored_status = saved.state.get("status")
        if stored_status and stored_status != sent.get("status"):
            sent = {**sent, "status": stored_status}
            self._filling += 1
            try:
                self.notes.show_status(stored_status)
            finally:
                self._filling -= 1
        self._clean = with_child_ids(sent, saved.state)
        self._service_problems = []
        self.draft_keeper.store.discard(old_key)
        self.draft_keeper.use_key(incident_draft_key(record.id), incident_id=record.id,
                                  base_revision=record.revision, title=record.human_id)
        self.draft_keeper.store.discard(self.draft_keeper.key)
        self.banner.clear()
        self._show_pending(saved.pending)
        self._retitle(record.human_id)
        self._update_dirty()
        self.live.run_now()
        submitted, self._submitting = self._submitting, False
        self._show_state(saved_at=datetime.now(), submitted=submitted)
        self._refresh_history()
        self.duplicates.schedule()
        self.saved.emit(record)
        other, self._compare_after_save = self._compare_after_save, None
        if other is not None:
            self.compareRequested.emit(record.id, other)

    def _on_save_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._submitting = False
        self._compare_after_save = None
        kept = self.save_draft_now()
        actions: list[tuple[str, Any]] = []
        kind = "error"
        if isinstance(error, StaleRevisionError):
            actions = [(self.tr("Merge my changes"), self._merge_save),
                       (self.tr("Save mine over it"), lambda: self._save_over(error.actual)),
                       (self.tr("Show the stored version"), self._reload_stored)]
            kind = "warning"
        elif isinstance(error, ValidationError):
            current = self.values()
            self._service_problems = [(e, current.get(top_field(e.field)))
                                      for e in error.errors]
            self.live.run_now()
        elif not isinstance(error, UserError):
            log.error("saving an incident failed", exc_info=(type(error), error,
                                                              error.__traceback__))
        self.banner.show_message(refusal(error, draft_kept=kept), kind, actions)
        self._update_buttons()
        self._show_state()

    def _merge_save(self) -> None:
        """Keep both: save the fields only this form changed, keep the other person's,
        and leave the fields both changed as conflicts (services/stale_merge.py)."""
        incident_id = self.incident_id
        if not incident_id or self.is_busy():
            return
        self._saving = True
        self._update_buttons()
        self.state_label.setText(self.tr("Merging…"))
        self._operations.run(merge_incident, self._desk, incident_id,
                             dict(self._saved_values), self.values(),
                             on_done=lambda merged: self._on_merged(incident_id, merged),
                             on_error=self._on_save_failed)

    def _on_merged(self, incident_id: str, merged: MergedSaved) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.draft_keeper.store.discard(self.draft_keeper.key)
        self._after_load = merged_message(merged)
        self.load(incident_id)

    def _save_over(self, revision: int) -> None:
        self.revision = revision
        self.draft_keeper.base_revision = revision
        self.save()

    def _reload_stored(self) -> None:
        """Open the stored version; the coder's version is kept as a draft of its own."""
        if not self.incident_id:
            return
        keeper = self.draft_keeper
        keeper.rekey(f"{incident_draft_key(self.incident_id)}-{new_draft_key()}")
        keeper.title = self.tr("{title} (your unsaved version)").format(title=self._title)
        kept = keeper.save_now()
        self._after_load = (
            self.tr("This is the stored version. Yours is kept as a draft: restore it from the "
                    "unsaved drafts to compare or save it again.") if kept else None)
        self.load(self.incident_id)

    # --- possible duplicates ------------------------------------------------------------

    def _checked_values(self) -> dict[str, Any]:
        """The values the duplicates check compares: none while a record is loading, nor
        for a rejected record (merged away, or not an event: it is nobody's duplicate, and
        the pair window would only say it cannot be merged)."""
        if self._pending is not None or self._clean.get("status") == "rejected":
            return {}
        return self.values()

    def _compare_with(self, other: str) -> None:
        """Side by side needs two stored records: a record with changes is saved first
        (as the coder set it, a draft for a new one; a refused save keeps the typing in
        the form and in its draft, and says why), then the pair is asked for."""
        if self.is_busy():
            return
        if self.incident_id is not None and not self._dirty:
            self.compareRequested.emit(self.incident_id, other)
            return
        self._compare_after_save = other
        if not self.save():
            self._compare_after_save = None

    def pair_settled(self) -> None:
        """A pair this record was in was merged or dismissed: check again."""
        self.duplicate_hint.reset()
        self.duplicates.forget()

    # --- pending revision and history -------------------------------------------------

    def _show_pending(self, pending: PendingRevisionRecord | None) -> None:
        self.pending = pending
        if pending is not None:
            self.pending_note.setText(
                self.tr("{note} Revision by {user}, now {status}.").format(
                    note=QCoreApplication.translate("ReviewWords", PENDING_NOTE),
                    user=pending.created_by, status=status_label(pending.status).lower()))
        self.pending_note.setVisible(pending is not None)

    def _keep_coded_location(self) -> None:
        """The coder keeps the location although its place changed: the desk notes it."""
        if self.incident_id is None:
            return
        self._operations.run(_keep_coded, self._desk, self.incident_id,
                             on_done=lambda _record: self.banner.show_message(
                                 self.tr("The location stays as coded."), "info"))

    def show_history(self) -> None:
        self.pages.setCurrentWidget(self.history)

    def _refresh_history(self) -> None:
        if self.pages.currentWidget() is not self.history:
            return
        if self.incident_id is None or self._pending is not None:
            self.history.clear()
        else:
            self.history.load(self.incident_id)

    def _reverted(self, record: IncidentRecord) -> None:
        """A revert from the history is a save: show the stored values again."""
        if not shiboken6.isValid(self) or self.incident_id != record.id:
            return
        self.saved.emit(record)
        if not self._dirty:
            self.load(record.id)

    # --- drafts -------------------------------------------------------------------------------

    def save_draft_now(self) -> bool:
        """Write the form's values to its draft (the app calls this on close)."""
        return self.draft_keeper.save_now()

    def discard_draft(self) -> None:
        self.draft_keeper.discard()

    # --- header and buttons ----------------------------------------------------------------

    def _retitle(self, title: str) -> None:
        if title != self._title:
            self._title = title
            self.titleChanged.emit(title)
        self.title_label.setText(title)
        self.draft_keeper.title = title

    def _show_state(self, saved_at: datetime | None = None, submitted: bool = False) -> None:
        if self._pending is not None:
            text = self.tr("Loading…")
        elif self._saving:
            text = self.tr("Saving…")
        elif self._dirty:
            text = self.tr("Unsaved changes")
        elif saved_at is not None and submitted:
            text = self.tr("Submitted for review at {time}").format(
                time=f"{saved_at:%H:%M:%S}")
        elif saved_at is not None:
            text = self.tr("Saved at {time}").format(time=f"{saved_at:%H:%M:%S}")
        elif self.revision is not None:
            text = self.tr("Revision {number}").format(number=self.revision)
        else:
            text = self.tr("Not saved yet")
        self.state_label.setText(text)

    def is_submitted(self) -> bool:
        """What is stored was submitted for review (or has gone further) and the form has
        not changed since: there is nothing to submit."""
        return (self.incident_id is not None and not self._dirty
                and self._clean.get("status") in SUBMITTED_STATES)

    def _update_buttons(self) -> None:
        self.action_bar.update_state(busy=self.is_busy(), dirty=self._dirty,
                                     stored=self.incident_id is not None,
                                     result=self.live.result, submitted=self.is_submitted())

    def _keep_focus_in_view(self) -> None:
        """A message below the fields shortened the form: the field being typed into must
        not end up hidden under it."""
        QTimer.singleShot(0, self._scroll_to_focus)

    def _scroll_to_focus(self) -> None:
        if not shiboken6.isValid(self):
            return
        focused = self.focusWidget()
        if focused is not None and self.content.isAncestorOf(focused):
            self.scroll_area.ensureWidgetVisible(focused, 20, 20)
