"""File > Receive changes: check a bundle from another desk, then bring it in.

A dry run comes first and says what would change; "Bring in" merges the same
file with the same password. An encrypted bundle, or a wrong password, is met
by asking for the password again rather than by an error to decode. Both runs
are off the GUI thread; an import is one transaction in the service, so a
refused bundle changes nothing. A bundle signed by a key this desk does not
trust yet is shown with its desk, user and fingerprint; an administrator is
offered to trust it (as a researcher's or a reviewer's desk) and the bundle is
checked again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import UntrustedDeskError
from sahel_desk.gui.dialogs.task_runner import TaskRunner
from sahel_desk.gui.exchange.send_dialog import SUFFIX
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk
from sahel_desk.services.exchange import DeskRecord, ImportReport

DRY_RUN_NOTE = "Nothing has been written yet: press Bring in to merge these changes."


def password_problem(message: str) -> str | None:
    """What to ask when a bundle was refused for its password (None: another problem)."""
    text = message.casefold()
    if "is encrypted" in text:
        return "This bundle is encrypted: type its password, then check it again."
    if "password" in text and "wrong" in text:
        return "That password is wrong: type it again, then check again."
    return None


def conflicts_note(report: ImportReport) -> str:
    count = len(report.conflicts)
    if not count:
        return "No conflicts: every change merged cleanly."
    fields = "field" if count == 1 else "fields"
    return (f"{count} conflict{'s' if count != 1 else ''} for a reviewer: {count} {fields} "
            "changed differently on both desks keep this desk's value until someone "
            "decides.")


@dataclass(frozen=True)
class Untrusted:
    """A check refused for its signing key, and whether this user may trust it."""

    error: UntrustedDeskError
    may_trust: bool


class ReceiveDialog(QDialog):
    """``imported(ImportReport)`` after a real import; ``conflictsRequested()`` asks for
    the conflicts window."""

    imported = Signal(object)
    conflictsRequested = Signal()

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle("Receive changes")
        self.setMinimumSize(660, 480)
        self.desk = desk
        self.folder = folder or Path.home()
        self.path = QLineEdit()
        self.path.setPlaceholderText(f"A bundle from another desk ({SUFFIX})")
        browse = QPushButton("Choose…")
        browse.setAutoDefault(False)  # Enter checks or sends; it never opens a file dialog
        browse.clicked.connect(self._browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Only if the bundle is encrypted")
        self.password_note = QLabel("")
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet("color: #a40000;")
        self.password_note.hide()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText("Check the bundle first: it says what would come in "
                                       "and writes nothing.")
        self.runner = TaskRunner(operations)
        self.runner.cancel_button.hide()  # one transaction: it finishes or changes nothing
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow("Bundle", where)
        form.addRow("Password", self.password)
        form.addRow("", self.password_note)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.trust_note = QLabel("")
        self.trust_note.setWordWrap(True)
        self.trust_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_researcher = QPushButton(self.tr("Trust as a researcher's desk"))
        self.trust_reviewer = QPushButton(self.tr("Trust as a reviewer's desk"))
        self.trust_researcher.setToolTip(self.tr(
            "Its new records and edits come in; edits of approved records wait as pending "
            "revisions, and its review decisions do not count."))
        self.trust_reviewer.setToolTip(self.tr("Everything it sends counts, review decisions "
                                               "too."))
        for button, level in ((self.trust_researcher, "researcher"),
                              (self.trust_reviewer, "reviewer")):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, level=level: self.trust(level))
        self.trust_row = QWidget()
        trust_layout = QVBoxLayout(self.trust_row)
        trust_layout.setContentsMargins(0, 0, 0, 0)
        trust_layout.addWidget(self.trust_note)
        trust_buttons = QHBoxLayout()
        trust_buttons.addWidget(self.trust_researcher)
        trust_buttons.addWidget(self.trust_reviewer)
        trust_buttons.addStretch(1)
        trust_layout.addLayout(trust_buttons)
        self.trust_row.hide()
        self._untrusted: UntrustedDeskError | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton("Check",
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton("Bring in",
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button = self.buttons.addButton("Resolve conflicts…",
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.hide()
        self.import_button.setAutoDefault(False)
        self.conflicts_button.setAutoDefault(False)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.conflicts_button.clicked.connect(self.conflictsRequested)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.trust_row)
        layout.addWidget(self.runner)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Enter checks, it never brings in by accident (set once the button is in the
        # dialog, else the dialog picks the first button it finds)
        self.check_button.setDefault(True)

        self.result_report: ImportReport | None = None
        self._checked: tuple[str, str] | None = None
        self._imported: tuple[str, str] | None = None
        self._dry_run = True
        self.path.textChanged.connect(self._update_buttons)
        self.password.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def _key(self) -> tuple[str, str]:
        return self.path.text().strip(), self.password.text()

    def _update_buttons(self) -> None:
        running = self.runner.running
        key = self._key()
        self.check_button.setEnabled(not running and bool(key[0]))
        self.import_button.setEnabled(not running and key == self._checked
                                      and key != self._imported)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Bundle from another desk", str(self.folder),
            f"Sahel Desk bundles (*{SUFFIX});;All files (*)")
        if chosen:
            self.path.setText(chosen)
            self.start(dry_run=True)

    # --- running ---------------------------------------------------------------------

    def start(self, *, dry_run: bool) -> None:
        """A dry run (what would come in) or the real import of the same file."""
        path_text, password = self._key()
        if not path_text:
            self.message.setText("Choose a bundle first.")
            return
        if self.runner.running:
            return
        path = Path(path_text).expanduser()
        exchange = self.desk.exchange
        self._dry_run = dry_run
        self._running_key = (path_text, password)

        def work(progress):
            try:
                return exchange.import_bundle(path, password=password or None,
                                              dry_run=dry_run)
            except UntrustedDeskError as refused:
                return Untrusted(refused, exchange.may_trust())

        self.message.setText("")
        self.trust_row.hide()
        self.password_note.hide()
        self.conflicts_button.hide()
        self.runner.start(work, "Checking the bundle" if dry_run else "Bringing in the changes")
        self._update_buttons()

    def trust(self, level: str) -> None:
        """Trust the key the last check was refused for, then check the bundle again."""
        refused = self._untrusted
        if refused is None or self.runner.running:
            return
        exchange = self.desk.exchange

        def work(progress):
            return exchange.trust(refused.fingerprint, level)

        self.trust_row.hide()
        self.runner.start(work, self.tr("Trusting the desk's key"))
        self._update_buttons()

    def _finished(self, report: ImportReport | Untrusted | DeskRecord) -> None:
        if isinstance(report, DeskRecord):
            self._untrusted = None
            self.message.setText(self.tr("{name} is trusted as a {level}'s desk.").format(
                name=report.name, level=report.trust))
            self._update_buttons()
            self.start(dry_run=True)
            return
        if isinstance(report, Untrusted):
            self._show_untrusted(report)
            return
        self.result_report = report
        lines = "\n".join(report.lines())
        if report.dry_run:
            self._checked = self._running_key
            self.report.setPlainText(f"{lines}\n\n{DRY_RUN_NOTE}")
            self.message.setText("Checked: nothing was written.")
        else:
            self._imported = self._running_key
            self.report.setPlainText(lines)
            self.message.setText(f"Done: the changes from {report.sender} are in this "
                                 f"desk. {conflicts_note(report)}")
            self.conflicts_button.setVisible(bool(report.conflicts))
            if report.conflicts:
                self.conflicts_button.setFocus()
            self.imported.emit(report)
        self._update_buttons()

    def _show_untrusted(self, refused: Untrusted) -> None:
        error = refused.error
        self._untrusted = None if error.revoked else error
        self.report.setPlainText(str(error))
        if error.revoked:
            self.trust_note.setText(self.tr(
                "The key of desk {desk} (user {user}) was revoked here: its bundles are "
                "refused.").format(desk=error.desk, user=error.user))
        elif refused.may_trust:
            self.trust_note.setText(self.tr(
                "Desk {desk}, user {user}, signs with the key\n{key}\nwhich this desk does "
                "not trust yet. Compare it with the one that desk shows (desks list) "
                "before trusting it.").format(desk=error.desk, user=error.user,
                                               key=error.fingerprint))
        else:
            self.trust_note.setText(self.tr(
                "Desk {desk}, user {user}, signs with the key\n{key}\nwhich this desk does "
                "not trust yet; only an administrator may trust it.").format(
                    desk=error.desk, user=error.user, key=error.fingerprint))
        offer = refused.may_trust and not error.revoked
        self.trust_researcher.setVisible(offer)
        self.trust_reviewer.setVisible(offer)
        self.trust_row.show()
        self.message.setText(self.tr("Nothing was brought in."))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self._update_buttons()
        ask = password_problem(message)
        if ask is not None:
            self.password_note.setText(ask)
            self.password_note.show()
            self.password.clear()
            self.password.setFocus()
            self.message.setText("Nothing was changed.")
            return
        self.report.setPlainText(message)
        self.message.setText("Nothing was changed.")
