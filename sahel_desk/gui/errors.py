"""Showing errors: what the user can fix is said plainly; bugs get a crash
dialog that names the log file, and the application keeps running."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sahel_desk.errors import UserError
from sahel_desk.gui.i18n.labels import message
from sahel_desk.text.message import text_of

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """An unexpected error: where the details are, and a way to copy them."""

    def __init__(self, error: BaseException, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sahel Desk: unexpected error"))
        self.setMinimumWidth(560)
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        where = (self.tr("The details are in the log file:<br><b>{file}</b>").format(
            file=log_file) if log_file else self.tr("The details are below."))
        intro = QLabel(self.tr(
            "<p><b>Something went wrong inside Sahel Desk.</b> This is a bug, not something "
            "you did. Your saved work is safe and open forms keep their drafts.</p>"
            "<p>{where}</p><p>Please send that file with a word on what you were doing.</p>"
        ).format(where=where))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details)
        layout.addWidget(buttons)


class ErrorReporter:
    """The one place errors end up: passed to Operations and installed as excepthook."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None):
        self.log_file = log_file
        self.parent = parent
        self.shown: list[BaseException] = []

    def __call__(self, error: BaseException) -> None:
        self.shown.append(error)
        if isinstance(error, UserError):
            log.info("user error: %s", error)
            QMessageBox.warning(self.parent, "Sahel Desk", message(text_of(error)))
            return
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        CrashDialog(error, self.log_file, self.parent).exec()

    def excepthook(self, kind, error, tb) -> None:
        if error is None:
            error = kind()
        error.__traceback__ = tb
        self(error)
