"""Saving off the GUI thread, and saying plainly why a save was refused."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from sahel_desk.errors import (
    DatabaseBusyError,
    DiskFullError,
    StaleRevisionError,
    UserError,
    ValidationError,
)
from sahel_desk.gui.form.labels import label
from sahel_desk.gui.form.loading import Refs, resolve_refs
from sahel_desk.gui.i18n.labels import message
from sahel_desk.store.records import IncidentRecord
from sahel_desk.store.review_records import PendingRevisionRecord
from sahel_desk.text.message import text_of

if TYPE_CHECKING:
    from sahel_desk.services.desk import Desk


@dataclass(frozen=True)
class Saved:
    record: IncidentRecord
    state: dict[str, Any]
    refs: Refs
    pending: PendingRevisionRecord | None = None


def save_incident(desk: Desk, incident_id: str | None, revision: int | None,
                  values: Mapping[str, Any]) -> Saved:
    """Create or update (refused if someone saved since ``revision``); returns what is stored.

    Saving an approved incident stores the edits as its pending revision, which is
    what comes back (record, state and revision number) for the next save.
    """
    if incident_id is None:
        record = desk.incidents.create(values)
        state = desk.incidents.state(record.id)
        return Saved(record, state, resolve_refs(desk, state))
    record = desk.incidents.update(incident_id, values, expected_revision=revision)
    state = desk.incidents.working_state(record.id)
    return Saved(record, state, resolve_refs(desk, state), desk.incidents.pending(record.id))


@dataclass(frozen=True)
class MergedSaved:
    """A stale save merged with the stored record: who changed it meanwhile, and the
    fields both changed (waiting in the conflicts view)."""

    changed_by: str | None
    conflicts: tuple[str, ...]
    changed_meanwhile: tuple[str, ...] = ()


def merge_incident(desk: Desk, incident_id: str, base: Mapping[str, Any],
                   values: Mapping[str, Any]) -> MergedSaved:
    """Save what the form changed on top of what someone else saved meanwhile."""
    merged = desk.incidents.save_merging(incident_id, base, values,
                                         reason="merged with a change saved meanwhile")
    return MergedSaved(merged.changed_meanwhile_by, merged.conflicts, merged.changed_meanwhile)


def _fields(names: tuple[str, ...], most: int) -> str:
    """Field names in the user's language, the first ``most`` of them."""
    shown = ", ".join(label(name) for name in names[:most])
    return shown + ("…" if len(names) > most else "")


def merged_message(merged: MergedSaved) -> str:
    who = merged.changed_by or QCoreApplication.translate("IncidentForm", "someone")
    theirs = _fields(merged.changed_meanwhile, 6)
    count = len(merged.conflicts)
    if not count:
        text = QCoreApplication.translate(
            "IncidentForm", "Saved: your changes were merged with {who}'s ({who} had changed "
            "{theirs}); both are in the record below.") if theirs else \
            QCoreApplication.translate(
                "IncidentForm", "Saved: your changes were merged with {who}'s; both are in "
                "the record below.")
    elif count == 1:
        text = QCoreApplication.translate(
            "IncidentForm", "Saved: your changes were merged with {who}'s ({who} had changed "
            "{theirs}). The field you both changed ({fields}) kept {who}'s value; yours waits "
            "in Review > Conflicts to be chosen.")
    else:
        text = QCoreApplication.translate(
            "IncidentForm", "Saved: your changes were merged with {who}'s ({who} had changed "
            "{theirs}). %n fields that you both changed ({fields}) kept {who}'s value; yours "
            "wait in Review > Conflicts to be chosen.", None, count)
    return text.format(who=who, theirs=theirs, fields=_fields(merged.conflicts, 4))


def with_child_ids(values: Mapping[str, Any], state: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with the ids the database gave its new sources and claims (by position)."""
    out = dict(values)
    for child in ("sources", "claims"):
        stored = state.get(child) or []
        rows = []
        for i, row in enumerate(values.get(child) or []):
            row = dict(row)
            if row.get("id") is None and i < len(stored):
                row["id"] = stored[i]["id"]
            rows.append(row)
        out[child] = rows
    return out


def refusal(error: BaseException, *, draft_kept: bool) -> str:
    """Why the save did not happen, and that the work is still safe."""
    reason = error_message(error)
    if isinstance(error, StaleRevisionError):
        why = QCoreApplication.translate(
            "IncidentForm", "Not saved: {reason} Compare with the stored version before saving "
            "over it.").format(reason=reason)
    elif isinstance(error, ValidationError):
        count = len(error.errors)
        why = QCoreApplication.translate(
            "IncidentForm", "Not saved: fix the marked problem first.") if count == 1 else \
            QCoreApplication.translate(
                "IncidentForm", "Not saved: fix the %n marked problems first.", None, count)
    elif isinstance(error, DatabaseBusyError | DiskFullError):
        why = reason
    elif isinstance(error, UserError):
        why = QCoreApplication.translate("IncidentForm", "Not saved: {reason}").format(
            reason=reason)
    else:
        why = QCoreApplication.translate(
            "IncidentForm", "Not saved because of an unexpected error inside Sahel Desk (the "
            "details are in the log).")
    kept = QCoreApplication.translate(
        "IncidentForm", "Your changes are still in the form and kept in a draft on this "
        "computer.") if draft_kept else QCoreApplication.translate(
        "IncidentForm", "Your changes are still in the form.")
    return QCoreApplication.translate("IncidentForm", "{refusal} {kept}").format(
        refusal=why, kept=kept)


def error_message(error: BaseException) -> str:
    """A domain error's message in the user's language."""
    return message(text_of(error))
