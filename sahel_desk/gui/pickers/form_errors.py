"""Field errors shown in a dialog beside the field at fault, not in a message box,
so the researcher can fix the value and try again without losing what they typed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sahel_desk.errors import FieldError, UserError, ValidationError

_ERROR_STYLE = "color: #b3261e;"


def attempt(work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run ``work``; a :class:`UserError` comes back as the result for the dialog to
    show, while any other error still reaches the application's error handler."""
    try:
        return work(*args, **kwargs)
    except UserError as exc:
        return exc


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Error labels for a dialog's fields, plus one for errors naming no known field."""

    def __init__(self, dialog: QWidget):
        self._dialog = dialog
        self._labels: dict[str, QLabel] = {}
        self._titles: dict[str, str] = {}
        self.general = _error_label(dialog)
        self.general.setObjectName("error")

    def beside(self, widget: QWidget, title: str, *fields: str) -> QWidget:
        """``widget`` with an error label under it for the service fields ``fields``;
        ``title`` names the field in messages such as "Name is required"."""
        box = QWidget(self._dialog)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = _error_label(box)
        label.setObjectName(f"{fields[0]}_error")
        layout.addWidget(label)
        for field in fields:
            self._labels[field] = label
            self._titles[field] = title
        return box

    def label(self, field: str) -> QLabel:
        return self._labels.get(field, self.general)

    def clear(self) -> None:
        for label in [*self._labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, errors: Iterable[FieldError]) -> None:
        self.clear()
        errors = list(errors)
        # "is required" adds nothing when the same field already says what is wrong.
        said = {e.field for e in errors if e.message != "is required"}
        messages: dict[int, tuple[QLabel, list[str]]] = {}
        for error in errors:
            if error.message == "is required" and error.field in said:
                continue
            label = self._labels.get(error.field)
            text = self._sentence(error) if label else str(error)
            label = label or self.general
            messages.setdefault(id(label), (label, []))[1].append(text)
        for label, texts in messages.values():
            label.setText(" ".join(texts))
            label.show()

    def _sentence(self, error: FieldError) -> str:
        message = error.message
        if message.startswith("is "):
            return f"{self._titles[error.field]} {message}."
        return f"{message[:1].upper()}{message[1:]}".rstrip(".") + "."

    def show_error(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.show(error.errors)
        else:
            self.clear()
            self.general.setText(str(error))
            self.general.show()
