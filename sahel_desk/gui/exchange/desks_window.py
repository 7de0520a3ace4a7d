"""Review > Desks: the other desks this one has met, their key fingerprints, what
they are trusted as and when their last bundle came; an administrator trusts or
revokes a key here. Reading and writing run off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolated
from sahel_desk.gui.review.text import when
from sahel_desk.gui.review.widgets import error_text
from sahel_desk.services.desk import Desk
from sahel_desk.services.exchange import DeskRecord

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class KnownDesks:
    """What the window shows: this desk's own key, the others, and whether the user
    may trust keys."""

    own: str
    desks: tuple[DeskRecord, ...]
    may_trust: bool


def load_desks(desk: Desk) -> KnownDesks:
    return KnownDesks(desk.exchange.own_fingerprint(), tuple(desk.exchange.desks()),
                      desk.exchange.may_trust())


class DesksModel(QAbstractTableModel):
    """One row a desk: name, user, fingerprint, trust, last received."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[DeskRecord] = []
        self.headers = [self.tr("Desk"), self.tr("User"), self.tr("Key fingerprint"),
                        self.tr("Trust"), self.tr("Last received")]

    def set_rows(self, rows: list[DeskRecord]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def trust_words(self, trust: str) -> str:
        return {"none": self.tr("seen, not trusted"), "revoked": self.tr("revoked"),
                "researcher": self.tr("researcher's desk"),
                "reviewer": self.tr("reviewer's desk")}.get(trust, trust)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            received = when(row.received_at) if row.received_at else self.tr("never")
            return [row.name, row.user or "", row.fingerprint, self.trust_words(row.trust),
                    received][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


class DesksWindow(QWidget):
    """``changed()`` after a key was trusted or revoked."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Desks"))
        fit_to_screen(self, QSize(980, 420))
        self.desk = desk
        self.operations = operations
        self.own = QLabel("")
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = DesksModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.
                                                          ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.trust_researcher = QPushButton(self.tr("Trust as a researcher's desk"))
        self.trust_reviewer = QPushButton(self.tr("Trust as a reviewer's desk"))
        self.revoke_button = QPushButton(self.tr("Revoke"))
        self.trust_researcher.clicked.connect(lambda: self.set_trust("researcher"))
        self.trust_reviewer.clicked.connect(lambda: self.set_trust("reviewer"))
        self.revoke_button.clicked.connect(lambda: self.set_trust("revoked"))
        buttons = QHBoxLayout()
        for button in (self.trust_researcher, self.trust_reviewer, self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.may_trust = False
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def reload(self) -> None:
        self.operations.run(load_desks, self.desk, on_done=self._loaded,
                            on_error=self._failed, channel=f"desks-{id(self)}")

    def _loaded(self, known: KnownDesks) -> None:
        self.own.setText(self.tr("This desk's key: {key}").format(**isolated(key=known.own)))
        self.may_trust = known.may_trust
        self.model.set_rows(list(known.desks))
        if not known.desks:
            self.message.setText(self.tr("No other desk met yet: a desk is listed once one "
                                         "of its bundles was checked here."))
        elif not known.may_trust:
            self.message.setText(self.tr("Only an administrator trusts or revokes keys."))
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))
        self._update_buttons()

    def selected(self) -> DeskRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button, level in ((self.trust_researcher, "researcher"),
                              (self.trust_reviewer, "reviewer"),
                              (self.revoke_button, "revoked")):
            button.setVisible(self.may_trust)
            button.setEnabled(chosen is not None and chosen.trust != level)

    def set_trust(self, level: str) -> None:
        """Trust the selected desk's key as ``level``, or revoke it ("revoked")."""
        chosen = self.selected()
        if chosen is None:
            return
        desk = self.desk

        def work(key: str) -> DeskRecord:
            if level == "revoked":
                return desk.exchange.revoke(key)
            return desk.exchange.trust(key, level)

        self.operations.run(work, chosen.fingerprint, on_done=self._set, on_error=self._failed)

    def _set(self, record: DeskRecord) -> None:
        self.message.setText(self.tr("{name}: {trust}.").format(
            **isolated(name=record.name), trust=self.model.trust_words(record.trust)))
        self.changed.emit()
        self.reload()
