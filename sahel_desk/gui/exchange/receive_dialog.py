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

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
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

from sahel_desk.errors import UntrustedDeskError, UserError
from sahel_desk.gui.dialogs.brought_in import BroughtInPanel
from sahel_desk.gui.dialogs.task_runner import TaskRunner
from sahel_desk.gui.exchange.send_dialog import SUFFIX
from sahel_desk.gui.geometry import fit_to_screen
from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.i18n.marks import QT_TRANSLATE_NOOP
from sahel_desk.gui.operations import Operations
from sahel_desk.gui.review.bidi import isolate, isolated
from sahel_desk.gui.review.text import counted
from sahel_desk.gui.review.widgets import lines_follow_layout
from sahel_desk.services.desk import Desk
from sahel_desk.services.exchange import DeskRecord, ImportReport
from sahel_desk.text.message import text_of

DRY_RUN_NOTE = QT_TRANSLATE_NOOP(
    "ReceiveDialog", "Nothing has been written yet: press Bring in to merge these changes.")


def password_problem(refusal: str) -> str | None:
    """What to ask when a bundle was refused for its password (None: another problem);
    ``refusal`` is the English the exchange raised."""
    text = refusal.casefold()
    if "is encrypted" in text:
        return QCoreApplication.translate(
            "ReceiveDialog", "This bundle is encrypted: type its password, then check it again.")
    if "password" in text and "wrong" in text:
        return QCoreApplication.translate(
            "ReceiveDialog", "That password is wrong: type it again, then check again.")
    return None


def conflicts_note(report: ImportReport) -> str:
    count = len(report.conflicts)
    if not count:
        return QCoreApplication.translate("ReceiveDialog",
                                          "No conflicts: every change merged cleanly.")
    return counted(QCoreApplication.translate(
        "ReceiveDialog", "%n conflict(s) for a reviewer: the %n field(s) changed differently on "
        "both desks keep this desk's value until someone decides.", "", count), count)


def report_lines(report: ImportReport) -> list[str]:
    """What came in (or would), in the user's language: services.exchange's report."""
    translate = QCoreApplication.translate
    sender = isolate(report.sender)
    lines = [translate("ReceiveDialog", "From {sender}, trusted as a reviewer's desk:").format(
        sender=sender) if report.trust == "reviewer" else translate(
        "ReceiveDialog", "From {sender}, trusted as a researcher's desk:").format(sender=sender)]
    added, others = len(report.added), {"updated": len(report.updated),
                                         "deleted": len(report.deleted),
                                         "unchanged": report.unchanged}
    if report.dry_run:
        lines.append(counted(translate(
            "ReceiveDialog", "%n incident(s) would be added, {updated} updated, {deleted} "
            "deleted, {unchanged} already up to date", "", added), added).format(**others))
    else:
        lines.append(counted(translate(
            "ReceiveDialog", "%n incident(s) was/were added, {updated} updated, {deleted} "
            "deleted, {unchanged} already up to date", "", added), added).format(**others))
    conflicts, comments, entries = (len(report.conflicts), report.comments,
                                    report.history_entries)
    lines.append(translate("ReceiveDialog", "{conflicts}, {comments}, {entries}").format(
        conflicts=counted(translate("ReceiveDialog", "%n conflict(s) for a reviewer", "",
                                    conflicts), conflicts),
        comments=counted(translate("ReceiveDialog", "%n comment(s)", "", comments), comments),
        entries=counted(translate("ReceiveDialog", "%n change(s) in the history", "", entries),
                        entries)))
    if report.actors_added or report.places_added:
        lines.append(translate("ReceiveDialog", "New actors: {actors}, new places: {places}"
                               ).format(actors=len(report.actors_added),
                                        places=len(report.places_added)))
    lines += [translate("ReceiveDialog", "Conflict: {incident}, {field}").format(
        **isolated(incident=label, field=path)) for label, path in report.conflicts[:50]]
    lines += [translate("ReceiveDialog", "Renumbered: {old} is {new} here").format(
        **isolated(old=old, new=new)) for old, new in report.renumbered]
    lines += [translate("ReceiveDialog", "Left alone: {why}").format(
        why=isolate(message(why))) for why in report.left_alone]
    if report.waiting:
        count = len(report.waiting)
        lines.append(counted(translate(
            "ReceiveDialog", "%n part(s) will wait for a reviewer here:", "", count) if
            report.dry_run else translate(
            "ReceiveDialog", "%n part(s) is/are waiting for a reviewer here:", "", count),
            count))
        lines += [f"    {isolate(message(why))}" for why in report.waiting]
    return [lines[0], *(f"  {line}" if not line.startswith("    ") else line
                        for line in lines[1:])]


@dataclass(frozen=True)
class Untrusted:
    """A check refused for its signing key, and whether this user may trust it."""

    error: UntrustedDeskError
    may_trust: bool


