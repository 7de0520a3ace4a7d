"""A progress bar with Cancel for long Desk API work (exports, imports).

The work runs through Operations with a Progress object; Cancel sets it, and
the work stops at its next progress report without leaving partial output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from sahel_desk.errors import UserError
from sahel_desk.gui.i18n.labels import message
from sahel_desk.gui.operations import Cancelled, Operations, Progress
from sahel_desk.text.message import text_of


class TaskRunner(QWidget):
    """Runs one task at a time; ``finished(result)``, ``failed(message)``, ``cancelled()``."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self._operations = operations
        self._progress: Progress | None = None
        self._label = ""
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.status = QLabel("")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        # never the dialog's default button: Enter belongs to the dialog's own action
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self._progress is not None

    def start(self, work: Callable[..., Any], label: str) -> None:
        """``work(progress=...)`` runs off the GUI thread; ``label`` says what it does."""
        self._label = label
        self.bar.setRange(0, 0)
        self.bar.setFormat(label)
        self.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._progress = self._operations.run(
            work, on_done=self._done, on_error=self._error, on_progress=self._advance)

    def _advance(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        locale = self.locale()
        self.bar.setFormat(self.tr("{task}: {done} of {total}").format(
            task=self._label, done=locale.toString(done), total=locale.toString(total)))

    def cancel(self) -> None:
        if self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.bar.setFormat(self.tr("Cancelling…"))

    def _done(self, result: Any) -> None:
        self._progress = None
        self.setVisible(False)
        self.finished.emit(result)

    def _error(self, error: BaseException) -> None:
        self._progress = None
        self.setVisible(False)
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif isinstance(error, UserError):
            self.failed.emit(message(text_of(error)))
        else:
            self.failed.emit(self.tr("The task stopped on an internal error; see the log file."))
            self._operations.report(error)
