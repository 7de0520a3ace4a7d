"""Import an ACLED file: check it first (a dry run), then import with the same report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from sahel_desk.codebook.taxonomy import STATUSES
from sahel_desk.gui.dialogs.brought_in import BroughtInPanel
from sahel_desk.gui.dialogs.task_runner import TaskRunner
from sahel_desk.gui.i18n.labels import message, status_label
from sahel_desk.gui.operations import Operations
from sahel_desk.services.desk import Desk


def describe(report: Any, *, dry_run: bool) -> str:
    """The import report in words, the same for a check and a real import. (Each call
    names its context: lupdate reads only literal QCoreApplication.translate calls.)"""
    added, updated = getattr(report, "added", 0), getattr(report, "updated", 0)
    unchanged = getattr(report, "unchanged", 0)
    if dry_run:
        lines = [
            QCoreApplication.translate("AcledImportDialog", "%Ln incident(s) would be added.",
                                       None, added),
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln incident(s) would be updated.", None, updated),
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln incident(s) would be left as they are.", None,
                                       unchanged)]
    else:
        lines = [
            QCoreApplication.translate("AcledImportDialog", "%Ln incident(s) was/were added.",
                                       None, added),
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln incident(s) was/were updated.", None, updated),
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln incident(s) was/were left as they are.", None,
                                       unchanged)]
    actors = getattr(report, "actors_created", None)
    places = getattr(report, "places_created", None)
    if actors:
        names = actors if isinstance(actors, int) else len(actors)
        lines.append(
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln new actor(s) would be created.", None, names)
            if dry_run else
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln new actor(s) was/were created.", None, names))
    if places:
        count = places if isinstance(places, int) else len(places)
        lines.append(
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln place(s) missing from the gazetteer would be "
                                       "added as custom places.", None, count)
            if dry_run else
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln place(s) missing from the gazetteer was/were "
                                       "added as custom places.", None, count))
    bad = list(getattr(report, "bad_rows", []) or [])
    skipped = getattr(report, "skipped", 0)
    if bad:
        lines.append(
            QCoreApplication.translate("AcledImportDialog",
                                       "%Ln bad row(s) ({skipped} skipped):", None,
                                       len(bad)).format(skipped=QLocale().toString(skipped))
            if skipped else
            QCoreApplication.translate("AcledImportDialog", "%Ln bad row(s):", None,
                                       len(bad)))
        for item in bad[:200]:
            line, reason = (item if isinstance(item, tuple) else
                            (getattr(item, "line", "?"), getattr(item, "reason", item)))
            lines.append(QCoreApplication.translate(
                "AcledImportDialog", "  line {line}: {reason}").format(
                    line=line, reason=message(reason)))
        if len(bad) > 200:
            lines.append(QCoreApplication.translate("AcledImportDialog", "  … and %Ln more",
                                                    None, len(bad) - 200))
    return "\n".join(lines)


class AcledImportDialog(QDialog):
    """``pair_requested(first, second)``: compare two incidents side by side (a likely
    duplicate the import brought in)."""

    pair_requested = Signal(str, str)

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import an ACLED file"))
        self.folder = folder or Path.home()
        self.setMinimumSize(620, 460)
        self.desk = desk
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("An ACLED export: CSV or xlsx, current, dyadic or "
                                             "monadic"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.state = QComboBox()
        for state in STATUSES:
            self.state.addItem(status_label(state), state)
        self.state.setCurrentIndex(self.state.findData("approved"))
        self.skip_bad = QCheckBox(self.tr("Skip bad rows (otherwise nothing is imported if any "
                                          "row is bad)"))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Check the file first: nothing is written."))
        self.runner = TaskRunner(operations)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(
            lambda: self.report.setPlainText(self.tr("Import cancelled; nothing was changed.")))
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("Imported incidents are"), self.state)
        form.addRow("", self.skip_bad)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(self.tr("Check file"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel("")
        self.duplicates = BroughtInPanel()
        self.duplicates.pair_requested.connect(self.pair_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.runner)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._dry_run = True
        self.imported = False

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("ACLED file"), str(self.folder),
                                                self.tr("ACLED exports (*.csv *.xlsx)"))
        if chosen:
            self.path.setText(chosen)

    def start(self, *, dry_run: bool) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose a file first."))
            return
        self._dry_run = dry_run
        state = self.state.currentData()
        skip = self.skip_bad.isChecked()
        importer = self.desk.acled

        def work(progress):
            return importer.import_file(path, dry_run=dry_run, skip_bad_rows=skip, state=state,
                                        progress=progress)

        for button in (self.check_button, self.import_button):
            button.setEnabled(False)
        self.message.setText("")
        self.duplicates.set_pairs(())
        self.runner.start(work, self.tr("Checking") if dry_run else self.tr("Importing"))

    def _finished(self, report: Any) -> None:
        for button in (self.check_button, self.import_button):
            button.setEnabled(True)
        self.report.setPlainText(describe(report, dry_run=self._dry_run))
        self.duplicates.set_pairs(getattr(report, "duplicates", ()))
        if not self._dry_run:
            self.imported = True
            self.message.setText(self.tr("Import finished."))

    def _failed(self, message: str) -> None:
        for button in (self.check_button, self.import_button):
            button.setEnabled(True)
        self.report.setPlainText(message)
        self.message.setText(self.tr("Nothing was changed."))
