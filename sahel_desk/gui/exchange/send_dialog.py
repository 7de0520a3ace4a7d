"""File > Send changes: write a bundle of this desk's changes for another desk.

The bundle is written off the GUI thread (the service writes it whole or not at
all); the dialog says at the end, in words, what went into it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.gui.dialogs.task_runner import TaskRunner
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.text import when
from sahel_desk.services.desk import Desk
from sahel_desk.services.exchange import ANYONE, BundleSummary, PeerRecord

SUFFIX = ".sdb"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or ANYONE


def default_name(user: str, peer: str, day: date | None = None) -> str:
    """``sahel-desk-amina-to-hawa-2017-05-07.sdb``: who, for whom, when, at a glance."""
    day = day or date.today()
    return f"sahel-desk-{_slug(user)}-to-{_slug(peer)}-{day.isoformat()}{SUFFIX}"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size:,} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:,.1f} KB"
    return f"{size / 1024 / 1024:,.1f} MB"


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def describe_summary(summary: BundleSummary, since_last: bool) -> str:
    """What the bundle holds, in words."""
    what = (f"{_plural(summary.incidents, 'incident')}, "
            f"{_plural(summary.history_entries, 'history entry').replace('entrys', 'entries')}"
            f" and {_plural(summary.comments, 'comment')}")
    lock = "encrypted with the password" if summary.encrypted else "not encrypted"
    span = (f"the changes since the last bundle for {summary.peer}" if since_last
            else "everything this desk holds")
    text = (f"Wrote {summary.path} for {summary.peer}: {what} ({span}; "
            f"{_size(summary.size)}, {lock}).")
    if summary.incidents == 0:
        text += " Nothing had changed since the last bundle, so it holds no incidents."
    return text


class SendDialog(QDialog):
    """``sent(BundleSummary)`` once the file is written."""

    sent = Signal(object)

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle("Send changes")
        self.setMinimumWidth(620)
        self.desk = desk
        self.operations = operations
        self.folder = folder or Path.home()
        self.peers: dict[str, PeerRecord] = {}

        self.peer = QComboBox()
        peer_edit = QLineEdit()
        peer_edit.setPlaceholderText("Who it is for: a colleague, a desk, anyone")
        self.peer.setLineEdit(peer_edit)  # makes the box editable
        self.peer.addItem(ANYONE)
        self.peer_note = QLabel("")
        self.peer_note.setObjectName("hint")
        self.peer_note.setWordWrap(True)
        self.since_last = QRadioButton("Only changes since the last bundle for this peer")
        self.everything = QRadioButton("Everything")
        self.since_last.setChecked(True)
        span = QButtonGroup(self)
        span.addButton(self.since_last)
        span.addButton(self.everything)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Optional: encrypts the bundle")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText("The same password again")
        self.path = QLineEdit()
        browse = QPushButton("Choose…")
        browse.setAutoDefault(False)  # Enter checks or sends; it never opens a file dialog
        browse.clicked.connect(self._browse)
        self._path_typed = False

        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        spans = QVBoxLayout()
        spans.addWidget(self.since_last)
        spans.addWidget(self.everything)
        form = QFormLayout()
        form.addRow("For", self.peer)
        form.addRow("", self.peer_note)
        form.addRow("Send", spans)
        form.addRow("Password", self.password)
        form.addRow("Confirm", self.confirm)
        form.addRow("Save as", where)
        hint = QLabel("Leave the password empty to send the bundle unencrypted. The bundle "
                      "is signed either way, so a changed or cut file is refused.")
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form.addRow("", hint)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.runner = TaskRunner(operations)
        self.runner.cancel_button.hide()  # a bundle is written in one go, whole or not at all
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = self.buttons.addButton("Send",
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.runner)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.send_button.setDefault(True)  # once it is in the dialog, so Enter sends

        self.summary: BundleSummary | None = None
        self._since_last = True
        self._confirmed_overwrite: str | None = None
        self.peer.currentTextChanged.connect(self._peer_changed)
        self.path.textEdited.connect(self._typed_path)
        self._peer_changed(ANYONE)
        self.operations.run(desk.exchange.peers, on_done=self._peers_loaded,
                            on_error=lambda _error: None)

    # --- choices ---------------------------------------------------------------------

    def _peers_loaded(self, peers: list[PeerRecord]) -> None:
        self.peers = {p.name: p for p in peers}
        typed = self.peer.currentText()
        for peer in peers:
            if peer.name != ANYONE and self.peer.findText(peer.name) < 0:
                self.peer.addItem(peer.name)
        self.peer.setCurrentText(typed)
        self._peer_changed(typed)

    def peer_name(self) -> str:
        return self.peer.currentText().strip() or ANYONE

    def _peer_changed(self, _text: str) -> None:
        name = self.peer_name()
        known = self.peers.get(name)
        if known is None:
            note = ("A new peer: the first bundle holds everything." if name != ANYONE
                    else "For anyone: the changes since the last bundle for anyone.")
        else:
            sent = f"last sent {when(known.sent_at)}" if known.sent_at else "nothing sent yet"
            got = (f"last received {when(known.received_at)}" if known.received_at
                   else "nothing received from it")
            note = f"{name}: {sent}; {got}."
        self.peer_note.setText(note)
        if not self._path_typed:
            self.path.setText(str(self.folder / default_name(self.desk.user, name)))

    def _typed_path(self, _text: str) -> None:
        self._path_typed = True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Save the bundle as", self.path.text(), f"Sahel Desk bundles (*{SUFFIX})")
        if chosen:
            if not chosen.endswith(SUFFIX):
                chosen += SUFFIX
            self.path.setText(chosen)
            self._path_typed = True

    # --- sending ---------------------------------------------------------------------

    def start(self) -> None:
        password = self.password.text()
        if password != self.confirm.text():
            self._show("The two passwords differ: type the same password twice.")
            self.confirm.clear()
            self.confirm.setFocus()
            return
        text = self.path.text().strip()
        if not text:
            self._show("Choose where to save the bundle.")
            return
        path = Path(text).expanduser()
        if path.exists() and self._confirmed_overwrite != str(path):
            self._confirmed_overwrite = str(path)
            self._show(f"{path.name} already exists: press Send again to replace it.")
            return
        peer = self.peer_name()
        since_last = self.since_last.isChecked()
        exchange = self.desk.exchange

        def work(progress):
            return exchange.export_bundle(path, peer=peer, since_last=since_last,
                                          password=password or None)

        self._since_last = since_last
        self.send_button.setEnabled(False)
        self._show("")
        self.runner.start(work, "Writing the bundle")

    def _finished(self, summary: BundleSummary) -> None:
        self.summary = summary
        self._confirmed_overwrite = None
        self.send_button.setEnabled(True)
        self._show(describe_summary(summary, self._since_last), error=False)
        self.sent.emit(summary)

    def _failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self._show(message + " No bundle was written.")

    def _show(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a40000;" if error and text else "")
