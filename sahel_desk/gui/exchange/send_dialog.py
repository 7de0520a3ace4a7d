"""File > Send changes: write a bundle of this desk's changes for another desk.

The bundle is written off the GUI thread (the service writes it whole or not at
all); the dialog says at the end, in words, what went into it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Signal
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
from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolated
from sahel_desk.gui.review.text import counted, when
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
    """A file's size as the user's locale writes it ("1,2 Ko" in French)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def describe_summary(summary: BundleSummary, since_last: bool) -> str:
    """What the bundle holds, in words: one sentence, and a second when it is empty."""
    translate = QCoreApplication.translate
    what = translate("SendDialog", "{incidents}, {entries} and {comments}").format(
        incidents=counted(translate("SendDialog", "%n incident(s)", "", summary.incidents),
                          summary.incidents),
        entries=counted(translate("SendDialog", "%n change(s) in the history", "",
                                  summary.history_entries), summary.history_entries),
        comments=counted(translate("SendDialog", "%n comment(s)", "", summary.comments),
                         summary.comments))
    lock = (translate("SendDialog", "encrypted with the password") if summary.encrypted
            else translate("SendDialog", "not encrypted"))
    values = {**isolated(path=summary.path, peer=summary.peer, size=_size(summary.size)),
              "what": what, "lock": lock}
    if since_last:
        text = translate("SendDialog", "Wrote {path} for {peer}: {what} (the changes since "
                         "the last bundle for {peer}; {size}, {lock}).").format(**values)
    else:
        text = translate("SendDialog", "Wrote {path} for {peer}: {what} (everything this "
                         "desk holds; {size}, {lock}).").format(**values)
    if summary.incidents == 0:
        text += " " + translate("SendDialog", "Nothing had changed since the last bundle, so "
                                "it holds no incidents.")
    return text


class SendDialog(QDialog):
    """``sent(BundleSummary)`` once the file is written."""

    sent = Signal(object)

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send changes"))
        fit_to_screen(self, QSize(680, 420))
        self.desk = desk
        self.operations = operations
        self.folder = folder or Path.home()
        self.peers: dict[str, PeerRecord] = {}

        self.peer = QComboBox()
        peer_edit = QLineEdit()
        peer_edit.setPlaceholderText(self.tr("Who it is for: a colleague, a desk, anyone"))
        self.peer.setLineEdit(peer_edit)  # makes the box editable
        self.peer.addItem(ANYONE)
        self.peer_note = QLabel("")
        self.peer_note.setObjectName("hint")
        self.peer_note.setWordWrap(True)
        self.since_last = QRadioButton(self.tr("Only changes since the last bundle for this "
                                               "peer"))
        self.everything = QRadioButton(self.tr("Everything"))
        self.since_last.setChecked(True)
        span = QButtonGroup(self)
        span.addButton(self.since_last)
        span.addButton(self.everything)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Optional: encrypts the bundle"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText(self.tr("The same password again"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
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
        form.addRow(self.tr("For"), self.peer)
        form.addRow("", self.peer_note)
        form.addRow(self.tr("Send"), spans)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Confirm"), self.confirm)
        form.addRow(self.tr("Save as"), where)
        hint = QLabel(self.tr("Leave the password empty to send the bundle unencrypted. The "
                              "bundle is signed either way, so a changed or cut file is "
                              "refused."))
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
        self.send_button = self.buttons.addButton(self.tr("Send"),
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
            note = (self.tr("A new peer: the first bundle holds everything.") if name != ANYONE
                    else self.tr("For anyone: the changes since the last bundle for anyone."))
        else:
            note = self._peer_note(name, known)
        self.peer_note.setText(note)
        if not self._path_typed:
            self.path.setText(str(self.folder / default_name(self.desk.user, name)))

    def _peer_note(self, name: str, known: PeerRecord) -> str:
        """"hawa: last sent 2017-05-08 10:00; nothing received from it."""
        values = isolated(name=name, sent=when(known.sent_at), received=when(known.received_at))
        if known.sent_at and known.received_at:
            return self.tr("{name}: last sent {sent}; last received {received}.").format(
                **values)
        if known.sent_at:
            return self.tr("{name}: last sent {sent}; nothing received from it.").format(
                **values)
        if known.received_at:
            return self.tr("{name}: nothing sent yet; last received {received}.").format(
                **values)
        return self.tr("{name}: nothing sent yet; nothing received from it.").format(**values)

    def _typed_path(self, _text: str) -> None:
        self._path_typed = True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the bundle as"), self.path.text(),
            self.tr("Sahel Desk bundles (*{suffix})").format(suffix=SUFFIX))
        if chosen:
            if not chosen.endswith(SUFFIX):
                chosen += SUFFIX
            self.path.setText(chosen)
            self._path_typed = True

    # --- sending ---------------------------------------------------------------------

    def start(self) -> None:
        password = self.password.text()
        if password != self.confirm.text():
            self._show(self.tr("The two passwords differ: type the same password twice."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        text = self.path.text().strip()
        if not text:
            self._show(self.tr("Choose where to save the bundle."))
            return
        path = Path(text).expanduser()
        if path.exists() and self._confirmed_overwrite != str(path):
            self._confirmed_overwrite = str(path)
            self._show(self.tr("{name} already exists: press Send again to replace it.").format(
                **isolated(name=path.name)))
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
        self.runner.start(work, self.tr("Writing the bundle"))

    def _finished(self, summary: BundleSummary) -> None:
        self.summary = summary
        self._confirmed_overwrite = None
        self.send_button.setEnabled(True)
        self._show(describe_summary(summary, self._since_last), error=False)
        self.sent.emit(summary)

    def _failed(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self._show(self.tr("{why} No bundle was written.").format(why=message))

    def _show(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a40000;" if error and text else "")
