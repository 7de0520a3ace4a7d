"""Notes, tags and the record's review state."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QWidget

from sahel_desk.codebook import taxonomy as tx
from sahel_desk.gui.form.group import FormGroup, add_pairs
from sahel_desk.gui.form.inputs import ChoiceCombo, TagsEdit
from sahel_desk.gui.form.loading import Refs
from sahel_desk.gui.i18n.labels import status_label


def status_labels() -> dict[str, str]:
    """Each review state with its label in the user's language ("in_review": "In review")."""
    return {status: status_label(status) for status in tx.STATUSES}


class NotesGroup(FormGroup):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.setTitle(self.tr("Notes and status"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("What happened, in the codebook's style: who did what to whom, where, "
                    "with what result, and what the sources disagree on"))
        self.notes.setMinimumHeight(90)
        self.notes.setMaximumHeight(160)
        self.tags = TagsEdit()
        self.tags.setObjectName("tags")
        self._labels = status_labels()
        self.status = ChoiceCombo(self._labels, allow_empty=False)
        self.status.setObjectName("status")
        self.status.setToolTip(self.tr("A draft may be incomplete; a submitted record must be "
                                       "complete"))
        self._allowed: frozenset[str] | None = None
        grid = QGridLayout(self)
        add_pairs(grid, [
            (self.tr("&Notes"), self.box("notes", self.notes, stretch_last=True)),
            (self.tr("Tags"), self.box("tags", self.tags, stretch_last=True)),
            (self.tr("&Status"), self.box("status", self.status)),
        ])
        self.notes.textChanged.connect(self.changed)
        self.tags.textChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)

    def limit_statuses(self, allowed: Collection[str] | None) -> None:
        """Offer only ``allowed`` states (None: all), and always the record's own."""
        self._allowed = frozenset(allowed) if allowed is not None else None
        self._offer(self.status.value())

    def offered_statuses(self) -> list[str]:
        return [self.status.itemData(i) for i in range(self.status.count())]

    def _offer(self, keep: str | None) -> None:
        shown = {s: label for s, label in self._labels.items()
                 if self._allowed is None or s in self._allowed or s == keep}
        if list(shown) != self.offered_statuses():
            self.status.set_choices(shown)

    def show_status(self, status: str) -> None:
        """Show the state a save ended in (an approved record's edits are a draft revision)."""
        self._offer(status)
        self.status.set_value(status)

    def values(self) -> dict[str, Any]:
        return {
            "notes": self.notes.toPlainText().strip(),
            "tags": self.tags.value(),
            "status": self.status.value(),
        }

    def set_values(self, values: Mapping[str, Any], refs: Refs) -> None:
        text = values.get("notes") or ""
        if self.notes.toPlainText() != text:
            self.notes.setPlainText(text)
        self.tags.set_value(values.get("tags"))
        self._offer(values.get("status") or "draft")
        self.status.set_value(values.get("status") or "draft")
