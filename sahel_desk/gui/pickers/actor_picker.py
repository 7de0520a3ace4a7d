"""Choosing actors by any of their names, and adding a missing one on the spot.

Researchers type what the source says ("GSIM", "FAMa", "نصرة الإسلام"); the
popup shows enough (type, parent group, validity dates, the alias that
matched) to tell similar actors apart, and the incident's date picks the
dated variant that was valid then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.codebook.taxonomy import ACTOR_TYPE_BY_CODE, ACTOR_TYPES
from sahel_desk.errors import FieldError, UserError
from sahel_desk.gui.i18n.labels import codebook_label
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.pickers.form_errors import FieldErrors, add_row, attempt
from sahel_desk.gui.pickers.typeahead import TypeAheadField, isolated
from sahel_desk.services.actors import ActorHit, ActorService
from sahel_desk.store.records import ActorRecord

SEARCH_LIMIT = 8


def validity(actor: ActorRecord) -> str:
    """The dates an actor variant is valid, e.g. "2013-09-04 – 2020-08-18"."""
    start, end = actor.valid_from, actor.valid_to
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    if start:
        return QCoreApplication.translate("ActorPicker", "since {date}").format(
            date=start.isoformat())
    if end:
        return QCoreApplication.translate("ActorPicker", "until {date}").format(
            date=end.isoformat())
    return ""


def actor_details(actor: ActorRecord, matched: str | None = None) -> str:
    """Type, parent group, validity and (when it is not the name) the alias that matched."""
    kind = ACTOR_TYPE_BY_CODE.get(actor.actor_type)
    parts = [codebook_label(kind.label) if kind else QCoreApplication.translate(
        "ActorPicker", "type {code}").format(code=actor.actor_type)]
    if actor.parent_name:
        parts.append(QCoreApplication.translate("ActorPicker", "part of {group}").format(
            group=isolated(actor.parent_name)))
    if dates := validity(actor):
        parts.append(dates)
    if matched and matched.casefold() != actor.name.casefold():
        parts.append(QCoreApplication.translate("ActorPicker", "matched “{name}”").format(
            name=isolated(matched)))
    return " · ".join(parts)


class ActorPicker(TypeAheadField[ActorHit, ActorRecord]):
    """Type-ahead over actor names and aliases in any script.

    ``actorChosen`` is emitted when the user chooses an actor (or clears the
    field, with None); :meth:`set_actor` sets one quietly.
    """

    actorChosen = Signal(object)

    def __init__(self, actors: ActorService, operations: Operations,
                 parent: QWidget | None = None):
        super().__init__(operations, parent)
        self._actors = actors
        self._on_date: date | None = None
        self._create_enabled = True
        self._edit.setPlaceholderText(self.tr("Type a name, acronym or alias…"))

    @property
    def on_date(self) -> date | None:
        """The incident's date: searches offer the actor variant valid on it."""
        return self._on_date

    @on_date.setter
    def on_date(self, day: date | None) -> None:
        self._on_date = day

    def set_create_enabled(self, enabled: bool) -> None:
        """Whether the popup ends with a "Create actor …" row."""
        self._create_enabled = enabled

    def set_actor(self, actor: ActorRecord | None) -> None:
        self.set_item(actor)

    def actor(self) -> ActorRecord | None:
        return self._item

    def _search_work(self, query: str) -> Callable[[], list[ActorHit]]:
        actors, on = self._actors, self._on_date
        return lambda: actors.search(query, on=on, limit=SEARCH_LIMIT)

    def _describe(self, hit: ActorHit) -> tuple[str, str]:
        return hit.actor.name, actor_details(hit.actor, hit.matched_name)

    def _item_of(self, hit: ActorHit) -> ActorRecord:
        return hit.actor

    def _label(self, item: ActorRecord) -> str:
        return item.name

    def _tooltip(self, item: ActorRecord) -> str:
        return f"{item.name}\n{actor_details(item)}"

    def _create_row(self, text: str) -> tuple[str, str] | None:
        if not self._create_enabled:
            return None
        return (self.tr("Create actor “{name}”…").format(name=isolated(text)),
                self.tr("Not in the list: add it to the actor registry"))

    def _create_requested(self, text: str) -> None:
        dialog = NewActorDialog(self._actors, self._operations, name=text, parent=self)
        dialog.actorCreated.connect(self._choose)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _announce(self, item: ActorRecord | None) -> None:
        self.actorChosen.emit(item)