class ReceiveDialog(QDialog):
    """``imported(ImportReport)`` after a real import; ``conflictsRequested()`` asks for
    the conflicts window; ``pair_requested(first, second)`` asks to compare two incidents
    side by side (a likely duplicate the bundle brought in)."""

    imported = Signal(object)
    conflictsRequested = Signal()
    pair_requested = Signal(str, str)

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive changes"))
        fit_to_screen(self, QSize(720, 520))
        self.desk = desk
        self.folder = folder or Path.home()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A bundle from another desk ({suffix})").format(
            suffix=SUFFIX))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)  # Enter checks or sends; it never opens a file dialog
        browse.clicked.connect(self._browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Only if the bundle is encrypted"))
        self.password_note = QLabel("")
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet("color: #a40000;")
        self.password_note.hide()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        lines_follow_layout(self.report)
        self.report.setPlaceholderText(self.tr("Check the bundle first: it says what would "
                                               "come in and writes nothing."))
        self.runner = TaskRunner(operations)
        self.runner.cancel_button.hide()  # one transaction: it finishes or changes nothing
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Bundle"), where)
        form.addRow(self.tr("Password"), self.password)
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
        #: what to ask when the last run was refused for the bundle's password
        self._password_note: str | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(self.tr("Check"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Bring in"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button = self.buttons.addButton(self.tr("Resolve conflicts…"),
                                                       QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.hide()
        self.import_button.setAutoDefault(False)
        self.conflicts_button.setAutoDefault(False)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.conflicts_button.clicked.connect(self.conflictsRequested)
        self.buttons.rejected.connect(self.reject)
        self.duplicates = BroughtInPanel()
        self.duplicates.pair_requested.connect(self.pair_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.duplicates)
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
            self, self.tr("Bundle from another desk"), str(self.folder),
            self.tr("Sahel Desk bundles (*{suffix});;All files (*)").format(suffix=SUFFIX))
        if chosen:
            self.path.setText(chosen)
            self.start(dry_run=True)

    # --- running ---------------------------------------------------------------------

    def start(self, *, dry_run: bool) -> None:
        """A dry run (what would come in) or the real import of the same file."""
        path_text, password = self._key()
        if not path_text:
            self.message.setText(self.tr("Choose a bundle first."))
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
            except UserError as refused:  # told apart by the English the exchange raised
                self._password_note = password_problem(str(refused))
                raise

        self.message.setText("")
        self._password_note = None
        self.trust_row.hide()
        self.password_note.hide()
        self.conflicts_button.hide()
        self.duplicates.set_pairs(())
        self.runner.start(work, self.tr("Checking the bundle") if dry_run
                          else self.tr("Bringing in the changes"))
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
            self.message.setText(
                self.tr("{name} is trusted as a reviewer's desk.").format(
                    **isolated(name=report.name)) if report.trust == "reviewer" else
                self.tr("{name} is trusted as a researcher's desk.").format(
                    **isolated(name=report.name)))
            self._update_buttons()
            self.start(dry_run=True)
            return
        if isinstance(report, Untrusted):
            self._show_untrusted(report)
            return
        self.result_report = report
        lines = "\n".join(report_lines(report))
        if report.dry_run:
            self._checked = self._running_key
            self.report.setPlainText(f"{lines}\n\n{self.tr(DRY_RUN_NOTE)}")
            self.message.setText(self.tr("Checked: nothing was written."))
        else:
            self._imported = self._running_key
            self.report.setPlainText(lines)
            self.message.setText(self.tr("Done: the changes from {sender} are in this desk. "
                                         "{conflicts}").format(
                sender=isolate(report.sender), conflicts=conflicts_note(report)))
            self.conflicts_button.setVisible(bool(report.conflicts))
            if report.conflicts:
                self.conflicts_button.setFocus()
            self.duplicates.set_pairs(report.duplicates)
            self.imported.emit(report)
        self._update_buttons()

    def _show_untrusted(self, refused: Untrusted) -> None:
        error = refused.error
        self._untrusted = None if error.revoked else error
        self.report.setPlainText(isolate(message(text_of(error))))
        who = isolated(desk=error.desk, user=error.user, key=error.fingerprint)
        if error.revoked:
            self.trust_note.setText(self.tr(
                "The key of desk {desk} (user {user}) was revoked here: its bundles are "
                "refused.").format(**who))
        elif refused.may_trust:
            self.trust_note.setText(self.tr(
                "Desk {desk}, user {user}, signs with the key\n{key}\nwhich this desk does "
                "not trust yet. Compare it with the one that desk shows (desks list) "
                "before trusting it.").format(**who))
        else:
            self.trust_note.setText(self.tr(
                "Desk {desk}, user {user}, signs with the key\n{key}\nwhich this desk does "
                "not trust yet; only an administrator may trust it.").format(**who))
        offer = refused.may_trust and not error.revoked
        self.trust_researcher.setVisible(offer)
        self.trust_reviewer.setVisible(offer)
        self.trust_row.show()
        self.message.setText(self.tr("Nothing was brought in."))
        self._update_buttons()

    def _failed(self, why: str) -> None:
        self._update_buttons()
        ask, self._password_note = self._password_note, None
        if ask is not None:
            self.password_note.setText(ask)
            self.password_note.show()
            self.password.clear()
            self.password.setFocus()
            self.message.setText(self.tr("Nothing was changed."))
            return
        self.report.setPlainText(isolate(why))
        self.message.setText(self.tr("Nothing was changed."))
