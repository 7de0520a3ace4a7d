"""File > Import GeoNames: choose country dumps (ML.zip as geonames.org serves it, or
the ML.txt inside), import them off the GUI thread with progress and Cancel, and
show what the import did and why rows were skipped.

The import is the Desk API's (``desk.gazetteer.import_geonames``), the one the
command line runs: the same checks of the files and the same access policy.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import UserError
from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.operations import Cancelled, Operations, Progress
from sahel_desk.services.desk import Desk
from sahel_desk.services.gazetteer import ImportReport
from sahel_desk.text.message import text_of

# the progress bar's scale, and where each stage of the import lies on it
SCALE = 1000
_READING_END = 500
_CHECKING_END = 650
# kinds of rows skipped that the report names one by one
KINDS_SHOWN = 12


class _Stages(QObject):
    """Tells the GUI thread which stage the import is in (emitted from the worker)."""

    changed = Signal(str, str)


class _Scaled:
    """The import's (done, total) per stage, turned into one bar from 0 to SCALE."""

    def __init__(self, progress: Progress, files: int, stages: _Stages):
        self._progress = progress
        self._files = max(files, 1)
        self._stages = stages
        self._read = -1
        self._span = (0, _READING_END)

    def stage(self, name: str, file: str) -> None:
        if name == "reading":
            self._read += 1
            width = _READING_END / self._files
            self._span = (round(self._read * width), round((self._read + 1) * width))
        elif name == "checking":
            self._span = (_READING_END, _CHECKING_END)
        else:
            self._span = (_CHECKING_END, SCALE)
        self._stages.changed.emit(name, file)
        self._progress(self._span[0], SCALE)  # a Cancel is noticed between stages too

    def progress(self, done: int, total: int) -> None:
        start, end = self._span
        self._progress(start + (end - start) * done // max(total, 1), SCALE)


class GeoNamesImportDialog(QDialog):
    """``imported(report)`` after an import that went through."""

    imported = Signal(object)

    def __init__(self, desk: Desk, operations: Operations, parent: QWidget | None = None,
                 folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import GeoNames"))
        self.desk = desk
        self.operations = operations
        self.folder = folder or Path.home()
        self.last_report: ImportReport | None = None
        self._running: Progress | None = None
        self._stages = _Stages(self)
        self._stages.changed.connect(self._show_stage)

        intro = QLabel(self.tr(
            "Country dumps from download.geonames.org: ML.zip, BF.zip, NE.zip or the .txt "
            "file inside. Places already in the gazetteer are updated by their GeoNames "
            "id; places a researcher edited are left as they are."))
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Type a file's path and press Enter, or browse"))
        self.path.installEventFilter(self)  # Enter there adds the file, not imports yet
        path_label = QLabel(self.tr("&Path"))
        path_label.setBuddy(self.path)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.browse_button = QPushButton(self.tr("Choose &files…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMinimumHeight(70)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove_selected)

        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_text.setPlaceholderText(self.tr("The import's report will show here."))
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.stage_label = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.stage_label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.setVisible(False)
        self.message = QLabel("")
        self.message.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        # the accept role makes it the button Enter presses; it imports, never closes
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(path_label, 0, 0)
        grid.addWidget(self.path, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(self.browse_button, 0, 3)
        grid.addWidget(QLabel(self.tr("Files to import")), 1, 0,
                       Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.files, 1, 1, 1, 2)
        grid.addWidget(self.remove_button, 1, 3, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.report_text, 1)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 460)

    # --- the files ---------------------------------------------------------------------

    def chosen(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_files(self, paths: Sequence[str | Path]) -> None:
        have = {str(p) for p in self.chosen()}
        for path in paths:
            text = str(Path(path).expanduser())
            if text not in have:
                self.files.addItem(text)
                have.add(text)

    def add_typed(self) -> None:
        typed = self.path.text().strip()
        if typed:
            self.add_files([typed])
            self.path.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.path and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("GeoNames dumps"), str(self.folder),
            self.tr("GeoNames dumps (*.zip *.txt);;All files (*)"))
        self.add_files(chosen)

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    # --- the import --------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running is not None

    def start(self) -> None:
        self.add_typed()
        paths = self.chosen()
        if not paths:
            self.message.setText(self.tr("Choose at least one GeoNames file first."))
            return
        gazetteer = self.desk.gazetteer
        stages = self._stages

        def work(progress: Progress) -> ImportReport:
            scaled = _Scaled(progress, len(paths), stages)
            return gazetteer.import_geonames(paths, progress=scaled.progress,
                                             stage=scaled.stage)

        self._set_busy(True)
        self.report_text.clear()
        self.message.setText("")
        self.bar.setValue(0)
        self._running = self.operations.run(work, on_done=self._finished,
                                            on_error=self._failed, on_progress=self._advance)

    def cancel(self) -> None:
        if self._running is not None:
            self._running.cancel()
            self.cancel_button.setEnabled(False)
            self.stage_label.setText(self.tr("Cancelling…"))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.import_button, self.add_button, self.browse_button,
                       self.remove_button, self.path, self.files):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress_row.setVisible(busy)

    def _advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _show_stage(self, name: str, file: str) -> None:
        if self._running is None or self._running.cancelled:
            return
        if name == "reading":
            text = self.tr("Reading {file}…").format(file=file)
        elif name == "checking":
            text = self.tr("Checking places…")
        else:
            text = self.tr("Writing places…")
        self.stage_label.setText(text)

    def _finished(self, report: ImportReport) -> None:
        self._running = None
        self._set_busy(False)
        self.last_report = report
        self.report_text.setPlainText(self.describe(report))
        self.message.setText(self.tr("Import finished."))
        self.folder = Path(report.files[0]).expanduser().parent
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._running = None
        self._set_busy(False)
        if isinstance(error, Cancelled):
            self.report_text.setPlainText(self.tr("Import cancelled."))
        elif isinstance(error, UserError):
            self.report_text.setPlainText(message(text_of(error)))
        else:
            self.report_text.setPlainText(self.tr(
                "The import stopped on an internal error; see the log file."))
            self.operations.report(error)
        self.message.setText(self.tr("Nothing was changed."))

    def describe(self, report: ImportReport) -> str:
        """The import report in words: what was done, then what was skipped and why."""
        names = ", ".join(Path(f).name for f in report.files)
        lines = [
            self.tr("Read %n row(s) from {files}.", "", report.rows_read).format(files=names),
            self.tr("%n place(s) added.", "", report.added),
            self.tr("%n place(s) updated.", "", report.updated),
            self.tr("%n place(s) already up to date.", "", report.unchanged),
            "",
        ]
        skipped = []
        if report.kept_edited:
            skipped.append(self.tr("%n place(s) edited by a researcher was/were left alone.",
                                   "", report.kept_edited))
        if report.repeated:
            skipped.append(self.tr("%n row(s) repeating a place another file gives.", "",
                                   report.repeated))
        if report.not_wanted:
            kinds = ", ".join(f"{kind} ({count:,})"
                              for kind, count in report.not_wanted_kinds[:KINDS_SHOWN])
            if len(report.not_wanted_kinds) > KINDS_SHOWN:
                kinds += ", …"
            skipped.append(self.tr(
                "%n row(s) of kinds the gazetteer does not keep (GeoNames feature codes): "
                "{kinds}.", "", report.not_wanted).format(kinds=kinds))
        if skipped:
            lines.append(self.tr("Skipped:"))
            lines.extend(f"  • {line}" for line in skipped)
        else:
            lines.append(self.tr("Nothing was skipped."))
        return "\n".join(lines)

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Closing while an import runs cancels it: nothing is changed then."""
        self.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