class NewActorDialog(QDialog):
    """Add an actor to the registry; the service's objections appear beside the field."""

    actorCreated = Signal(object)

    def __init__(self, actors: ActorService, operations: Operations, name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New actor"))
        self._actors = actors
        self._operations = operations
        self._created: ActorRecord | None = None
        self._errors = FieldErrors(self)

        self._name = QLineEdit(name, self)
        self._name.setObjectName("name")
        self._type = QComboBox(self)
        self._type.setObjectName("actor_type")
        for kind in ACTOR_TYPES:
            self._type.addItem(codebook_label(kind.label), kind.code)
        self._type.setPlaceholderText(self.tr("Choose a type…"))
        self._type.setCurrentIndex(-1)
        self._parent = ActorPicker(actors, operations, self)
        self._parent.setObjectName("parent")
        self._parent.set_create_enabled(False)
        self._parent.line_edit().setPlaceholderText(self.tr("Optional: the group it belongs to"))
        self._aliases = QTextEdit(self)
        self._aliases.setAcceptRichText(False)  # a QTextEdit aligns each Arabic line right
        self._aliases.setObjectName("aliases")
        self._aliases.setPlaceholderText(
            self.tr("Other names, one per line (acronyms, French, Arabic…)"))
        self._aliases.setTabChangesFocus(True)
        lines = self._aliases.fontMetrics().lineSpacing()
        self._aliases.setMinimumHeight(lines * 4)
        self._aliases.setMaximumHeight(lines * 8)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors = self._errors
        add_row(form, self.tr("&Name"), errors.beside(self._name, self.tr("Name"), "name"),
                self._name)
        add_row(form, self.tr("Actor &type"),
                errors.beside(self._type, self.tr("Actor type"), "actor_type"), self._type)
        add_row(form, self.tr("&Parent group"),
                errors.beside(self._parent, self.tr("Parent group"), "parent"), self._parent)
        add_row(form, self.tr("&Aliases"),
                errors.beside(self._aliases, self.tr("Aliases"), "aliases"), self._aliases)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._errors.general)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(460)
        self._name.textEdited.connect(self._recheck)
        self._type.currentIndexChanged.connect(self._recheck)
        (self._type if name.strip() else self._name).setFocus()

    def created_actor(self) -> ActorRecord | None:
        return self._created

    def values(self) -> dict[str, Any]:
        """What :meth:`ActorService.create` is given."""
        parent = self._parent.actor()
        return {
            "name": self._name.text().strip(),
            "actor_type": self._type.currentData(),
            "parent": parent.id if parent else None,
            "aliases": [line.strip() for line in self._aliases.toPlainText().splitlines()
                        if line.strip()],
        }

    @staticmethod
    def _missing(values: dict[str, Any]) -> list[FieldError]:
        return [FieldError(f, "is required") for f in ("name", "actor_type")
                if values[f] in (None, "")]

    def _recheck(self) -> None:
        """A required field's message goes once the field is filled in."""
        missing = {e.field for e in self._missing(self.values())}
        for field in ("name", "actor_type"):
            if field not in missing:
                self._errors.forget(field)

    def accept(self) -> None:
        """Check the required fields here, then create through the service."""
        values = self.values()
        missing = self._missing(values)
        if missing:
            self._errors.show(missing)
            return
        self._errors.clear()
        self._set_saving(True)
        self._operations.run(lambda: attempt(self._create, values), on_done=self._saved)

    def _create(self, values: dict[str, Any]) -> ActorRecord:
        """Create, then read back: the stored record also names the parent group."""
        return self._actors.get(self._actors.create(**values).id)

    def _saved(self, result: ActorRecord | UserError) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_saving(False)
        if isinstance(result, UserError):
            self._errors.show_error(result)
            return
        self._created = result
        self.actorCreated.emit(result)
        self.done(QDialog.DialogCode.Accepted)

    def _set_saving(self, saving: bool) -> None:
        self._buttons.setEnabled(not saving)


class AssociatedActorsEditor(QWidget):
    """A list of actors (associated actors of a side) with a picker to add more.

    ``changed`` is emitted when the user adds or removes an actor, not on
    :meth:`set_actors`.
    """

    changed = Signal()

    def __init__(self, actors: ActorService, operations: Operations,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._picker = ActorPicker(actors, operations, self)
        self._picker.line_edit().setPlaceholderText(self.tr("Add an associated actor…"))
        self._picker.actorChosen.connect(self._add)
        self._list = QListWidget(self)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._list.setMaximumHeight(self._list.fontMetrics().lineSpacing() * 5 + 8)
        self._list.installEventFilter(self)
        self._remove = QPushButton(self.tr("Remove"), self)
        self._remove.setEnabled(False)
        self._remove.clicked.connect(self.remove_selected)
        self._list.itemSelectionChanged.connect(
            lambda: self._remove.setEnabled(bool(self._list.selectedItems())))

        buttons = QVBoxLayout()
        buttons.addWidget(self._remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._picker)
        layout.addLayout(row)
        self.setFocusProxy(self._picker)

    @property
    def on_date(self) -> date | None:
        return self._picker.on_date

    @on_date.setter
    def on_date(self, day: date | None) -> None:
        self._picker.on_date = day

    def picker(self) -> ActorPicker:
        return self._picker

    def list_widget(self) -> QListWidget:
        return self._list

    def set_actors(self, actors: list[ActorRecord]) -> None:
        self._list.clear()
        for actor in actors:
            self._append(actor)

    def actors(self) -> list[ActorRecord]:
        return [self._list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self._list.count())]

    def remove_selected(self) -> None:
        rows = sorted((self._list.row(item) for item in self._list.selectedItems()),
                      reverse=True)
        for row in rows:
            self._list.takeItem(row)
        if rows:
            self.changed.emit()

    def _append(self, actor: ActorRecord) -> None:
        item = QListWidgetItem(actor.name)
        item.setData(Qt.ItemDataRole.UserRole, actor)
        item.setToolTip(f"{actor.name}\n{actor_details(actor)}")
        self._list.addItem(item)

    def _add(self, actor: ActorRecord | None) -> None:
        if actor is None:
            return
        self._picker.set_actor(None)
        if any(a.id == actor.id for a in self.actors()):
            return
        self._append(actor)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._list and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self._list.selectedItems():
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)
